import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import * as path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { GitShim } from '../helpers/git-shim.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { projects, type TestRepo } from '../helpers/repo.js'
import { FAKE_TOKEN, runAction, runActionAsync, type RunnerResult } from '../helpers/runner.js'

/**
 * Issue 10, items 4, 5, 6, 8 and 10, through the built action as the runner runs it, on real
 * repositories with a bare origin. Each bad input: one clear error, and the repository, the
 * remote and the files exactly as they were.
 */
const { project, cleanup } = projects()
afterAll(cleanup)

const LOCK = 'fastvlm-release.lock'
const errorOf = (run: RunnerResult): string => run.stdout.match(/::error::(.*)/)?.[1] ?? ''
const files = (repo: TestRepo, names: string[]): Record<string, string> =>
  Object.fromEntries(names.map(name => [name, existsSync(path.join(repo.dir, name)) ? repo.read(name) : '(none)']))
const VERSION_FILES = ['pyproject.toml', 'src/fast_vlm_ondevice/__init__.py', 'ios/Sources/FastVLMKit/Version.swift']
const releaseCommits = (repo: TestRepo, dir = repo.dir): string[] =>
  repo
    .gitIn(dir, 'log', '--format=%s', 'refs/heads/main')
    .split('\n')
    .filter(subject => subject.startsWith('chore(release): v'))

/** Runs the action and checks that it failed with a message matching `message` and changed nothing. */
function refuses(repo: TestRepo, inputs: Record<string, string>, message: RegExp, env: Record<string, string> = {}) {
  const watched = [...VERSION_FILES, 'CHANGELOG.md', 'README.md']
  const before = { snapshot: repo.snapshot(), files: files(repo, watched) }
  const run = runAction(repo.dir, inputs, env)
  expect(run.code).toBe(1)
  expect(errorOf(run)).toMatch(message)
  expect(run.stdout.match(/::error::/g)).toHaveLength(1)
  expect(repo.snapshot()).toEqual(before.snapshot)
  expect(files(repo, watched)).toEqual(before.files)
  return run
}

