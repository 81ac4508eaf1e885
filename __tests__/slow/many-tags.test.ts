/**
 * Issue 18: a repository of 10,000 release tags. The tag list is read once and parsed once, and the
 * plan still reads it right: the highest release reachable from HEAD among thousands (a lightweight
 * tag too), a tag naming a blob or a tree is no release, and a version tagged on origin but not
 * here is never released again.
 */
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const TAGS = 10_000

const release = (dir: string, inputs: Record<string, string> = {}) =>
  runRelease(
    parseSettings(name => ({ dry_run: 'true', ...inputs })[name]),
    {
      git: new ExecGit(dir),
      remote: new ExecGit(dir),
      origin: new ExecGit(dir),
      files: new LocalFiles(dir),
      log: silentLogger,
      env: { now: NOW }
    }
  )

/** The version of the kth release (0-based): 1.0.0 … 100.9.9, as 10,000 releases make. */
const version = (k: number) => `${Math.floor(k / 100) + 1}.${Math.floor((k % 100) / 10)}.${k % 10}`

/**
 * 200 commits, then TAGS release tags over them in version order (lightweight, packed: as a clone
 * has them), written with one `update-ref --stdin`; the highest, v100.9.9, on the last tagged commit.
 */
function manyTags(): TestRepo {
  return TestRepo.built('10k tags', repo => {
    repo.commit('chore: initial', pythonProject('100.9.9'))
    const shas = repo.commits(Array.from({ length: 200 }, (_, i) => `fix: change ${i}`))
    const lines = Array.from(
      { length: TAGS },
      (_, k) => `create refs/tags/v${version(k)} ${shas[Math.floor((k * shas.length) / TAGS)]}\n`
    )
    repo.gitInput(lines.join(''), 'update-ref', '--stdin')
    repo.git('pack-refs', '--all')
    repo.commits(['feat: after the last release', 'fix: and a fix'])
    repo.git('push', '-q', 'origin', 'main')
  })
}

describe('a repository of 10,000 release tags', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))
  const made = (): TestRepo => {
    const repo = manyTags()
    repos.push(repo)
    return repo
  }

  it('releases from the highest of them, its commits only', async () => {
    const repo = made()
    const result = await release(repo.dir)
    expect(result.plan).toMatchObject({ previousTag: 'v100.9.9', tag: 'v100.10.0', commitCount: 2 })
  })

  it('the highest reachable one, a lightweight tag among annotated ones, above a higher tag elsewhere', async () => {
    const repo = made()
    // a higher release on another branch (not in HEAD's history), and an annotated tag below the highest
    repo.git('switch', '-q', '-c', 'other', 'HEAD~2')
    repo.commit('feat: elsewhere')
    repo.git('tag', '-a', 'v101.0.0', '-m', 'Release v101.0.0')
    repo.git('switch', '-q', 'main')
    repo.git('tag', '-a', '-f', 'v100.9.8', '-m', 'Release v100.9.8', 'HEAD~3')
    const result = await release(repo.dir)
    expect(result.plan).toMatchObject({ previousTag: 'v100.9.9', commitCount: 2 })
    // 101.0.0 is taken (another commit's tag): never released twice
    expect(result.plan.tag).not.toBe('v101.0.0')
  })

  it('a tag naming a blob or a tree is no release: the highest tag of a commit is the previous one', async () => {
    const repo = made()
    repo.git('tag', 'v200.0.0', repo.git('rev-parse', 'HEAD:pyproject.toml').trim())
    repo.git('tag', '-a', 'v150.0.0', '-m', 'a tree', repo.git('rev-parse', 'HEAD^{tree}').trim())
    const result = await release(repo.dir)
    expect(result.plan).toMatchObject({ previousTag: 'v100.9.9', tag: 'v100.10.0', commitCount: 2 })
  })

  it('a version tagged on origin but not here (among 10,000 there) is never released again', async () => {
    const repo = made()
    // origin has every tag, and v100.10.0 on another commit, which this clone never fetched
    repo.git('push', '-q', 'origin', '--tags')
    repo.gitIn(repo.origin, 'tag', 'v100.10.0', repo.git('rev-parse', 'HEAD~1').trim())
    const result = await release(repo.dir)
    expect(result.plan.tag).not.toBe('v100.10.0')
    expect(result.plan).toMatchObject({ tag: 'v100.10.1', previousTag: 'v100.9.9' })
    expect(result.plan.reason).toMatch(/100\.10\.0/)
  })
})
