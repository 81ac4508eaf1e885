/**
 * The breaking changes of the highlights. Each is listed by its subject, like every other entry
 * (scope, pull request and commit links on the subject line); the `BREAKING CHANGE:` text follows
 * as its own paragraphs under it, hard-wrapped lines joined, lists and code fences kept. The same
 * text carried by several commits (sibling commits of one change) is written once, naming them all.
 */
import type { Change } from '../commits/changes.js'
import { sanitizeBlock } from '../text/sanitize.js'
import { DEFAULT_ENTRY_STYLE, type EntryStyle } from './changelog-format.js'
import { entry, entryText, linkReferences, shaLink, withoutPullNumber } from './entry.js'

const MARKER = '⚠️ **BREAKING:** '
/** A breaking text longer than this (characters) is cut at a line end; the commit has the rest. */
export const BREAKING_TEXT_LIMIT = 4_000

const FENCE = /^ {0,3}(`{3,}|~{3,})/
/** A line that starts a block of its own: list item, heading, quote, table row, thematic break. */
const BLOCK_START =
  /^[ \t]*(?:[*+-][ \t]|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|\|)|^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$/

/** Lower case, white space collapsed: how two texts are compared. */
function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * Hard-wrapped lines joined: a line continues the paragraph (or list item) above it unless it starts
 * a block, the line above ends with a hard break, or it is inside a code fence or an indented code
 * block. One pass over the lines.
 */
export function unwrapped(text: string): string {
  const out: string[] = []
  let current: string[] = []
  let fence: string | null = null
  let code = false // the current paragraph is indented code: its lines stay lines
  let joinable = false
  const flush = (): void => {
    if (current.length > 0) out.push(current.join(' '))
    current = []
  }
  for (const line of text.split('\n')) {
    if (fence !== null) {
      out.push(line)
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = null
      continue
    }
    const open = FENCE.exec(line)
    if (open) {
      flush()
      fence = open[1]
      out.push(line)
      joinable = false
      continue
    }
    if (line.trim() === '') {
      flush()
      out.push('')
      joinable = false
      code = false
      continue
    }
    const hardBreak = / {2}$/.test(line)
    const end = (text: string): string => (hardBreak ? `${text.trimEnd()}  ` : text.trimEnd())
    if (joinable && !code && !BLOCK_START.test(line)) current.push(end(line.trimStart()))
    else {
      flush()
      code = !joinable && /^(?: {4}|\t)/.test(line) && (out.length === 0 || out[out.length - 1] === '')
      current.push(code ? line : end(line))
    }
    // a heading is one line; a hard break (two spaces, a backslash) ends the line
    joinable = !/(?: {2}|\\)$/.test(line) && !/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)
    if (code) flush()
  }
  flush()
  return out.join('\n')
}

/** The text cut at a line end (or a space) within the limit, and whether it was cut. */
function bounded(text: string): { text: string; cut: boolean } {
  if (text.length <= BREAKING_TEXT_LIMIT) return { text, cut: false }
  const head = text.slice(0, BREAKING_TEXT_LIMIT)
  const at = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '))
  return { text: (at > BREAKING_TEXT_LIMIT / 2 ? head.slice(0, at) : head).trimEnd(), cut: true }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map(line => (line ? `  ${line}` : line))
    .join('\n')
}

/**
 * A breaking text as Markdown under an entry: unwrapped, made inert (sanitizeBlock closes a fence
 * left open), a prose line that starts with `::` escaped (no workflow command when printed), indented.
 */
function renderText(text: string, shas: readonly string[], repoUrl: string | null): string {
  const { text: shown, cut } = bounded(text)
  let fence: string | null = null
  const safe = sanitizeBlock(unwrapped(shown))
    .split('\n')
    .map(line => {
      const marker = FENCE.exec(line)
      if (fence !== null) {
        const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)
        if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = null
        return line
      }
      if (marker) {
        fence = marker[1]
        return line
      }
      return line.replace(/^(\s*)::/, '$1\\::')
    })
    .join('\n')
  const links = shas.map(sha => shaLink(sha, repoUrl))
  const named = shas.length > 1 ? [`_The breaking change of ${joined(links)}:_`, ''] : []
  const rest = cut ? ['', `_…cut here: the whole text is in the commit message of ${links[0]}._`] : []
  return indent([...named, linkReferences(safe, repoUrl), ...rest].join('\n'))
}

function joined(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** The breaking text of a change that says more than its subject (the `!` alone says nothing more). */
function textOf(change: Change): string {
  const subject = comparable(withoutPullNumber(change.subject))
  const header = comparable(change.header)
  return change.breakingNotes
    .map(note => note.trim())
    .filter(note => {
      const same = comparable(withoutPullNumber(note))
      return same !== '' && same !== subject && same !== header
    })
    .join('\n\n')
}

/**
 * The blocks of the breaking changes (newest first), each one or more entries and the text under
 * them: changes with the same text are listed together, the text once; the same subject twice (a
 * cherry-pick) is one entry. Each entry is written in the `style` the other entries follow (the one
 * learned from the changelog: its scope mark, commit links or none).
 */
export function renderBreaking(
  breaking: readonly Change[],
  repoUrl: string | null,
  style: EntryStyle = DEFAULT_ENTRY_STYLE
): string[] {
  const groups = new Map<string, { text: string; changes: Change[] }>()
  const order: Array<{ text: string; changes: Change[] }> = []
  for (const change of breaking) {
    const text = textOf(change)
    const key = comparable(text)
    const group = key ? groups.get(key) : undefined
    if (group) group.changes.push(change)
    else {
      const created = { text, changes: [change] }
      if (key) groups.set(key, created)
      order.push(created)
    }
  }
  return order.map(({ text, changes }) => {
    const entries = new Map<string, Change[]>()
    for (const change of changes) {
      const key = `${change.scope?.toLowerCase() ?? ''}\u0000${comparable(withoutPullNumber(entryText(change)))}`
      const same = entries.get(key)
      if (same) same.push(change)
      else entries.set(key, [change])
    }
    const lines = [...entries.values()].map(members => entry(members, repoUrl, entryText(members[0]), MARKER, style))
    if (!text) return lines.join('\n')
    const shas = changes.map(change => change.sha)
    return `${lines.join('\n')}\n\n${renderText(text, shas, repoUrl)}\n`
  })
}
