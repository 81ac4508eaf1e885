/**
 * Issue 18: the convention window reads at most WINDOW_COMMITS commits before the previous
 * release, whatever the size of the older releases; a release whose tag below the limit cut is left
 * out (never a sample of part of its commits).
 */
import { ExecGit } from '../../src/adapters/git.js'
import { releaseTags } from '../../src/core/versioning/version.js'
import { readReleaseWindow } from '../../src/usecases/release/convention-window.js'
import { TestRepo } from '../helpers/repo.js'

describe('the convention window', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = TestRepo.create({ origin: false })
    repo.commit('chore: initial')
    repo.tag('v1.0.0')
    // five releases of four commits each, then two commits since the last one
    for (let minor = 1; minor <= 5; minor++) {
      repo.commits([`feat: a${minor}`, `fix: b${minor}`, `fix: c${minor}`, `docs: d${minor}`])
      repo.tag(`v1.${minor}.0`)
    }
    repo.commits(['fix: since 1', 'fix: since 2'])
  })
  afterAll(() => repo.cleanup())

  const read = async (limit?: number) => {
    const git = new ExecGit(repo.dir)
    const tags = releaseTags(await git.tags('v'), 'v')
    const byName = (name: string) => tags.find(tag => tag.name === name)!
    let streamed = 0
    const counting: Pick<ExecGit, 'log'> = {
      log: (exclude, onCommit, tips, max) => git.log(exclude, commit => (streamed++, onCommit(commit)), tips, max)
    }
    const window = await readReleaseWindow(counting, byName('v1.5.0'), byName('v1.0.0'), tags, limit)
    return { ...window, streamed }
  }

  it('reads every release of the window when the limit allows', async () => {
    const window = await read()
    expect(window.reachable).toBe(true)
    expect(window.commits).toHaveLength(2)
    expect(window.releases.map(release => [release.next.name, release.commits.length])).toEqual([
      ['v1.1.0', 4],
      ['v1.2.0', 4],
      ['v1.3.0', 4],
      ['v1.4.0', 4],
      ['v1.5.0', 4]
    ])
  })

  it('stops at the limit: only the releases whose tag below was read, each whole', async () => {
    // 10 commits before v1.5.0: v1.5.0's four, v1.4.0's four, two of v1.3.0's
    const window = await read(10)
    expect(window.streamed).toBe(2 + 10)
    expect(window.commits).toHaveLength(2)
    expect(window.releases.map(release => [release.next.name, release.commits.length])).toEqual([
      ['v1.4.0', 4],
      ['v1.5.0', 4]
    ])
  })
})
