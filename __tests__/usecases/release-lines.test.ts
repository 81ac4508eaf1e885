import { ConfigurationError } from '../../src/core/errors.js'
import { parseTagMessage } from '../../src/core/record/release-record.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { loadSettings } from '../../src/compose.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runRelease, type ReleaseResult } from '../../src/usecases/release/index.js'
import { runRollback } from '../../src/usecases/rollback/rollback.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const CONFIG = '.github/release-action.yml'

async function release(
  repo: TestRepo,
  inputs: Record<string, string> = {},
  refName?: string,
  baseRef?: string
): Promise<ReleaseResult> {
  // as the action and the CLI do: the configuration file read once, with the inputs over it
  return runRelease((await loadSettings(name => inputs[name], repo.dir)).settings, {
    git: new ExecGit(repo.dir),
    remote: new ExecGit(repo.dir),
    origin: new ExecGit(repo.dir),
    files: new LocalFiles(repo.dir),
    log: silentLogger,
    env: { now: NOW, refName, baseRef }
  })
}

/** The snapshot without the notes file (the one file a failed run may leave). */
function state(repo: TestRepo): ReturnType<TestRepo['snapshot']> {
  const snap = repo.snapshot()
  return { ...snap, status: snap.status.replace(/^\?\? release-notes\.md$/m, '').trim() }
}

/**
 * A sample project: main released 1.2.0, 1.3.0, 1.4.0 and 2.0.0 (breaking); the maintenance
 * branches 1.x (from v1.4.0) and 1.3.x (from v1.3.0) exist on origin.
 */
function sample(config?: string): TestRepo {
  // made by git once per configuration, then copied for each test
  return TestRepo.built(`release lines sample ${config ?? ''}`, repo => {
    repo.commit('chore: initial', {
      ...pythonProject('1.2.0'),
      'CHANGELOG.md': '# Changelog\n',
      ...(config ? { [CONFIG]: config } : {})
    })
    repo.tag('v1.2.0')
    repo.commit('feat: tiling')
    repo.tag('v1.3.0')
    repo.commit('feat: batching')
    repo.tag('v1.4.0')
    repo.commit('feat!: new session API')
    repo.tag('v2.0.0')
    repo.git('branch', '1.x', 'v1.4.0')
    repo.git('branch', '1.3.x', 'v1.3.0')
    repo.publish('main', '1.x', '1.3.x', '--tags')
  })
}

