/** Small text helpers of the preview: first lines, cuts that never split an emoji, shown headers. */

/** The first line of a message, leading white space removed. */
export function firstLine(message: string): string {
  const trimmed = message.replace(/^\s+/, '')
  const end = trimmed.search(/\r?\n|\r/)
  return end < 0 ? trimmed : trimmed.slice(0, end)
}

export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text
}

/** The text before `end`, never ending in the first half of a surrogate pair (an emoji cut in two). */
export function before(text: string, end: number): string {
  const code = text.charCodeAt(end - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end)
}

/** A header on one line, cut to `max` characters with an ellipsis. */
export function shown(header: string, max = 120): string {
  const line = header.replace(/[\r\n]+/g, ' ').trim()
  return line.length > max ? `${before(line, max - 1)}…` : line
}
