/**
 * Issue 22: release_commit: api converges after a kill at any step (the rerun follows the release
 * commit the earlier run made on GitHub, tags it once, never releases the next version), and the
 * API commit stores the bytes git would commit (.gitattributes' line-ending rules applied).
 */
import { parseSettings } from '../../src/core/config/settings.js'
import { committedBytes } from '../../src/core/text/eol.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { OctokitGitData } from '../../src/adapters/github/index.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const TOKEN = 'ghs_apiconverge_token_0123456789'

describe('release_commit: api converges', () => {
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function project(files: Record<string, string> = {}): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n', ...files })
    repo.tag('v1.2.0')
    repo.commit('feat: faster decoding', { 'x.txt': 'x' })
    repo.publish('main', '--tags')
    github.gitDir = repo.origin
    return repo
  }

  const release = (repo: TestRepo) =>
    runRelease(
      parseSettings(name => ({ push: 'true', release_commit: 'api' })[name]),
      {
        git: new ExecGit(repo.dir),
        remote: new ExecGit(repo.dir),
        origin: new ExecGit(repo.dir),
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW },
        gitData: new OctokitGitData(TOKEN, github.repository, github.url, FAST_CLIENT)
      }
    )
  const originTags = (repo: TestRepo) => repo.gitIn(repo.origin, 'tag', '--list', 'v*').trim().split('\n')
  const releaseCommits = (repo: TestRepo, dir: string) =>
    repo
      .gitIn(dir, 'log', '--format=%s', 'refs/heads/main')
      .split('\n')
      .filter(subject => subject.startsWith('chore(release)'))

  it('killed after its ref update (origin at the release commit, no tag, this clone behind): the rerun tags it', async () => {
    const repo = project()
    const head = repo.git('rev-parse', 'HEAD').trim()
    // the run stops between PATCH /git/refs/heads/main and the tag, as a kill there would
    github.failNext('POST', /\/git\/tags$/, 500, 3)
    await expect(release(repo)).rejects.toThrow(/is on main on GitHub, but its tag could not be made/)
    const commit = repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main').trim()
    // a kill leaves the clone where it was: HEAD the old commit, the edits not here
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(head)
    const rerun = await release(repo)
    expect(rerun).toMatchObject({ status: 'resumed', from: 'commit', pushed: true, commitSha: commit })
    expect(rerun.plan.tag).toBe('v1.3.0')
    expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/tags/v1.3.0^{commit}').trim()).toBe(commit)
    expect(originTags(repo)).toEqual(['v1.2.0', 'v1.3.0'])
    expect(releaseCommits(repo, repo.origin)).toEqual(['chore(release): v1.3.0'])
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(commit)
    expect(repo.git('status', '--porcelain', '--untracked-files=all').trim()).toBe('?? release-notes.md')
  })

  it('killed after its tag, before the clone followed: the rerun reports the release, never makes v1.3.1', async () => {
    const repo = project()
    const head = repo.git('rev-parse', 'HEAD').trim()
    const first = await release(repo)
    // what a kill before the fetch and reset leaves: this clone at the old HEAD, without the tag
    repo.git('reset', '-q', '--hard', head)
    repo.git('tag', '-d', 'v1.3.0')
    const writes = github.requests.filter(request => request.method !== 'GET').length
    const rerun = await release(repo)
    expect(rerun).toMatchObject({ status: 'resumed', from: 'tag', pushed: true, commitSha: first.commitSha })
    expect(rerun.plan).toMatchObject({ tag: 'v1.3.0', version: '1.3.0' })
    expect(github.requests.filter(request => request.method !== 'GET').length).toBe(writes)
    expect(originTags(repo)).toEqual(['v1.2.0', 'v1.3.0'])
    expect(releaseCommits(repo, repo.origin)).toEqual(['chore(release): v1.3.0'])
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(first.commitSha)
  })

  it('stores the bytes git would commit: .gitattributes eol=crlf files are LF in the repository', async () => {
    const repo = project({ '.gitattributes': '*.md text eol=crlf\n*.toml text eol=crlf\n' })
    // check the files out again: the working tree now has CRLF, the repository LF
    repo.git('rm', '-q', '--cached', '-r', '.')
    repo.git('reset', '-q', '--hard')
    expect(repo.read('CHANGELOG.md')).toContain('\r\n')
    expect(repo.git('status', '--porcelain').trim()).toBe('')
    const result = await release(repo)
    for (const file of ['CHANGELOG.md', 'pyproject.toml']) {
      const stored = repo.gitIn(repo.origin, 'cat-file', 'blob', `${result.commitSha}:${file}`)
      expect(stored).not.toContain('\r')
      expect(stored).toMatch(file === 'pyproject.toml' ? /version = "1\.3\.0"/ : /1\.3\.0/)
    }
    // the clone followed and sees nothing changed (the commit holds what git add would have stored)
    expect(repo.git('status', '--porcelain', '--untracked-files=all').trim()).toBe('?? release-notes.md')
  })

  it('committedBytes follows git: text, eol and text=auto normalize; -text and binary stay as they are', () => {
    const crlf = new TextEncoder().encode('a\r\nb\r\n')
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
    expect(text(committedBytes(crlf, { text: 'set', eol: 'unspecified' }))).toBe('a\nb\n')
    expect(text(committedBytes(crlf, { text: 'unspecified', eol: 'crlf' }))).toBe('a\nb\n')
    expect(text(committedBytes(crlf, { text: 'auto', eol: 'unspecified' }))).toBe('a\nb\n')
    expect(text(committedBytes(crlf, { text: 'unset', eol: 'unspecified' }))).toBe('a\r\nb\r\n')
    expect(text(committedBytes(crlf, { text: 'unspecified', eol: 'unspecified' }))).toBe('a\r\nb\r\n')
    const binary = new Uint8Array([0, 13, 10])
    expect([...committedBytes(binary, { text: 'auto', eol: 'unspecified' })]).toEqual([0, 13, 10])
  })
})
