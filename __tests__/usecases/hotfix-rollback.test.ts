import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { ConfigurationError } from '../../src/core/errors.js'
import { parseRollbacks, parseTagMessage } from '../../src/core/record/release-record.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { loadSettings } from '../../src/compose.js'
import { OctokitReleases } from '../../src/adapters/github/index.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { runRollback } from '../../src/usecases/rollback/rollback.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const TOKEN = 'ghs_testTokenForTheFakeServer0123456789'

/** main released v1.2.3 then v1.3.0; the hotfix branch is cut from v1.2.3. */
function mainMovedOn(): TestRepo {
  // made by git once, then copied for each test
  return TestRepo.built('main moved on', repo => {
    repo.commit('chore: initial', pythonProject('1.2.3'))
    repo.tag('v1.2.3')
    repo.commit('feat: new on main', { 'src/fast_vlm_ondevice/__init__.py': '__version__ = "1.3.0"\n' })
    repo.tag('v1.3.0')
    repo.publish('main', '--tags')
    repo.git('checkout', '-q', '-b', 'hotfix/crash', 'v1.2.3')
  })
}

function settings(inputs: Record<string, string>) {
  return parseSettings(name => inputs[name])
}

async function release(repo: TestRepo, inputs: Record<string, string>, refName?: string) {
  // as the action and the CLI do: the configuration file (release_lines) read once, the inputs over it
  return runRelease((await loadSettings(name => inputs[name], repo.dir)).settings, {
    git: new ExecGit(repo.dir),
    remote: new ExecGit(repo.dir),
    origin: new ExecGit(repo.dir),
    files: new LocalFiles(repo.dir),
    log: silentLogger,
    env: { now: NOW, refName }
  })
}

describe('hotfix releases', () => {
  const repos: TestRepo[] = []
  const track = (repo: TestRepo) => (repos.push(repo), repo)
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  it('patches the release the branch was cut from, even when main moved on', async () => {
    const repo = track(mainMovedOn())
    repo.commit('fix(decoder): crash on empty image')
    const result = await release(repo, { severity: 'critical', push: 'true' })
    expect(result.plan).toMatchObject({
      released: true,
      hotfix: true,
      version: '1.2.4',
      previousTag: 'v1.2.3',
      bump: 'patch'
    })
    expect(result.plan.notes).toContain('> **🚑 Hotfix** (severity: critical) of v1.2.3.')
    expect(result.plan.reason).toBe('hotfix (severity: critical) of v1.2.3, always a patch: 1.2.3 → 1.2.4')
    const message = repo.git('for-each-ref', '--format=%(contents)', 'refs/tags/v1.2.4')
    expect(parseTagMessage(message).meta).toEqual({ type: 'hotfix', severity: 'critical', hotfixOf: 'v1.2.3' })
    expect(repo.remoteRefs()).toContain('refs/heads/hotfix/crash')
    expect(repo.remoteRefs()).toContain('refs/tags/v1.2.4')
  })

  it('is a patch even for commits that alone would not release, and in mode: hotfix on any branch', async () => {
    const repo = track(mainMovedOn())
    repo.git('checkout', '-q', '-b', 'emergency')
    repo.commit('chore: bump a pinned dependency')
    const result = await release(repo, { mode: 'hotfix', severity: 'high' })
    expect(result.plan).toMatchObject({ version: '1.2.4', hotfix: true })
  })

  it('uses GITHUB_REF_NAME to recognise the hotfix branch', async () => {
    const repo = track(mainMovedOn())
    repo.commit('fix: x')
    repo.git('checkout', '-q', '--detach')
    const result = await release(repo, { severity: 'medium', dry_run: 'true' }, 'hotfix/crash')
    expect(result.plan).toMatchObject({ version: '1.2.4', hotfix: true })
  })

  const bad: Array<{ name: string; setup: (repo: TestRepo) => void; inputs: Record<string, string>; error: RegExp }> = [
    {
      name: 'without severity',
      setup: repo => repo.commit('fix: x'),
      inputs: {},
      error: /A hotfix release \(branch hotfix\/crash\) needs the severity input: critical, high or medium/
    },
    {
      name: 'with a feature commit',
      setup: repo => repo.commit('feat(api): sneak in a feature'),
      inputs: { severity: 'high' },
      error:
        /Hotfix branch hotfix\/crash has a feature: [0-9a-f]{7} "feat\(api\): sneak in a feature"\. A hotfix is a patch of v1\.2\.3/
    },
    {
      name: 'with a breaking change',
      setup: repo => repo.commit('fix!: change the API'),
      inputs: { severity: 'high' },
      error: /has a breaking change: [0-9a-f]{7} "fix!: change the API"/
    },
    {
      name: 'whose tag already exists',
      setup: repo => {
        repo.commit('fix: x')
        repo.git('tag', 'v1.2.4', 'v1.3.0')
      },
      inputs: { severity: 'high' },
      error: /Hotfix tag v1\.2\.4 already exists \(commit [0-9a-f]{12}\): v1\.2\.3 already has that patch release/
    }
  ]
  it.each(bad)('refuses a hotfix $name and changes nothing', async ({ setup, inputs, error }) => {
    const repo = track(mainMovedOn())
    setup(repo)
    const before = repo.snapshot()
    await expect(release(repo, inputs)).rejects.toThrow(ConfigurationError)
    await expect(release(repo, inputs)).rejects.toThrow(error)
    expect(repo.snapshot()).toEqual(before)
  })

  it('allows features with allow_features, still as a patch', async () => {
    const repo = track(mainMovedOn())
    repo.commit('feat: needed for the fix')
    const result = await release(repo, { severity: 'high', allow_features: 'true', dry_run: 'true' })
    expect(result.plan).toMatchObject({ version: '1.2.4', bump: 'patch' })
  })

  it('refuses a hotfix branch with no release tag in its history', async () => {
    const repo = track(TestRepo.create())
    repo.commit('chore: initial')
    repo.git('checkout', '-q', '-b', 'hotfix/early')
    repo.commit('fix: x')
    await expect(release(repo, { severity: 'critical' })).rejects.toThrow(
      /Hotfix branch hotfix\/early has no release tag \(vX\.Y\.Z\) in its history/
    )
  })
})