describe('item 4: a release completes or changes nothing; edits it did not make are never committed', () => {
  it.each(VERSION_FILES.flatMap(file => [[file, 'unstaged'] as const, [file, 'staged'] as const]))(
    'an uncommitted edit in %s (%s) stops the release before anything is written',
    (file, how) => {
      const repo = project('feat: streaming')
      repo.write(file, `${repo.read(file)}# my local edit\n`)
      if (how === 'staged') repo.git('add', '--', file)
      refuses(
        repo,
        { push: 'true', gates: 'none' },
        new RegExp(
          `Uncommitted changes in ${file.replace(/\./g, '\\.')}, which the release of v1\\.3\\.0 rewrites.*git checkout -- `
        )
      )
    }
  )

  it('an uncommitted edit in the tracked changelog stops the release', () => {
    const repo = project()
    repo.commit('docs: changelog', { 'CHANGELOG.md': '# Changelog\n' })
    repo.commit('fix: a bug')
    repo.write('CHANGELOG.md', '# Changelog\n\nMy notes, not committed.\n')
    refuses(repo, { gates: 'none' }, /Uncommitted changes in CHANGELOG\.md/)
  })

  it('an untracked changelog someone wrote is not swallowed into the release commit', () => {
    const repo = project('fix: a bug')
    repo.write('CHANGELOG.md', '# Changelog\n\nhand-written, never committed\n')
    refuses(repo, { gates: 'none' }, /Uncommitted changes in CHANGELOG\.md.*a new file: delete it/)
  })

  it('a dry run refuses the same way (a faithful rehearsal)', () => {
    const repo = project('fix: a bug')
    repo.write('pyproject.toml', `${repo.read('pyproject.toml')}\n`)
    refuses(repo, { dry_run: 'true', gates: 'none' }, /Uncommitted changes in pyproject\.toml/)
  })

  it('edits in files the release does not touch stay uncommitted and out of the release commit', () => {
    const repo = project('fix: a bug')
    repo.commit('docs: readme', { 'README.md': 'readme\n' })
    repo.write('README.md', 'readme, edited\n')
    const run = runAction(repo.dir, { gates: 'none' })
    expect(run.code).toBe(0)
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n')).not.toContain('README.md')
    expect(repo.read('README.md')).toBe('readme, edited\n')
  })

  it('a prerelease made at HEAD by an earlier run is completed by a prerelease rerun; a stable run then promotes it once', () => {
    const repo = project('feat: streaming')
    const first = runAction(repo.dir, { prerelease: 'rc' })
    expect(first.outputs.tag).toBe('v1.3.0-rc.1')
    const rerun = runAction(repo.dir, { prerelease: 'rc', push: 'true' })
    expect(rerun.code).toBe(0)
    expect(rerun.outputs).toMatchObject({ tag: 'v1.3.0-rc.1', resumed: 'true' })
    expect(releaseCommits(repo, repo.origin)).toEqual(['chore(release): v1.3.0-rc.1'])
    // the candidate is out: a stable run at the same commit releases its X.Y.Z (release lines: promotion),
    // and a rerun of that finishes it instead of promoting again
    for (const resumed of ['false', 'true']) {
      const stable = runAction(repo.dir, { push: 'true' })
      expect(stable.code).toBe(0)
      expect(stable.outputs).toMatchObject({ tag: 'v1.3.0', resumed })
    }
    expect(repo.git('tag', '--list', 'v*').split('\n')).toEqual(['v1.2.0', 'v1.3.0', 'v1.3.0-rc.1'])
    expect(releaseCommits(repo, repo.origin)).toEqual(['chore(release): v1.3.0', 'chore(release): v1.3.0-rc.1'])
  })

  it('HEAD as an earlier run left it (release commit, no tag) is tagged, not committed again', () => {
    const repo = project('feat: streaming')
    const first = runAction(repo.dir, {})
    expect(first.code).toBe(0)
    repo.git('tag', '-d', 'v1.3.0') // as if the run had died before its tag
    const rerun = runAction(repo.dir, { push: 'true' })
    expect(rerun.code).toBe(0)
    expect(rerun.outputs).toMatchObject({ tag: 'v1.3.0', resumed: 'true', pushed: 'true' })
    expect(releaseCommits(repo)).toEqual(['chore(release): v1.3.0'])
    expect(releaseCommits(repo, repo.origin)).toEqual(['chore(release): v1.3.0'])
    expect(repo.git('rev-parse', 'v1.3.0^{commit}')).toBe(repo.git('rev-parse', 'HEAD'))
    expect(repo.git('cat-file', '-t', 'v1.3.0')).toBe('tag')
  })

  it('a release commit left by an earlier run whose history now plans another version is named, not re-released', () => {
    const repo = project('fix: a bug')
    expect(runAction(repo.dir, {}).code).toBe(0) // v1.2.1
    repo.git('tag', '-d', 'v1.2.1')
    refuses(
      repo,
      { bump: 'minor' },
      /HEAD is the release commit "chore\(release\): v1\.2\.1" of an earlier run.*git reset --keep HEAD~1/
    )
  })
})

