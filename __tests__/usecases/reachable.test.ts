/**
 * Which tags HEAD's history holds is asked of the highest candidates only (`merge-base
 * --is-ancestor`), never of every tag with `for-each-ref --merged HEAD` (a walk of the whole history).
 */
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { loadSettings } from '../../src/compose.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { GitShim } from '../helpers/git-shim.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-06-01T12:00:00Z')

describe('the tags of HEAD’s history', () => {
  let repo: TestRepo
  let shim: GitShim
  let saved: string | undefined
  beforeAll(() => {
    repo = TestRepo.create({ origin: false })
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n' })
    repo.tag('v1.2.0')
    repo.commit('feat: tiling')
    repo.tag('v1.3.0')
    repo.commit('feat: batching')
    repo.tag('v1.4.0')
    for (let i = 0; i < 20; i++) {
      repo.commit(i === 0 ? 'feat!: new session API' : `feat: more ${i}`)
      repo.tag(`v${i + 2}.0.0`)
    }
    repo.git('switch', '-q', '-c', '1.x', 'v1.4.0')
    repo.commit('fix(decoder): crash on empty image')
    shim = new GitShim()
    saved = process.env.PATH
    process.env.PATH = shim.path()
  })
  afterAll(() => {
    process.env.PATH = saved
    shim.cleanup()
    repo.cleanup()
  })

  const release = async (inputs: Record<string, string>, refName: string) =>
    runRelease((await loadSettings(name => inputs[name], repo.dir)).settings, {
      git: new ExecGit(repo.dir),
      files: new LocalFiles(repo.dir),
      log: silentLogger,
      env: { now: NOW, refName }
    })

  it('a maintenance line finds its previous release among the highest tags of its range, without --merged', async () => {
    shim.arm(0)
    const result = await release({ dry_run: 'true' }, '1.x')
    expect(result.plan).toMatchObject({ version: '1.4.1', previousTag: 'v1.4.0', maintenanceLine: '1.x' })
    const calls = shim.calls()
    expect(calls.filter(call => call.includes('--merged'))).toEqual([])
    // v1.4.0 is the highest of 1.x's range (1.x.y): the one tag asked about
    expect(calls.filter(call => call.startsWith('merge-base --is-ancestor'))).toHaveLength(1)
  })

  it('a branch whose history lacks the highest tags releases from the highest it holds, without --merged', async () => {
    repo.git('switch', '-q', '-c', 'topic', 'v1.3.0')
    repo.commit('fix: topic')
    shim.arm(0)
    const result = await release({ dry_run: 'true' }, 'topic')
    expect(result.plan).toMatchObject({ version: '1.3.1', previousTag: 'v1.3.0' })
    const calls = shim.calls()
    expect(calls.filter(call => call.includes('--merged'))).toEqual([])
    // v21.0.0 down to v1.4.0 (21 tags) are not in its history, v1.3.0 is: asked highest first, no further
    expect(calls.filter(call => call.startsWith('merge-base --is-ancestor'))).toHaveLength(22)
  })
})