describe('maintenance branches on real repositories', () => {
  const repos: TestRepo[] = []
  const track = (repo: TestRepo) => (repos.push(repo), repo)
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  it('releases a fix on 1.x from the line’s own previous release, and pushes the line', async () => {
    const repo = track(sample())
    repo.git('checkout', '-q', '1.x')
    repo.commit('fix(decoder): crash on empty image')
    const result = await release(repo, { push: 'true' })
    expect(result.plan).toMatchObject({
      released: true,
      version: '1.4.1',
      previousTag: 'v1.4.0',
      bump: 'patch',
      maintenanceLine: '1.x'
    })
    expect(result.plan.reason).toMatch(
      /^maintenance line 1\.x \(branch 1\.x\): patch because of [0-9a-f]{7} fix: 1\.4\.0 → 1\.4\.1$/
    )
    expect(result.plan.notes).toContain('v1.4.0...v1.4.1')
    expect(repo.read('pyproject.toml')).toContain('version = "1.4.1"')
    expect(repo.remoteRefs()).toContain('refs/tags/v1.4.1')
    expect(repo.gitIn(repo.origin, 'rev-parse', '1.x')).toBe(repo.git('rev-parse', 'HEAD'))
    // main did not move
    expect(repo.gitIn(repo.origin, 'rev-parse', 'main')).toBe(repo.git('rev-parse', 'v2.0.0^{commit}'))
    expect(parseTagMessage(repo.git('for-each-ref', '--format=%(contents)', 'refs/tags/v1.4.1')).meta).toEqual({
      type: 'release'
    })
  })

  it('takes the branch name from GITHUB_REF_NAME on a detached checkout: a feature on 1.x is a minor within 1', async () => {
    const repo = track(sample())
    repo.git('checkout', '-q', '1.x')
    repo.commit('feat: a small option')
    repo.git('checkout', '-q', '--detach')
    const result = await release(repo, { dry_run: 'true' }, '1.x')
    expect(result.plan).toMatchObject({ version: '1.5.0', previousTag: 'v1.4.0', bump: 'minor' })
    // the same checkout without GITHUB_REF_NAME is no line: it releases as main does, after 2.0.0
    const detached = await release(repo, { dry_run: 'true' })
    expect(detached.plan.maintenanceLine).toBeUndefined()
    // a pull request into 1.x (GITHUB_REF_NAME 12/merge, GITHUB_BASE_REF 1.x) previews the 1.x release
    const pull = await release(repo, { dry_run: 'true' }, '12/merge', '1.x')
    expect(pull.plan).toMatchObject({ version: '1.5.0', maintenanceLine: '1.x' })
  })

  it.each([
    {
      name: 'a feature on 1.3.x, naming the commit',
      branch: '1.3.x',
      message: 'feat(api): streaming',
      error:
        /^Branch 1\.3\.x maintains 1\.3\.x \(>=1\.3\.0 <1\.4\.0\) and takes only fixes \(patches of 1\.3\), but commit ([0-9a-f]{7}) "feat\(api\): streaming" is a feature: 1\.3\.0 → 1\.4\.0 leaves the line/
    },
    {
      name: 'a breaking change on 1.x',
      branch: '1.x',
      message: 'fix!: drop python 3.8',
      error:
        /^Branch 1\.x maintains 1\.x \(>=1\.0\.0 <2\.0\.0\) .* commit ([0-9a-f]{7}) "fix!: drop python 3\.8" is a breaking change: 1\.4\.0 → 2\.0\.0 leaves the line/
    }
  ])('$name is an error before anything changes', async ({ branch, message, error }) => {
    const repo = track(sample())
    repo.git('checkout', '-q', branch)
    const sha = repo.commit(message)
    const before = state(repo)
    const run = release(repo, { push: 'true' })
    await expect(run).rejects.toThrow(ConfigurationError)
    const thrown = await run.then(
      () => '',
      (e: Error) => e.message
    )
    expect(thrown).toMatch(error)
    expect(error.exec(thrown)?.[1]).toBe(sha.slice(0, 7))
    expect(state(repo)).toEqual(before)
  })

  it('a version another line already took is an error, whether its tag is here or only on origin', async () => {
    const repo = track(sample())
    // 1.x cut from v1.3.0: its next minor, 1.4.0, is main's already
    repo.git('checkout', '-q', '-B', '1.x', 'v1.3.0')
    repo.commit('feat: backported option')
    const before = state(repo)
    await expect(release(repo, { push: 'true' })).rejects.toThrow(
      /^Branch 1\.x \(line 1\.x\) would release 1\.4\.0, but that version is already released by another line \(v1\.4\.0 on commit [0-9a-f]{12}\)/
    )
    expect(state(repo)).toEqual(before)
    repo.git('tag', '-d', 'v1.4.0', 'v2.0.0')
    await expect(release(repo, { dry_run: 'true' })).rejects.toThrow(
      /would release 1\.4\.0, but that version is already released by another line \(tagged on origin \(v1\.4\.0\) but not here\)/
    )
  })

  it('a maintenance release rolled back from main (the rollback workflow checks out the default branch) is never released again by its line', async () => {
    const repo = track(sample())
    repo.git('checkout', '-q', '1.x')
    repo.commit('fix(decoder): crash on empty image')
    expect((await release(repo, { push: 'true' })).plan.tag).toBe('v1.4.1')
    // the rollback runs on main: the record is committed and pushed there, v1.4.1 is deleted everywhere
    repo.git('checkout', '-q', 'main')
    const rollback = await runRollback(
      parseSettings(name => ({ mode: 'rollback', version: '1.4.1', force: 'true', push: 'true', reason: 'bad' })[name]),
      {
        git: new ExecGit(repo.dir),
        remote: new ExecGit(repo.dir),
        origin: new ExecGit(repo.dir),
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW },
        github: null
      }
    )
    expect(rollback).toMatchObject({ tag: 'v1.4.1', pushed: true })
    expect(repo.remoteRefs()).not.toContain('refs/tags/v1.4.1')
    // 1.x has no record of it: its next fix must still not be 1.4.1 (PyPI keeps the first 1.4.1, yanked)
    repo.git('checkout', '-q', '1.x')
    repo.commit('fix(decoder): crash on empty image, really')
    const result = await release(repo, { push: 'true' })
    expect(result.plan).toMatchObject({ version: '1.4.2', previousTag: 'v1.4.0' })
    expect(result.plan.reason).toContain('1.4.1 was rolled back (docs/ROLLBACKS.md on main)')
  })

  it('a candidate rolled back from main is never made again by its channel', async () => {
    const repo = track(sample('release_lines:\n  channels:\n    next: rc\n'))
    repo.git('checkout', '-q', '-b', 'next')
    repo.commit('feat: sessions')
    expect((await release(repo, { push: 'true' })).plan.tag).toBe('v2.1.0-rc.1')
    repo.git('checkout', '-q', 'main')
    await runRollback(
      parseSettings(name => ({ mode: 'rollback', version: '2.1.0-rc.1', push: 'true', reason: 'bad' })[name]),
      {
        git: new ExecGit(repo.dir),
        remote: new ExecGit(repo.dir),
        origin: new ExecGit(repo.dir),
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW },
        github: null
      }
    )
    repo.git('checkout', '-q', 'next')
    repo.commit('fix: sessions leak')
    expect((await release(repo, { push: 'true' })).plan.tag).toBe('v2.1.0-rc.2')
  })

  it('after a stable release is rolled back, the channel makes candidates of the next version, never of the burned one', async () => {
    const repo = track(sample('release_lines:\n  channels:\n    next: rc\n'))
    repo.git('checkout', '-q', '-b', 'next')
    repo.commit('feat: sessions')
    expect((await release(repo, { push: 'true' })).plan.tag).toBe('v2.1.0-rc.1')
    repo.git('checkout', '-q', 'main')
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge next', 'next')
    expect((await release(repo, { push: 'true' }, 'main')).plan.tag).toBe('v2.1.0')
    await runRollback(
      parseSettings(name => ({ mode: 'rollback', version: '2.1.0', push: 'true', reason: 'bad' })[name]),
      {
        git: new ExecGit(repo.dir),
        remote: new ExecGit(repo.dir),
        origin: new ExecGit(repo.dir),
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW },
        github: null
      }
    )
    repo.git('checkout', '-q', 'next')
    repo.git('merge', '-q', 'main')
    repo.commit('fix: sessions leak')
    const candidate = await release(repo, { push: 'true' }, 'next')
    // 2.1.0 is never released again, so neither is a candidate of it: 2.1.1-rc.1, not 2.1.0-rc.2
    expect(candidate.plan.tag).toBe('v2.1.1-rc.1')
    expect(candidate.plan.reason).toContain('2.1.0 was rolled back (docs/ROLLBACKS.md)')
    repo.git('checkout', '-q', 'main')
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge next', 'next')
    const promotion = await release(repo, { push: 'true' }, 'main')
    expect(promotion.plan).toMatchObject({ tag: 'v2.1.1', promotedFrom: 'v2.1.1-rc.1' })
  })

  it('a fix on 1.x whose patch a hotfix already released says to merge that hotfix first', async () => {
    const repo = track(sample())
    repo.git('checkout', '-q', '-b', 'hotfix/crash', 'v1.4.0')
    repo.commit('fix: crash')
    repo.tag('v1.4.1')
    repo.git('checkout', '-q', '1.x')
    repo.commit('fix: another crash')
    const before = state(repo)
    await expect(release(repo, { push: 'true' })).rejects.toThrow(
      /would release 1\.4\.1, but that version is already released by another line \(v1\.4\.1 on commit [0-9a-f]{12}\): .* If that release belongs to this line \(a hotfix of it\), merge its tag into 1\.x first/
    )
    expect(state(repo)).toEqual(before)
    // a prerelease there is no candidate of the released patch either
    await expect(release(repo, { prerelease: 'rc', dry_run: 'true' })).rejects.toThrow(
      "1.4.1-rc.1 would be a prerelease of 1.4.1, which is already released (v1.4.1): this branch's history lacks that release. Merge it into this branch (git fetch --tags, then git merge v1.4.1)"
    )
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge the hotfix', 'v1.4.1')
    expect((await release(repo, { dry_run: 'true' })).plan).toMatchObject({ version: '1.4.2', previousTag: 'v1.4.1' })
  })

  it('a maintenance branch with no release of its range in history is an error', async () => {
    const repo = track(sample())
    repo.git('checkout', '-q', '-b', '3.x')
    repo.commit('fix: a')
    await expect(release(repo, { dry_run: 'true' })).rejects.toThrow(
      /^Branch 3\.x maintains 3\.x \(>=3\.0\.0 <4\.0\.0\), but no release of that range \(vX\.Y\.Z\) is in its history\. Cut a maintenance branch from the newest release it maintains: git switch -c 3\.x v3\.Y\.Z\.$/
    )
  })

  it('a configured pattern: support/1.3.x releases patches of 1.3', async () => {
    const repo = track(sample('release_lines:\n  maintenance: ["support/*.*.x"]\n'))
    repo.git('checkout', '-q', '-b', 'support/1.3.x', 'v1.3.0')
    repo.commit('fix: a')
    const result = await release(repo, { dry_run: 'true' })
    expect(result.plan).toMatchObject({ version: '1.3.1', maintenanceLine: '1.3.x' })
    // 1.x is no line any more: release_lines lists the patterns there are
    repo.git('checkout', '-q', '1.x')
    await expect(release(repo, { dry_run: 'true' })).rejects.toThrow(
      'Branch 1.x matches no release line of release_lines: main (default branch), hotfix/* (hotfix), support/*.*.x (maintenance).'
    )
  })
})