describe('item 5: one run at a time per clone', () => {
  const holdLock = (repo: TestRepo, holder: Record<string, unknown>): string => {
    const file = path.join(repo.dir, '.git', LOCK)
    writeFileSync(file, JSON.stringify(holder))
    return file
  }
  const alive = () => ({ pid: process.pid, host: hostname(), started: new Date().toISOString(), token: 'test' })

  it.each([
    ['release', { push: 'true' }],
    ['hotfix', { mode: 'hotfix', severity: 'high' }],
    ['rollback', { mode: 'rollback', version: '1.2.0', reason: 'bad', github_token: '' }],
    ['publish', { mode: 'publish', version: '1.2.0', github_token: '' }]
  ])('mode %s refuses while another run holds the lock, and changes nothing', (_mode, inputs) => {
    const repo = project('fix: a bug')
    const file = holdLock(repo, alive())
    const held = readFileSync(file, 'utf8')
    refuses(
      repo,
      inputs as Record<string, string>,
      new RegExp(
        `Another release run is under way in this clone \\(process ${process.pid} on .*this run changed nothing.*concurrency group`
      )
    )
    expect(readFileSync(file, 'utf8')).toBe(held) // the loser never touches the winner's lock
  })

  it('a lock of a process that is gone is stale: the run takes it over, releases, and removes it', () => {
    const repo = project('fix: a bug')
    const gone = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8'
    })
    const file = holdLock(repo, { pid: Number(gone), host: hostname(), started: new Date().toISOString() })
    const run = runAction(repo.dir, {})
    expect(run.code).toBe(0)
    expect(run.outputs.tag).toBe('v1.2.1')
    expect(existsSync(file)).toBe(false)
  })

  it('a lock from another machine older than six hours is stale', () => {
    const repo = project('fix: a bug')
    holdLock(repo, { pid: 1, host: 'runner-elsewhere', started: '2020-01-01T00:00:00Z' })
    expect(runAction(repo.dir, {}).code).toBe(0)
  })

  it('the lock is released after a failed run too', () => {
    const repo = project('fix: a bug')
    const run = runAction(repo.dir, { mode: 'rollback', version: '9.9.9', github_token: '' })
    expect(run.code).toBe(1)
    expect(existsSync(path.join(repo.dir, '.git', LOCK))).toBe(false)
  })

  it('a dry run writes nothing to git and does not wait for the lock', () => {
    const repo = project('fix: a bug')
    holdLock(repo, alive())
    const run = runAction(repo.dir, { dry_run: 'true' })
    expect(run.code).toBe(0)
    expect(run.outputs.new_version).toBe('1.2.1')
  })

  it('a run in a linked worktree and a run in the main checkout exclude each other (one lock per clone)', () => {
    const repo = project('fix: a bug')
    const tree = path.join(repo.root, 'tree')
    repo.git('worktree', 'add', '-q', '-b', 'other', tree)
    holdLock(repo, alive())
    const run = runAction(tree, { gates: 'none' }, { GITHUB_REF_NAME: 'other' })
    expect(run.code).toBe(1)
    expect(errorOf(run)).toMatch(/Another release run is under way in this clone/)
    expect(repo.gitIn(tree, 'tag', '--list', 'v1.2.1')).toBe('')
  })

  it('two concurrent runs in one clone: one releases, the other refuses clearly and undoes nothing', async () => {
    const repo = project('feat: streaming')
    const shim = new GitShim()
    try {
      const calls = (() => {
        shim.arm(0)
        const probe = project('feat: streaming')
        runAction(probe.dir, { push: 'true' }, { PATH: shim.path() })
        return shim.calls()
      })()
      // the first run stops for three seconds at its `git add`, holding the lock
      shim.arm(calls.findIndex(call => call.startsWith('add ')) + 1, 'pause', 3)
      const winner = runActionAsync(repo.dir, { push: 'true' }, { PATH: shim.path() })
      for (let i = 0; i < 100 && !existsSync(path.join(repo.dir, '.git', LOCK)); i++)
        await new Promise(resolve => setTimeout(resolve, 50))
      const loser = await runActionAsync(repo.dir, { push: 'true' })
      const won = await winner
      expect(won.code).toBe(0)
      expect(won.outputs).toMatchObject({ tag: 'v1.3.0', pushed: 'true' })
      expect(loser.code).toBe(1)
      expect(errorOf(loser)).toMatch(/Another release run is under way in this clone.*this run changed nothing/)
      expect(releaseCommits(repo)).toEqual(['chore(release): v1.3.0'])
      expect(releaseCommits(repo, repo.origin)).toEqual(['chore(release): v1.3.0'])
      expect(repo.git('tag', '--list', 'v*').split('\n')).toEqual(['v1.2.0', 'v1.3.0'])
      expect(repo.git('status', '--porcelain', '--untracked-files=no')).toBe('')
    } finally {
      shim.cleanup()
    }
  }, 60_000)

  it.each([
    path.join('.github', 'workflows', 'release.yml'),
    path.join('docs', 'examples', 'workflows', 'release.yml'),
    path.join('docs', 'examples', 'workflows', 'hotfix.yml'),
    path.join('docs', 'examples', 'workflows', 'rollback.yml'),
    path.join('docs', 'examples', 'workflows', 'release-watch.yml')
  ])('the example workflow %s queues runs in one concurrency group, never cancelling one', file => {
    const workflow = parseYaml(readFileSync(file, 'utf8')) as {
      concurrency?: { group?: string; 'cancel-in-progress'?: boolean; queue?: string }
    }
    expect(workflow.concurrency?.group).toBe('release-${{ github.repository }}')
    expect(workflow.concurrency?.['cancel-in-progress']).toBe(false)
    // without a queue a group keeps one pending run, and a newer run cancels it: the release watch
    // every 30 minutes would cancel a release, hotfix or rollback waiting for its turn
    expect(workflow.concurrency?.queue).toBe('max')
  })

  it('the release watch example asks only for what its default (watch_action: issue) uses', () => {
    const workflow = parseYaml(
      readFileSync(path.join('docs', 'examples', 'workflows', 'release-watch.yml'), 'utf8')
    ) as { permissions?: Record<string, string>; jobs: Record<string, { steps: Array<{ with?: object }> }> }
    const given = Object.values(workflow.jobs).flatMap(job => job.steps.map(step => step.with ?? {}))
    expect(given.some(inputs => 'watch_action' in inputs)).toBe(false) // the default: issue
    // a scheduled run every 30 minutes reads the code and opens an issue: it writes no contents
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write', 'security-events': 'read' })
  })
})

