import { parseLogRecord } from '../commits/gitlog.js'
import type { RawCommit } from '../types.js'

/**
 * The `git log -z --name-only` format the components read: each commit's record starts with RS
 * (0x1e), then the fields of the single-package log (US-separated, the message last) and NUL;
 * its changed files follow, each ended by NUL (the first after a newline). Paths can hold any
 * byte but NUL, so `-z` keeps them whole; a record is told from a path by its RS and sha.
 */
export const FILES_LOG_FORMAT = '%x1e%H%x1f%P%x1f%ct%x1f%an%x1f%B'

/** The arguments of that log over `HEAD` minus the commits every component has released. */
export function filesLogArgs(exclude: readonly string[]): string[] {
  return [
    'log',
    '-z',
    '--topo-order',
    '--name-only',
    '--no-renames',
    `--format=${FILES_LOG_FORMAT}`,
    'HEAD',
    ...exclude.map(sha => `^${sha}`),
    '--'
  ]
}

// eslint-disable-next-line no-control-regex
const HEADER = /^\n?\x1e[0-9a-f]{40,64}\x1f/

/** Splits streamed output into commits with their files, as the chunks arrive (bytes, decoded per token). */
export class FilesLogParser {
  private pending: Uint8Array | null = null
  private readonly decoder = new TextDecoder('utf-8')
  private commit: RawCommit | null = null
  private files: string[] = []
  constructor(private readonly onCommit: (commit: RawCommit, files: string[]) => void) {}

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
      this.token(this.decoder.decode(joined))
      start = end + 1
    }
    for (let end = chunk.indexOf(0, start); end >= 0; end = chunk.indexOf(0, start)) {
      this.bytes(chunk, start, end)
      start = end + 1
    }
    if (start < chunk.length) this.pending = chunk.slice(start)
  }

  end(): void {
    if (this.pending) this.token(this.decoder.decode(this.pending))
    this.pending = null
    this.flush()
  }

  /** A token straight from the chunk: a path of ASCII bytes (most) is made without a decoder. */
  private bytes(chunk: Uint8Array, start: number, end: number): void {
    if (this.commit && end - start < 256) {
      let from = start
      if (chunk[from] === 10) from++
      let ascii = chunk[from] !== 0x1e && from < end
      for (let i = from; ascii && i < end; i++) if (chunk[i] >= 0x80 || chunk[i] < 0x20) ascii = false
      if (ascii) {
        this.files.push(String.fromCharCode.apply(null, chunk.subarray(from, end) as unknown as number[]))
        return
      }
    }
    this.token(this.decoder.decode(chunk.subarray(start, end)))
  }

  private flush(): void {
    if (this.commit) this.onCommit(this.commit, this.files)
    this.commit = null
    this.files = []
  }

  private token(text: string): void {
    if (text === '' || text === '\n') return
    if (HEADER.test(text)) {
      this.flush()
      const at = text.indexOf('\x1e')
      this.commit = parseLogRecord(` ${text.slice(at + 1)}`)
      return
    }
    if (this.commit) this.files.push(text.charCodeAt(0) === 10 ? text.slice(1) : text)
  }
}
