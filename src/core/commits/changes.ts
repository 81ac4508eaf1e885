import { bodyHeaders } from './body-changes.js'
import { parseCommitMessage, type CommitNote, type ParsedMessage } from './parser.js'
import { detached } from '../text/strings.js'
import type { RawCommit } from '../types.js'

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

const SKIP = /\[(?:skip\s+release|release\s+skip)\]/i
const VERSION = String.raw`v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)`
const SKIP_CI = String.raw`(?:\s+\[(?:skip ci|ci skip)\])?`
/**
 * Headers of release commits, made by hand or by a release tool; the version is group 1, 2 or 3.
 * A word between `Release` and the version is a package name (`gtoken`, `google-api-core`), not
 * a word such as `candidate` or `notes` (`Release candidate 2.0.0` is not a release commit).
 */
const RELEASE_COMMIT = new RegExp(
  String.raw`^(?:${VERSION}|(?:(?:chore|build|ci|release)(?:\([^()\r\n]*\))?!?:\s*)?release\s+(?:(?!(?:candidates?|notes|branch|prep|preparation|for|of|to|script|process)\s)[\w@./-]+\s+)?${VERSION}|(?:chore|build)\(release\)!?:\s*${VERSION})${SKIP_CI}(?:\s*\(#\d+\))?\.?${SKIP_CI}$`,
  'i'
)
/**
 * `Revert "header"` (also behind a type: `chore(revert): Revert "feat: x" (#9)`), and git's
 * `Reapply "header"` for a revert that is reverted.
 */
const REVERT_HEADER = /^(?:\w+(?:\([^()\r\n]*\))?!?:\s*)?(revert|reapply)\s+"(.+)"(?:\s*\(#\d+\))?$/i
const REVERTS_COMMIT = /This reverts commit ([0-9a-f]{7,40})/i
const CONVENTIONAL_HEADER = /^\w+(?:\([^()\r\n]*\))?!?: \S/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
/** What `unquoted` protects: notes, Release-As, override and nested blocks, skip markers. */
const MAY_BE_QUOTED = /breaking[ -]change|release-as:|begin_(?:nested|commit)|\[(?:skip|release)/i

/**
 * The message without quoted material: lines inside code fences, `<details>` blocks and `> `
 * quotes (dependency bots quote other projects' changelogs, docs quote examples) become empty, so
 * a quoted `BREAKING CHANGE:`, `Release-As:` or override block is not ours. The header stays.
 */
export function unquoted(message: string): string {
  const quoting =
    message.includes('```') ||
    message.includes('~~~') ||
    (message.includes('\n') && message.includes('>') && /\n {0,3}>/.test(message)) ||
    (message.includes('<') && /<details/i.test(message))
  if (!quoting) return message
  const lines = message.split('\n')
  let fence: string | null = null
  let details = 0
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]
    const quoted = fence !== null || details > 0
    const marker = FENCE.exec(line)
    if (fence !== null) {
      if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length && line.trim() === marker[1])
        fence = null
    } else if (marker) fence = marker[1]
    if (line.includes('<')) {
      details += (line.match(/<details\b/gi) ?? []).length
      details = Math.max(0, details - (line.match(/<\/details>/gi) ?? []).length)
    }
    if (quoted || marker || details > 0 || /^\s{0,3}>/.test(line) || /<\/?details\b/i.test(line)) lines[index] = ''
  }
  return lines.join('\n')
}

/** The text of each block between a line `begin` and a line `end`, found line by line. */
function blocks(message: string, begin: string, end: string): string[] {
  const found: string[] = []
  let current: string[] | null = null
  for (const line of message.split('\n')) {
    const trimmed = line.trim()
    if (current === null) {
      if (trimmed === begin) current = []
    } else if (trimmed === end) {
      found.push(current.join('\n'))
      current = null
    } else current.push(line)
  }
  return found
}

/** The value of the first `Release-As:` line (no regular expression runs over the value). */
function releaseAsValue(message: string): string | null {
  const match = /^release-as:/im.exec(message)
  if (!match) return null
  const start = match.index + match[0].length
  const end = message.indexOf('\n', start)
  return message.slice(start, end < 0 ? undefined : end).trim()
}

