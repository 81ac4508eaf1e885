/**
 * release_commit: api — the release commit and its tag made through GitHub's Git Data API, against
 * the local GitHub server, which keeps a real bare repository (origin) with git's plumbing: what the
 * API makes is really on origin, and the clone is brought up to it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ConfigurationError } from '../../src/core/errors.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { OctokitGitData } from '../../src/adapters/github/index.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { FAKE_TOKEN, runActionFromSource } from '../helpers/runner.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const TOKEN = 'ghs_apicommit_token_0123456789'

describe('release_commit: api', () => {
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  /** A released Python project, pushed; the server's Git Data API works on its origin. */
  function project(): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n' })
    repo.tag('v1.2.0')
    repo.commit('feat: faster decoding', { 'x.txt': 'x' })
    repo.publish('main', '--tags')
    github.gitDir = repo.origin
    return repo
  }

  const release = (repo: TestRepo, inputs: Record<string, string>, gitData: OctokitGitData | null = api()) =>
    runRelease(
      parseSettings(name => ({ push: 'true', release_commit: 'api', ...inputs })[name]),
      {
        git: new ExecGit(repo.dir),
        remote: new ExecGit(repo.dir),
        origin: new ExecGit(repo.dir),
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW },
        gitData
      }
    )
  const api = () => new OctokitGitData(TOKEN, github.repository, github.url, FAST_CLIENT)
  const writes = () => github.requests.filter(request => request.method !== 'GET')

  it('commits the version files and the changelog on GitHub, tags the commit, and brings the clone to it', async () => {
    const repo = project()
    const head = repo.git('rev-parse', 'HEAD').trim()
    const result = await release(repo, {})
    expect(result).toMatchObject({
      pushed: true,
      versionFiles: [
        { path: 'ios/Sources/FastVLMKit/Version.swift', from: '1.2.0', to: '1.3.0' },
        { path: 'pyproject.toml', from: '1.2.0', to: '1.3.0' },
        { path: 'src/fast_vlm_ondevice/__init__.py', from: '1.2.0', to: '1.3.0' }
      ]
    })
    const commit = repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main').trim()
    expect(result.commitSha).toBe(commit)
    // origin: main and the annotated tag v1.3.0 on a release commit whose parent is the old HEAD
    expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/tags/v1.3.0^{commit}').trim()).toBe(commit)
    expect(repo.gitIn(repo.origin, 'cat-file', '-t', 'refs/tags/v1.3.0').trim()).toBe('tag')
    expect(repo.gitIn(repo.origin, 'rev-parse', `${commit}^`).trim()).toBe(head)
    expect(repo.gitIn(repo.origin, 'log', '-1', '--format=%s', commit).trim()).toBe('chore(release): v1.3.0')
    expect(repo.gitIn(repo.origin, 'show', `${commit}:pyproject.toml`)).toContain('version = "1.3.0"')
    expect(repo.gitIn(repo.origin, 'show', `${commit}:CHANGELOG.md`)).toMatch(/## \[?1\.3\.0/)
    expect(repo.gitIn(repo.origin, 'show', `${commit}:CHANGELOG.md`)).toContain('faster decoding')
    // only the release's files changed; the rest of the tree is HEAD's
    expect(repo.gitIn(repo.origin, 'diff', '--name-only', head, commit).trim().split('\n').sort()).toEqual([
      'CHANGELOG.md',
      'ios/Sources/FastVLMKit/Version.swift',
      'pyproject.toml',
      'src/fast_vlm_ondevice/__init__.py'
    ])
    // files in folders: the version, in the tree the API made
    expect(repo.gitIn(repo.origin, 'show', `${commit}:src/fast_vlm_ondevice/__init__.py`)).toContain('1.3.0')
    // the API calls, in order, with the token
    expect(
      writes().map(
        request => `${request.method} ${decodeURIComponent(request.path).replace(/^\/repos\/[^/]+\/[^/]+/, '')}`
      )
    ).toEqual([
      'POST /git/blobs',
      'POST /git/blobs',
      'POST /git/blobs',
      'POST /git/blobs',
      'POST /git/trees',
      'POST /git/commits',
      'PATCH /git/refs/heads/main',
      'POST /git/tags',
      'POST /git/refs'
    ])
    expect(new Set(github.requests.map(request => request.authorization))).toEqual(new Set([`token ${TOKEN}`]))
    // the clone follows: HEAD at the release commit, the tag here, the tree clean but for the notes
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(commit)
    expect(repo.git('rev-parse', 'v1.3.0^{commit}').trim()).toBe(commit)
    expect(repo.read('pyproject.toml')).toContain('version = "1.3.0"')
    expect(repo.git('status', '--porcelain', '--untracked-files=all').trim()).toBe('?? release-notes.md')
    // a rerun finds the release made (the tag at HEAD): it completes it, with no API write
    const before = writes().length
    const again = await release(repo, {})
    expect(again).toMatchObject({ status: 'resumed', from: 'tag', pushed: true, commitSha: commit })
    expect(writes().length).toBe(before)
    expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main').trim()).toBe(commit)
  })

  it('a branch that moved meanwhile: a clear error, nothing released on origin or here', async () => {
    const repo = project()
    const head = repo.git('rev-parse', 'HEAD').trim()
    // another push lands on main between the commit and the branch update
    const other = TestRepo.create()
    repos.push(other)
    github.beforeRefUpdate = () => {
      github.beforeRefUpdate = null
      other.git('fetch', '-q', repo.origin, 'main')
      other.git('reset', '-q', '--hard', 'FETCH_HEAD')
      other.commit('fix: someone else', { 'y.txt': 'y' })
      other.git('push', '-q', repo.origin, 'HEAD:refs/heads/main')
    }
    const before = repo.snapshot()
    const attempt = release(repo, {})
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      /Update is not a fast forward.*Nothing was released: main and the tags on GitHub are as they were.*moved since .*Run the release again/
    )
    const moved = repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main').trim()
    expect(repo.gitIn(repo.origin, 'log', '-1', '--format=%s', moved).trim()).toBe('fix: someone else')
    expect(repo.gitIn(repo.origin, 'tag', '--list', 'v1.3.0').trim()).toBe('')
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(head)
    expect(repo.snapshot()).toEqual({ ...before, remoteRefs: repo.snapshot().remoteRefs })
    expect(repo.read('pyproject.toml')).toContain('version = "1.2.0"')
  })

  it('a 502 on each kind of write is retried: the release is made once, as without it', async () => {
    const repo = project()
    for (const route of [
      /\/git\/blobs$/,
      /\/git\/trees$/,
      /\/git\/commits$/,
      /\/git\/refs\/heads(\/|%2F)main$/,
      /\/git\/tags$/,
      /\/git\/refs$/
    ])
      github.failNext(route.source.includes('heads') ? 'PATCH' : 'POST', route)
    const result = await release(repo, {})
    const commit = repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main').trim()
    expect(result).toMatchObject({ pushed: true, commitSha: commit })
    expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/tags/v1.3.0^{commit}').trim()).toBe(commit)
    expect(repo.gitIn(repo.origin, 'log', '--format=%s', 'v1.2.0..main').trim().split('\n')).toEqual([
      'chore(release): v1.3.0',
      'feat: faster decoding'
    ])
    // every write was tried twice: the 502, then the retry
    const tries = (method: string, end: string) =>
      github.requests.filter(request => request.method === method && request.path.endsWith(end)).length
    expect(tries('POST', '/git/trees')).toBe(2)
    expect(tries('POST', '/git/commits')).toBe(2)
    expect(github.requests.filter(r => r.method === 'PATCH' && /\/git\/refs\/heads/.test(r.path))).toHaveLength(2)
    expect(tries('POST', '/git/tags')).toBe(2)
    expect(tries('POST', '/git/refs')).toBe(2)
  })

  it('the tag fails after the commit: the error says so, and a rerun on the new branch tags the commit once', async () => {
    const repo = project()
    github.failNext('POST', /\/git\/tags$/, 500, 3) // the first attempt and both retries
    await expect(release(repo, {})).rejects.toThrow(
      /The release commit [0-9a-f]{12} of v1\.3\.0 is on main on GitHub, but its tag could not be made: .*500.*git pull.*tags it/
    )
    const commit = repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main').trim()
    expect(repo.gitIn(repo.origin, 'tag', '--list', 'v1.3.0').trim()).toBe('')
    repo.git('pull', '-q', '--ff-only', 'origin', 'main')
    const again = await release(repo, {})
    expect(again).toMatchObject({ status: 'resumed', from: 'commit', pushed: true, commitSha: commit })
    expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main').trim()).toBe(commit)
    expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/tags/v1.3.0^{commit}').trim()).toBe(commit)
    expect(repo.gitIn(repo.origin, 'log', '--format=%s', 'v1.2.0..main').trim().split('\n')).toEqual([
      'chore(release): v1.3.0',
      'feat: faster decoding'
    ])
  })

  it('a token without contents: write: one error before any write, origin as it was', async () => {
    const repo = project()
    const origin = repo.remoteRefs()
    github.permissions = { admin: false, maintain: false, push: false, triage: false, pull: true }
    await expect(release(repo, {})).rejects.toThrow(
      /release_commit: api: the token may not write to the repository\. .*contents: write.*Nothing was changed/
    )
    expect(writes()).toEqual([])
    // an app token's answer says nothing of its permissions: the first write's 403 is the error
    github.permissions = null
    github.gitWritesForbidden = true
    await expect(release(repo, {})).rejects.toThrow(
      /POST \/repos\/acme\/fastvlm\/git\/blobs failed with 403: Resource not accessible by integration.*Nothing was released.*contents: write/
    )
    expect(repo.remoteRefs()).toBe(origin)
    expect(repo.read('pyproject.toml')).toContain('version = "1.2.0"')
  })

  it('needs a token and GITHUB_REPOSITORY, and push: true; said before anything is written', async () => {
    const repo = project()
    const before = repo.snapshot()
    await expect(release(repo, {}, null)).rejects.toThrow(/needs a token .* and GITHUB_REPOSITORY/)
    await expect(release(repo, { push: 'false' })).rejects.toThrow(/release_commit: api .* set push: true/)
    expect(github.requests).toEqual([])
    const after = repo.snapshot()
    expect(after.refs).toBe(before.refs)
    expect(after.remoteRefs).toBe(before.remoteRefs)
  })

  it('dry run: no API call, nothing written but the notes', async () => {
    const repo = project()
    const before = repo.snapshot()
    const result = await release(repo, { dry_run: 'true' })
    expect(result.plan.tag).toBe('v1.3.0')
    expect(result.commitSha).toBe('')
    expect(github.requests).toEqual([])
    const after = repo.snapshot()
    expect({ ...after, status: '' }).toEqual({ ...before, status: '' })
  })

  // the same through the built bundle: __tests__/slow/api-commit-e2e.test.ts
  it('end to end through the action: release_commit: api in the configuration file, commit_sha output', async () => {
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
      const run = await runActionFromSource(repo.dir, {}, { GITHUB_API_URL: server.url })
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

  it('the setting is validated: true, false or api', () => {
    expect(() => parseSettings(name => ({ release_commit: 'API' })[name])).toThrow(
      /Input release_commit has the invalid value "API"\. Allowed values: true, false, api\./
    )
    expect(parseSettings(name => ({ release_commit: 'api' })[name]).releaseCommit).toBe('api')
    expect(parseSettings(name => ({ release_commit: 'False' })[name]).releaseCommit).toBe(false)
  })

  it('the server keeps origin a real repository: fsck finds it whole after an API release', async () => {
    const repo = project()
    await release(repo, {})
    const scratch = mkdtempSync(path.join(tmpdir(), 'api-commit-clone-'))
    try {
      repo.gitIn(repo.origin, 'fsck', '--strict', '--no-progress')
      repo.gitIn(scratch, 'clone', '-q', repo.origin, 'clone')
      expect(repo.gitIn(path.join(scratch, 'clone'), 'describe', '--tags', '--exact-match').trim()).toBe('v1.3.0')
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  })
})
