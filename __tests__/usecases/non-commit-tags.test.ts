/**
 * A tag naming a blob or a tree (`git tag v9.0.0 HEAD:file`) is no release: the plan goes on from
 * the highest tag of a commit, and such a tag at the convention window's start is read around.
 */
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const release = (dir: string) =>
  runRelease(
    parseSettings(name => ({ dry_run: 'true' })[name as 'dry_run']),
    {
      git: new ExecGit(dir),
      files: new LocalFiles(dir),
      log: silentLogger,
      env: { now: new Date('2026-06-01T12:00:00Z') }
    }
  )

describe('tags that name no commit', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = TestRepo.create({ origin: false })
    repo.commit('chore: initial', pythonProject('2.0.0'))
    repo.tag('v1.0.0')
    repo.commit('feat: one')
    // the lowest release tag: the convention window would start here
    repo.git('tag', 'v0.9.0', repo.git('rev-parse', 'HEAD:pyproject.toml').trim())
    repo.tag('v2.0.0')
    repo.commit('fix: two')
    repo.git('tag', 'v9.0.0', repo.git('rev-parse', 'HEAD:pyproject.toml').trim())
    repo.git('tag', '-a', 'v8.0.0', '-m', 'a tree', repo.git('rev-parse', 'HEAD^{tree}').trim())
  })
  afterAll(() => repo.cleanup())

  it('releases from the highest tag of a commit, the commits since it only', async () => {
    const result = await release(repo.dir)
    expect(result.plan).toMatchObject({ previousTag: 'v2.0.0', tag: 'v2.0.1', commitCount: 1 })
  })
})
