/**
 * Commit text is written by strangers. Before it goes into Markdown that GitHub renders
 * (release notes, changelog, tag messages, job summary, Slack) it must not render HTML, images
 * or links of its own, nor ping people. Code spans and fenced code blocks are kept as written
 * (they render literally); everything else is escaped where it could start such a construct.
 *
 * The rules follow CommonMark + GFM as GitHub applies them; `__tests__/core/sanitize.test.ts`
 * renders our output with markdown-it over a corpus of hostile inputs and property-based fuzzing.
 */

const NAME = /[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9_.-]+)?/y
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y

const WORD_CHAR = /[\p{L}\p{N}]/u

/** Whether the character at `index` is a letter or a digit (any script); false outside the text. */
function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const code = text.charCodeAt(index)
  if (code < 128) return isAlphanumeric(code)
  const at = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!))
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * Prose (outside code spans) with every construct that could make an element or a ping made inert,
 * and rendered literally: backslashes and backticks are escaped (so no escape or code span of the
 * author's survives), so are `*`, `~`, `$` and any `_` that could open or close emphasis (the
 * `__init__` of `src/pkg/__init__.py` is not bold; GitHub reads `$…$` as math, `~x~` as struck),
 * `<` becomes `&lt;` (no HTML, no autolink), `[`/`]` are escaped (no link, no image), an entity
 * reference's `&` becomes `&amp;` (`&#64;` can't spell an `@`), and a mention (`@name` not preceded by
 * a letter or digit, as in `_@user_` or `x-@user`) goes into a code span.
 */
function sanitizeProse(text: string, afterCode = false, beforeCode = false): string {
  let out = ''
  let wrapped = -1 // where the last mention put into a code span ends: a text node starts after it
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    switch (char) {
      case '\\':
      case '`':
      case '[':
      case ']':
      case '*':
      case '~':
      case '$':
        out += `\\${char}`
        break
      case '_': {
        // a run of `_` between two letters or digits can neither open nor close emphasis (`snake_case`)
        let end = index
        while (text.charCodeAt(end) === 95) end++
        const run = text.slice(index, end)
        out += isWordChar(text, index - 1) && isWordChar(text, end) ? run : run.replace(/_/g, '\\_')
        index = end - 1
        break
      }
      case '<':
        out += '&lt;'
        break
      case '&': {
        ENTITY.lastIndex = index
        out += ENTITY.test(text) ? '&amp;' : '&'
        break
      }
      case '@': {
        NAME.lastIndex = index + 1
        const glued = index > 0 && index !== wrapped && isAlphanumeric(text.charCodeAt(index - 1))
        const name = glued ? null : NAME.exec(text)
        if (name) {
          // a zero-width space keeps our backtick from joining an adjacent code span's run
          // (also between two mentions: `@a@b` must not make one code span of both)
          const before = (index === 0 && afterCode) || index === wrapped ? '\u200b' : ''
          const after = index + name[0].length + 1 === text.length && beforeCode ? '\u200b' : ''
          out += `${before}\`@${name[0]}\`${after}`
          index += name[0].length
          wrapped = index + 1
        } else out += char
        break
      }
      default:
        out += char
    }
  }
  return out
}

/**
 * The code spans of one line as CommonMark finds them when backslashes are literal: a run of N
 * backticks closes at the next run of exactly N; an unmatched run is text. `[start, end)` pairs,
 * found in one pass over the runs (a line of thousands of runs stays linear).
 */
export function codeSpans(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  for (let index = text.indexOf('`'); index >= 0; index = text.indexOf('`', index)) {
    let end = index
    while (text.charCodeAt(end) === 96) end++
    runs.push([index, end - index])
    index = end
  }
  const nextSame = new Array<number>(runs.length).fill(-1)
  const seen = new Map<number, number>()
  for (let at = runs.length - 1; at >= 0; at--) {
    nextSame[at] = seen.get(runs[at][1]) ?? -1
    seen.set(runs[at][1], at)
  }
  const spans: Array<[number, number]> = []
  for (let at = 0; at < runs.length; at++) {
    const close = nextSame[at]
    if (close < 0) continue
    spans.push([runs[at][0], runs[close][0] + runs[close][1]])
    at = close
  }
  return spans
}

