/**
 * Capabilities in the port types: a mode is given origin's reader and writer apart from the local
 * clone, and a run without them (the CLI offline, without --push) cannot reach origin: the use case
 * says what it would need, and changes nothing.
 */
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runGates } from '../../src/usecases/gates/run.js'
import { runRollback } from '../../src/usecases/rollback/rollback.js'
import { shellRunner } from '../../src/adapters/commands.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-12-01T12:00:00Z')

describe('origin only through the ports a run is given', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))
  function released(): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', pythonProject('1.2.0'))
    repo.tag('v1.2.0')
    repo.commit('feat: x')
    repo.tag('v1.3.0')
    repo.publish('main', '--tags')
    return repo
  }
  const rollback = (repo: TestRepo, inputs: Record<string, string>, allowed: boolean) =>
    runRollback(
      parseSettings(name => ({ mode: 'rollback', version: '1.3.0', reason: 'crash', ...inputs })[name]),
      {
        git: new ExecGit(repo.dir),
        remote: allowed ? new ExecGit(repo.dir) : null,
        origin: allowed ? new ExecGit(repo.dir) : null,
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW },
        github: null
      }
    )

  it('a rollback without origin writer is refused before anything changes', async () => {
    const repo = released()
    const before = repo.git('rev-parse', 'HEAD')
    await expect(rollback(repo, { push: 'true' }, false)).rejects.toThrow(
      /may not change origin[\s\S]*--push[\s\S]*Nothing was changed/
    )
    expect(repo.git('rev-parse', 'HEAD')).toBe(before)
    expect(repo.git('tag', '-l', 'v1.3.0')).toBe('v1.3.0')
    expect(repo.gitIn(repo.origin, 'tag', '-l', 'v1.3.0')).toBe('v1.3.0')
  })

  it('a dry run without origin reader plans, and says origin was not read', async () => {
    const repo = released()
    const result = await rollback(repo, { dry_run: 'true' }, false)
    expect(result.steps.find(step => step.step === 'remote tag')).toMatchObject({
      status: 'would do',
      detail: expect.stringMatching(/origin was not read/)
    })
  })

  it('up_to_date is skipped, saying why, when the run does not read origin', async () => {
    const repo = released()
    const settings = parseSettings(name => ({ gates: 'up_to_date' })[name])
    const report = await runGates(
      settings,
      { plan: { hotfix: false } as never, head: repo.git('rev-parse', 'HEAD'), branch: 'main' },
      {
        git: new ExecGit(repo.dir),
        remote: null,
        fetch: null,
        files: new LocalFiles(repo.dir),
        commands: shellRunner,
        github: null,
        log: silentLogger,
        cwd: repo.dir
      }
    )
    expect(report.results[0]).toMatchObject({ gate: 'up_to_date', status: 'skipped' })
    expect(report.results[0].reason).toMatch(/does not read origin/)
  })
})
