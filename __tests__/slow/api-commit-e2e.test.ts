import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { FakeGitHub } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { FAKE_TOKEN, runActionAsync } from '../helpers/runner.js'

/**
 * release_commit: api through the built action (dist/index.js as the runner runs it, with the
 * GitHub client's own spacing of writes): the configuration file's setting, the commit_sha output.
 * The same run from source is in __tests__/usecases/api-commit.test.ts.
 */
describe('dist/index.js with release_commit: api', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  beforeAll(() => {
    if (!existsSync(path.join(process.cwd(), 'dist', 'index.js')))
      throw new Error('dist/index.js is missing: run npm run build first')
  })

  it('end to end through the built action: release_commit: api in the configuration file, commit_sha output', async () => {
    const server = await new FakeGitHub(FAKE_TOKEN).start()
    try {
      const repo = TestRepo.create()
      repos.push(repo)
      repo.commit('chore: initial', {
        ...pythonProject('1.2.0'),
        '.github/release-action.yml': 'release_commit: api\npush: true\n'
      })
      repo.tag('v1.2.0')
      repo.commit('feat: faster decoding', { 'x.txt': 'x' })
      repo.publish('main', '--tags')
      server.gitDir = repo.origin
      const run = await runActionAsync(repo.dir, {}, { GITHUB_API_URL: server.url })
      expect(run.stdout).not.toContain('::error')
      expect(run.code).toBe(0)
      const commit = repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main').trim()
      expect(run.outputs).toMatchObject({ released: 'true', new_version: '1.3.0', commit_sha: commit, pushed: 'true' })
      expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/tags/v1.3.0^{commit}').trim()).toBe(commit)
      expect(repo.gitIn(repo.origin, 'show', `${commit}:pyproject.toml`)).toContain('version = "1.3.0"')
      expect(repo.git('rev-parse', 'HEAD').trim()).toBe(commit)
    } finally {
      await server.stop()
    }
  })
})
