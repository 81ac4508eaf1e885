import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ConfigurationError } from '../core/errors.js'

/** A lock held by this run; `release` removes it (only if it is still ours). */
export interface RunLock {
  readonly file: string
  release(): Promise<void>
}

interface Holder {
  pid: number
  host: string
  started: string
  token: string
}

/** A lock older than this is stale whatever its process (a runner's job can't last longer). */
export const STALE_AFTER_MS = 6 * 60 * 60 * 1000

/**
 * A lock file younger than this whose holder cannot be read yet is being written (the exclusive
 * create and the write of its holder are two steps): never taken over as if abandoned.
 */
export const YOUNG_MS = 10_000

/** How long ago the lock file was last written (Infinity: it is gone; negative: its mtime is in the future). */
async function fileAge(file: string): Promise<number> {
  try {
    return Date.now() - (await fs.stat(file)).mtimeMs
  } catch {
    return Infinity
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readHolder(file: string): Promise<Holder | null> {
  try {
    const holder = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<Holder>
    if (typeof holder.pid !== 'number' || typeof holder.host !== 'string' || typeof holder.started !== 'string')
      return null
    return holder as Holder
  } catch {
    return null
  }
}

/**
 * One run at a time per clone: `fastvlm-release.lock` in the git directory, made with an exclusive
 * create. A lock whose process is gone (same host) or that is older than six hours (or dated more
 * than six hours ahead: a wrong clock) is stale and taken over; one whose holder is not written yet
 * is taken over only once its file is more than YOUNG_MS from now, either way (its run may be
 * between the create and the write); otherwise the run refuses with the holder
 * named and changes nothing.
 */
export async function acquireRunLock(gitDir: string, now: () => Date = () => new Date()): Promise<RunLock> {
  const file = path.join(gitDir, 'fastvlm-release.lock')
  const token = `${process.pid}-${now().getTime()}-${Math.random().toString(36).slice(2)}`
  const mine: Holder = { pid: process.pid, host: os.hostname(), started: now().toISOString(), token }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, `${JSON.stringify(mine)}\n`, { flag: 'wx' })
      return {
        file,
        release: async () => {
          const holder = await readHolder(file)
          if (holder?.token === token) await fs.rm(file, { force: true })
        }
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EEXIST') {
        throw new ConfigurationError(
          `Cannot create the run lock ${file} (${code ?? String(error)}): the git directory must be writable. ` +
            'Check the checkout step and the file permissions of .git.'
        )
      }
      const holder = await readHolder(file)
      const fileYoung = Math.abs(await fileAge(file)) < YOUNG_MS
      if (!holder && fileYoung) {
        throw new ConfigurationError(
          `Another release run is taking the run lock ${file} at this moment (created ${Math.max(0, Math.round((await fileAge(file)) / 1000))} s ago, its holder not written yet): ` +
            'this run changed nothing. Let that run finish (workflows: a concurrency group keeps runs apart), and run again.'
        )
      }
      const age = holder ? now().getTime() - Date.parse(holder.started) : Infinity
      // a holder that started more than six hours from now (either way) is stale: a clock that was
      // wrong when it was written must not hold the lock until that clock's future comes
      const stale =
        !holder || !(Math.abs(age) <= STALE_AFTER_MS) || (holder.host === os.hostname() && !alive(holder.pid))
      if (!stale) {
        throw new ConfigurationError(
          `Another release run is under way in this clone (process ${holder.pid} on ${holder.host}, since ${holder.started}): ` +
            'this run changed nothing. Let that run finish (workflows: a concurrency group keeps runs apart), ' +
            `or, if no run is active, delete ${file}.`
        )
      }
      await fs.rm(file, { force: true })
    }
  }
  throw new ConfigurationError(
    `Another run keeps taking the run lock ${file}: this run changed nothing. Try again when it has finished.`
  )
}