describe('prerelease channels and promotion on real repositories', () => {
  const repos: TestRepo[] = []
  const track = (repo: TestRepo) => (repos.push(repo), repo)
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  const CHANNELS = 'release_lines:\n  channels:\n    next: rc\n    beta: beta\n'

  function channelRepo(): TestRepo {
    return TestRepo.built('release lines channels', repo => {
      repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n', [CONFIG]: CHANNELS })
      repo.tag('v1.2.0')
      repo.publish('main', '--tags')
      repo.git('checkout', '-q', '-b', 'next')
    })
  }

  it('next releases -rc.N, with PEP 440 in Python files; main then promotes the last candidate', async () => {
    const repo = track(channelRepo())
    repo.commit('feat(api): streaming')
    const rc1 = await release(repo, { push: 'true' })
    expect(rc1.plan).toMatchObject({ version: '1.3.0-rc.1', previousTag: 'v1.2.0' })
    expect(rc1.plan.reason).toMatch(/^prerelease channel next \(rc\): minor because of/)
    expect(repo.read('pyproject.toml')).toContain('version = "1.3.0rc1"')
    expect(repo.read('src/fast_vlm_ondevice/__init__.py')).toContain('__version__ = "1.3.0rc1"')
    repo.commit('fix(decoder): off-by-one')
    const rc2 = await release(repo, { push: 'true' })
    expect(rc2.plan).toMatchObject({ version: '1.3.0-rc.2', previousTag: 'v1.2.0' })
    expect(repo.remoteRefs()).toMatch(/refs\/tags\/v1\.3\.0-rc\.2/)

    // merged into main, with only a fix after it: the promotion is 1.3.0, not re-decided
    repo.git('checkout', '-q', 'main')
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge branch next', 'next')
    repo.commit('fix: typo in the docs')
    const stable = await release(repo, { push: 'true' }, 'main')
    expect(stable.plan).toMatchObject({
      version: '1.3.0',
      previousTag: 'v1.2.0',
      bump: 'minor',
      promotedFrom: 'v1.3.0-rc.2'
    })
    expect(stable.plan.reason).toBe(
      'promotes release candidate v1.3.0-rc.2 to 1.3.0 (the level its candidates decided; the notes gather everything since v1.2.0): 1.2.0 → 1.3.0'
    )
    // the notes and the changelog gather everything since v1.2.0, not only since rc.2
    for (const text of [stable.plan.notes, repo.read('CHANGELOG.md').split('## 1.3.0-rc.2')[0]]) {
      expect(text).toContain('streaming')
      expect(text).toContain('off-by-one')
      expect(text).toContain('typo in the docs')
    }
    expect(stable.plan.notes).toContain('v1.2.0...v1.3.0')
    expect(repo.read('pyproject.toml')).toContain('version = "1.3.0"')
    expect(repo.remoteRefs()).toMatch(/refs\/tags\/v1\.3\.0 /)

    // next goes on from 1.3.0: the next candidate of the next minor
    repo.git('checkout', '-q', 'next')
    repo.git('merge', '-q', '--ff-only', 'main')
    repo.commit('feat: tiling')
    expect((await release(repo, { dry_run: 'true' })).plan.version).toBe('1.4.0-rc.1')
  })

  it('promotes with no commit after the candidate, and takes the branch from GITHUB_REF_NAME', async () => {
    const repo = track(channelRepo())
    repo.commit('feat: a')
    repo.git('checkout', '-q', '--detach')
    expect((await release(repo, {}, 'next')).plan.version).toBe('1.3.0-rc.1')
    // main fast-forwarded to the candidate itself
    repo.git('checkout', '-q', 'main')
    repo.git('merge', '-q', '--ff-only', 'v1.3.0-rc.1')
    const result = await release(repo, { dry_run: 'true' })
    expect(result.plan).toMatchObject({ version: '1.3.0', promotedFrom: 'v1.3.0-rc.1' })
  })

  it('a run that knows no branch (a tag push: detached, no GITHUB_REF_NAME) at a candidate completes it, never promotes it', async () => {
    const repo = track(channelRepo())
    repo.commit('feat: a')
    await release(repo, { push: 'true' })
    repo.git('checkout', '-q', '--detach', 'v1.3.0-rc.1')
    const before = state(repo)
    const result = await release(repo, {})
    expect(result).toMatchObject({ status: 'resumed', from: 'tag', plan: { version: '1.3.0-rc.1' } })
    expect(result.plan.promotedFrom).toBeUndefined()
    expect(state(repo)).toEqual(before)
    // on main (GITHUB_REF_NAME) the same commit is promoted
    expect((await release(repo, { dry_run: 'true' }, 'main')).plan).toMatchObject({
      version: '1.3.0',
      promotedFrom: 'v1.3.0-rc.1'
    })
  })

  it('a channel that never merged the promotion back is an error, not a candidate of a released version', async () => {
    const repo = track(channelRepo())
    repo.commit('feat: a')
    await release(repo, { push: 'true' })
    repo.git('checkout', '-q', 'main')
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge branch next', 'next')
    expect((await release(repo, { push: 'true' }, 'main')).plan.version).toBe('1.3.0')
    // next goes on without main's release commit: v1.3.0 is not in its history
    repo.git('checkout', '-q', 'next')
    repo.commit('feat: b')
    const before = state(repo)
    await expect(release(repo, { push: 'true' })).rejects.toThrow(
      /^1\.3\.0-rc\.2 would be a prerelease of 1\.3\.0, which is already released \(v1\.3\.0\).* git merge v1\.3\.0\)/
    )
    expect(state(repo)).toEqual(before)
    // once main is merged back, the next candidate is of the next version
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge branch main', 'main')
    expect((await release(repo, { dry_run: 'true' })).plan.version).toBe('1.4.0-rc.1')
  })

  it('a branch of no line, and overlapping patterns, are errors before anything changes', async () => {
    const repo = track(channelRepo())
    repo.git('checkout', '-q', '-b', 'feature/x')
    repo.commit('feat: a')
    const before = state(repo)
    await expect(release(repo, { push: 'true' })).rejects.toThrow(
      "Branch feature/x matches no release line of release_lines: main (default branch), hotfix/* (hotfix), *.x (maintenance), *.*.x (maintenance), next (channel, rc), beta (channel, beta). Release from one of these branches, or add the branch (or a pattern) to release_lines.maintenance or release_lines.channels; if it is the repository's default branch, set base_branch: feature/x."
    )
    expect(state(repo)).toEqual(before)
    repo.commit('chore: overlapping lines', {
      [CONFIG]: 'release_lines:\n  channels:\n    "feature/*": alpha\n    "feature/x": beta\n'
    })
    const again = state(repo)
    await expect(release(repo, { push: 'true' })).rejects.toThrow(
      /^release_lines: channel feature\/\* \(alpha\) and channel feature\/x \(beta\) overlap \(a branch such as feature\/x matches both\)/
    )
    expect(state(repo)).toEqual(again)
  })

  it('hotfix branches keep working with release lines configured', async () => {
    const repo = track(channelRepo())
    repo.git('checkout', '-q', 'main')
    repo.commit('feat: on main')
    repo.tag('v1.3.0')
    repo.git('checkout', '-q', '-b', 'hotfix/crash', 'v1.2.0')
    repo.commit('fix: crash')
    const result = await release(repo, { severity: 'critical', dry_run: 'true' })
    expect(result.plan).toMatchObject({ version: '1.2.1', hotfix: true })
    // mode: hotfix on any branch is no line at all
    repo.git('checkout', '-q', '-b', 'emergency')
    expect((await release(repo, { mode: 'hotfix', severity: 'high', dry_run: 'true' })).plan.version).toBe('1.2.1')
  })
})
