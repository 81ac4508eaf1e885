/**
 * The merged release commit no tag names (src/usecases/release/merged-release.ts) as a hostile or
 * unlucky user meets it: a later pull request rewriting the released section, a stranger's
 * "release" carrying code, a rejected push at a merged release commit, a publishing failure, a
 * version going down, a dry run, and a range full of commits that name versions.
 */
import { chmodSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseSettings } from '../../src/core/config/settings.js'
import { analyzeCommit } from '../../src/core/commits/changes.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger, stderrLogger } from '../../src/adapters/logger.js'
import { runRelease, type ReleaseDeps } from '../../src/usecases/release/index.js'
import { untaggedReleases } from '../../src/usecases/release/merged-release.js'
import { OctokitGitData } from '../../src/adapters/github/index.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { localReleaseDeps } from '../helpers/release-deps.js'

const LOG = process.env.ADV_DEBUG ? stderrLogger : silentLogger
const NOW = new Date('2026-12-01T12:00:00Z')
const SECTION =
  '# Changelog\n\n## [1.3.0](https://example.test/compare/v1.2.0...v1.3.0) (2026-12-01)\n\n### Features\n\n- Faster decoding, as the maintainer wrote it\n'

describe('a merged release commit no tag names, adversarial', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function project(): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n' })
    repo.tag('v1.2.0')
    repo.commit('feat: faster decoding', { 'x.txt': 'x' })
    return repo
  }
  const settingsOf = (extra: Record<string, string> = {}) =>
    parseSettings(name => ({ push: 'true', changelog_file: 'CHANGELOG.md', ...extra })[name])
  const deps = (repo: TestRepo, more: Partial<ReleaseDeps> = {}): ReleaseDeps =>
    localReleaseDeps(repo, NOW, { log: LOG, ...more })

  it('publishes the section the tagged commit holds, not one a later pull request rewrote', async () => {
    const repo = project()
    repo.commit('Release 1.3.0 (#12)', { ...pythonProject('1.3.0'), 'CHANGELOG.md': SECTION })
    const releaseCommit = repo.git('rev-parse', 'HEAD')
    // a later pull request (a stranger's "typo fix") rewrites the released section before the run
    repo.commit('docs: fix a typo in the changelog (#13)', {
      'CHANGELOG.md': SECTION.replace('as the maintainer wrote it', 'see <img src=x onerror=alert(1)> @everyone')
    })
    repo.publish('main', '--tags')

    const result = await runRelease(settingsOf(), deps(repo))
    expect(repo.gitIn(repo.origin, 'rev-parse', 'v1.3.0^{commit}')).toBe(releaseCommit)
    // the notes are those of the commit v1.3.0 tags
    expect(result.plan.notes).toContain('as the maintainer wrote it')
    expect(result.plan.notes).not.toContain('@everyone')
    expect(repo.gitIn(repo.origin, 'tag', '-l', '--format=%(contents)', 'v1.3.0')).not.toContain('@everyone')
  })

  it('a stranger\'s "release" that also changes code is not taken for a release commit', async () => {
    const repo = project()
    // title naming a version, version files and changelog bumped: and a file that is neither
    repo.commit('Release 1.3.0 (#13)', {
      ...pythonProject('1.3.0'),
      'CHANGELOG.md': SECTION,
      'src/fast_vlm_ondevice/telemetry.py': 'import urllib.request\n'
    })
    const stranger = repo.git('rev-parse', 'HEAD')
    repo.publish('main', '--tags')

    const result = await runRelease(settingsOf(), deps(repo))
    expect(result.status).toBe('released')
    // a release commit of its own on top, its notes written by the release from the commits
    expect(repo.git('rev-parse', 'HEAD~1')).toBe(stranger)
    const { tag } = result.plan
    expect(repo.gitIn(repo.origin, 'rev-parse', `${tag}^{commit}`)).toBe(repo.git('rev-parse', 'HEAD'))
    expect(repo.gitIn(repo.origin, 'rev-parse', `${tag}^{commit}`)).not.toBe(stranger)
  })

  it('a rejected push at a merged release commit (HEAD) leaves that commit where it is', async () => {
    const repo = project()
    const merged = repo.commit('Release 1.3.0 (#12)', { ...pythonProject('1.3.0'), 'CHANGELOG.md': SECTION })
    repo.publish('main', '--tags')
    // origin refuses tags (a tag ruleset)
    const hook = path.join(repo.origin, 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\necho "tag creation refused" >&2\nexit 1\n')
    chmodSync(hook, 0o755)

    await expect(runRelease(settingsOf(), deps(repo))).rejects.toThrow(/rejected/)
    // the maintainers' merged commit is not this run's to undo
    expect(repo.git('rev-parse', 'HEAD')).toBe(merged)
    // (the notes file aside, nothing of the tree changed)
    expect(repo.git('status', '--porcelain', '--untracked-files=no')).toBe('')
    expect(repo.git('tag', '-l', 'v1.3.0')).toBe('')
    expect(repo.gitIn(repo.origin, 'rev-parse', 'main')).toBe(merged)
  })

  it('a release commit naming a version below the previous release is an ordinary commit', async () => {
    const repo = project()
    repo.tag('v1.4.0')
    repo.commit('Release 1.3.0 (#12)', { ...pythonProject('1.3.0'), 'CHANGELOG.md': SECTION })
    repo.commit('fix: a later fix', { 'w.txt': 'w' })
    repo.publish('main', '--tags')
    const result = await runRelease(settingsOf(), deps(repo))
    expect(result.plan.tag).toBe('v1.4.1')
    expect(repo.gitIn(repo.origin, 'tag', '-l', 'v1.3.0')).toBe('')
  })

  it('a dry run at a merged release commit writes the notes file only', async () => {
    const repo = project()
    repo.commit('Release 1.3.0 (#12)', { ...pythonProject('1.3.0'), 'CHANGELOG.md': SECTION })
    repo.commit('fix: a later fix', { 'w.txt': 'w' })
    repo.publish('main', '--tags')
    const before = repo.snapshot()
    const result = await runRelease(settingsOf({ dry_run: 'true', push: 'false' }), deps(repo))
    expect(result.plan.tag).toBe('v1.3.0')
    const after = repo.snapshot()
    expect(after.refs).toBe(before.refs)
    expect(after.head).toBe(before.head)
    expect(after.remoteRefs).toBe(before.remoteRefs)
    expect(after.status.split('\n').filter(Boolean)).toEqual([`?? ${settingsOf().releaseNotesFile}`])
  })

  it('a publishing failure after tagging a merged release commit is finished by the next run', async () => {
    const repo = project()
    repo.commit('Release 1.3.0 (#12)', { ...pythonProject('1.3.0'), 'CHANGELOG.md': SECTION })
    repo.commit('fix: a later fix', { 'w.txt': 'w' })
    repo.publish('main', '--tags')
    const published: string[] = []
    let fail = true
    const publish: ReleaseDeps['publish'] = plan => {
      return Promise.resolve(() => {
        if (fail) {
          fail = false
          return Promise.reject(new Error('GitHub said 502'))
        }
        published.push(plan.tag)
        return Promise.resolve()
      })
    }
    const first = runRelease(settingsOf(), deps(repo, { publish }))
    // the error says what the rerun does: it must be true
    await expect(first).rejects.toThrow(/v1\.3\.0 was released and pushed/)
    const message = await first.catch((error: Error) => error.message)
    expect(message).not.toMatch(/finds v1\.3\.0 at HEAD/)
  })

  it('100,000 commits naming versions, each with its files and section: at most a few are read', async () => {
    const version = (n: number) => `2.${n}.0`
    const commits = Array.from({ length: 100_000 }, (_, n) =>
      analyzeCommit({
        sha: n.toString(16).padStart(40, '0'),
        parents: ['p'],
        author: 'a',
        message: `Release ${version(n)}`,
        time: n
      })
    )
    const at = (rev: string) => version(parseInt(rev, 16))
    let reads = 0
    const git = {
      // every candidate holds its version and its section, and also changes code
      show: (rev: string, file: string) => {
        reads++
        return Promise.resolve(
          file === 'CHANGELOG.md' ? `## ${at(rev)}\n\n- a change\n` : `[project]\nversion = "${at(rev)}"\n`
        )
      },
      diffNames: () => {
        reads++
        return Promise.resolve(['pyproject.toml', 'CHANGELOG.md', 'src/code.py'])
      }
    }
    const files = { list: () => [] as Array<{ name: string; directory: boolean }>, bytes: () => null }
    const found = await untaggedReleases(
      { ...settingsOf(), versionFiles: ['pyproject.toml'] },
      { git, files },
      { head: commits[0].sha, headRelease: undefined, commits, allTags: [], previous: null, hotfix: false }
    )
    expect(found).toEqual([])
    expect(reads).toBeGreaterThan(0)
    // five candidates at most, each: its version file, its changelog, its diff, the changelog as a link
    expect(reads).toBeLessThanOrEqual(5 * 4)
  })
})