describe('rollback', () => {
  const repos: TestRepo[] = []
  const track = (repo: TestRepo) => (repos.push(repo), repo)
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  const deleteRelease = (tag: string) => github.removeRelease(tag)

  /** v1.2.3 and v1.3.0 released and pushed, each with a GitHub release. */
  function released(): TestRepo {
    const repo = track(
      TestRepo.built('released', built => {
        built.commit('chore: initial', pythonProject('1.2.3'))
        built.tag('v1.2.3')
        built.commit('feat: x')
        built.tag('v1.3.0')
        built.publish('main', '--tags')
      })
    )
    github.addRelease('v1.2.3')
    github.addRelease('v1.3.0')
    return repo
  }

  function rollback(repo: TestRepo, inputs: Record<string, string>) {
    return runRollback(settings({ mode: 'rollback', ...inputs }), {
      git: new ExecGit(repo.dir),
      remote: new ExecGit(repo.dir),
      origin: new ExecGit(repo.dir),
      files: new LocalFiles(repo.dir),
      log: silentLogger,
      env: { now: NOW, actor: 'octocat' },
      github: new OctokitReleases(TOKEN, 'acme/fastvlm', github.url, FAST_CLIENT)
    })
  }

  it('rolls back the latest release: tag here and on origin, GitHub release, record committed and pushed', async () => {
    const repo = released()
    const result = await rollback(repo, {
      version: '1.3.0',
      reason: 'crash on start | see #12',
      push: 'true',
      docker_image: 'fastvlm/ondevice-kit'
    })
    expect(result).toMatchObject({ version: '1.3.0', tag: 'v1.3.0', restoredVersion: '1.2.3', pushed: true })
    expect(result.steps.map(s => `${s.step}: ${s.status}`)).toEqual([
      'record: done',
      'remote tag: done',
      'local tag: done',
      'GitHub release: done',
      'push record: done'
    ])
    expect(repo.git('tag', '--list', 'v1.3.0')).toBe('')
    expect(repo.remoteRefs()).not.toContain('v1.3.0')
    expect(github.hasRelease('v1.3.0')).toBe(false)
    expect(github.hasRelease('v1.2.3')).toBe(true)
    expect(github.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/fastvlm/releases/tags/v1.3.0',
      expect.stringMatching(/^DELETE \/repos\/acme\/fastvlm\/releases\/\d+$/)
    ])
    expect(parseRollbacks(repo.read('docs/ROLLBACKS.md'))).toEqual([
      {
        version: '1.3.0',
        date: '2026-11-25T12:00:00Z',
        reason: 'crash on start | see #12',
        actor: 'octocat',
        restored: '1.2.3',
        released: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
      }
    ])
    expect(repo.git('log', '-1', '--format=%B')).toContain('Rollback-Of: v1.3.0\nRestored-Version: 1.2.3')
    expect(repo.remoteRefs()).toContain(`refs/heads/main ${repo.git('rev-parse', 'HEAD')}`)
    expect(result.manual[0]).toContain('https://pypi.org/manage/project/fast-vlm-ondevice/release/1.3.0/')
    expect(result.manual[1]).toContain(
      'docker buildx imagetools create -t fastvlm/ondevice-kit:latest fastvlm/ondevice-kit:1.2.3'
    )
  })

  it('dry run reports every step and changes nothing', async () => {
    const repo = released()
    const before = repo.snapshot()
    const result = await rollback(repo, { version: '1.3.0', dry_run: 'true', push: 'true' })
    expect(result.steps.map(s => s.status)).toEqual(['would do', 'would do', 'would do', 'would do', 'would do'])
    expect(repo.snapshot()).toEqual(before)
    expect(github.hasRelease('v1.3.0')).toBe(true)
  })

  it('refuses an older version unless force is set', async () => {
    const repo = released()
    const before = repo.snapshot()
    await expect(rollback(repo, { version: '1.2.3' })).rejects.toThrow(
      /v1\.2\.3 is not the latest release \(v1\.3\.0 is\)\. .*set force: true/
    )
    expect(repo.snapshot()).toEqual(before)
    const forced = await rollback(repo, { version: '1.2.3', force: 'true' })
    expect(forced.restoredVersion).toBe('')
    expect(repo.git('tag', '--list')).toBe('v1.3.0')
  })

  it('rolls back a channel’s newest candidate without force; the channel then skips its number, and an older candidate still needs force', async () => {
    const repo = released()
    repo.commit('ci: channels', { '.github/release-action.yml': 'release_lines:\n  channels:\n    next: rc\n' })
    repo.git('switch', '-q', '-c', 'next')
    repo.commit('feat: sessions')
    repo.publish('main', 'next')
    expect((await release(repo, { push: 'true' }, 'next')).plan.tag).toBe('v1.4.0-rc.1')
    repo.commit('fix: sessions leak')
    expect((await release(repo, { push: 'true' }, 'next')).plan.tag).toBe('v1.4.0-rc.2')
    // an older candidate: the newer one stays, so force is needed, and the message names it
    const before = repo.snapshot()
    await expect(rollback(repo, { version: '1.4.0-rc.1' })).rejects.toThrow(
      /^v1\.4\.0-rc\.1 is not the latest release \(v1\.4\.0-rc\.2 is\)\. /
    )
    expect(repo.snapshot()).toEqual(before)
    // the newest candidate is the channel's latest release: rolled back as the latest stable would be
    const result = await rollback(repo, { version: '1.4.0-rc.2', push: 'true', reason: 'leaks' })
    expect(result).toMatchObject({ tag: 'v1.4.0-rc.2', restoredVersion: '1.3.0', pushed: true })
    expect(repo.remoteRefs()).not.toContain('v1.4.0-rc.2')
    // the channel never makes the rolled-back number again
    repo.commit('fix: sessions leak, really')
    expect((await release(repo, { push: 'true' }, 'next')).plan.tag).toBe('v1.4.0-rc.3')
    // a stable release is still judged among stable releases: v1.3.0 is the latest, candidates aside
    await expect(rollback(repo, { version: '1.3.0', dry_run: 'true' })).resolves.toMatchObject({ tag: 'v1.3.0' })
  })

  const states: Array<{ name: string; partial: (repo: TestRepo) => void; expected: string[] }> = [
    {
      name: 'tag already gone on origin',
      partial: repo => repo.git('push', '-q', 'origin', ':refs/tags/v1.3.0'),
      expected: [
        'record: done',
        'remote tag: already done',
        'local tag: done',
        'GitHub release: done',
        'push record: done'
      ]
    },
    {
      name: 'GitHub release already deleted',
      partial: () => deleteRelease('v1.3.0'),
      expected: [
        'record: done',
        'remote tag: done',
        'local tag: done',
        'GitHub release: already done',
        'push record: done'
      ]
    },
    {
      name: 'tag already gone everywhere, record committed',
      partial: repo => {
        repo.write(
          'docs/ROLLBACKS.md',
          '| Version | Date | Reason | Actor | Users are back on |\n| --- | --- | --- | --- | --- |\n| 1.3.0 | 2026-11-25T11:00:00Z | x | octocat | 1.2.3 |\n'
        )
        repo.git('add', '.')
        repo.git('commit', '-q', '-m', 'chore(release): roll back v1.3.0')
        repo.git('push', '-q', 'origin', ':refs/tags/v1.3.0')
        repo.git('tag', '-d', 'v1.3.0')
      },
      expected: [
        'record: already done',
        'remote tag: already done',
        'local tag: already done',
        'GitHub release: done',
        'push record: done'
      ]
    }
  ]
  it.each(states)('completes a rerun after a partial rollback: $name', async ({ partial, expected }) => {
    const repo = released()
    partial(repo)
    const result = await rollback(repo, { version: '1.3.0', push: 'true' })
    expect(result.steps.map(s => `${s.step}: ${s.status}`)).toEqual(expected)
    const again = await rollback(repo, { version: '1.3.0', push: 'true' })
    expect(again.steps.map(s => s.status)).toEqual([
      'already done',
      'already done',
      'already done',
      'already done',
      'done'
    ])
    expect(parseRollbacks(repo.read('docs/ROLLBACKS.md'))).toHaveLength(1)
    expect(github.hasRelease('v1.3.0')).toBe(false)
  })

  const bad: Array<[string, Record<string, string>, RegExp]> = [
    [
      'a version with no tag',
      { version: '2.0.0' },
      /There is no release tag v2\.0\.0 here or on origin.*Release tags: v1\.2\.3, v1\.3\.0\./
    ],
    ['a foreign tag', { version: '1.3.0', tag_prefix: 'release-' }, /There is no release tag release-1\.3\.0/]
  ]
  it.each(bad)('refuses %s', async (_name, inputs, error) => {
    const repo = released()
    const before = repo.snapshot()
    await expect(rollback(repo, inputs)).rejects.toThrow(error)
    expect(repo.snapshot()).toEqual(before)
  })

  it('changes nothing when origin refuses to delete the tag, and says so', async () => {
    const repo = released()
    // the remote's own policy: a pre-receive hook that refuses to delete tags
    writeFileSync(
      path.join(repo.origin, 'hooks', 'pre-receive'),
      '#!/bin/sh\nwhile read old new ref; do\n  case "$ref:$new" in refs/tags/*:0000000000000000000000000000000000000000) echo "tag deletion is not allowed" >&2; exit 1;; esac\ndone\n',
      { mode: 0o755 }
    )
    const before = repo.snapshot()
    await expect(rollback(repo, { version: '1.3.0', push: 'true' })).rejects.toThrow(
      /origin refused to delete tag v1\.3\.0 \(one atomic push with the rollback record to main\): .*Nothing was changed \(the record commit was undone\)/
    )
    expect(repo.snapshot()).toEqual(before)
    expect(github.hasRelease('v1.3.0')).toBe(true)
  })

  it('a protected default branch refusing the record is named as such, not as a refused tag deletion', async () => {
    const repo = released()
    // GitHub's answer to a push to a protected branch (the tag's deletion alone would be allowed)
    writeFileSync(
      path.join(repo.origin, 'hooks', 'pre-receive'),
      '#!/bin/sh\nwhile read old new ref; do\n  case "$ref" in refs/heads/main) echo "error: GH006: Protected branch update failed for refs/heads/main." >&2; exit 1;; esac\ndone\n',
      { mode: 0o755 }
    )
    const before = repo.snapshot()
    const error = await rollback(repo, { version: '1.3.0', push: 'true' }).catch((caught: Error) => caught)
    expect(error).toBeInstanceOf(ConfigurationError)
    const message = (error as Error).message
    expect(message).toMatch(
      /^main is protected \(a branch protection rule or ruleset\): origin refused the rollback record, pushed with the deletion of tag v1\.3\.0 in one atomic push\. Nothing was changed \(the record commit was undone\)\. /
    )
    expect(message).toContain('GH006')
    expect(message).not.toContain('Allow tag deletion')
    expect(message).not.toContain('\n')
    expect(repo.snapshot()).toEqual(before)
    expect(repo.remoteRefs()).toContain('refs/tags/v1.3.0')
  })

  it('when origin moved, the tag stays there with no record: both or neither (one atomic push)', async () => {
    const repo = released()
    // someone pushes to main while the rollback runs: the record's push is not a fast-forward
    const other = `${repo.dir}-other`
    repo.gitIn(path.dirname(repo.dir), 'clone', '-q', repo.origin, other)
    repo.gitIn(
      other,
      '-c',
      'user.name=o',
      '-c',
      'user.email=o@example.com',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'docs: x'
    )
    repo.gitIn(other, 'push', '-q', 'origin', 'HEAD:main')
    const before = repo.snapshot()
    await expect(rollback(repo, { version: '1.3.0', push: 'true' })).rejects.toThrow(
      /refused to delete tag v1\.3\.0 \(one atomic push with the rollback record to main\): .*Nothing was changed.*bring main up to date/
    )
    expect(repo.snapshot()).toEqual(before)
    expect(repo.remoteRefs()).toContain('refs/tags/v1.3.0')
    expect(repo.gitIn(other, 'ls-tree', '-r', '--name-only', 'origin/main')).not.toContain('ROLLBACKS')
    expect(github.hasRelease('v1.3.0')).toBe(true)
  })

  it('says the token is the problem on 401, and never prints it', async () => {
    const repo = released()
    const wrong = runRollback(settings({ mode: 'rollback', version: '1.3.0' }), {
      git: new ExecGit(repo.dir),
      remote: new ExecGit(repo.dir),
      origin: new ExecGit(repo.dir),
      files: new LocalFiles(repo.dir),
      log: silentLogger,
      env: { now: NOW },
      github: new OctokitReleases('ghs_wrongToken', 'acme/fastvlm', github.url, FAST_CLIENT)
    })
    await expect(wrong).rejects.toThrow(
      /GitHub API GET \/repos\/acme\/fastvlm\/releases\/tags\/v1\.3\.0 failed with 401: Bad credentials\. .*The token is invalid or expired/
    )
    await expect(
      runRollback(settings({ mode: 'rollback', version: '1.3.0' }), {
        git: new ExecGit(repo.dir),
        remote: new ExecGit(repo.dir),
        origin: new ExecGit(repo.dir),
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW },
        github: new OctokitReleases('ghs_wrongToken', 'acme/fastvlm', github.url, FAST_CLIENT)
      })
    ).rejects.not.toThrow(/ghs_wrongToken/)
  })

  it('names the failed API call and what was done when GitHub refuses', async () => {
    const repo = released()
    github.failDelete = { status: 403, message: 'Resource not accessible by integration' }
    await expect(rollback(repo, { version: '1.3.0' })).rejects.toThrow(
      /GitHub API DELETE \/repos\/acme\/fastvlm\/releases\/\d+ failed with 403: Resource not accessible by integration\. Done so far: record, remote tag, local tag\./
    )
    github.failDelete = null
    const rerun = await rollback(repo, { version: '1.3.0' })
    expect(rerun.steps.map(s => `${s.step}: ${s.status}`)).toContain('GitHub release: done')
  })
})
