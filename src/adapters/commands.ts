import { spawn } from 'node:child_process'

export interface CommandResult {
  /** null when it could not start or was stopped. */
  exitCode: number | null
  /** The last lines of stdout and stderr together. */
  tail: string[]
  /** Why it has no exit code: could not start, or timed out. */
  error?: string
}

/** Runs the maintainer's own commands (from the gates configuration, never from commit text). */
export interface CommandRunner {
  run(command: string, options: { cwd: string, timeoutMs: number, env?: Record<string, string> }): Promise<CommandResult>
}

const TAIL_LINES = 30

export const shellRunner: CommandRunner = {
  run(command, { cwd, timeoutMs, env }) {
    return new Promise(resolve => {
      let output = ''
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-20_000)
      }
      const child = spawn('bash', ['-c', command], { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL')
        } catch {
          child.kill('SIGKILL')
        }
      }, timeoutMs)
      child.stdout.on('data', keep)
      child.stderr.on('data', keep)
      const tail = () => output.replace(/\s+$/, '').split('\n').slice(-TAIL_LINES)
      child.on('error', error => {
        clearTimeout(timer)
        resolve({ exitCode: null, tail: tail(), error: `could not start: ${error.message}` })
      })
      child.on('close', code => {
        clearTimeout(timer)
        if (timedOut) resolve({ exitCode: null, tail: tail(), error: `timed out after ${Math.round(timeoutMs / 1000)} s` })
        else resolve({ exitCode: code, tail: tail() })
      })
    })
  }
}