/**
 * Sanitizes one line of inline Markdown: code spans (`codeSpans`) are kept as written, the rest is
 * `sanitizeProse`. Line breaks become spaces (CommonMark also breaks lines at a lone CR).
 */
export function sanitizeInline(input: string): string {
  const text = /[\r\n]/.test(input) ? input.replace(/\r\n|[\r\n]/g, ' ') : input
  if (!/[\\`<>[\]&@*_~$]/.test(text)) return text
  let out = ''
  let prose = 0
  for (const [open, close] of codeSpans(text)) {
    out += sanitizeProse(text.slice(prose, open), prose > 0, true) + text.slice(open, close)
    prose = close
  }
  return out + sanitizeProse(text.slice(prose), prose > 0, false)
}

/**
 * The start of a line that would open a block of its own (heading, quote, list, rule, fence) at
 * the start of a list item: `# x`, `> x`, `- x`, `1. x`, `~~~`, `***`, `___`.
 */
const BLOCK_START = /^( {0,3})(?:#(?=[#\s]|$)|[>+*~_-]|\d{1,9}(?=[.)]))/

/**
 * Sanitizes the text of one entry (a line after `- ` or `**scope:** `): inline text whose start
 * can't open a block either.
 */
export function sanitizeEntry(text: string): string {
  const safe = sanitizeInline(text)
  const match = BLOCK_START.exec(safe)
  if (!match) return safe
  const at = match[1].length
  if (/\d/.test(safe[at])) {
    const digits = match[0].length - at
    return `${safe.slice(0, at + digits)}\\${safe.slice(at + digits)}`
  }
  return `${safe.slice(0, at)}\\${safe.slice(at)}`
}

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/
/** Block markers at the start of a line: list items (`- `, `* `, `1. `), headings, quotes. */
const BLOCK_PREFIX = /^[ \t]*(?:(?:[*+-]|\d{1,9}[.)]|#{1,6})[ \t]+|>[ \t]?)*/

/**
 * Sanitizes multi-line Markdown (a breaking change's migration text). Fenced code blocks, found
 * with CommonMark's rules (up to three spaces of indent; a backtick fence's info string has no
 * backtick; the closing fence is the same character, at least as long, with nothing after it),
 * are kept as written, and one left open is closed; every other line is inline text (headings,
 * lists and quotes of the author's stay formatting; raw HTML blocks can't start, `<` is escaped).
 */
export function sanitizeBlock(text: string): string {
  let fence: { char: string; length: number } | null = null
  const lines: string[] = []
  // CommonMark's line endings, and leading tabs as the spaces they stand for (tab stops of 4):
  // a tab-indented fence must close where CommonMark closes it, also inside an indented list item
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^[ \t]+/gm, lead => {
    let column = 0
    for (const char of lead) column = char === '\t' ? column + 4 - (column % 4) : column + 1
    return ' '.repeat(column)
  })
  for (const line of normalized.split('\n')) {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null
      lines.push(line)
      continue
    }
    const open = FENCE_OPEN.exec(line)
    if (open && !(open[2][0] === '`' && open[3].includes('`'))) {
      fence = { char: open[2][0], length: open[2].length }
      lines.push(line)
    } else {
      // the author's block markers (lists, headings, quotes) stay formatting; the text after them is inline
      const prefix = BLOCK_PREFIX.exec(line)![0]
      lines.push(prefix + sanitizeInline(line.slice(prefix.length)))
    }
  }
  if (fence) lines.push(fence.char.repeat(fence.length))
  return lines.join('\n')
}

/** For a Markdown table cell: one line, no pipes breaking the table. */
export function sanitizeCell(text: string): string {
  return sanitizeInline(text.replace(/[\r\n]+/g, ' ')).replace(/\|/g, '\\|')
}

/**
 * Text as a code span, rendered literally whatever it holds: the fence is one backtick longer than
 * the longest run inside, with a space inside each end when the text starts or ends with a backtick
 * (or a space). Line breaks become spaces.
 */
export function codeSpan(input: string): string {
  const text = /[\r\n]/.test(input) ? input.replace(/\r\n|[\r\n]/g, ' ') : input
  let longest = 0
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  const pad = /^[` ]|[` ]$/.test(text) && text.trim() !== '' ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}
