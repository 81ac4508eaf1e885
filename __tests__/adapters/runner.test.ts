import * as toolkit from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import * as runner from '../../src/adapters/runner.js'

/** What a function writes on stdout, and GITHUB_OUTPUT's and GITHUB_ENV's text after it. */
async function capture(fn: () => unknown): Promise<{ stdout: string; output: string; env: string; exitCode: unknown }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fvr-runner-'))
  const saved = { env: process.env, write: process.stdout.write, exitCode: process.exitCode }
  let stdout = ''
  process.env = { ...saved.env, GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_ENV: path.join(dir, 'env') }
  writeFileSync(process.env.GITHUB_OUTPUT!, '')
  writeFileSync(process.env.GITHUB_ENV!, '')
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  }) as typeof process.stdout.write
  try {
    await fn()
    return {
      stdout,
      // the delimiter is random: the same shape is what counts
      output: readFileSync(path.join(dir, 'output'), 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER'),
      env: readFileSync(path.join(dir, 'env'), 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER'),
      exitCode: process.exitCode
    }
  } finally {
    process.env = saved.env
    process.stdout.write = saved.write
    process.exitCode = saved.exitCode
    rmSync(dir, { recursive: true, force: true })
  }
}

const HOSTILE = [
  'plain',
  '',
  'two\nlines\r\nand 100% sure',
  '::error::injected',
  'line\n::warning file=x::injected',
  'a: b, c%0A',
  '@someone <b>bold</b>'
]

describe('the runner commands, written as @actions/core writes them', () => {
  it.each(HOSTILE)('annotations, masks, debug, info and groups: %j', async text => {
    const props = { title: text, file: `dir/${text}`, startLine: 3 }
    const steps =
      (impl: typeof runner | typeof toolkit, withInfo = true) =>
      async () => {
        impl.setSecret(text)
        if (withInfo) impl.info(text) // info writes the text as it is, as the toolkit's does: callers scrub it
        impl.debug(text)
        impl.error(text, props)
        impl.warning(text, {})
        impl.notice(text, { title: text })
        await impl.group(text, async () => impl.info('inside'))
        impl.setFailed(text)
      }
    const ours = await capture(steps(runner))
    expect(ours).toEqual(await capture(steps(toolkit)))
    // the commands are one line each: the text can't end one early nor start another
    const commands = (await capture(steps(runner, false))).stdout.split('\n').filter(line => line.startsWith('::'))
    expect(commands.map(line => /^::([a-z-]+)/.exec(line)?.[1])).toEqual([
      'add-mask',
      'debug',
      'error',
      'warning',
      'notice',
      'group',
      'endgroup',
      'error'
    ])
  })

  it.each(HOSTILE)('outputs and variables in the runner files: %j', async text => {
    const steps = (impl: typeof runner | typeof toolkit) => () => {
      impl.setOutput('notes', text)
      impl.exportVariable('NEW_VERSION', text)
    }
    expect(await capture(steps(runner))).toEqual(await capture(steps(toolkit)))
  })

  it('inputs: trimmed, spaces as underscores, empty when not given', () => {
    const env = { INPUT_TAG_PREFIX: '  v \n', INPUT_DRY_RUN: 'true' }
    expect(runner.getInput('tag_prefix', env)).toBe('v')
    expect(runner.getInput('dry run', env)).toBe('true')
    expect(runner.getInput('bump', env)).toBe('')
  })

  it('appends to the job summary, and says so when it can not', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fvr-summary-'))
    const saved = process.env.GITHUB_STEP_SUMMARY
    try {
      const file = path.join(dir, 'summary.md')
      writeFileSync(file, 'before\n')
      process.env.GITHUB_STEP_SUMMARY = file
      await runner.appendSummary('## after\n')
      expect(readFileSync(file, 'utf8')).toBe('before\n## after\n')
      chmodSync(file, 0o400)
      if (process.getuid?.() !== 0)
        await expect(runner.appendSummary('x')).rejects.toThrow(/Unable to access summary file/)
      delete process.env.GITHUB_STEP_SUMMARY
      await expect(runner.appendSummary('x')).rejects.toThrow(/GITHUB_STEP_SUMMARY/)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
      else process.env.GITHUB_STEP_SUMMARY = saved
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
