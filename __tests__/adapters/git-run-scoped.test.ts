/**
 * The run's git client (src/compose.ts: ExecGit with runScoped) reads the branch, HEAD, the status
 * and origin's URL once per run, and again after anything may have changed them: a git write, a
 * file written through the run's file store, a command run.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { silentLogger } from '../../src/adapters/logger.js'
import { ExecGit } from '../../src/adapters/git.js'
import { buildServices, loadSettings, noArtifacts, runMode } from '../../src/compose.js'
import { GitShim } from '../helpers/git-shim.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

describe('the git reads of a run', () => {
  let repo: TestRepo
  let shim: ReturnType<typeof GitShim.onPath>
  beforeEach(() => {
    repo = TestRepo.create()
    repo.commit('chore: initial', pythonProject('1.2.0'))
    repo.tag('v1.2.0')
    repo.commit('feat: sessions')
    shim = GitShim.onPath()
  })
  afterEach(() => {
    shim.restore()
    repo.cleanup()
  })

  it('a dry-run release reads the status, the branch and origin once each', async () => {
    const loaded = await loadSettings(name => ({ dry_run: 'true' })[name], repo.dir)
    const env = { GITHUB_REF_NAME: 'main', GITHUB_SERVER_URL: 'https://github.com' }
    const result = await runMode(loaded.settings, repo.dir, env, { log: silentLogger, artifact: noArtifacts })
    expect(result.outputs).toMatchObject({ released: 'true', new_version: '1.3.0' })
    const calls = shim.calls()
    const count = (pattern: RegExp) => calls.filter(call => pattern.test(call)).length
    // the plan and the clean_tree gate both look at the status; history, plan and gates at the branch
    expect(count(/^status /)).toBe(1)
    expect(count(/^symbolic-ref /)).toBe(0)
    expect(count(/^rev-parse .*--symbolic-full-name HEAD$/)).toBe(1)
    expect(count(/^remote get-url origin$/)).toBe(1)
  })

  it('reads the status again after a file is written or a command run, and HEAD after a commit', async () => {
    const services = buildServices(
      repo.dir,
      { githubToken: '', releaseNotesFile: 'notes.md' },
      {},
      {
        log: silentLogger,
        artifact: noArtifacts,
        network: 'none'
      }
    )
    const { git, files, commands } = services
    expect(await git.changedPaths()).toEqual([])
    files.write('notes.md', 'notes\n')
    expect(await git.changedPaths()).toEqual(['notes.md'])
    await commands.run('echo x > made-by-a-command.txt', { cwd: repo.dir, timeoutMs: 10_000 })
    expect((await git.changedPaths()).sort()).toEqual(['made-by-a-command.txt', 'notes.md'])
    const before = await git.head()
    await git.add(['notes.md'])
    const after = await git.commit('chore: notes', { name: 'T', email: 't@example.com' }, ['notes.md'])
    expect(after).not.toBe(before)
    expect(await git.head()).toBe(after)
    expect(await git.changedPaths()).toEqual(['made-by-a-command.txt'])
    expect(await git.branch()).toBe('main')
    expect(shim.calls().filter(call => call.startsWith('status '))).toHaveLength(4)
  })

  it('a client outside a run reads every time', async () => {
    const git = new ExecGit(repo.dir)
    expect(await git.changedPaths()).toEqual([])
    writeFileSync(path.join(repo.dir, 'new.txt'), 'x')
    expect(await git.changedPaths()).toEqual(['new.txt'])
    expect(await git.branch()).toBe('main')
    expect(await git.branch()).toBe('main')
    expect(shim.calls().filter(call => call.startsWith('symbolic-ref '))).toHaveLength(2)
  })
})
