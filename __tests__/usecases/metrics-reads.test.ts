import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { formatTagMessage } from '../../src/core/record/release-record.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { collectMetrics } from '../../src/usecases/metrics/metrics.js'
import { GitShim } from '../helpers/git-shim.js'
import { TestRepo } from '../helpers/repo.js'

const D = 86_400
const NOW = Date.UTC(2026, 5, 1) / 1000

describe('what the metrics read of the release tags', () => {
  let repo: TestRepo
  let shim: GitShim
  let path: string | undefined
  beforeAll(() => {
    repo = TestRepo.create({ origin: false })
    // 20 old releases, long before the 90-day window, then two in it (the second a hotfix of the first)
    for (let i = 0; i < 20; i++) {
      repo.commitAt(`fix: old ${i}`, NOW - 400 * D + i * D)
      repo.tagAt(`v1.0.${i}`, NOW - 400 * D + i * D + 60, formatTagMessage(`notes ${i}`, { type: 'release' }))
    }
    repo.commitAt('feat: new', NOW - 10 * D)
    repo.tagAt('v1.1.0', NOW - 10 * D + 60, formatTagMessage('notes', { type: 'release' }))
    repo.commitAt('fix: urgent', NOW - 9 * D)
    repo.tagAt('v1.1.1', NOW - 9 * D + 60, formatTagMessage('fix', { type: 'hotfix', hotfixOf: 'v1.1.0' }))
    shim = new GitShim()
    path = process.env.PATH
    process.env.PATH = shim.path()
  })
  afterAll(() => {
    process.env.PATH = path
    shim.cleanup()
    repo.cleanup()
  })

  it('reads the date of the newest tag of each release line, and the messages of those from the window on only', async () => {
    shim.arm(0)
    const metrics = await collectMetrics(
      parseSettings(() => undefined),
      { git: new ExecGit(repo.dir), files: new LocalFiles(repo.dir) },
      new Date(NOW * 1000)
    )
    expect(metrics.releases).toBe(2)
    // the hotfix (read from its message) marks v1.1.0 as failed: one of two
    expect(metrics.changeFailureRate.value).toBe(50)
    const calls = shim.calls()
    const messages = calls.filter(call => call.includes('%(contents)'))
    expect(messages).toEqual([expect.stringMatching(/ refs\/tags\/v1\.1\.0 refs\/tags\/v1\.1\.1$/)])
    expect(calls.filter(call => call.startsWith('show-ref'))).toHaveLength(1)
    // dates: the newest of the lines 1.0 and 1.1, then the rest of 1.1 (in the window); none of 1.0's old tags
    const dates = calls.filter(call => call.includes('%(creatordate'))
    expect(dates).toEqual([
      expect.stringMatching(/ refs\/tags\/v1\.0\.19 refs\/tags\/v1\.1\.1$/),
      expect.stringMatching(/ refs\/tags\/v1\.1\.0$/)
    ])
    expect(calls.filter(call => call.includes('*'))).toEqual([])
  })
})

describe('the metrics of a maintenance line', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = TestRepo.create({ origin: false })
    // 1.0.x long ago, 2.0.0 before the window; then in the window a patch of the old line (1.0.3,
    // a hotfix of 1.0.2 made long ago) and 2.1.0, 2.1.1
    for (let i = 0; i < 3; i++) {
      repo.commitAt(`fix: old ${i}`, NOW - 400 * D + i * D)
      repo.tagAt(`v1.0.${i}`, NOW - 400 * D + i * D + 60, formatTagMessage(`notes ${i}`, { type: 'release' }))
    }
    repo.commitAt('feat!: two', NOW - 200 * D)
    repo.tagAt('v2.0.0', NOW - 200 * D + 60, formatTagMessage('two', { type: 'release' }))
    repo.commitAt('fix: back-port', NOW - 30 * D)
    repo.tagAt('v1.0.3', NOW - 30 * D + 60, formatTagMessage('back-port', { type: 'hotfix', hotfixOf: 'v1.0.2' }))
    repo.commitAt('feat: more', NOW - 20 * D)
    repo.tagAt('v2.1.0', NOW - 20 * D + 60, formatTagMessage('more', { type: 'release' }))
    repo.commitAt('fix: more', NOW - 10 * D)
    repo.tagAt('v2.1.1', NOW - 10 * D + 60, formatTagMessage('fix', { type: 'hotfix', hotfixOf: 'v2.1.0' }))
  })
  afterAll(() => repo.cleanup())

  it('counts a release of an old line made in the window', async () => {
    const metrics = await collectMetrics(
      parseSettings(() => undefined),
      { git: new ExecGit(repo.dir), files: new LocalFiles(repo.dir) },
      new Date(NOW * 1000)
    )
    // 1.0.3, 2.1.0, 2.1.1 in the window; 2.1.0 failed (hotfixed); 1.0.2 was not in the window
    expect(metrics.releases).toBe(3)
    expect(metrics.changeFailureRate.value).toBe(33.3)
    expect(metrics.weeks.reduce((sum, week) => sum + week.releases, 0)).toBe(3)
  })
})