function mainChange(sha: string, parsed: ParsedMessage, message: string, nested: number): Change {
  const header = parsed.header ?? ''
  const breaking = parsed.notes.length > 0
  const breakingNotes = breaking
    ? parsed.notes.map((note: CommitNote) => detached(note.text)).filter(text => text.length > 0)
    : NO_NOTES
  const type = parsed.type ? parsed.type.toLowerCase() : null
  const quoted = header.length > 7 && /revert|reapply/i.test(header) ? REVERT_HEADER.exec(header) : null
  const isRevert = type === 'revert' || parsed.revert !== null || quoted !== null
  const subject = parsed.subject ?? header
  const revertOf = parsed.revert?.hash ?? (isRevert ? (REVERTS_COMMIT.exec(message)?.[1] ?? null) : null)
  // git's `Reapply "x"` reverts the commit `Revert "x"`
  const reapplied = quoted && quoted[1].toLowerCase() === 'reapply' ? `Revert "${quoted[2]}"` : null
  const revertHeader = reapplied ?? parsed.revert?.header ?? quoted?.[2] ?? (type === 'revert' ? subject : null)
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
  for (const block of blocks(message, 'BEGIN_NESTED_COMMIT', 'END_NESTED_COMMIT')) {
    const text = block.trim()
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

/**
 * Line endings as CommonMark and git read them: a lone CR is a line break; Unicode line and
 * paragraph separators (which no regular expression's `.` crosses) are spaces.
 */
function normalizeLineEndings(message: string): string {
  return message.includes('\r') || message.includes('\u2028') || message.includes('\u2029')
    ? message
        .replace(/\r\n/g, '\n')
        .replace(/\r/g, '\n')
        .replace(/[\u2028\u2029]/g, ' ')
    : message
}

export function analyzeCommit(commit: RawCommit): AnalyzedCommit {
  // what is kept of a commit must not keep its whole message alive
  const sha = detached(commit.sha)
  const merge = commit.parents.length > 1
  const raw = normalizeLineEndings(commit.message)
  // quoted material matters only when the message holds something a quote could fake
  const message = MAY_BE_QUOTED.test(raw) ? unquoted(raw) : raw
  const skip = message.includes('[') && SKIP.test(message)
  const releaseAs = /as:/i.test(message) ? releaseAsValue(message) : null
  const parsed = parseCommitMessage(message)
  if (message !== raw && parsed.notes.length > 0) {
    // a note outside quotes keeps its whole text, code fences of its migration guide included
    const full = parseCommitMessage(raw).notes
    const firstLine = (text: string): string => text.split('\n')[0]
    parsed.notes = parsed.notes.map(note => full.find(each => firstLine(each.text) === firstLine(note.text)) ?? note)
  }
  const header = parsed.header ?? ''
  const named = header.length < 200 && /\d\.\d/.test(header) ? RELEASE_COMMIT.exec(header) : null
  const namesVersion = named ? detached(named[1] ?? named[2] ?? named[3]) : null
  let changes: Change[]
  const override = message.includes('BEGIN_COMMIT_OVERRIDE')
    ? blocks(message, 'BEGIN_COMMIT_OVERRIDE', 'END_COMMIT_OVERRIDE')[0]
    : undefined
  const overridden = override !== undefined ? overrideChanges(sha, override) : []
  if (overridden.length > 0) changes = overridden
  else {
    changes = [mainChange(sha, parsed, message, 0)]
    if (!merge && message.includes('BEGIN_NESTED_COMMIT')) changes.push(...nestedChanges(sha, message))
    // conventional lines of the body are changes too (release-please's rule), not in a release commit
    if (!merge && namesVersion === null && message.includes(': ')) {
      for (const line of bodyHeaders(raw, text => (message === raw ? unquoted(text) : message)))
        changes.push(mainChange(sha, parseCommitMessage(line), line, changes.length))
    }
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