describe('a merged release commit no tag names, adversarial: reruns, lines, several releases', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function project(): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n' })
    repo.tag('v1.2.0')
    repo.commit('feat: faster decoding', { 'x.txt': 'x' })
    return repo
  }
  const settingsOf = (extra: Record<string, string> = {}) =>
    parseSettings(name => ({ push: 'true', changelog_file: 'CHANGELOG.md', ...extra })[name])
  const deps = (repo: TestRepo): ReleaseDeps => ({
    git: new ExecGit(repo.dir),
    remote: new ExecGit(repo.dir),
    origin: new ExecGit(repo.dir),
    files: new LocalFiles(repo.dir),
    log: LOG,
    env: { now: NOW }
  })

  // KNOWN DEFECT (not fixed): in a clone that survives the run (the CLI, a self-hosted runner's
  // workspace), a run killed between tagging a release commit below HEAD and its push leaves v1.3.0
  // here only; the rerun takes the local v1.3.0 for the previous release, releases v1.3.1 and pushes
  // its tag alone, so v1.3.0 never reaches origin. (At HEAD the rerun finds the tag and pushes it; a
  // fresh checkout, as on GitHub's runners, has no such tag and tags again.) The fix reads origin's
  // tags for a local tag of ours below HEAD and resumes it (history.ts): a change of the resume path.
  it.failing(
    'a run that tagged the release commit but never pushed is completed by the rerun: v1.3.0 reaches origin',
    async () => {
      const repo = project()
      const releaseCommit = repo.commit('Release 1.3.0 (#12)', { ...pythonProject('1.3.0'), 'CHANGELOG.md': SECTION })
      repo.commit('fix: a later fix', { 'w.txt': 'w' })
      repo.publish('main', '--tags')
      // the first run tags and stops before its push (push: false stands for a push step that died)
      await runRelease(settingsOf({ push: 'false' }), deps(repo))
      expect(repo.git('rev-parse', 'v1.3.0^{commit}')).toBe(releaseCommit)
      expect(repo.gitIn(repo.origin, 'tag', '-l', 'v1.3.0')).toBe('')

      await runRelease(settingsOf(), deps(repo)).catch(() => undefined)
      expect(repo.gitIn(repo.origin, 'tag', '-l', 'v1.3.0')).toBe('v1.3.0')
    }
  )

  it('a stranger\'s squash titled "chore(release): v1.3.0 (#13)" that also changes code is not the release commit', async () => {
    const repo = project()
    const stranger = repo.commit('chore(release): v1.3.0 (#13)', {
      ...pythonProject('1.3.0'),
      'CHANGELOG.md': SECTION,
      'src/fast_vlm_ondevice/telemetry.py': 'import urllib.request\n'
    })
    repo.publish('main', '--tags')
    const result = await runRelease(settingsOf(), deps(repo))
    expect(result.status).toBe('released')
    expect(repo.gitIn(repo.origin, 'rev-parse', `${result.plan.tag}^{commit}`)).not.toBe(stranger)
  })

  it('two release pull requests merged before any run: each is tagged where it is, in turn', async () => {
    const repo = project()
    const first = repo.commit('Release 1.3.0 (#12)', { ...pythonProject('1.3.0'), 'CHANGELOG.md': SECTION })
    repo.commit('feat: streaming', { 'y.txt': 'y' })
    const second = repo.commit('Release 1.4.0 (#14)', {
      ...pythonProject('1.4.0'),
      'CHANGELOG.md': SECTION.replace(
        '# Changelog\n\n',
        '# Changelog\n\n## [1.4.0](https://example.test/compare/v1.3.0...v1.4.0) (2026-12-02)\n\n### Features\n\n- Streaming\n\n'
      )
    })
    repo.publish('main', '--tags')
    await runRelease(settingsOf(), deps(repo))
    await runRelease(settingsOf(), deps(repo))
    expect(repo.gitIn(repo.origin, 'rev-parse', 'v1.3.0^{commit}')).toBe(first)
    expect(repo.gitIn(repo.origin, 'rev-parse', 'v1.4.0^{commit}')).toBe(second)
    // no release commit of the action's on top
    expect(repo.gitIn(repo.origin, 'rev-parse', 'main')).toBe(second)
  })

  it('an earlier release commit at HEAD whose changelog is a symlink is still completed, not made again', async () => {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'docs/CHANGELOG.md': '# Changelog\n' })
    repo.git(
      '-c',
      'core.symlinks=true',
      'update-index',
      '--add',
      '--cacheinfo',
      `120000,${repo.gitInput('docs/CHANGELOG.md', 'hash-object', '-w', '--stdin')},CHANGELOG.md`
    )
    repo.git('checkout', '--', 'CHANGELOG.md')
    repo.commit('chore: link the changelog')
    repo.tag('v1.2.0')
    repo.commit('feat: faster decoding', { 'x.txt': 'x' })
    const made = repo.commit('chore(release): v1.3.0', { ...pythonProject('1.3.0'), 'docs/CHANGELOG.md': SECTION })
    repo.publish('main', '--tags')
    const result = await runRelease(settingsOf(), deps(repo))
    expect(result).toMatchObject({ status: 'resumed', from: 'commit' })
    expect(repo.gitIn(repo.origin, 'rev-parse', 'v1.3.0^{commit}')).toBe(made)
  })

  it('a tag prefix (fastvlm-v): the release commit is tagged under it; a tag of another prefix does not count', async () => {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n' })
    repo.tag('fastvlm-v1.2.0')
    repo.commit('feat: faster decoding', { 'x.txt': 'x' })
    const made = repo.commit('Release 1.3.0 (#12)', { ...pythonProject('1.3.0'), 'CHANGELOG.md': SECTION })
    repo.tag('other-v1.3.0', 'HEAD~1')
    repo.commit('fix: a later fix', { 'w.txt': 'w' })
    repo.publish('main', '--tags')
    const result = await runRelease(settingsOf({ tag_prefix: 'fastvlm-v' }), deps(repo))
    expect(result.plan.tag).toBe('fastvlm-v1.3.0')
    expect(repo.gitIn(repo.origin, 'rev-parse', 'fastvlm-v1.3.0^{commit}')).toBe(made)
  })

  it('a prerelease: "Release 1.3.0-rc.1" is tagged where it is by a prerelease run, never by a stable one', async () => {
    const repo = project()
    const rc = repo.commit('Release 1.3.0-rc.1 (#12)', {
      ...pythonProject('1.3.0rc1'),
      // (Swift spells it as SemVer)
      'ios/Sources/FastVLMKit/Version.swift': pythonProject('1.3.0-rc.1')['ios/Sources/FastVLMKit/Version.swift'],
      'CHANGELOG.md': SECTION.replace(
        '## [1.3.0](https://example.test/compare/v1.2.0...v1.3.0)',
        '## [1.3.0-rc.1](https://example.test/compare/v1.2.0...v1.3.0-rc.1)'
      )
    })
    repo.publish('main', '--tags')
    const result = await runRelease(settingsOf({ prerelease: 'rc' }), deps(repo))
    expect(result.plan.tag).toBe('v1.3.0-rc.1')
    expect(repo.gitIn(repo.origin, 'rev-parse', 'v1.3.0-rc.1^{commit}')).toBe(rc)
    const stable = await runRelease(settingsOf(), deps(repo))
    expect(stable.plan.tag).toBe('v1.3.0')
    expect(repo.gitIn(repo.origin, 'rev-parse', 'v1.3.0^{commit}')).not.toBe(rc)
  })

  it('a maintenance line: "Release 1.2.1" on 1.x is tagged where it is', async () => {
    const repo = project()
    repo.git('switch', '-q', '-c', '1.x', 'v1.2.0')
    repo.commit('fix: a patch', { 'p.txt': 'p' })
    const patch = repo.commit('Release 1.2.1 (#15)', {
      ...pythonProject('1.2.1'),
      'CHANGELOG.md':
        '# Changelog\n\n## [1.2.1](https://example.test/compare/v1.2.0...v1.2.1) (2026-12-01)\n\n### Bug Fixes\n\n- A patch\n'
    })
    repo.git('switch', '-q', 'main')
    repo.tag('v1.3.0')
    repo.git('switch', '-q', '1.x')
    repo.publish('main', '1.x', '--tags')
    const result = await runRelease(settingsOf(), deps(repo))
    expect(result.plan.tag).toBe('v1.2.1')
    expect(repo.gitIn(repo.origin, 'rev-parse', 'v1.2.1^{commit}')).toBe(patch)
  })
})

