/**
 * A single-pass parser for conventional commit messages.
 *
 * It follows the semantics of `conventional-commits-parser` with the options of the
 * `conventionalcommits` preset for every field this project uses: `type`, `scope`,
 * `subject`, `header`, `notes` (title and text) and `revert` (header and hash).
 * The library is the oracle in `__tests__/core/commit-parser.differential.test.ts`, which
 * compares both on every message of the shared real histories.
 *
 * One deliberate normalisation happens before parsing: leading white space of the
 * message is removed (git's own `cleanup` does this; a hand-written ` feat: x` is a feature).
 */

export interface CommitNote {
  title: string
  text: string
}

export interface CommitRevert {
  header: string | null
  hash: string | null
}

export interface ParsedMessage {
  header: string | null
  type: string | null
  scope: string | null
  subject: string | null
  notes: CommitNote[]
  revert: CommitRevert | null
}

const BREAKING_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/
const HEADER = /^(\w*)(?:\((.*)\))?!?: (.*)$/
const NOTE = /^(?:\*\s+)?(BREAKING CHANGE|BREAKING-CHANGE):\s*(.*)/i
const FOOTER_TOKEN = /^(?:BREAKING CHANGE|[\w-]+)(?::\s+|\s+(?:#)).+/i
const FIELD = /^-(?=.*\w)(.*?)-$/
const REVERT = /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i
const GPG = /^\s*gpg:/
/** Any text a note could start with (NOTE is tested line by line only when this matches). */
const BREAKING_TEXT = /breaking[ -]change/i

/** Removes leading and trailing CR/LF characters (not other white space). */
function trimNewLines(input: string): string {
  let start = 0
  let end = input.length
  while (start < end && (input.charCodeAt(start) === 10 || input.charCodeAt(start) === 13)) start++
  while (end > start && (input.charCodeAt(end - 1) === 10 || input.charCodeAt(end - 1) === 13)) end--
  return start === 0 && end === input.length ? input : input.slice(start, end)
}

function appendLine(src: string | null, line: string | undefined): string {
  return src ? `${src}\n${line ?? ''}` : (line ?? '')
}

/** Leading white space is not part of a message (see the module comment). */
export function normalizeMessage(message: string): string {
  return message.replace(/^\s+/, '')
}

function isField(line: string): boolean {
  return (
    line.length > 1 && line.charCodeAt(0) === 45 /* - */ && line.charCodeAt(line.length - 1) === 45 && FIELD.test(line)
  )
}

function mayBeNote(line: string): boolean {
  // cheap pre-check before the case-insensitive regular expression
  return line.length >= 15 && NOTE.test(line)
}

export function parseCommitMessage(rawMessage: string): ParsedMessage {
  const message = normalizeMessage(rawMessage)
  const result: ParsedMessage = {
    header: null,
    type: null,
    scope: null,
    subject: null,
    notes: [],
    revert: null
  }
  if (message.length === 0) return result

  const text = trimNewLines(message)
  let lines: string[]
  if (message.includes('gpg:') || BREAKING_TEXT.test(text)) {
    lines = text.split(/\r?\n/)
    if (message.includes('gpg:')) lines = lines.filter(line => !GPG.test(line))
  } else {
    // no note can come from the body: the header is all that is read (most messages)
    const end = text.indexOf('\n')
    const first = end < 0 ? text : text.slice(0, end)
    lines = [first.endsWith('\r') ? first.slice(0, -1) : first]
  }

  const header = lines[0]
  if (header) {
    result.header = header
    const match = BREAKING_HEADER.exec(header) ?? HEADER.exec(header)
    if (match) {
      result.type = match[1] || null
      result.scope = match[2] || null
      result.subject = match[3] || null
    }
  }

  // Body and footer: only notes matter here, with the library's state machine.
  let i = 1
  const n = lines.length
  // `-field-` lines start a field that swallows every following line.
  const parseMeta = (): boolean => {
    if (i >= n) return false
    let inField = false
    let parsed = false
    while (i < n) {
      if (isField(lines[i])) {
        inField = true
        i++
        continue
      }
      if (inField) {
        parsed = true
        i++
      } else break
    }
    return parsed
  }
  const noteAt = (): RegExpExecArray | null => (i < n && mayBeNote(lines[i]) ? NOTE.exec(lines[i]) : null)
  // a note runs until a footer token, a field or the next note (a loop, not recursion: 20,000
  // consecutive note lines must not overflow the stack)
  const parseNotes = (): boolean => {
    let match = noteAt()
    if (!match) return false
    for (;;) {
      const note: CommitNote = { title: match[1], text: match[2] }
      result.notes.push(note)
      i++
      let next: RegExpExecArray | null = null
      while (i < n) {
        if (parseMeta()) return true
        next = noteAt()
        if (next) break
        const line = lines[i]
        const isFooterToken = FOOTER_TOKEN.test(line)
        if (!isFooterToken) note.text = appendLine(note.text, line)
        i++
        if (isFooterToken) break
      }
      if (!next) return true
      match = next
    }
  }
  while (i < n) {
    parseMeta()
    parseNotes()
    if (i < n) i++ // a body or footer line: nothing of it is used
  }

  if (result.notes.length === 0 && result.header) {
    const match = BREAKING_HEADER.exec(result.header)
    if (match) result.notes.push({ title: 'BREAKING CHANGE', text: match[3] })
  }
  for (const note of result.notes) note.text = trimNewLines(note.text)

  const first = message.charCodeAt(0)
  if ((first === 82 || first === 114) /* R r */ && /this reverts commit/i.test(message)) {
    // the lazy match is quadratic on long runs of white space: a revert's message is short
    const match = REVERT.exec(message.length > 20_000 ? message.slice(0, 20_000) : message)
    if (match) result.revert = { header: match[1] || null, hash: match[2] || null }
  }
  return result
}
