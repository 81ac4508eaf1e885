import { parseCommitMessage, type CommitNote, type ParsedMessage } from './commit-parser.js'
import type { RawCommit } from './types.js'

/**
 * One change of a release: a commit, or one of the further conventional commits a
 * squash merge lists in its body.
 */
export interface Change {
  sha: string
  /** The header as written ("feat(api): add x"), or the first line of a non-conventional message. */
  header: string
  type: string | null
  scope: string | null
  subject: string
  breaking: boolean
  /** Breaking-change descriptions (the text after `BREAKING CHANGE:`, or the subject for `!`). */
  breakingNotes: string[]
  /** Set for a revert: the sha (or prefix) it reverts, when the message names one. */
  revertOf: string | null
  /** Set for a revert: the header of the commit it reverts, when the message quotes one. */
  revertHeader: string | null
  isRevert: boolean
  /** Position inside the squash body (0 is the commit itself). */
  nested: number
  /** Issue and pull request numbers (#12) named in the header. */
  references: string[]
}

export interface AnalyzedCommit {
  commit: RawCommit
  changes: Change[]
  merge: boolean
  skip: boolean
  /** From a `Release-As: x.y.z` footer. */
  releaseAs: string | null
}

export const KNOWN_TYPES = new Set([
  'feat', 'feature', 'fix', 'perf', 'revert', 'docs', 'style', 'chore', 'refactor', 'test', 'build', 'ci'
])

const SKIP = /\[(?:skip\s+release|release\s+skip)\]/i
const RELEASE_AS = /^release-as:\s*v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\s*$/im
const NESTED_HEADER = /^(?:\* )?((\w+)(?:\(([^()\r\n]*)\))?(!)?: (\S.*))$/
const REFERENCE = /(?<![\w/])#(\d+)\b/g
const GIT_REVERT = /^Revert "([\s\S]+)"\s*$/

function references(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(REFERENCE)) if (!found.includes(match[1])) found.push(match[1])
  return found
}

function mainChange(commit: RawCommit, parsed: ParsedMessage): Change {
  const header = parsed.header ?? ''
  const breakingNotes = parsed.notes.map((note: CommitNote) => note.text).filter(text => text.length > 0)
  const breaking = parsed.notes.length > 0
  const type = parsed.type ? parsed.type.toLowerCase() : null
  const isRevert = type === 'revert' || parsed.revert !== null || GIT_REVERT.test(header)
  const subject = parsed.subject ?? header
  return {
    sha: commit.sha,
    header,
    type,
    scope: parsed.scope,
    subject,
    breaking,
    breakingNotes: breaking && breakingNotes.length === 0 ? [subject] : breakingNotes,
    revertOf: parsed.revert?.hash ?? null,
    revertHeader: parsed.revert?.header ?? (type === 'revert' ? subject : null),
    isRevert,
    nested: 0,
    references: references(header)
  }
}

/**
 * Further conventional headers in a squash-merge body (GitHub lists the squashed commits as
 * `* type: subject` paragraphs): a line after a blank line, or a `* ` bullet right after
 * another nested header, whose type is a known conventional type. Quoted material (code
 * fences, `<details>` blocks such as dependency bots' embedded changelogs) is not looked at.
 */
function nestedChanges(commit: RawCommit, bodyLines: string[]): Change[] {
  const changes: Change[] = []
  let previousBlank = false
  let previousNested = false
  let fenced = false
  let details = 0
  for (const line of bodyLines) {
    const trimmed = line.trimEnd()
    if (/^\s*(```|~~~)/.test(trimmed)) fenced = !fenced
    if (/<details\b/i.test(trimmed)) details++
    if (/<\/details>/i.test(trimmed)) details = Math.max(0, details - 1)
    if (trimmed === '') {
      previousBlank = true
      previousNested = false
      continue
    }
    const bulleted = trimmed.startsWith('* ')
    const eligible = !fenced && details === 0 && (previousBlank || (bulleted && previousNested))
    const match = eligible ? NESTED_HEADER.exec(trimmed) : null
    if (match && KNOWN_TYPES.has(match[2].toLowerCase())) {
      const subject = match[5]
      const type = match[2].toLowerCase()
      changes.push({
        sha: commit.sha,
        header: match[1],
        type,
        scope: match[3] || null,
        subject,
        breaking: match[4] === '!',
        breakingNotes: match[4] === '!' ? [subject] : [],
        revertOf: null,
        revertHeader: type === 'revert' ? subject : null,
        isRevert: type === 'revert',
        nested: changes.length + 1,
        references: references(match[1])
      })
      previousNested = true
    } else {
      previousNested = false
    }
    previousBlank = false
  }
  return changes
}

export function analyzeCommit(commit: RawCommit): AnalyzedCommit {
  const merge = commit.parents.length > 1
  const skip = SKIP.test(commit.message)
  const releaseAsMatch = RELEASE_AS.exec(commit.message)
  const parsed = parseCommitMessage(commit.message)
  const changes = [mainChange(commit, parsed)]
  if (!merge && parsed.bodyLines.length > 1) changes.push(...nestedChanges(commit, parsed.bodyLines))
  return { commit, changes, merge, skip, releaseAs: releaseAsMatch ? releaseAsMatch[1] : null }
}
