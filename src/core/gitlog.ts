import type { RawCommit } from './types.js'

/**
 * The `git log` format this project reads: fields separated by US (0x1f), records by NUL
 * (`-z`). The message comes last, so a stray US inside it does no harm. `%m` marks boundary
 * commits of `--boundary` with `-`.
 */
export const LOG_FORMAT = '%m%H%x1f%P%x1f%ct%x1f%an%x1f%B'

export function parseLogRecord(record: string): RawCommit | null {
  const a = record.indexOf('\x1f')
  const b = record.indexOf('\x1f', a + 1)
  const c = record.indexOf('\x1f', b + 1)
  const d = record.indexOf('\x1f', c + 1)
  if (a < 0 || b < 0 || c < 0 || d < 0) return null
  let start = 0
  while (record.charCodeAt(start) === 10) start++
  const boundary = record.charCodeAt(start) === 45 /* - */
  const parents = record.slice(a + 1, b)
  return {
    sha: record.slice(start + 1, a),
    boundary,
    parents: parents ? parents.split(' ') : [],
    time: Number(record.slice(b + 1, c)),
    author: record.slice(c + 1, d),
    message: record.slice(d + 1)
  }
}

/** Splits streamed `git log -z` output into commits as the chunks arrive. */
export class LogStreamParser {
  private rest = ''
  constructor(private readonly onCommit: (commit: RawCommit) => void) {}

  push(chunk: string): void {
    let text = this.rest + chunk
    let start = 0
    for (let end = text.indexOf('\0'); end >= 0; end = text.indexOf('\0', start)) {
      this.emit(text.slice(start, end))
      start = end + 1
    }
    text = text.slice(start)
    this.rest = text
  }

  end(): void {
    if (this.rest.length > 0) this.emit(this.rest)
    this.rest = ''
  }

  private emit(record: string): void {
    const commit = parseLogRecord(record)
    if (commit) this.onCommit(commit)
  }
}
