import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { constants } from 'node:os'

/** How a program is run: argument arrays only, no shell ever sees a value. */
export interface SpawnOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Written to the program's standard input, which is then closed (without it: no input at all). */
  input?: string
  /** Each chunk of standard output as it comes (then `stdout` of the result stays empty). */
  onStdout?: (chunk: Buffer) => void
  /** At most this many characters of standard error are kept (all when absent). */
  stderrLimit?: number
}

export interface SpawnResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** The messages @actions/exec gave when the program or the folder is missing (kept for the users' sake). */
function startFailure(program: string, cwd: string, error: NodeJS.ErrnoException): Error {
  if (error.code !== 'ENOENT') return error
  if (!existsSync(cwd)) return new Error(`The cwd: ${cwd} does not exist!`)
  return new Error(
    `Unable to locate executable file: ${program}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`
  )
}

/**
 * Runs a program straight through node:child_process (no PATH search of our own, no shell), and
 * resolves with its exit code and output once its streams are closed; a program killed by a signal
 * counts as exit 128 + the signal's number, as a shell reports it.
 */
export function runProgram(program: string, args: string[], options: SpawnOptions): Promise<SpawnResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let errLength = 0
    let failed: unknown = null
    child.stdout?.on('data', (chunk: Buffer) => {
      if (!options.onStdout) return void out.push(chunk)
      if (failed !== null) return
      try {
        options.onStdout(chunk)
      } catch (error) {
        failed = error // the reader gave up: the program is stopped and the run fails with its error
        child.kill()
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      if (options.stderrLimit !== undefined && errLength >= options.stderrLimit) return
      err.push(chunk)
      errLength += chunk.length
    })
    if (options.input !== undefined) {
      child.stdin?.on('error', () => {}) // a program that exits without reading: its exit code tells
      child.stdin?.end(Buffer.from(options.input))
    }
    child.on('error', error => reject(startFailure(program, options.cwd, error)))
    child.on('close', (code, signal) => {
      if (failed !== null) return reject(failed instanceof Error ? failed : new Error(String(failed)))
      const exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0)
      resolve({ exitCode, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() })
    })
  })
}
