/** One entry of the notes: `- **scope:** subject ([#12](…)) ([abc1234](…))`, its references linked. */
import type { Change } from '../commits/changes.js'
import { typeRow } from '../commits/type-table.js'
import { codeSpans, sanitizeEntry, sanitizeInline } from '../text/sanitize.js'
import { DEFAULT_ENTRY_STYLE, scopeMark, type EntryStyle } from './changelog-format.js'

/** `#12` becomes a link to the issue, outside code spans (and not after `!`, `&`, or before `;`). */
export function linkReferences(text: string, repoUrl: string | null): string {
  if (!repoUrl || !text.includes('#')) return text
  const link = (prose: string): string =>
    prose.replace(
      /(?<![\w/[!\\&])#(\d+)\b(?![\]@;])/g,
      (_all, number: string) => `[#${number}](${repoUrl}/issues/${number})`
    )
  let out = ''
  let at = 0
  for (const [open, close] of codeSpans(text)) {
    out += link(text.slice(at, open)) + text.slice(open, close)
    at = close
  }
  return out + link(text.slice(at))
}

export function shaLink(sha: string, repoUrl: string | null): string {
  const short = sha.slice(0, 7)
  return repoUrl ? `[${short}](${repoUrl}/commit/${sha})` : short
}

/**
 * The entry of one or more changes with the same text: the first's scope, every commit linked
 * (none with a style learned from a changelog whose entries name no commit).
 */
export function entry(
  changes: readonly Change[],
  repoUrl: string | null,
  text: string,
  marker = '',
  style: EntryStyle = DEFAULT_ENTRY_STYLE
): string {
  const change = changes[0]
  const scoped = change.scope?.trim() ? sanitizeInline(change.scope.trim()) : ''
  // a changelog whose entries keep their type (`fix(io): close the file`): so do ours, for conventional commits
  const kept = style.typePrefix && change.type !== null && typeRow(change.type)?.written
  const scope = kept
    ? `${sanitizeInline(change.type!)}${scoped ? `(${scoped})` : ''}${change.breaking ? '!' : ''}: `
    : scoped
      ? scopeMark(scoped, style.scope)
      : ''
  const shas = changes.map(each => shaLink(each.sha, repoUrl)).join(', ')
  // a changelog whose entries name no commit (git-cliff's, keep-a-changelog's): nor do ours
  return `- ${marker}${scope}${linkReferences(sanitizeEntry(text), repoUrl)}${style.commitLinks ? ` (${shas})` : ''}`
}

/** The text a change is listed with: its subject, or the whole header when it is not conventional. */
export function entryText(change: Change): string {
  return typeRow(change.type)?.written ? change.subject : change.header
}

/**
 * The text without its trailing `(#123)` (all of them), trimmed. White space is trimmed by hand: `\s*\(#\d+\)\s*$` is
 * quadratic on a subject of many spaces (100,000 spaces took 20 s), and commit text is a stranger's.
 */
export function withoutPullNumber(text: string): string {
  // every trailing number, one at a time: a synced commit keeps its source's (`(#1392) (#420)`);
  // read backwards from the end, so a subject of many numbers costs one pass
  const space = /\s/
  let end = text.length
  for (;;) {
    while (end > 0 && space.test(text[end - 1]!)) end--
    if (text[end - 1] !== ')') break
    let at = end - 2
    while (at >= 0 && text[at]! >= '0' && text[at]! <= '9') at--
    if (at === end - 2 || text[at] !== '#' || text[at - 1] !== '(') break
    end = at - 1
  }
  return text.slice(0, end).trim()
}
