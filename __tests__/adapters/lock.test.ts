import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, chmodSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { acquireRunLock, STALE_AFTER_MS, YOUNG_MS } from '../../src/adapters/lock.js'

describe('one run at a time per clone', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'fvr-lock-'))
  })
  afterEach(() => {
    chmodSync(dir, 0o755)
    rmSync(dir, { recursive: true, force: true })
  })

  it('refuses a second run while the first holds the lock, naming the holder', async () => {
    const first = await acquireRunLock(dir)
    await expect(acquireRunLock(dir)).rejects.toThrow(
      new RegExp(
        `Another release run is under way in this clone \\(process ${process.pid} on .*this run changed nothing`
      )
    )
    await first.release()
    expect(existsSync(first.file)).toBe(false)
    const again = await acquireRunLock(dir)
    await again.release()
  })

  it('takes over the lock of a process that is gone', async () => {
    const child = spawn(process.execPath, ['-e', ''])
    await new Promise(resolve => child.on('exit', resolve))
    writeFileSync(
      path.join(dir, 'fastvlm-release.lock'),
      JSON.stringify({ pid: child.pid, host: os.hostname(), started: new Date().toISOString(), token: 'old' })
    )
    const lock = await acquireRunLock(dir)
    expect(JSON.parse(readFileSync(lock.file, 'utf8')).pid).toBe(process.pid)
    await lock.release()
  })

  it('takes over a lock older than six hours, and a lock file that is not ours to read', async () => {
    writeFileSync(
      path.join(dir, 'fastvlm-release.lock'),
      JSON.stringify({
        pid: process.pid,
        host: 'elsewhere',
        started: new Date(Date.now() - STALE_AFTER_MS - 1000).toISOString(),
        token: 'old'
      })
    )
    await (await acquireRunLock(dir)).release()
    // an unreadable holder is judged by the file's age: this one was written long ago
    const file = path.join(dir, 'fastvlm-release.lock')
    writeFileSync(file, 'garbage')
    const old = new Date(Date.now() - YOUNG_MS - 5000)
    utimesSync(file, old, old)
    await (await acquireRunLock(dir)).release()
  })

  it('never takes over a lock created a moment ago whose holder is not written yet', async () => {
    // the other run made the file (exclusive create) and has not written its holder yet
    const file = path.join(dir, 'fastvlm-release.lock')
    for (const content of ['', '{"pid": 12']) {
      writeFileSync(file, content)
      await expect(acquireRunLock(dir)).rejects.toThrow(/taking the run lock .*holder not written yet.*changed nothing/)
      expect(readFileSync(file, 'utf8')).toBe(content)
    }
  })

  it('never removes a lock another run took over', async () => {
    const lock = await acquireRunLock(dir)
    writeFileSync(
      lock.file,
      JSON.stringify({ pid: 1, host: 'other', started: new Date().toISOString(), token: 'theirs' })
    )
    await lock.release()
    expect(existsSync(lock.file)).toBe(true)
  })

  it('says what to do when the git directory is read-only', async () => {
    if (process.getuid?.() === 0) {
      // root writes through directory permissions: use a path under a file instead
      writeFileSync(path.join(dir, 'file'), '')
      await expect(acquireRunLock(path.join(dir, 'file'))).rejects.toThrow(
        /Cannot create the run lock .*must be writable/
      )
      return
    }
    chmodSync(dir, 0o555)
    await expect(acquireRunLock(dir)).rejects.toThrow(/Cannot create the run lock .*must be writable/)
  })
})
