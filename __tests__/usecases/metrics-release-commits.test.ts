import { ExecGit } from '../../src/adapters/git.js'
import { rangeCommitTimes, type CommitRange } from '../../src/usecases/metrics/release-commits.js'
import { GitShim } from '../helpers/git-shim.js'
import { TestRepo } from '../helpers/repo.js'

const D = 86_400
const NOW = Date.UTC(2026, 5, 1) / 1000

/** Each range the plain way: `git log --format=%ct from..to` (what the metrics did per release). */
async function oneByOne(git: ExecGit, ranges: CommitRange[]): Promise<number[][]> {
  const times: number[][] = []
  for (const range of ranges) times.push(await git.commitTimes(range.from ? `${range.from}..${range.to}` : range.to))
  return times
}

const sorted = (lists: number[][]) => lists.map(list => [...list].sort((a, b) => a - b))

describe("the commits of the window's releases", () => {
  let repo: TestRepo
  let shim: GitShim
  let path: string | undefined
  const sha: Record<string, string> = {}
  beforeAll(() => {
    repo = TestRepo.create({ origin: false })
    let t = NOW - 100 * D
    const at = () => (t += 3600)
    repo.commitAt('feat: start', at())
    sha['1.0.0'] = repo.head()
    // a line of weekly releases, each a few commits, one of them with a merged branch
    for (let i = 1; i <= 5; i++) {
      for (let c = 0; c < i; c++) repo.commitAt(`fix: ${i}.${c}`, at())
      if (i === 3) {
        const main = repo.git('rev-parse', '--abbrev-ref', 'HEAD').trim()
        repo.git('switch', '-q', '-c', 'topic')
        repo.commitAt('feat: topic', at())
        repo.git('switch', '-q', main)
        repo.commitAt('fix: beside', at())
        repo.git(
          '-c',
          'user.name=T',
          '-c',
          'user.email=t@example.com',
          'merge',
          '-q',
          '--no-ff',
          '-m',
          'Merge topic',
          'topic'
        )
      }
      sha[`1.${i}.0`] = repo.head()
    }
    // a release on a branch off 1.2.0: the window's start (1.0.0) is below it, so one log holds it too
    repo.git('switch', '-q', '-c', 'maint', sha['1.2.0'])
    repo.commitAt('fix: back-port', at())
    sha['1.2.1'] = repo.head()
    shim = new GitShim()
    path = process.env.PATH
    process.env.PATH = shim.path()
  })
  afterAll(() => {
    process.env.PATH = path
    shim.cleanup()
    repo.cleanup()
  })

  const chain = (): CommitRange[] =>
    ['1.1.0', '1.2.0', '1.3.0', '1.4.0', '1.5.0'].map((version, index, all) => ({
      from: sha[index === 0 ? '1.0.0' : all[index - 1]],
      to: sha[version]
    }))

  it('reads a chain of releases in one git log, with the same commits as a log per release', async () => {
    const git = new ExecGit(repo.dir)
    const expected = await oneByOne(git, chain())
    shim.arm(0)
    const times = await rangeCommitTimes(git, chain())
    const calls = shim.calls()
    expect(calls.filter(call => call.startsWith('log'))).toHaveLength(1)
    expect(calls).toHaveLength(1)
    expect(sorted(times)).toEqual(sorted(expected))
    // the merged branch and the merge commit belong to the release that merged them (1.3.0: 3 + 3)
    expect(times.map(list => list.length)).toEqual([1, 2, 6, 4, 5])
  })

  it('splits a release of another branch exactly, and reads alone a range whose start the window does not reach', async () => {
    const git = new ExecGit(repo.dir)
    const ranges: CommitRange[] = [
      ...chain(),
      { from: sha['1.2.0'], to: sha['1.2.1'] }, // a maintenance release: 1.0.0 is below its start
      { from: sha['1.2.1'], to: sha['1.5.0'] } // its start is on another branch than the window's
    ]
    const expected = await oneByOne(git, ranges)
    shim.arm(0)
    const times = await rangeCommitTimes(git, ranges)
    expect(sorted(times)).toEqual(sorted(expected))
    expect(times[5]).toHaveLength(1)
    // one log for the window, and nothing more: 1.2.1 has 1.0.0 below it, so its split is exact too
    expect(shim.calls()).toHaveLength(1)
  })

  it('reads alone a range whose start is not above the window start', async () => {
    const git = new ExecGit(repo.dir)
    // the first range starts at 1.2.0: 1.0.0..1.1.0 (the second range) lies below the window's start
    const ranges: CommitRange[] = [
      { from: sha['1.2.0'], to: sha['1.3.0'] },
      { from: sha['1.0.0'], to: sha['1.1.0'] },
      { from: sha['1.3.0'], to: sha['1.4.0'] }
    ]
    const expected = await oneByOne(git, ranges)
    shim.arm(0)
    const times = await rangeCommitTimes(git, ranges)
    expect(sorted(times)).toEqual(sorted(expected))
    // the window's log, and the range it can't answer read alone
    expect(shim.calls()).toHaveLength(2)
  })

  it('reads each range alone when one has no start (the first release: its whole history)', async () => {
    const git = new ExecGit(repo.dir)
    const ranges: CommitRange[] = [{ from: null, to: sha['1.0.0'] }, ...chain()]
    const expected = await oneByOne(git, ranges)
    shim.arm(0)
    expect(sorted(await rangeCommitTimes(git, ranges))).toEqual(sorted(expected))
    expect(shim.calls()).toHaveLength(ranges.length)
  })
})
