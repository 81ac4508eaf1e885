import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { ClientOptions } from '../../src/adapters/github/client.js'
import { FAST_CLIENT } from './github-server.js'

export const FAKE_TOKEN = 'ghs_e2eFakeToken0123456789abcdefABCDEF'

export interface RunnerResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  env: Record<string, string>
  summary: string
}

/** Reads the heredoc `name<<DELIM ... DELIM` files the runner uses for GITHUB_OUTPUT and GITHUB_ENV. */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i])
    result[match[1]] = value.join('\n')
  }
  return result
}

interface Prepared {
  env: Record<string, string>
  collect: (code: number, stdout: string, stderr: string) => RunnerResult
}

/** The runner's environment for one run: INPUT_* for every input (defaults as action.yml says), command files. */
function prepare(workspace: string, inputs: Record<string, string>, extraEnv: Record<string, string>): Prepared {
  const root = process.cwd()
  const action = parseYaml(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const files = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_STEP_SUMMARY: 'summary' }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/fastvlm',
    GITHUB_REF_NAME: 'main',
    SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 25) / 1000),
    // the runner's temporary folder, beside the workspace as on a hosted runner
    RUNNER_TEMP: path.join(workspace, '..', 'runner-temp'),
    ...extraEnv
  }
  const scratch = path.join(workspace, '..')
  for (const [key, name] of Object.entries(files)) {
    if (key in extraEnv) continue // a test's own (say, a path that can't be written)
    env[key] = path.join(scratch, `${name}.txt`)
    writeFileSync(env[key], '')
  }
  const readIf = (file: string) => (existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : '')
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = name in inputs ? inputs[name] : name === 'github_token' ? FAKE_TOKEN : (spec.default ?? '')
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  // an input action.yml does not declare, given with `with:`: the runner passes it too (and warns)
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in action.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  }
  return {
    env,
    collect: (code, stdout, stderr) => ({
      code,
      stdout,
      stderr,
      outputs: parseCommandFile(readIf(env.GITHUB_OUTPUT)),
      env: parseCommandFile(readIf(env.GITHUB_ENV)),
      summary: readIf(env.GITHUB_STEP_SUMMARY)
    })
  }
}

const ACTION = () => path.join(process.cwd(), 'dist', 'index.js')

/** Runs dist/index.js the way the Actions runner does, with cwd = the workspace. */
export function runAction(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {}
): RunnerResult {
  const { env, collect } = prepare(workspace, inputs, extraEnv)
  const run = spawnSync(process.execPath, [ACTION()], { cwd: workspace, env, encoding: 'utf8' })
  return collect(run.status ?? -1, run.stdout, run.stderr)
}

/** The same without blocking this process (for runs that talk to a server in this process). */
export function runActionAsync(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {}
): Promise<RunnerResult> {
  const { env, collect } = prepare(workspace, inputs, extraEnv)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION()], { cwd: workspace, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => {
      stdout += chunk
    })
    child.stderr.on('data', chunk => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', code => resolve(collect(code ?? -1, stdout, stderr)))
  })
}

/**
 * Runs src/main.ts's run() in this process, from source, with the same runner environment: the
 * entry point is tested without a build. @actions/core keeps the summary file's path once known, so
 * every run of a process shares one summary file, emptied first. The clients talk to local servers:
 * the GitHub clients space no request and retry after a millisecond (FAST_CLIENT), the HTTP client
 * (Datadog, Slack, Jira) retries without waiting, unless `options` says otherwise ({ github: {} }
 * for the GitHub clients' own defaults).
 */
export async function runActionFromSource(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  options: { github?: ClientOptions; sleep?: (ms: number) => Promise<void> } = {}
): Promise<RunnerResult> {
  const { env, collect } = prepare(workspace, inputs, extraEnv)
  if (!('GITHUB_STEP_SUMMARY' in extraEnv)) {
    env.GITHUB_STEP_SUMMARY = path.join(tmpdir(), `fastvlm-summary-${process.pid}.md`)
    writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  }
  const { run } = await import('../../src/main.js')
  const saved = { env: process.env, write: process.stdout.write, exitCode: process.exitCode }
  let stdout = ''
  process.env = { ...env }
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  }) as typeof process.stdout.write
  try {
    await run(process.env, workspace, {
      github: options.github ?? FAST_CLIENT,
      sleep: options.sleep ?? (() => Promise.resolve())
    })
    return collect(process.exitCode === 1 ? 1 : 0, stdout, '')
  } finally {
    process.env = saved.env
    process.stdout.write = saved.write
    process.exitCode = saved.exitCode
  }
}
