import { parseCommitMessage, type CommitNote, type ParsedMessage } from './commit-parser.js'
import { detached } from './strings.js'
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
  /** The text of a `Release-As:` footer (validated when the range is decided). */
  releaseAs: string | null
  /**
   * The version a release commit names: `1.2.3` alone (npm version), `Release v1.2.3 (#9)`,
   * `chore: release 1.2.3`, `chore(main): release 1.2.3`, `chore(release): v1.2.3`.
   */
  namesVersion: string | null
}

const NO_NOTES: readonly string[] = Object.freeze([]) as readonly string[]

export const KNOWN_TYPES = new Set([
  'feat',
  'feature',
  'fix',
  'perf',
  'revert',
  'docs',
  'style',
  'chore',
  'refactor',
  'test',
  'build',
  'ci'
])

const SKIP = /\[(?:skip\s+release|release\s+skip)\]/i
const RELEASE_AS_LINE = /^release-as:[ \t]*(.*?)\s*$/im
const VERSION = String.raw`v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)`
/** Headers of release commits, made by hand or by a release tool; the version is group 1. */
const RELEASE_COMMIT = new RegExp(
  String.raw`^(?:${VERSION}|(?:(?:chore|build|ci|release)(?:\([^()\r\n]*\))?!?:\s*)?release\s+(?:[\w@./-]+\s+)?${VERSION}|(?:chore|build)\(release\)!?:\s*${VERSION}(?:\s+\[skip ci\])?)(?:\s*\(#\d+\))?\.?$`,
  'i'
)
/** `Revert "header"`, also behind a type (`chore(revert): Revert "feat: x" (#9)`). */
const REVERT_HEADER = /^(?:\w+(?:\([^()\r\n]*\))?!?:\s*)?revert\s+"(.+)"(?:\s*\(#\d+\))?$/i
const REVERTS_COMMIT = /This reverts commit ([0-9a-f]{7,40})/i
const NESTED = /^BEGIN_NESTED_COMMIT\s*$([\s\S]*?)^END_NESTED_COMMIT\s*$/gm
const OVERRIDE = /^BEGIN_COMMIT_OVERRIDE\s*$([\s\S]*?)^END_COMMIT_OVERRIDE\s*$/m
const CONVENTIONAL_HEADER = /^\w+(?:\([^()\r\n]*\))?!?: \S/

function mainChange(sha: string, parsed: ParsedMessage, message: string, nested: number): Change {
  const header = parsed.header ?? ''
  const breaking = parsed.notes.length > 0
  const breakingNotes = breaking
    ? parsed.notes.map((note: CommitNote) => detached(note.text)).filter(text => text.length > 0)
    : NO_NOTES
  const type = parsed.type ? parsed.type.toLowerCase() : null
  const quoted = header.length > 7 && /revert/i.test(header) ? REVERT_HEADER.exec(header) : null
  const isRevert = type === 'revert' || parsed.revert !== null || quoted !== null
  const subject = parsed.subject ?? header
  const revertOf = parsed.revert?.hash ?? (isRevert ? (REVERTS_COMMIT.exec(message)?.[1] ?? null) : null)
  const revertHeader = parsed.revert?.header ?? quoted?.[1] ?? (type === 'revert' ? subject : null)
  const headerCopy = detached(header)
  return {
    sha,
    header: headerCopy,
    type,
    scope: parsed.scope === null ? null : detached(parsed.scope),
    subject: subject === header ? headerCopy : detached(subject),
    breaking,
    breakingNotes: breaking ? (breakingNotes.length === 0 ? [subject] : breakingNotes) : NO_NOTES,
    revertOf: revertOf === null ? null : detached(revertOf),
    revertHeader: revertHeader === null ? null : detached(revertHeader),
    isRevert,
    nested
  }
}

/**
 * Explicit further changes of one commit, as release-please reads them: each
 * `BEGIN_NESTED_COMMIT` … `END_NESTED_COMMIT` block is a message of its own. A squash merge's
 * body bullets (`* feat: …`, the PR's own history) are not changes: the header decides.
 */
function nestedChanges(sha: string, message: string): Change[] {
  const changes: Change[] = []
  for (const match of message.matchAll(NESTED)) {
    const text = match[1].trim()
    if (text) changes.push(mainChange(sha, parseCommitMessage(text), text, changes.length + 1))
  }
  return changes
}

/**
 * A `BEGIN_COMMIT_OVERRIDE` … `END_COMMIT_OVERRIDE` section replaces what the commit says:
 * each conventional header in it starts a change, the lines after it are that change's body.
 */
function overrideChanges(sha: string, text: string): Change[] {
  const messages: string[] = []
  for (const line of text.split(/\r?\n/)) {
    if (CONVENTIONAL_HEADER.test(line)) messages.push(line)
    else if (messages.length > 0) messages[messages.length - 1] += `\n${line}`
  }
  return messages.map((message, index) => mainChange(sha, parseCommitMessage(message), message, index))
}

export function analyzeCommit(commit: RawCommit): AnalyzedCommit {
  // what is kept of a commit must not keep its whole message alive
  const sha = detached(commit.sha)
  const merge = commit.parents.length > 1
  const { message } = commit
  const skip = message.includes('[') && SKIP.test(message)
  const releaseAs = /as:/i.test(message) ? (RELEASE_AS_LINE.exec(message)?.[1] ?? null) : null
  const parsed = parseCommitMessage(message)
  const header = parsed.header ?? ''
  const named = header.length < 200 && /\d\.\d/.test(header) ? RELEASE_COMMIT.exec(header) : null
  const namesVersion = named ? detached(named[1] ?? named[2] ?? named[3]) : null
  let changes: Change[]
  const override = message.includes('BEGIN_COMMIT_OVERRIDE') ? OVERRIDE.exec(message) : null
  const overridden = override ? overrideChanges(sha, override[1]) : []
  if (overridden.length > 0) changes = overridden
  else {
    changes = [mainChange(sha, parsed, message, 0)]
    if (!merge && message.includes('BEGIN_NESTED_COMMIT')) changes.push(...nestedChanges(sha, message))
  }
  return {
    sha,
    time: commit.time,
    changes,
    merge,
    skip,
    releaseAs: releaseAs === null ? null : detached(releaseAs),
    namesVersion
  }
}
