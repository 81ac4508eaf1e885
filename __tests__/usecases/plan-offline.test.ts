import { existsSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { cli } from '../../src/cli.js'
import { planRelease, type PlanDeps } from '../../src/usecases/release/index.js'
import { projects, type TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const ENV = { ...process.env, SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000), GITHUB_TOKEN: '' }

/** What a run may have changed: every ref, and the working tree (ignored files too). */
const state = (repo: TestRepo) => [
  repo.git('for-each-ref'),
  repo.git('status', '--porcelain', '--untracked-files=all', '--ignored')
]

describe('the plan is offline by construction', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  const withoutOrigin = (...messages: string[]) => {
    const repo = project(...messages)
    repo.git('remote', 'remove', 'origin')
    return repo
  }
  const unreachableOrigin = (...messages: string[]) => {
    const repo = project(...messages)
    // a remote that any network call would fail on: ls-remote, fetch or push
    repo.git('remote', 'set-url', 'origin', 'https://127.0.0.1:9/nowhere.git')
    return repo
  }

  it('the planning step is given no way to write or to reach origin (checked by the type checker)', () => {
    type Has<T, K extends string> = K extends keyof T ? true : false
    type Remote = NonNullable<PlanDeps['remote']>
    // each is `true` (and this does not compile) the day the planning step's ports gain that method
    const can: Array<false> = [
      false satisfies Has<PlanDeps['git'], 'pushAtomic'>,
      false satisfies Has<PlanDeps['git'], 'remoteTags'>,
      false satisfies Has<PlanDeps['git'], 'fetchObjects'>,
      false satisfies Has<PlanDeps['git'], 'commit'>,
      false satisfies Has<PlanDeps['git'], 'tag'>,
      false satisfies Has<PlanDeps['files'], 'write'>,
      false satisfies Has<PlanDeps['files'], 'writeBytes'>,
      false satisfies Has<Remote, 'pushAtomic'>,
      false satisfies Has<Remote, 'fetchTag'>
    ]
    expect(can.every(value => !value)).toBe(true)
  })

  it('planRelease plans from the local clone and files alone (no remote reader, no writer)', async () => {
    for (const repo of [withoutOrigin('feat: a'), unreachableOrigin('feat: a')]) {
      const before = state(repo)
      const plan = await planRelease(
        parseSettings(() => undefined),
        {
          git: new ExecGit(repo.dir),
          files: new LocalFiles(repo.dir),
          log: silentLogger,
          env: { now: NOW }
        }
      )
      expect(plan.release).toMatchObject({ released: true, version: '1.3.0', previousTag: 'v1.2.0' })
      expect(plan.strategy).toBe('local')
      expect(plan.earlier).toBe('none')
      // the gates that run between the plan and its application
      expect(plan.gates).toEqual(['clean_tree', 'up_to_date'])
      expect(plan.tags).toEqual([expect.objectContaining({ name: 'v1.3.0', on: 'release commit' })])
      const edit = plan.edits.find(file => file.path === 'pyproject.toml')
      expect(edit?.oldHash).toMatch(/^[0-9a-f]{64}$/)
      expect(Buffer.from(edit!.bytes).toString('utf8')).toContain('version = "1.3.0"')
      expect(plan.versionFiles).toContainEqual({ path: 'pyproject.toml', from: '1.2.0', to: '1.3.0' })
      expect(state(repo)).toEqual(before)
    }
  })

  it('fastvlm-release plan plans and prints in a clone with no origin, and with an unreachable one', async () => {
    for (const repo of [withoutOrigin('feat: a'), unreachableOrigin('feat: a')]) {
      const before = state(repo)
      const run = await cli(['plan', '-C', repo.dir, '-q'], ENV)
      expect(run).toMatchObject({ code: 0, stderr: '' })
      expect(run.stdout).toMatch(/^Would release v1\.3\.0 \(minor from v1\.2\.0\)\n/)
      expect(run.stdout).toContain('Version file: pyproject.toml 1.2.0 → 1.3.0')
      // --json always prints the outputs
      const json = await cli(['plan', '--json', '-C', repo.dir], ENV)
      expect(json.code).toBe(0)
      expect(JSON.parse(json.stdout)).toMatchObject({
        released: 'true',
        new_version: '1.3.0',
        tag: 'v1.3.0',
        dry_run: 'true',
        pushed: 'false'
      })
      expect(state(repo)).toEqual(before)
    }
  })

  it('--json prints the plan a gate would stop, with the gates as they would decide', async () => {
    const repo = withoutOrigin('feat: a')
    writeFileSync(path.join(repo.dir, 'stray.txt'), 'not committed\n')
    const run = await cli(['plan', '--json', '--gates', 'clean_tree', '-C', repo.dir], ENV)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toMatchObject({
      released: 'true',
      tag: 'v1.3.0',
      gates: [expect.objectContaining({ gate: 'clean_tree', status: 'fail' })]
    })
  })

  it('one untracked file: plan still prints the plan, and the gate that would stop a release', async () => {
    const repo = withoutOrigin('feat: a')
    writeFileSync(path.join(repo.dir, 'stray.txt'), 'not committed\n')
    const before = state(repo)
    const run = await cli(['plan', '-q', '-C', repo.dir], ENV)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toMatch(/^Would release v1\.3\.0 \(minor from v1\.2\.0\)\n/)
    expect(run.stdout).toContain('Gates: clean_tree would stop this release (a release run fails on them)')
    expect(run.stdout).toMatch(/^ {2}clean_tree: fail — 1 uncommitted or untracked path/m)
    expect(state(repo)).toEqual(before)
  })

  it('create_release: true in the configuration file: plan asks for no token', async () => {
    const repo = withoutOrigin('feat: a')
    repo.commit('ci: publish', { '.github/release-action.yml': 'create_release: true\n' })
    const run = await cli(['plan', '-q', '-C', repo.dir], ENV)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toMatch(/^Would release v1\.3\.0/)
  })

  it('plan runs no command of the project unless --run-commands: the tests gate shows it was not run', async () => {
    const repo = withoutOrigin('feat: a')
    const marker = path.join(repo.dir, '..', 'the-tests-ran')
    repo.commit('ci: gates', {
      '.github/release-gates.yml': `release_gates:\n  required_checks: [tests_pass]\n  gates:\n    tests_pass:\n      command: touch ${JSON.stringify(marker)}\n`
    })
    const run = await cli(['plan', '-q', '-C', repo.dir], ENV)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(existsSync(marker)).toBe(false)
    expect(run.stdout).toMatch(
      /^ {2}tests_pass: skipped — .*not run: plan runs no command of the project \(--run-commands runs it\)$/m
    )
    const asked = await cli(['plan', '-q', '--run-commands', '-C', repo.dir], ENV)
    expect(asked.code).toBe(0)
    expect(existsSync(marker)).toBe(true)
    expect(asked.stdout).toMatch(/^ {2}tests_pass: pass — /m)
  })

  it('--json prints when the run fails before its outputs (a configuration it cannot read)', async () => {
    const repo = withoutOrigin('feat: a')
    const run = await cli(['plan', '--json', '--config', 'nowhere/', '-C', repo.dir], ENV)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: /)
    expect(JSON.parse(run.stdout)).toMatchObject({ released: 'false', error: expect.stringMatching(/nowhere/) })
  })
})
