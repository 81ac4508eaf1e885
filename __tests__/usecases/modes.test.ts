/**
 * The registry of modes (src/usecases/modes/index.ts) and the copies derived from it agree: every
 * mode is a value of the mode input and the reverse, every writing mode really takes the clone's run
 * lock (and no other does), every CLI command runs a mode, every output is some mode's, and the
 * registry loads its handlers only when a mode runs (no import of a handler, no cycle).
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { INPUTS, OUTPUTS, type OutputName } from '../../src/core/config/inputs.js'
import { parseSettings, type Mode } from '../../src/core/config/settings.js'
import { ExecGit } from '../../src/adapters/git.js'
import { acquireRunLock } from '../../src/adapters/lock.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { noArtifacts, runMode } from '../../src/compose.js'
import { cli } from '../../src/cli.js'
import { CLI_COMMANDS, MODE_NAMES, MODES, takesRunLock } from '../../src/usecases/modes/index.js'
import { TestRepo } from '../helpers/repo.js'

const settingsFor = (mode: string, inputs: Record<string, string> = {}) =>
  parseSettings(name => ({ mode, version: mode === 'rollback' ? '1.0.0' : undefined, ...inputs })[name])

describe('the registry of modes', () => {
  it('names the modes the mode input takes, and the reverse', () => {
    expect([...MODE_NAMES].sort()).toEqual([...INPUTS.mode.choices].sort())
    for (const mode of MODE_NAMES) {
      expect(MODES[mode].name).toBe(mode)
      expect(settingsFor(mode).mode).toBe(mode)
    }
    expect(() => settingsFor('deploy')).toThrow(/mode/)
  })

  it('every CLI command runs a mode of the registry; the usage and the errors list them all', async () => {
    const names = CLI_COMMANDS.map(command => command.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toEqual(['plan', 'apply', 'rollback', 'publish', 'metrics', 'migration-guide'])
    for (const command of CLI_COMMANDS) {
      expect(MODE_NAMES).toContain(command.mode)
      expect(MODES[command.mode].cli).toContainEqual(expect.objectContaining({ name: command.name }))
    }
    const help = (await cli(['--help'])).stdout
    expect(help).toContain(`Usage: fastvlm-release [${names.join('|')}] [options]`)
    for (const command of CLI_COMMANDS) expect(help).toContain(`  ${`${command.name} ${command.args}`.padEnd(20)}`)
    const unknown = await cli(['deploy'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(`Commands: ${names.join(', ')} `)
  })

  it('every output is set by some mode, and each mode lists only outputs of the table', () => {
    const declared = new Set<OutputName>(MODE_NAMES.flatMap(mode => [...MODES[mode].outputs]))
    expect([...declared].sort()).toEqual(Object.keys(OUTPUTS).sort())
  })

  it('the lock follows from writes: a writing mode takes it unless it is a dry run', () => {
    for (const mode of MODE_NAMES) {
      expect(takesRunLock(mode, false)).toBe(MODES[mode].writes)
      expect(takesRunLock(mode, true)).toBe(false)
    }
    expect(MODE_NAMES.filter(mode => !MODES[mode].writes)).toEqual(['metrics', 'preview'])
  })

  it('loads each handler when asked', async () => {
    for (const mode of MODE_NAMES) expect(typeof (await MODES[mode].load())).toBe('function')
  })

  it('the registry imports no handler, and no handler imports the registry (no cycle)', () => {
    const dir = path.join('src', 'usecases', 'modes')
    const registry = readFileSync(path.join(dir, 'index.ts'), 'utf8')
    for (const line of registry.split('\n').filter(text => /^import /.test(text))) expect(line).toMatch(/^import type /)
    const handlers = [
      ...readdirSync(dir)
        .filter(name => name !== 'index.ts')
        .map(name => path.join(dir, name)),
      ...['preview/preview.ts', 'watch/watch.ts', 'migration-guide/migration-guide.ts'].map(name =>
        path.join('src', 'usecases', name)
      )
    ]
    for (const file of handlers) {
      const text = readFileSync(file, 'utf8')
      expect({ file, registry: /from '\.(\.\/modes)?\/index\.js'|from '\.\/modes\.js'/.test(text) }).toEqual({
        file,
        registry: false
      })
    }
  })
})

describe('the run lock, for real', () => {
  const repo = TestRepo.create()
  repo.commit('chore: initial', { 'package.json': '{"name":"x","version":"1.0.0"}\n' })
  repo.tag('v1.0.0')
  repo.commit('fix: a bug', { 'x.txt': 'x' })
  afterAll(() => repo.cleanup())

  const run = (mode: Mode, inputs: Record<string, string> = {}) =>
    runMode(
      settingsFor(mode, inputs),
      repo.dir,
      { PATH: process.env.PATH, HOME: process.env.HOME },
      {
        log: silentLogger,
        artifact: noArtifacts,
        network: 'none'
      }
    )

  it.each<Mode>(['release', 'metrics', 'migration_guide'])(
    'mode %s sets only the outputs its definition lists',
    async mode => {
      const result = await run(mode, { dry_run: 'true' })
      expect(Object.keys(result.outputs).length).toBeGreaterThan(0)
      for (const name of Object.keys(result.outputs)) expect(MODES[mode].outputs).toContain(name)
    }
  )

  it.each(MODE_NAMES.map(mode => [mode, MODES[mode].writes]))(
    'mode %s (writes: %s): refused while another run holds the lock exactly when it writes',
    async (mode, writes) => {
      const dir = await new ExecGit(repo.dir).commonDir()
      const held = await acquireRunLock(dir!)
      try {
        const outcome = await run(mode).then(
          () => 'ran',
          (error: Error) => error.message
        )
        if (writes) expect(outcome).toMatch(/^Another release run is under way in this clone/)
        else expect(outcome).not.toMatch(/Another release run is under way/)
        // a dry run never waits for the lock
        const dry = await run(mode, { dry_run: 'true' }).then(
          () => 'ran',
          (error: Error) => error.message
        )
        expect(dry).not.toMatch(/Another release run is under way/)
      } finally {
        await held.release()
      }
    }
  )
})
