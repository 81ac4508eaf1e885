import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ConfigurationError } from '../../src/core/errors.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runRelease, type ReleaseResult } from '../../src/usecases/release/index.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')

function release(dir: string, inputs: Record<string, string> = {}): Promise<ReleaseResult> {
  const settings = parseSettings(name => inputs[name])
  return runRelease(settings, {
    git: new ExecGit(dir),
    remote: new ExecGit(dir),
    origin: new ExecGit(dir),
    files: new LocalFiles(dir),
    log: silentLogger,
    env: { now: NOW }
  })
}

/** A Python project released as v1.2.0 and pushed, with the given commits on top. */
function project(...messages: string[]): TestRepo {
  // the release of 1.2.0 is made by git once per file and copied
  const repo = TestRepo.built('v1.2.0', base => {
    base.commit('chore: initial', {
      ...pythonProject('1.2.0'),
      'CHANGELOG.md': '# Changelog\n\n## 1.2.0 (2026-01-01)\n\n- old entry\n'
    })
    base.tag('v1.2.0')
    base.publish('main', '--tags')
  })
  messages.forEach((message, i) => repo.commit(message, { [`file${i}.txt`]: message }))
  if (messages.length > 0) repo.publish('main')
  return repo
}

/** The snapshot without the notes file, the one file a dry run or a failed run may leave. */
function state(repo: TestRepo): ReturnType<TestRepo['snapshot']> {
  const snap = repo.snapshot()
  return {
    ...snap,
    status: snap.status
      .split('\n')
      .filter(line => !line.endsWith('release-notes.md'))
      .join('\n')
  }
}

