import { spawn } from 'node:child_process'
import type { CommandRunner } from '../usecases/ports.js'

const TAIL_LINES = 30

export const shellRunner: CommandRunner = {
  run(command, { cwd, timeoutMs, env }) {
    return new Promise(resolve => {
      let output = ''
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-20_000)
      }
      const child = spawn('bash', ['-c', command], {
        cwd,
        env: { ...process.env, ...env },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe']
      })
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
      const tail = () => output.trimEnd().split('\n').slice(-TAIL_LINES)
      child.on('error', error => {
        clearTimeout(timer)
        resolve({ exitCode: null, tail: tail(), error: `could not start: ${error.message}` })
      })
      child.on('close', code => {
        clearTimeout(timer)
        if (timedOut)
          resolve({ exitCode: null, tail: tail(), error: `timed out after ${Math.round(timeoutMs / 1000)} s` })
        else resolve({ exitCode: code, tail: tail() })
      })
    })
  }
}