describe('item 6: a version is never reused', () => {
  const rollBack = (repo: TestRepo, version: string) => {
    const run = runAction(repo.dir, { mode: 'rollback', version, reason: 'crash', push: 'true', github_token: '' })
    expect(run.code).toBe(0)
  }

  it('after a rollback of 1.3.0 the same changes are released as 1.3.1, and the summary says why', () => {
    const repo = project('feat: streaming')
    expect(runAction(repo.dir, { push: 'true' }).outputs.tag).toBe('v1.3.0')
    rollBack(repo, '1.3.0')
    repo.commit('fix: the crash')
    const run = runAction(repo.dir, { push: 'true' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ new_version: '1.3.1', tag: 'v1.3.1', previous_version: '1.2.0' })
    expect(run.outputs.reason).toMatch(/1\.3\.0 was rolled back \(docs\/ROLLBACKS\.md\).*never reused: 1\.3\.1 instead/)
    expect(run.summary).toContain('1.3.0 was rolled back')
    expect(repo.read('pyproject.toml')).toContain('version = "1.3.1"')
    expect(repo.read('CHANGELOG.md')).toMatch(/## \[1\.3\.1\]/)
    expect(repo.remoteRefs()).toContain('refs/tags/v1.3.1')
    expect(repo.remoteRefs()).not.toContain('refs/tags/v1.3.0')
  })

  it('every burned version is skipped: 1.3.0 and 1.3.1 rolled back → 1.3.2', () => {
    const repo = project('feat: streaming')
    runAction(repo.dir, { push: 'true' })
    rollBack(repo, '1.3.0')
    repo.commit('fix: one')
    expect(runAction(repo.dir, { push: 'true' }).outputs.tag).toBe('v1.3.1')
    rollBack(repo, '1.3.1')
    repo.commit('fix: two')
    const run = runAction(repo.dir, { push: 'true' })
    expect(run.outputs.tag).toBe('v1.3.2')
    expect(run.outputs.reason).toMatch(/1\.3\.0 was rolled back.*1\.3\.1 was rolled back.*1\.3\.2 instead/)
  })

  it('a tag that exists on origin but not here is burned too', () => {
    const repo = project('feat: streaming')
    const other = mkdtempSync(path.join(tmpdir(), 'fvr-other-'))
    try {
      // v1.3.0 made on a commit that is not in this history (a side branch only origin's tag keeps)
      execFileSync('git', ['clone', '-q', repo.origin, other])
      execFileSync('git', ['-C', other, 'switch', '-q', '-c', 'side', 'HEAD~1'])
      execFileSync('git', [
        '-C',
        other,
        '-c',
        'user.name=x',
        '-c',
        'user.email=x@y',
        'commit',
        '-q',
        '--allow-empty',
        '-m',
        'fix: elsewhere'
      ])
      execFileSync('git', [
        '-C',
        other,
        '-c',
        'user.name=x',
        '-c',
        'user.email=x@y',
        'tag',
        '-a',
        'v1.3.0',
        '-m',
        'made elsewhere'
      ])
      execFileSync('git', ['-C', other, 'push', '-q', 'origin', 'v1.3.0'])
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
    const run = runAction(repo.dir, { gates: 'none' })
    expect(run.code).toBe(0)
    expect(run.outputs.tag).toBe('v1.3.1')
    expect(run.outputs.reason).toMatch(/1\.3\.0 is tagged on origin \(v1\.3\.0\) but not here/)
  })

  it('a tag on origin on this history that the clone lacks is a release of these commits: fetched, gone on from', () => {
    const repo = project('feat: streaming')
    const other = mkdtempSync(path.join(tmpdir(), 'fvr-other-'))
    try {
      execFileSync('git', ['clone', '-q', repo.origin, other])
      execFileSync('git', [
        '-C',
        other,
        '-c',
        'user.name=x',
        '-c',
        'user.email=x@y',
        'tag',
        '-a',
        'v1.3.0',
        '-m',
        'made elsewhere',
        'HEAD~1'
      ])
      execFileSync('git', ['-C', other, 'push', '-q', 'origin', 'v1.3.0'])
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
    const run = runAction(repo.dir, { gates: 'none' })
    expect(run.code).toBe(0)
    // v1.3.0 was released at HEAD~1: the feature after it makes the next minor, and the tag is here now
    expect(run.outputs.previous_tag).toBe('v1.3.0')
    expect(run.outputs.tag).toBe('v1.4.0')
    expect(repo.git('tag', '-l', 'v1.3.0').trim()).toBe('v1.3.0')
  })

  it("a rollback never commits someone's uncommitted edit of the rollback record", () => {
    const repo = project('feat: streaming')
    runAction(repo.dir, { push: 'true' })
    repo.commit('docs: record', { 'docs/ROLLBACKS.md': '# Rollbacks\n' })
    repo.publish('main')
    repo.write('docs/ROLLBACKS.md', '# Rollbacks\n\nmy draft\n')
    refuses(
      repo,
      { mode: 'rollback', version: '1.3.0', reason: 'crash', push: 'true', github_token: '' },
      /docs\/ROLLBACKS\.md has uncommitted changes.*git checkout -- docs\/ROLLBACKS\.md.*Nothing was changed/
    )
    expect(repo.read('docs/ROLLBACKS.md')).toBe('# Rollbacks\n\nmy draft\n')
  })

  it('Release-As naming a rolled-back version is refused before anything is written', () => {
    const repo = project('feat: streaming')
    runAction(repo.dir, { push: 'true' })
    rollBack(repo, '1.3.0')
    repo.commit('fix: x\n\nRelease-As: 1.3.0')
    repo.publish('main')
    refuses(
      repo,
      { push: 'true' },
      /Release-As: 1\.3\.0 names a version that was already released once \(was rolled back/
    )
  })

  describe('rollback of an immutable GitHub release', () => {
    let github: FakeGitHub
    beforeEach(async () => {
      github = await new FakeGitHub(FAKE_TOKEN).start()
    })
    afterEach(() => github.stop())

    /** A released v1.3.0 whose GitHub release is immutable; origin refuses to delete its tag, as GitHub does. */
    function immutableRelease(): TestRepo {
      const repo = project('feat: streaming')
      expect(runAction(repo.dir, { push: 'true' }).code).toBe(0)
      github.addRelease('v1.2.0', { immutable: true })
      github.addRelease('v1.3.0', { immutable: true, latest: true })
      const hook = path.join(repo.origin, 'hooks', 'pre-receive')
      writeFileSync(
        hook,
        '#!/bin/sh\nwhile read old new ref; do case "$ref" in refs/tags/*) [ "$new" = 0000000000000000000000000000000000000000 ] && { echo "immutable release: tag protected" >&2; exit 1; };; esac; done\nexit 0\n'
      )
      chmodSync(hook, 0o755)
      return repo
    }
    const rollback = (repo: TestRepo, extra: Record<string, string> = {}) =>
      runActionAsync(
        repo.dir,
        { mode: 'rollback', version: '1.3.0', reason: 'crash\non start', push: 'true', ...extra },
        { GITHUB_API_URL: github.url }
      )

    it('marks the release rolled back, makes the previous one latest, keeps the tags', async () => {
      const repo = immutableRelease()
      const run = await rollback(repo)
      expect(errorOf(run)).toBe('')
      expect(run.code).toBe(0)
      const steps = JSON.parse(run.outputs.rollback_steps) as Array<{ step: string; status: string }>
      expect(steps.map(s => `${s.step}: ${s.status}`)).toEqual([
        'record: done',
        'remote tag: skipped',
        'local tag: skipped',
        'GitHub release: done',
        'push record: done'
      ])
      const release = github.release('v1.3.0')!
      expect(release.name).toBe('[Rolled back] Release v1.3.0')
      expect(release.body).toMatch(
        /^> \[!CAUTION\]\n> \*\*Rolled back\*\* on \d{4}-\d\d-\d\d: crash on start\. Users are back on v1\.2\.0/
      )
      expect(release.body.endsWith('notes')).toBe(true)
      expect(release.make_latest).toBe('false')
      expect(github.latestTag()).toBe('v1.2.0')
      expect(repo.remoteRefs()).toContain('refs/tags/v1.3.0')
      expect(repo.git('tag', '--list', 'v1.3.0')).toBe('v1.3.0')
      expect(repo.gitIn(repo.origin, 'show', 'main:docs/ROLLBACKS.md')).toContain('| 1.3.0 |')
    })

    it('an API refusal says what is done so far, and the rerun finishes the marking', async () => {
      const repo = immutableRelease()
      github.failEdit = { status: 403, message: 'Resource not accessible by integration' }
      const run = await rollback(repo)
      expect(run.code).toBe(1)
      expect(errorOf(run)).toMatch(
        /PATCH .*releases\/\d+ failed with 403.*Done so far: record\. .*contents: write.*Running the rollback again resumes where it stopped/
      )
      expect(github.release('v1.3.0')!.name).toBe('Release v1.3.0')
      expect(repo.remoteRefs()).toContain('refs/tags/v1.3.0')
      github.failEdit = null
      const again = await rollback(repo)
      expect(errorOf(again)).toBe('')
      expect(JSON.parse(again.outputs.rollback_steps).map((s: { status: string }) => s.status)).toEqual([
        'already done',
        'skipped',
        'skipped',
        'done',
        'done'
      ])
      expect(github.release('v1.3.0')!.name).toBe('[Rolled back] Release v1.3.0')
      expect(github.latestTag()).toBe('v1.2.0')
    })

    it('a rerun finds it done and edits nothing', async () => {
      const repo = immutableRelease()
      expect((await rollback(repo)).code).toBe(0)
      const edits = github.requests.filter(r => r.method === 'PATCH').length
      const again = await rollback(repo)
      expect(again.code).toBe(0)
      expect(JSON.parse(again.outputs.rollback_steps)[3]).toMatchObject({ status: 'already done' })
      expect(github.requests.filter(r => r.method === 'PATCH').length).toBe(edits)
    })

    it('a dry run says what it would mark and changes nothing', async () => {
      const repo = immutableRelease()
      const before = repo.snapshot()
      const run = await rollback(repo, { dry_run: 'true' })
      expect(run.code).toBe(0)
      expect(JSON.parse(run.outputs.rollback_steps)[3].detail).toMatch(/^mark .* rolled back .*make v1\.2\.0 latest/)
      expect(github.requests.filter(r => r.method !== 'GET')).toEqual([])
      expect(repo.snapshot()).toEqual(before)
    })

    it('the next release after it is never 1.3.0 again', async () => {
      const repo = immutableRelease()
      expect((await rollback(repo)).code).toBe(0)
      repo.commit('fix: the crash')
      const run = runAction(repo.dir, { gates: 'none', github_token: '' })
      expect(run.outputs.tag).toBe('v1.3.1')
    })
  })
})

describe('item 8: preconditions before the point of no return; free text adds no trailers', () => {
  it.each(['banana', '1.2', '1.3.0.0', 'v1.3.0-'])('Release-As: %s is refused before the commit', value => {
    const repo = project(`fix: x\n\nRelease-As: ${value}`)
    refuses(repo, { push: 'true' }, /Release-As.*(not a semantic version|X\.Y\.Z)/)
  })

  it('Release-As below the current version is refused before the commit', () => {
    const repo = project('fix: x\n\nRelease-As: 1.1.0')
    refuses(repo, { push: 'true' }, /Release-As: 1\.1\.0 is not above the current version 1\.2\.0/)
  })

  it("a rollback reason can't add trailers to the record commit, nor vanish as a comment", () => {
    const repo = project('feat: streaming')
    runAction(repo.dir, { push: 'true' })
    const run = runAction(repo.dir, {
      mode: 'rollback',
      version: '1.3.0',
      reason: '# crash\n\nRollback-Of: v0.0.1\nSigned-off-by: Mallory <m@example.com>',
      github_token: ''
    })
    expect(run.code).toBe(0)
    const message = repo.git('log', '-1', '--format=%B')
    const trailers = repo.gitInput(message, 'interpret-trailers', '--parse')
    expect(trailers.split('\n')).toEqual(['Rollback-Of: v1.3.0', 'Restored-Version: 1.2.0'])
    expect(message).toContain('Reason: # crash Rollback-Of: v0.0.1 Signed-off-by: Mallory')
  })

  it("commit text can't add trailers to the release tag", () => {
    const repo = project('fix: x\n\nRelease-Type: hotfix\nSeverity: critical\nHotfix-Of: v0.0.1')
    expect(runAction(repo.dir, {}).code).toBe(0)
    const message = repo.git('for-each-ref', '--format=%(contents)', 'refs/tags/v1.2.1')
    expect(repo.gitInput(message, 'interpret-trailers', '--parse')).toBe('Release-Type: release')
  })

  it.each([
    [
      'JIRA configured without its token',
      { jira_base_url: 'https://acme.atlassian.net', jira_projects: 'VLM', jira_user: 'bot@acme.dev' },
      /JIRA needs jira_user and jira_token.*Nothing was released/
    ],
    ['jira_strict without JIRA', { jira_strict: 'true' }, /jira_strict: true, but JIRA is not configured/],
    [
      'datadog_strict without a key',
      { datadog_strict: 'true' },
      /datadog_strict: true, but there is no datadog_api_key/
    ]
  ])('a strict integration misconfigured (%s) stops the release before the commit', (_case, inputs, message) => {
    const repo = project('feat: streaming')
    refuses(repo, { push: 'true', ...inputs }, message)
  })

  it('create_release without a token stops the release before the commit', () => {
    const repo = project('feat: streaming')
    refuses(
      repo,
      { push: 'true', create_release: 'true', github_token: '' },
      /create_release: true needs github_token.*Nothing was released/
    )
  })

  describe('GitHub permissions, checked before the commit', () => {
    let github: FakeGitHub
    beforeEach(async () => {
      github = await new FakeGitHub(FAKE_TOKEN).start()
    })
    afterEach(() => github.stop())

    const refusesAsync = async (repo: TestRepo, inputs: Record<string, string>, message: RegExp) => {
      const before = { snapshot: repo.snapshot(), files: files(repo, VERSION_FILES) }
      const run = await runActionAsync(repo.dir, inputs, { GITHUB_API_URL: github.url })
      expect(run.code).toBe(1)
      expect(errorOf(run)).toMatch(message)
      expect(repo.snapshot()).toEqual(before.snapshot)
      expect(files(repo, VERSION_FILES)).toEqual(before.files)
      expect(github.requests.filter(r => r.method !== 'GET')).toEqual([])
    }

    it('a token that can read but not write the repository', async () => {
      github.permissions = { admin: false, maintain: false, push: false, triage: false, pull: true }
      await refusesAsync(
        project('feat: streaming'),
        { push: 'true', create_release: 'true' },
        /can read this repository but not write to it.*Nothing was released.*contents: write/
      )
    })

    it('an invalid token', async () => {
      await refusesAsync(
        project('feat: streaming'),
        { push: 'true', create_release: 'true', github_token: 'ghs_wrongToken0000000000000000000000000' },
        /GitHub API GET \/repos\/acme\/fastvlm failed with 401.*Nothing was released.*invalid or expired/
      )
    })

    it('a repository the token does not reach', async () => {
      const repo = project('feat: streaming')
      const before = repo.snapshot()
      const run = await runActionAsync(
        repo.dir,
        { push: 'true', create_release: 'true' },
        { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/elsewhere' }
      )
      expect(run.code).toBe(1)
      expect(errorOf(run)).toMatch(/GET \/repos\/acme\/elsewhere failed with 404.*Nothing was released/)
      expect(repo.snapshot()).toEqual(before)
    })

    it('an app token (no permissions in the answer) goes ahead', async () => {
      github.permissions = null
      const repo = project('feat: streaming')
      const run = await runActionAsync(
        repo.dir,
        { push: 'true', create_release: 'true' },
        { GITHUB_API_URL: github.url }
      )
      expect(errorOf(run)).toBe('')
      expect(github.hasRelease('v1.3.0')).toBe(true)
    })

    it("notes over GitHub's 125,000-character body limit: the release body is cut to fit, the changelog has all", async () => {
      const repo = project()
      const subject = (i: number) =>
        `fix(decoder): case ${i} ${'handles a very long and detailed explanation '.repeat(4)}`
      const stream = [...Array(1500).keys()]
        .map(
          i =>
            `commit refs/heads/main\ncommitter Dev <dev@example.com> ${1767300000 + i} +0000\ndata <<EOM\n${subject(i)}\nEOM\n${i === 0 ? 'from refs/heads/main^0\n' : ''}\n`
        )
        .join('')
      repo.gitInput(stream, 'fast-import', '--quiet', '--force')
      repo.git('reset', '-q', '--hard')
      repo.publish('main')
      const run = await runActionAsync(
        repo.dir,
        { push: 'true', create_release: 'true' },
        { GITHUB_API_URL: github.url }
      )
      expect(errorOf(run)).toBe('')
      const body = github.release('v1.2.1')!.body
      expect(Array.from(body).length).toBeLessThanOrEqual(125_000)
      expect(Array.from(body).length).toBeGreaterThan(100_000)
      expect(repo.read('CHANGELOG.md')).toContain('case 1499 ')
      expect(repo.read('CHANGELOG.md')).toContain('case 0 ')
    }, 60_000)

    it('mode publish of a tag whose message is over the limit cuts the body and says where the rest is', async () => {
      const repo = project()
      repo.commit('fix: x')
      repo.gitInput(
        `${'- a line of very long notes\n'.repeat(8000)}\nRelease-Type: release\n`,
        'tag',
        '-a',
        'v1.2.1',
        '-F',
        '-',
        '--cleanup=verbatim'
      )
      const run = await runActionAsync(
        repo.dir,
        { mode: 'publish', create_release: 'true' },
        { GITHUB_API_URL: github.url }
      )
      expect(errorOf(run)).toBe('')
      const body = github.release('v1.2.1')!.body
      expect(Array.from(body).length).toBeLessThanOrEqual(125_000)
      expect(body).toMatch(
        /_Cut to fit GitHub's 125,000-character limit: the whole notes are in release-notes\.md\._\n$/
      )
    })
  })

  describe('publishing after the push', () => {
    let github: FakeGitHub
    beforeEach(async () => {
      github = await new FakeGitHub(FAKE_TOKEN).start()
    })
    afterEach(() => github.stop())

    it('a failure says plainly that vX was pushed and what a rerun finishes; the rerun does', async () => {
      const repo = project('feat: streaming')
      github.failCreate = { status: 403, message: 'Resource not accessible by integration' }
      const env = { GITHUB_API_URL: github.url }
      const run = await runActionAsync(repo.dir, { push: 'true', create_release: 'true' }, env)
      expect(run.code).toBe(1)
      expect(errorOf(run)).toMatch(
        /^v1\.3\.0 was released and pushed to origin \(commit [0-9a-f]{12} and tag v1\.3\.0\), but publishing it failed: .*run again at this commit: the rerun finds v1\.3\.0 at HEAD, makes no new commit or tag, reports resumed: true/
      )
      expect(repo.remoteRefs()).toContain('refs/tags/v1.3.0')
      github.failCreate = null
      const rerun = await runActionAsync(repo.dir, { push: 'true', create_release: 'true' }, env)
      expect(errorOf(rerun)).toBe('')
      expect(rerun.outputs).toMatchObject({ released: 'true', resumed: 'true', tag: 'v1.3.0' })
      expect(github.hasRelease('v1.3.0')).toBe(true)
      expect(releaseCommits(repo, repo.origin)).toEqual(['chore(release): v1.3.0'])
    })
  })
})

describe('item 8: a notifier failing after the push', () => {
  it('says plainly that vX was pushed, and the rerun reports resumed: true', () => {
    const repo = project('feat: streaming')
    const inputs = {
      push: 'true',
      datadog_strict: 'true',
      datadog_api_key: 'dd0123456789abcdef0123456789abcd',
      datadog_api_url: 'http://127.0.0.1:9'
    }
    const run = runAction(repo.dir, inputs)
    expect(run.code).toBe(1)
    expect(errorOf(run)).toMatch(
      /^v1\.3\.0 was released and pushed to origin \(commit [0-9a-f]{12} and tag v1\.3\.0\), but a step after it failed: .*Datadog.*run again at this commit: the rerun makes no new commit or tag, reports resumed: true/
    )
    expect(errorOf(run)).not.toContain('dd0123456789abcdef0123456789abcd')
    expect(repo.remoteRefs()).toContain('refs/tags/v1.3.0')
    const rerun = runAction(repo.dir, { push: 'true' })
    expect(rerun.outputs).toMatchObject({ released: 'true', resumed: 'true', tag: 'v1.3.0' })
    expect(releaseCommits(repo, repo.origin)).toEqual(['chore(release): v1.3.0'])
  })
})

describe('item 10: a rerun at a released HEAD reports it, resumed: true', () => {
  it('a fresh release says resumed: false', () => {
    const repo = project('fix: a bug')
    expect(runAction(repo.dir, { push: 'true' }).outputs).toMatchObject({ released: 'true', resumed: 'false' })
  })

  it('a rerun after a complete release reports the same release, resumed: true, and makes nothing new', () => {
    const repo = project('feat: streaming')
    const first = runAction(repo.dir, { push: 'true' })
    const refs = repo.snapshot()
    const rerun = runAction(repo.dir, { push: 'true' })
    expect(rerun.code).toBe(0)
    expect(rerun.outputs).toMatchObject({
      released: 'true',
      resumed: 'true',
      new_version: '1.3.0',
      tag: 'v1.3.0',
      previous_tag: 'v1.2.0',
      commit_sha: first.outputs.commit_sha
    })
    expect(rerun.env.NEW_VERSION).toBe('1.3.0')
    expect(rerun.summary).toContain('v1.3.0 was already tagged at HEAD by an earlier run')
    expect(repo.snapshot()).toEqual(refs)
  })

  it('a dry run at a released HEAD reports resumed: true as well', () => {
    const repo = project('feat: streaming')
    runAction(repo.dir, {})
    expect(runAction(repo.dir, { dry_run: 'true' }).outputs).toMatchObject({ resumed: 'true', tag: 'v1.3.0' })
  })

  it('README documents the output and idempotent publishing', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(readme).toMatch(/\| `resumed`/)
    expect(readme).toMatch(/skip-existing/)
    expect(readme).toMatch(/updated or created|update-or-create/)
  })
})