describe('release use case on real repositories', () => {
  const repos: TestRepo[] = []
  const track = (repo: TestRepo) => (repos.push(repo), repo)
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  it('releases: version files, changelog, release commit and annotated tag, pushed atomically', async () => {
    const repo = track(project('fix(core): handle empty image', 'feat(swift): streaming API'))
    const result = await release(repo.dir, { push: 'true' })
    expect(result.plan).toMatchObject({
      released: true,
      version: '1.3.0',
      tag: 'v1.3.0',
      previousTag: 'v1.2.0',
      bump: 'minor'
    })
    expect(repo.read('pyproject.toml')).toContain('version = "1.3.0"  # keep in sync')
    expect(repo.read('pyproject.toml')).toContain('[tool.other]\nversion = "9.9.9"')
    expect(repo.read('src/fast_vlm_ondevice/__init__.py')).toContain('__version__ = "1.3.0"')
    expect(result.versionFiles.map(f => f.path)).toEqual([
      'ios/Sources/FastVLMKit/Version.swift',
      'pyproject.toml',
      'src/fast_vlm_ondevice/__init__.py'
    ])
    expect(repo.read('ios/Sources/FastVLMKit/Version.swift')).toContain('public static let version = "1.3.0"')
    const changelog = repo.read('CHANGELOG.md')
    expect(changelog.startsWith('# Changelog\n\n## 1.3.0 (2026-11-25)\n')).toBe(true)
    expect(changelog.endsWith('## 1.2.0 (2026-01-01)\n\n- old entry\n')).toBe(true)
    expect(repo.git('log', '-1', '--format=%s|%an|%ae')).toBe('chore(release): v1.3.0|Test Author|author@example.com')
    expect(repo.git('cat-file', '-t', 'v1.3.0')).toBe('tag')
    expect(repo.git('for-each-ref', '--format=%(contents)', 'refs/tags/v1.3.0')).toContain(
      "## What's Changed in v1.3.0"
    )
    expect(repo.git('status', '--porcelain', '--untracked-files=no')).toBe('')
    expect(result.pushed).toBe(true)
    expect(repo.remoteRefs()).toContain(`refs/heads/main ${result.commitSha}`)
    expect(repo.remoteRefs()).toContain('refs/tags/v1.3.0')
    expect(repo.read('release-notes.md')).toBe(result.plan.notes)
  })

  it('finds Cargo.toml and VERSION at the root without being told, and no crate further down', async () => {
    const repo = project()
    const crate = '[package]\nname = "kit"\nversion = "1.2.0"\n'
    repo.commit('feat: a Rust crate', { 'Cargo.toml': crate, VERSION: '1.2.0\n', 'tools/Cargo.toml': crate })
    const result = await release(repo.dir)
    expect(result.versionFiles.map(f => f.path)).toEqual([
      'Cargo.toml',
      'VERSION',
      'ios/Sources/FastVLMKit/Version.swift',
      'pyproject.toml',
      'src/fast_vlm_ondevice/__init__.py'
    ])
    expect(repo.read('Cargo.toml')).toBe(crate.replace('1.2.0', '1.3.0'))
    expect(repo.read('VERSION')).toBe('1.3.0\n')
    expect(repo.read('tools/Cargo.toml')).toBe(crate)
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n')).toEqual(
      expect.arrayContaining(['Cargo.toml', 'VERSION'])
    )
  })

  it('commits only its own files, leaving other staged changes staged', async () => {
    const repo = track(project('fix: a'))
    repo.write('notes/todo.txt', 'staged by the user')
    repo.git('add', 'notes/todo.txt')
    await release(repo.dir)
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'CHANGELOG.md',
      'ios/Sources/FastVLMKit/Version.swift',
      'pyproject.toml',
      'src/fast_vlm_ondevice/__init__.py'
    ])
    expect(repo.git('status', '--porcelain', '--', 'notes')).toBe('A  notes/todo.txt')
  })

  it('commits as github-actions[bot] when no identity is configured', async () => {
    const repo = track(project('fix: a'))
    repo.git('config', '--unset', 'user.name')
    repo.git('config', '--unset', 'user.email')
    const home = mkdtempSync(path.join(tmpdir(), 'home-'))
    const saved = {
      HOME: process.env.HOME,
      XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME,
      GIT_CONFIG_NOSYSTEM: process.env.GIT_CONFIG_NOSYSTEM
    }
    Object.assign(process.env, { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1' })
    try {
      await release(repo.dir)
    } finally {
      for (const [key, value] of Object.entries(saved))
        if (value === undefined) delete process.env[key]
        else process.env[key] = value
      rmSync(home, { recursive: true, force: true })
    }
    expect(repo.git('log', '-1', '--format=%an <%ae>')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'
    )
  })

  it('dry run leaves tracked files, index, refs and remote byte-identical and writes only the notes', async () => {
    const repo = track(project('feat!: new API'))
    repo.write('scratch.txt', 'untracked, user-owned')
    const before = state(repo)
    const indexBefore = repo.indexHash()
    const result = await release(repo.dir, { dry_run: 'true', push: 'true' })
    expect(repo.indexHash()).toBe(indexBefore)
    expect(result.plan).toMatchObject({ released: true, version: '2.0.0', bump: 'major' })
    expect(result.commitSha).toBe('')
    expect(state(repo)).toEqual(before)
    expect(repo.read('release-notes.md')).toContain('⚠️ **BREAKING:** new API')
    expect(repo.read('pyproject.toml')).toContain('version = "1.2.0"')
  })

  it('makes no release when only non-releasable commits came in', async () => {
    const repo = track(project('docs: typo', 'chore: deps'))
    const before = state(repo)
    const result = await release(repo.dir)
    expect(result.plan).toMatchObject({ released: false, version: '', bump: 'none' })
    expect(result.plan.reason).toMatch(/no releasable commits/)
    expect(state(repo)).toEqual(before)
  })

  it('uses initial_version when there is no tag at all, ignoring foreign and non-semver tags', async () => {
    const repo = track(TestRepo.create())
    repo.commit('feat: first', pythonProject('0.0.0'))
    repo.tag('release-5.0.0')
    repo.tag('vnext')
    repo.tag('v1.2')
    const result = await release(repo.dir, { initial_version: '0.1.0' })
    expect(result.plan).toMatchObject({ released: true, version: '0.1.0', previousTag: '' })
    expect(repo.read('CHANGELOG.md').startsWith('# Changelog\n\n## 0.1.0 (2026-11-25)')).toBe(true)
  })

  it('takes the highest stable tag reachable from HEAD, not one on another branch', async () => {
    const repo = track(project())
    repo.git('checkout', '-q', '-b', 'other')
    repo.commit('feat: elsewhere')
    repo.tag('v9.0.0')
    repo.git('checkout', '-q', 'main')
    repo.commit('fix: here')
    repo.tag('v1.3.0-rc.1')
    const result = await release(repo.dir, { dry_run: 'true' })
    // the stable release after v1.3.0-rc.1 promotes it (issue 13): 1.3.0, notes since v1.2.0
    expect(result.plan).toMatchObject({ previousTag: 'v1.2.0', version: '1.3.0', promotedFrom: 'v1.3.0-rc.1' })
  })

  it('counts prerelease numbers from existing tags', async () => {
    const repo = track(project('feat: a'))
    repo.tag('v1.3.0-rc.1')
    repo.commit('fix: b')
    const result = await release(repo.dir, { prerelease: 'rc' })
    expect(result.plan.tag).toBe('v1.3.0-rc.2')
    expect(repo.git('tag', '--points-at', 'HEAD')).toBe('v1.3.0-rc.2')
  })

  describe('bad input leaves repository and remote unchanged', () => {
    const cases: Array<{
      name: string
      setup: (repo: TestRepo) => void
      inputs?: Record<string, string>
      error: RegExp
    }> = [
      {
        name: 'Release-As below the current version',
        setup: repo => repo.commit('fix: x\n\nRelease-As: 1.1.0'),
        error: /Release-As: 1.1.0 is not above the current version 1.2.0/
      },
      {
        name: 'tag already on another commit',
        setup: repo => {
          repo.git('checkout', '-q', '-b', 'side')
          repo.commit('chore: side')
          repo.git('tag', 'v1.3.0')
          repo.git('checkout', '-q', 'main')
          repo.commit('feat: x')
        },
        error: /Tag v1.3.0 already exists on commit [0-9a-f]{12}, which is not HEAD/
      },
      {
        name: 'listed version file without a version',
        setup: repo => repo.commit('fix: x', { 'VERSION.txt': 'no version\n' }),
        inputs: { version_files: 'VERSION.txt' },
        error: /version_files names VERSION.txt, but it holds no version string/
      },
      {
        name: 'listed version file missing',
        setup: repo => repo.commit('fix: x'),
        inputs: { version_files: 'nope/_version.py' },
        error: /version_files names nope\/_version.py, which does not exist/
      },
      {
        name: 'detached HEAD with push',
        setup: repo => {
          repo.commit('fix: x')
          repo.git('checkout', '-q', '--detach')
        },
        inputs: { push: 'true' },
        error: /push: true needs a branch, but HEAD is detached/
      }
    ]
    it.each(cases)('$name', async ({ setup, inputs, error }) => {
      const repo = track(project())
      setup(repo)
      const before = state(repo)
      await expect(release(repo.dir, inputs)).rejects.toThrow(ConfigurationError)
      await expect(release(repo.dir, inputs)).rejects.toThrow(error)
      expect(state(repo)).toEqual(before)
    })
  })

  it('undoes the local commit and tag when the remote rejects the push, and says so', async () => {
    const repo = track(project('feat: mine'))
    // someone else pushed to main meanwhile
    const other = path.join(repo.root, 'other')
    repo.gitIn(repo.root, 'clone', '-q', repo.origin, other)
    repo.gitIn(other, '-c', 'user.name=o', '-c', 'user.email=o@e', 'commit', '-q', '--allow-empty', '-m', 'fix: theirs')
    repo.gitIn(other, 'push', '-q', 'origin', 'main')
    const remoteBefore = repo.remoteRefs()
    const before = state(repo)
    await expect(release(repo.dir, { push: 'true' })).rejects.toThrow(
      /The push to origin was rejected: .*Nothing was pushed, and the local release commit and tag v1.3.0 were undone/
    )
    expect(state(repo)).toEqual({ ...before, remoteRefs: remoteBefore })
    expect(repo.git('tag', '--list', 'v1.3.0')).toBe('')
    expect(repo.read('pyproject.toml')).toContain('version = "1.2.0"')
  })

  it('completes a release whose push did not happen on a rerun instead of failing', async () => {
    const repo = track(project('feat: a'))
    const first = await release(repo.dir) // committed and tagged, not pushed (as if the push step died)
    expect(repo.remoteRefs()).not.toContain('v1.3.0')
    const second = await release(repo.dir, { push: 'true' })
    expect(second.status).toBe('resumed')
    expect(second.plan).toMatchObject({ released: true, version: '1.3.0', previousTag: 'v1.2.0' })
    expect(second.plan.notes).toBe(first.plan.notes)
    expect(second.commitSha).toBe(first.commitSha)
    expect(repo.remoteRefs()).toContain(`refs/heads/main ${first.commitSha}`)
    expect(repo.remoteRefs()).toContain('refs/tags/v1.3.0')
    const third = await release(repo.dir, { push: 'true' })
    expect(third.plan.version).toBe('1.3.0') // converged: nothing new, nothing fails
  })

  it('refuses a directory that is not a git repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nogit-'))
    try {
      await expect(release(dir)).rejects.toThrow(/not a git repository/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('explains a shallow clone whose previous tag cannot be found', async () => {
    const repo = track(project('fix: a', 'fix: b', 'fix: c'))
    const shallow = path.join(repo.root, 'shallow')
    repo.gitIn(repo.root, 'clone', '-q', '--depth', '1', '--no-tags', `file://${repo.origin}`, shallow)
    await expect(release(shallow)).rejects.toThrow(/shallow clone.*fetch-depth: 0/)
  })
})
