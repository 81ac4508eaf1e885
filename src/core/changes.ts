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
  breakingNotes: readonly string[]
  /** Set for a revert: the sha (or prefix) it reverts, when the message names one. */
  revertOf: string | null
  /** Set for a revert: the header of the commit it reverts, when the message quotes one. */
  revertHeader: string | null
  isRevert: boolean
  /** Position inside the squash body (0 is the commit itself). */
  nested: number
}

export interface AnalyzedCommit {
  sha: string
  /** Committer time, seconds since the epoch. */
  time: number
  changes: Change[]
  merge: boolean
  skip: boolean
  /** From a `Release-As: x.y.z` footer. */
  releaseAs: string | null
}

const NO_NOTES: readonly string[] = Object.freeze([]) as readonly string[]

export const KNOWN_TYPES = new Set([
  'feat', 'feature', 'fix', 'perf', 'revert', 'docs', 'style', 'chore', 'refactor', 'test', 'build', 'ci'
])

const SKIP = /\[(?:skip\s+release|release\s+skip)\]/i
const RELEASE_AS = /^release-as:\s*v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\s*$/im
const NESTED_HEADER = /^(?:\* )?((\w+)(?:\(([^()\r\n]*)\))?(!)?: (\S.*))$/
const GIT_REVERT = /^Revert "([\s\S]+)"\s*$/

function mainChange(commit: RawCommit, parsed: ParsedMessage): Change {
  const header = parsed.header ?? ''
  const breaking = parsed.notes.length > 0
  const breakingNotes = breaking ? parsed.notes.map((note: CommitNote) => note.text).filter(text => text.length > 0) : NO_NOTES
  const type = parsed.type ? parsed.type.toLowerCase() : null
  const isRevert = type === 'revert' || parsed.revert !== null || (header.charCodeAt(0) === 82 /* R */ && GIT_REVERT.test(header))
  const subject = parsed.subject ?? header
  return {
    sha: commit.sha,
    header,
    type,
    scope: parsed.scope,
    subject,
    breaking,
    breakingNotes: breaking ? (breakingNotes.length === 0 ? [subject] : breakingNotes) : NO_NOTES,
    revertOf: parsed.revert?.hash ?? null,
    revertHeader: parsed.revert?.header ?? (type === 'revert' ? subject : null),
    isRevert,
    nested: 0
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
    if ((trimmed.includes('```') || trimmed.includes('~~~')) && /^\s*(```|~~~)/.test(trimmed)) fenced = !fenced
    if (trimmed.includes('<')) {
      if (/<details\b/i.test(trimmed)) details++
      if (/<\/details>/i.test(trimmed)) details = Math.max(0, details - 1)
    }
    if (trimmed === '') {
      previousBlank = true
      previousNested = false
      continue
    }
    const bulleted = trimmed.startsWith('* ')
    const eligible = !fenced && details === 0 && (previousBlank || (bulleted && previousNested))
    const match = eligible && trimmed.includes(': ') ? NESTED_HEADER.exec(trimmed) : null
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
        breakingNotes: match[4] === '!' ? [subject] : NO_NOTES,
        revertOf: null,
        revertHeader: type === 'revert' ? subject : null,
        isRevert: type === 'revert',
        nested: changes.length + 1
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
  const { message } = commit
  const skip = message.includes('[') && SKIP.test(message)
  const releaseAsMatch = /as:/i.test(message) ? RELEASE_AS.exec(message) : null
  const parsed = parseCommitMessage(commit.message)
  const changes = [mainChange(commit, parsed)]
  if (!merge && parsed.bodyLines.length > 1) changes.push(...nestedChanges(commit, parsed.bodyLines))
  return { sha: commit.sha, time: commit.time, changes, merge, skip, releaseAs: releaseAsMatch ? releaseAsMatch[1] : null }
}
