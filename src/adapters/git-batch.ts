/**
 * One long-lived `git cat-file --batch` for the reads of a run (`show REV:PATH`, whether a commit
 * exists): one process instead of one a read. Argument arrays only; the names go to its standard
 * input, one a line, so a name that a line cannot carry (a newline, a carriage return) is never
 * written: the caller reads it on its own (`fallback`); a name with NUL names nothing (`missing`). A
 * process that dies, or an answer that does not read as the protocol's, also gives `fallback` to
 * every read it had not answered.
 */
import { spawn, type ChildProcess } from 'node:child_process'

/** What the batch says of one name. */
export type BatchAnswer =
  | { kind: 'found'; type: string; content: Buffer }
  | { kind: 'missing' }
  /** Not answered here (a name a line cannot carry, a relative path, a process gone): read it alone. */
  | { kind: 'fallback' }

/** Names the protocol cannot carry as they are, or that git reads relative to the current folder. */
export function batchable(name: string): boolean {
  return !/[\n\r\0]/.test(name) && !/:\.\.?\//.test(name) && name.trim() === name && name !== ''
}

/** `<oid> <type> <size>`: the header of a found object. */
const HEADER = /^([0-9a-f]{40,64}) ([a-z]+) (\d+)$/

interface Pending {
  resolve: (answer: BatchAnswer) => void
}

/** One `cat-file --batch` process and the reads it has not answered yet, in the order they were written. */
class BatchProcess {
  private readonly child: ChildProcess
  private readonly pending: Pending[] = []
  /** Output not read yet: its chunks and their length. */
  private chunks: Buffer[] = []
  private length = 0
  /** The object being read: its header's type and the bytes still to come (content and LF). */
  private body: { type: string; size: number } | null = null
  private ended = false

  constructor(
    cwd: string,
    env: NodeJS.ProcessEnv,
    private readonly onGone: () => void
  ) {
    this.child = spawn('git', ['cat-file', '--batch'], {
      cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true
    })
    this.child.stdin?.on('error', () => this.fail())
    this.child.stdout?.on('data', (chunk: Buffer) => this.receive(chunk))
    this.child.stderr?.on('data', () => {}) // a warning (an ambiguous ref name) must never fill the pipe
    this.child.on('error', () => this.fail())
    this.child.on('close', () => this.fail())
    this.idle()
  }

  get open(): boolean {
    return !this.ended
  }

  read(name: string): Promise<BatchAnswer> {
    return new Promise(resolve => {
      this.pending.push({ resolve })
      this.busy()
      this.child.stdin?.write(`${name}\n`)
    })
  }

  /** No more names: git answers the ones written, then exits. */
  end(): void {
    if (this.ended) return
    this.ended = true
    this.child.stdin?.end()
    if (this.pending.length === 0) this.idle()
  }

  /** The process keeps this one alive only while it owes an answer. */
  private busy(): void {
    this.child.ref()
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) refOf(stream)?.ref()
  }

  private idle(): void {
    this.child.unref()
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) refOf(stream)?.unref()
  }

  private answer(answer: BatchAnswer): void {
    this.pending.shift()?.resolve(answer)
    if (this.pending.length === 0) this.idle()
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk)
    this.length += chunk.length
    // a large object comes in many chunks: they are joined once it is all there
    if (this.body && this.length < this.body.size + 1) return
    let buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length)
    this.chunks = []
    this.length = 0
    for (;;) {
      if (this.body) {
        if (buffer.length < this.body.size + 1) break
        if (buffer[this.body.size] !== 10) return this.fail()
        // the object alone in the buffer (a large one): no copy; else a copy, so the rest is not held
        const alone = buffer.length === this.body.size + 1
        const content = alone ? buffer.subarray(0, this.body.size) : Buffer.from(buffer.subarray(0, this.body.size))
        buffer = buffer.subarray(this.body.size + 1)
        const type = this.body.type
        this.body = null
        this.answer({ kind: 'found', type, content })
        continue
      }
      const newline = buffer.indexOf(10)
      if (newline < 0) break
      const line = buffer.subarray(0, newline).toString()
      buffer = buffer.subarray(newline + 1)
      if (this.pending.length === 0) return this.fail()
      if (line.endsWith(' missing') || line.endsWith(' ambiguous')) {
        this.answer({ kind: 'missing' })
        continue
      }
      const header = HEADER.exec(line)
      if (!header) return this.fail()
      this.body = { type: header[2], size: Number(header[3]) }
    }
    if (buffer.length > 0) {
      this.chunks.push(buffer)
      this.length = buffer.length
    }
  }

  /** The process is gone or out of step: every read it owes is read alone, and the next read starts another. */
  private fail(): void {
    const first = !this.ended
    this.ended = true
    for (const pending of this.pending.splice(0)) pending.resolve({ kind: 'fallback' })
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill()
    this.idle()
    if (first) this.onGone()
  }
}

/** `stdin`/`stdout` of a child are sockets, which can be unref'd (typed loosely by @types/node). */
function refOf(stream: unknown): { ref(): void; unref(): void } | null {
  const socket = stream as { ref?: () => void; unref?: () => void } | null
  return socket && typeof socket.ref === 'function' && typeof socket.unref === 'function'
    ? (socket as { ref(): void; unref(): void })
    : null
}

/**
 * The batch reader of one git client: started at the first read, started afresh after `renew()`
 * (the client wrote, or was told the clone changed: a long-lived git could answer from what it read
 * before), ended by `close()` or after `idleMs` without a read (a client nobody closes leaves no
 * process behind). It never keeps the program alive when it owes no answer.
 */
export class CatFileBatch {
  private process: BatchProcess | null = null
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly cwd: string,
    private readonly env: () => NodeJS.ProcessEnv,
    private readonly idleMs: number
  ) {}

  async read(name: string): Promise<BatchAnswer> {
    // no object name holds NUL (and no process argument can carry one): nothing is there
    if (name.includes('\0')) return { kind: 'missing' }
    if (!batchable(name)) return { kind: 'fallback' }
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (!this.process?.open) {
      const started: BatchProcess = new BatchProcess(this.cwd, this.env(), () => {
        if (this.process === started) this.process = null
      })
      this.process = started
    }
    const answer = await this.process.read(name)
    this.scheduleIdle()
    return answer
  }

  /** The reads from now on go to a new process (the current one answers what it owes, then exits). */
  renew(): void {
    this.process?.end()
    this.process = null
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.renew()
  }

  private scheduleIdle(): void {
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      this.renew()
    }, this.idleMs)
    this.timer.unref()
  }
}
