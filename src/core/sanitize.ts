/**
 * Commit text is written by strangers. Before it goes into Markdown that GitHub renders
 * (release notes, changelog, job summary) it must not render HTML nor ping people.
 */

const MENTION = /(^|[^\w`@/.-])@([A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9_.-]+)?)/g

function sanitizeProse(text: string): string {
  return text
    .replace(/</g, '&lt;')
    .replace(MENTION, (_all, before: string, name: string) => `${before}\`@${name}\``)
}

/** Sanitizes one line of inline Markdown: code spans are left as they are (they render literally). */
export function sanitizeInline(text: string): string {
  if (!text.includes('<') && !text.includes('@')) return text
  if (!text.includes('`')) return sanitizeProse(text)
  let out = ''
  let index = 0
  const span = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g
  for (const match of text.matchAll(span)) {
    out += sanitizeProse(text.slice(index, match.index)) + match[0]
    index = match.index + match[0].length
  }
  return out + sanitizeProse(text.slice(index))
}

/** Sanitizes multi-line Markdown: fenced code blocks are left as they are. */
export function sanitizeBlock(text: string): string {
  let inFence = false
  return text.split('\n').map(line => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence
      return line
    }
    return inFence ? line : sanitizeInline(line)
  }).join('\n') + (inFence ? '\n```' : '')
}

/** For a Markdown table cell: one line, no pipes breaking the table. */
export function sanitizeCell(text: string): string {
  return sanitizeInline(text.replace(/[\r\n]+/g, ' ')).replace(/\|/g, '\\|')
}
