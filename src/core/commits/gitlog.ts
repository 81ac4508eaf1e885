import type { RawCommit } from '../types.js'

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
  private pending: Uint8Array | null = null
  private readonly decoder = new TextDecoder('utf-8')
  constructor(private readonly onCommit: (commit: RawCommit) => void) {}

  /**
   * Raw bytes as the pipe delivers them: each record is decoded on its own (invalid UTF-8
   * becomes U+FFFD), so no chunk-sized string is made, copied or kept alive by a commit.
   */
  push(chunk: Uint8Array): void {
    let start = 0
    if (this.pending) {
      const end = chunk.indexOf(0)
      const joined = new Uint8Array(this.pending.length + (end < 0 ? chunk.length : end))
      joined.set(this.pending)
      joined.set(end < 0 ? chunk : chunk.subarray(0, end), this.pending.length)
      if (end < 0) {
        this.pending = joined
        return
      }
      this.pending = null
      this.emit(this.decoder.decode(joined))
      start = end + 1
    }
    for (let end = chunk.indexOf(0, start); end >= 0; end = chunk.indexOf(0, start)) {
      this.emit(this.decoder.decode(chunk.subarray(start, end)))
      start = end + 1
    }
    if (start < chunk.length) this.pending = chunk.slice(start)
  }

  end(): void {
    if (this.pending) this.emit(this.decoder.decode(this.pending))
    this.pending = null
  }

  private emit(record: string): void {
    const commit = parseLogRecord(record)
    if (commit) this.onCommit(commit)
  }
}
