/**
 * release_commit: api with components: the one release commit made on GitHub through the Git Data
 * API, a tag per component, against the local GitHub server that keeps a real bare origin.
 */
import { silentLogger } from '../../../src/adapters/logger.js'
import { loadSettings, noArtifacts, runMode } from '../../../src/compose.js'
import { FAST_CLIENT, FakeGitHub } from '../../helpers/github-server.js'
import { TestRepo } from '../../helpers/repo.js'

const TOKEN = 'ghs_components_api_0123456789'

describe('components: release_commit: api', () => {
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function monorepo(): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', {
      'pyproject.toml': '[project]\nname = "fast-vlm-kit"\nversion = "1.2.0"\n',
      'README.md': 'kit\n',
      '.gitignore': 'release-notes*.md\nrelease-metrics.json\n',
      'packages/lib/package.json': `${JSON.stringify({ name: '@acme/lib', version: '0.3.0' }, null, 2)}\n`,
      'packages/lib/index.js': 'export {}\n',
      '.github/release-action.yml': 'components:\n  - name: kit\n    path: .\n  - name: lib\n    path: packages/lib\n'
    })
    for (const tag of ['v1.2.0', 'lib-v0.3.0']) repo.tag(tag)
    repo.commit('feat(lib): streaming', { 'packages/lib/index.js': 'export const stream = 1\n' })
    repo.commit('fix: kit readme', { 'README.md': 'kit, fixed\n' })
    repo.publish('main', '--tags')
    github.gitDir = repo.origin
    return repo
  }

  async function run(repo: TestRepo, inputs: Record<string, string> = {}) {
    const all: Record<string, string> = { github_token: TOKEN, release_commit: 'api', push: 'true', ...inputs }
    const loaded = await loadSettings(name => all[name], repo.dir)
    return runMode(
      loaded.settings,
      repo.dir,
      {
        GITHUB_REF_NAME: 'main',
        GITHUB_REPOSITORY: github.repository,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com'
      },
      { log: silentLogger, artifact: noArtifacts, github: FAST_CLIENT },
      loaded
    )
  }

  const onOrigin = (repo: TestRepo, ref: string) => repo.gitIn(repo.origin, 'rev-parse', ref).trim()

  it('one release commit on GitHub, an annotated tag per component, the clone brought to them', async () => {
    const repo = monorepo()
    const head = repo.head()
    const result = await run(repo)
    const commit = onOrigin(repo, 'refs/heads/main')
    expect(onOrigin(repo, `${commit}^`)).toBe(head)
    expect(repo.gitIn(repo.origin, 'log', '-1', '--format=%s', commit).trim()).toBe(
      'chore(release): kit 1.2.1, lib 0.4.0'
    )
    expect(repo.gitIn(repo.origin, 'show', `${commit}:packages/lib/package.json`)).toContain('"version": "0.4.0"')
    for (const tag of ['v1.2.1', 'lib-v0.4.0']) {
      expect(onOrigin(repo, `refs/tags/${tag}^{commit}`)).toBe(commit)
      expect(repo.gitIn(repo.origin, 'cat-file', '-t', `refs/tags/${tag}`).trim()).toBe('tag')
    }
    expect(repo.gitIn(repo.origin, 'tag', '-l', '--format=%(contents)', 'lib-v0.4.0')).toContain('streaming')
    // the clone follows: HEAD at the release commit, both tags here, each component's notes written
    expect(repo.head()).toBe(commit)
    expect(repo.git('tag', '--points-at', 'HEAD').split('\n').sort()).toEqual(['lib-v0.4.0', 'v1.2.1'])
    expect(repo.read('release-notes-lib.md')).toContain('streaming')
    expect(result.outputs).toMatchObject({ released: 'true' })
  })

  it('a failure between the branch and the tags: the rerun on the new branch makes the tags only', async () => {
    const repo = monorepo()
    github.failNext('POST', /\/git\/tags$/, 500, 3)
    await expect(run(repo)).rejects.toThrow(/its tag v1\.2\.1 could not be made/)
    const commit = onOrigin(repo, 'refs/heads/main')
    expect(repo.gitIn(repo.origin, 'tag', '-l')).not.toContain('lib-v0.4.0')
    // a new checkout of the branch
    repo.git('fetch', '-q', 'origin')
    repo.git('reset', '-q', '--hard', 'origin/main')
    const again = await run(repo)
    expect(again.outputs).toMatchObject({ released: 'true', resumed: 'true' })
    expect(onOrigin(repo, 'refs/heads/main')).toBe(commit)
    for (const tag of ['v1.2.1', 'lib-v0.4.0']) expect(onOrigin(repo, `refs/tags/${tag}^{commit}`)).toBe(commit)
    // a third run finds everything made: no Git Data write
    github.requests.length = 0
    await run(repo)
    expect(github.requests.filter(r => r.method !== 'GET')).toEqual([])
  })

  it('a dry run calls no API', async () => {
    const repo = monorepo()
    const before = repo.snapshot()
    const result = await run(repo, { dry_run: 'true' })
    expect(github.requests).toEqual([])
    expect(repo.snapshot()).toEqual(before)
    expect(JSON.parse(result.outputs.releases ?? '[]')).toHaveLength(2)
  })
})