describe('a merged release commit no tag names, release_commit: api', () => {
  const TOKEN = 'ghs_mergedapi_token_0123456789'
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  it('tags the release commit on GitHub where it is, commits nothing, and leaves the clone at HEAD', async () => {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n' })
    repo.tag('v1.2.0')
    repo.commit('feat: faster decoding', { 'x.txt': 'x' })
    const releaseCommit = repo.commit('Release 1.3.0 (#12)', { ...pythonProject('1.3.0'), 'CHANGELOG.md': SECTION })
    const tip = repo.commit('fix: a later fix', { 'w.txt': 'w' })
    repo.publish('main', '--tags')
    github.gitDir = repo.origin
    const result = await runRelease(
      parseSettings(name => ({ push: 'true', release_commit: 'api', changelog_file: 'CHANGELOG.md' })[name]),
      {
        git: new ExecGit(repo.dir),
        remote: new ExecGit(repo.dir),
        origin: new ExecGit(repo.dir),
        files: new LocalFiles(repo.dir),
        log: LOG,
        env: { now: NOW },
        gitData: new OctokitGitData(TOKEN, github.repository, github.url, FAST_CLIENT)
      }
    )
    expect(result.plan.tag).toBe('v1.3.0')
    expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/tags/v1.3.0^{commit}')).toBe(releaseCommit)
    expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main')).toBe(tip)
    expect(repo.git('rev-parse', 'HEAD')).toBe(tip)
    const writes = github.requests.filter(request => request.method !== 'GET').map(request => request.path)
    expect(writes).toContainEqual(expect.stringMatching(/git\/tags/))
    expect(writes).not.toContainEqual(expect.stringMatching(/git\/commits|git\/refs\/heads/))
  })
})
