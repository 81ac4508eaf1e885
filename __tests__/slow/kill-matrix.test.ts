import { existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { GitShim } from '../helpers/git-shim.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { projects, type TestRepo } from '../helpers/repo.js'
import { FAKE_TOKEN, runAction, runActionAsync, type RunnerResult } from '../helpers/runner.js'

/**
 * Issue 10, item 4: a release completes or leaves nothing, and a rerun converges. The built action
 * runs a real release with push: true; a git shim on PATH SIGKILLs it at every git call of the run,
 * before the call and during it; then the action runs again. Whatever the kill left, the rerun
 * ends with exactly one release commit, one changelog section and one tag, here and on origin.
 */
describe('kill at every step boundary, then rerun', () => {
  const { project, cleanup } = projects()
  const shim = new GitShim()
  afterAll(() => {
    cleanup()
    shim.cleanup()
  })

  const TAG = 'v1.3.0'
  const OWN = new Set(['release-notes.md', 'release-metrics.json'])

  const count = (text: string, needle: string): number => text.split(needle).length - 1

  /** What a kill left: the local and remote state in a few words. */
  function state(repo: TestRepo): string {
    const dirty = repo
      .git('status', '--porcelain=v1', '--untracked-files=all')
      .split('\n')
      .filter(Boolean)
      .map(line => line.slice(3))
      .filter(file => !OWN.has(file))
    const parts: string[] = []
    if (dirty.length > 0) parts.push(`edited ${dirty.length} file(s)`)
    if (repo.git('log', '-1', '--format=%s') === `chore(release): ${TAG}`) parts.push('committed')
    if (repo.git('tag', '--list', TAG)) parts.push('tagged')
    if (repo.remoteRefs().includes(`refs/tags/${TAG}`)) parts.push('pushed')
    return parts.join(', ') || 'nothing'
  }

  /** Exactly one release, here and on origin, and a clean tree; '' when it holds, else what is wrong. */
  function converged(repo: TestRepo): string {
    const problems: string[] = []
    const head = repo.git('rev-parse', 'HEAD')
    const originMain = repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main')
    if (originMain !== head) problems.push('origin main is not HEAD')
    for (const [where, dir] of [
      ['local', repo.dir],
      ['origin', repo.origin]
    ] as const) {
      const subjects = repo.gitIn(dir, 'log', '--format=%s', 'refs/heads/main').split('\n')
      const commits = subjects.filter(subject => subject === `chore(release): ${TAG}`).length
      if (commits !== 1) problems.push(`${where}: ${commits} release commits`)
      const changelog = repo.gitIn(dir, 'show', 'refs/heads/main:CHANGELOG.md')
      const sections = count(changelog, '## [1.3.0]')
      if (sections !== 1) problems.push(`${where}: ${sections} changelog sections`)
      const tags = repo.gitIn(dir, 'tag', '--list', 'v*').split('\n').filter(Boolean)
      if (tags.join(' ') !== `v1.2.0 ${TAG}`) problems.push(`${where}: tags ${tags.join(' ')}`)
      else if (repo.gitIn(dir, 'rev-parse', `${TAG}^{commit}`) !== head) problems.push(`${where}: ${TAG} is not HEAD`)
      if (repo.gitIn(dir, 'log', '-1', '--format=%s', 'refs/heads/main') !== `chore(release): ${TAG}`)
        problems.push(`${where}: main is not the release commit`)
    }
    if (repo.gitIn(repo.dir, 'show', 'HEAD:pyproject.toml').match(/^version = "(.*?)"/m)?.[1] !== '1.3.0')
      problems.push('pyproject.toml is not at 1.3.0')
    const dirty = state(repo).match(/edited \d+ file\(s\)/)
    if (dirty) problems.push(`left ${dirty[0]}`)
    return problems.join('; ')
  }

  const fresh = (): TestRepo => project('fix(decoder): off-by-one', 'feat(api): streaming sessions')
  const settle = async (repo: TestRepo): Promise<void> => {
    // a git the kill orphaned may still be finishing
    for (let i = 0; i < 50 && existsSync(path.join(repo.dir, '.git', 'index.lock')); i++)
      await new Promise(resolve => setTimeout(resolve, 50))
    await new Promise(resolve => setTimeout(resolve, 150))
  }

  it('converges after a SIGKILL before and during each git call of a real release with push: true', async () => {
    // one clean run through the shim counts the calls
    const probe = fresh()
    shim.arm(0)
    const clean = runAction(probe.dir, { push: 'true' }, { PATH: shim.path() })
    expect(clean.code).toBe(0)
    expect(converged(probe)).toBe('')
    const calls = shim.calls()
    expect(calls.length).toBeGreaterThan(8)
    const lastWrite = calls.findIndex(call => call.startsWith('push '))
    expect(lastWrite).toBeGreaterThan(0)

    const rows: string[] = [
      '| # | git call | killed | state after kill | state after rerun | rerun outputs |',
      '| --- | --- | --- | --- | --- | --- |'
    ]
    const failures: string[] = []
    const seen = new Set<string>()
    // every call from the first write on; of the read-only calls before it, the first and the last
    // (KILL_MATRIX=full: every call of the run)
    const firstWrite = calls.findIndex(call => call.startsWith('add '))
    expect(firstWrite).toBeGreaterThan(0)
    const boundaries = [...Array(calls.length).keys()]
      .map(i => i + 1)
      .filter(n => process.env.KILL_MATRIX === 'full' || n === 1 || n >= firstWrite)
    for (const n of boundaries) {
      for (const mode of ['before', 'during'] as const) {
        const repo = fresh()
        shim.arm(n, mode)
        const killed = runAction(repo.dir, { push: 'true' }, { PATH: shim.path() })
        await settle(repo)
        const after = state(repo)
        seen.add(after)
        const rerun = runAction(repo.dir, { push: 'true' })
        const problem = rerun.code === 0 ? converged(repo) : `rerun failed: ${rerun.stdout.match(/::error::(.*)/)?.[1]}`
        const outputs = `released=${rerun.outputs.released} resumed=${rerun.outputs.resumed} tag=${rerun.outputs.tag}`
        rows.push(
          `| ${n} | \`${calls[n - 1].slice(0, 60)}\` | ${mode}${killed.code === 0 ? ' (finished first)' : ''} | ${after} | ${problem || 'one commit, one section, one tag, here and on origin'} | ${outputs} |`
        )
        if (problem) failures.push(`#${n} ${mode} (${calls[n - 1]}): after kill "${after}": ${problem}`)
        // a rerun after a kill that left a release (tagged) reports it as resumed
        if (!problem && /tagged/.test(after) && rerun.outputs.resumed !== 'true')
          failures.push(`#${n} ${mode}: state "${after}" but resumed=${rerun.outputs.resumed}`)
        repo.cleanup()
      }
    }
    const table = rows.join('\n')
    writeFileSync(path.join(tmpdir(), 'fastvlm-kill-matrix.md'), `${table}\n`)
    expect(failures).toEqual([])
    // the matrix really went through every state between nothing and pushed
    for (const reached of ['nothing', 'committed', 'committed, tagged', 'committed, tagged, pushed'])
      expect(seen).toContain(reached)
    expect([...seen].some(entry => entry.startsWith('edited'))).toBe(true)
  }, 900_000)

  it('a rollback killed before and during each git call converges too: one record, no tag, here and on origin', async () => {
    const released = (): TestRepo => {
      const repo = fresh()
      expect(runAction(repo.dir, { push: 'true' }).code).toBe(0)
      return repo
    }
    const inputs = { mode: 'rollback', version: '1.3.0', reason: 'crash', push: 'true', github_token: '' }
    const probe = released()
    shim.arm(0)
    expect(runAction(probe.dir, inputs, { PATH: shim.path() }).code).toBe(0)
    const calls = shim.calls()
    const firstWrite = calls.findIndex(call => call.startsWith('add '))
    expect(firstWrite).toBeGreaterThan(0)

    const rolledBack = (repo: TestRepo): string => {
      const problems: string[] = []
      for (const [where, dir] of [
        ['local', repo.dir],
        ['origin', repo.origin]
      ] as const) {
        let record = ''
        try {
          record = repo.gitIn(dir, 'show', 'refs/heads/main:docs/ROLLBACKS.md')
        } catch {
          // no record committed: counted as no row below
        }
        if (count(record, '| 1.3.0 |') !== 1) problems.push(`${where}: ${count(record, '| 1.3.0 |')} record rows`)
        const commits = repo
          .gitIn(dir, 'log', '--format=%s', 'refs/heads/main')
          .split('\n')
          .filter(subject => subject === `chore(release): roll back ${TAG}`).length
        if (commits !== 1) problems.push(`${where}: ${commits} rollback commits`)
        if (repo.gitIn(dir, 'tag', '--list', TAG)) problems.push(`${where}: ${TAG} still there`)
      }
      if (repo.git('rev-parse', 'HEAD') !== repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main'))
        problems.push('origin main is not HEAD')
      const dirty = repo.git('status', '--porcelain=v1', '--untracked-files=all')
      if (dirty.split('\n').some(line => line && !OWN.has(line.slice(3)))) problems.push(`left edits: ${dirty}`)
      return problems.join('; ')
    }

    const rows = ['| # | git call | killed | state after rerun |', '| --- | --- | --- | --- |']
    const failures: string[] = []
    const boundaries = [...Array(calls.length).keys()]
      .map(i => i + 1)
      .filter(n => process.env.KILL_MATRIX === 'full' || n >= firstWrite)
    for (const n of boundaries) {
      for (const mode of ['before', 'during'] as const) {
        const repo = released()
        shim.arm(n, mode)
        runAction(repo.dir, inputs, { PATH: shim.path() })
        await settle(repo)
        const rerun = runAction(repo.dir, inputs)
        const problem =
          rerun.code === 0 ? rolledBack(repo) : `rerun failed: ${rerun.stdout.match(/::error::(.*)/)?.[1]}`
        rows.push(
          `| ${n} | \`${calls[n - 1].slice(0, 60)}\` | ${mode} | ${problem || 'one record row, no tag, here and on origin'} |`
        )
        if (problem) failures.push(`#${n} ${mode} (${calls[n - 1]}): ${problem}`)
        repo.cleanup()
      }
    }
    writeFileSync(path.join(tmpdir(), 'fastvlm-kill-matrix-rollback.md'), `${rows.join('\n')}\n`)
    expect(failures).toEqual([])
  }, 900_000)
})

/**
 * Issue 22: every kind of release converges after a kill at any step. Each kind: one clean run
 * through the shim counts its git calls; then, for every call from the first write on (and the
 * first call), a run killed before and during it, and a rerun without the shim. The rerun must
 * leave exactly this release (one tag, at most one release commit and changelog section, here and
 * on origin), and a rerun after a kill that left the tag, or after a completed run, reports
 * resumed: true with the tag and version. Each kind's table: $TMPDIR/fastvlm-kill-matrix-KIND.md.
 */
describe('every release kind converges after a kill at each step', () => {
  const { project, cleanup } = projects()
  const shim = new GitShim()
  let github: FakeGitHub
  beforeAll(async () => {
    github = await new FakeGitHub(FAKE_TOKEN).start()
  })
  afterAll(async () => {
    cleanup()
    shim.cleanup()
    await github.stop()
  })

  interface Kind {
    name: string
    /** A fresh repository, ready for the release run (an earlier prerelease, a maintenance branch). */
    make: () => Promise<TestRepo>
    inputs: Record<string, string>
    env?: Record<string, string>
    branch: string
    tag: string
    /** The release tags expected at the end, here and on origin. */
    tags: string[]
    /** Whether the release makes a release commit (false: the tag goes on HEAD as it was). */
    commit: boolean
    /** The git call that is the release's first write. */
    firstWrite: RegExp
    /** GitHub API writes the run stops at (each failing past its retries, as a kill between API calls would). */
    apiStops?: Array<[string, RegExp]>
  }

  const count = (text: string, needle: string): number => text.split(needle).length - 1
  const OWN = new Set(['release-notes.md', 'release-metrics.json'])

  const withConfig = (config: string, ...messages: string[]): TestRepo => {
    const repo = project()
    repo.commit('chore: release configuration', { '.github/release-action.yml': config })
    for (const message of messages) repo.commit(message)
    repo.git('push', '-q', 'origin', 'HEAD:main')
    return repo
  }

  const run = (repo: TestRepo, kind: Kind, extra: Record<string, string> = {}): Promise<RunnerResult> =>
    runActionAsync(repo.dir, kind.inputs, {
      GITHUB_REF_NAME: kind.branch,
      GITHUB_API_URL: github.url,
      ...(kind.env ?? {}),
      ...extra
    })

  const kinds: Kind[] = [
    {
      name: 'tag-only',
      make: async () => withConfig('release_commit: false\n', 'fix(decoder): off-by-one', 'feat(api): streaming'),
      inputs: { push: 'true' },
      branch: 'main',
      tag: 'v1.3.0',
      tags: ['v1.2.0', 'v1.3.0'],
      commit: false,
      firstWrite: /(^| )tag -a /
    },
    {
      name: 'api-commit',
      make: async () => {
        const repo = withConfig('release_commit: api\n', 'fix(decoder): off-by-one', 'feat(api): streaming')
        github.gitDir = repo.origin
        return repo
      },
      inputs: { push: 'true' },
      branch: 'main',
      tag: 'v1.3.0',
      tags: ['v1.2.0', 'v1.3.0'],
      commit: true,
      firstWrite: /(^| )fetch .*refs\/tags\//,
      apiStops: [
        ['POST', /\/git\/blobs$/],
        ['POST', /\/git\/trees$/],
        ['POST', /\/git\/commits$/],
        ['PATCH', /\/git\/refs\/heads(\/|%2F)main$/],
        ['POST', /\/git\/tags$/],
        ['POST', /\/git\/refs$/]
      ]
    },
    {
      name: 'promotion',
      make: async () => {
        const repo = project('feat(api): streaming sessions')
        const rc = runAction(repo.dir, { push: 'true', prerelease: 'rc', github_token: '' })
        if (rc.code !== 0 || rc.outputs.tag !== 'v1.3.0-rc.1') throw new Error(`prerelease: ${rc.stdout}`)
        return repo
      },
      inputs: { push: 'true' },
      branch: 'main',
      tag: 'v1.3.0',
      tags: ['v1.2.0', 'v1.3.0', 'v1.3.0-rc.1'],
      commit: true,
      firstWrite: /^add /
    },
    {
      name: 'maintenance',
      make: async () => {
        const repo = project('feat(api): streaming sessions')
        repo.tag('v1.3.0')
        repo.git('branch', '1.2.x', 'v1.2.0')
        repo.git('checkout', '-q', '1.2.x')
        repo.commit('fix(decoder): backported off-by-one', { 'fix.txt': 'fix' })
        repo.publish('main', '1.2.x', '--tags')
        return repo
      },
      inputs: { push: 'true' },
      branch: '1.2.x',
      tag: 'v1.2.1',
      tags: ['v1.2.0', 'v1.2.1', 'v1.3.0'],
      commit: true,
      firstWrite: /^add /
    }
  ]

  /** What a kill left, in a few words. */
  function state(repo: TestRepo, kind: Kind): string {
    const dirty = repo
      .git('status', '--porcelain=v1', '--untracked-files=all')
      .split('\n')
      .filter(Boolean)
      .map(line => line.slice(3))
      .filter(file => !OWN.has(file))
    const parts: string[] = []
    if (dirty.length > 0) parts.push(`edited ${dirty.length} file(s)`)
    if (repo.git('log', '-1', '--format=%s') === `chore(release): ${kind.tag}`) parts.push('committed')
    if (repo.git('tag', '--list', kind.tag)) parts.push('tagged')
    const remote = repo.remoteRefs()
    if (
      kind.commit &&
      repo.gitIn(repo.origin, 'log', '-1', '--format=%s', kind.branch) === `chore(release): ${kind.tag}`
    )
      parts.push('origin has the commit')
    // exactly this tag (refs/tags/v1.3.0 is a prefix of refs/tags/v1.3.0-rc.1)
    if (remote.split('\n').some(line => line.startsWith(`refs/tags/${kind.tag} `))) parts.push('pushed')
    return parts.join(', ') || 'nothing'
  }

  /** '' when exactly this release is made, here and on origin, and the tree is clean; else what is wrong. */
  function converged(repo: TestRepo, kind: Kind, start: string): string {
    const problems: string[] = []
    const head = repo.git('rev-parse', 'HEAD')
    if (repo.gitIn(repo.origin, 'rev-parse', `refs/heads/${kind.branch}`) !== head)
      problems.push(`origin ${kind.branch} is not HEAD`)
    for (const [where, dir] of [
      ['local', repo.dir],
      ['origin', repo.origin]
    ] as const) {
      const ref = `refs/heads/${kind.branch}`
      const commits = repo
        .gitIn(dir, 'log', '--format=%s', ref)
        .split('\n')
        .filter(subject => subject === `chore(release): ${kind.tag}`).length
      if (commits !== (kind.commit ? 1 : 0)) problems.push(`${where}: ${commits} release commits`)
      if (kind.commit) {
        const sections = count(repo.gitIn(dir, 'show', `${ref}:CHANGELOG.md`), `## [${kind.tag.slice(1)}]`)
        if (sections !== 1) problems.push(`${where}: ${sections} changelog sections`)
      } else if (repo.gitIn(dir, 'rev-parse', ref) !== start) problems.push(`${where}: ${kind.branch} moved`)
      const tags = repo.gitIn(dir, 'tag', '--list', 'v*').split('\n').filter(Boolean)
      if (tags.join(' ') !== kind.tags.join(' ')) problems.push(`${where}: tags ${tags.join(' ')}`)
      else if (repo.gitIn(dir, 'rev-parse', `${kind.tag}^{commit}`) !== head)
        problems.push(`${where}: ${kind.tag} is not HEAD`)
    }
    const dirty = state(repo, kind).match(/edited \d+ file\(s\)/)
    if (dirty) problems.push(`left ${dirty[0]}`)
    return problems.join('; ')
  }

  const settle = async (repo: TestRepo): Promise<void> => {
    for (let i = 0; i < 50 && existsSync(path.join(repo.dir, '.git', 'index.lock')); i++)
      await new Promise(resolve => setTimeout(resolve, 50))
    await new Promise(resolve => setTimeout(resolve, 150))
  }

  const outputs = (result: RunnerResult) =>
    `released=${result.outputs.released} resumed=${result.outputs.resumed} tag=${result.outputs.tag} version=${result.outputs.new_version}`

  for (const kind of kinds) {
    it(`${kind.name}: converges after a SIGKILL before and during each git call; a rerun of the finished release resumes it`, async () => {
      const probe = await kind.make()
      const start = probe.git('rev-parse', 'HEAD')
      shim.arm(0)
      const clean = await run(probe, kind, { PATH: shim.path() })
      expect(clean.stdout).not.toContain('::error::')
      expect(clean.outputs.tag).toBe(kind.tag)
      expect(converged(probe, kind, start)).toBe('')
      const calls = shim.calls()
      const firstWrite = calls.findIndex(call => kind.firstWrite.test(call))
      expect(firstWrite).toBeGreaterThan(0)
      // a rerun of the completed release reports it: resumed, its tag and version
      const again = await run(probe, kind)
      expect(outputs(again)).toBe(`released=true resumed=true tag=${kind.tag} version=${kind.tag.slice(1)}`)
      expect(converged(probe, kind, start)).toBe('')

      const rows = [
        `Kind: ${kind.name} (${calls.length} git calls; a release's first write is #${firstWrite + 1})`,
        '',
        '| # | git call | killed | state after kill | state after rerun | rerun outputs |',
        '| --- | --- | --- | --- | --- | --- |'
      ]
      const failures: string[] = []
      const boundaries = [...Array(calls.length).keys()]
        .map(i => i + 1)
        .filter(n => process.env.KILL_MATRIX === 'full' || n === 1 || n >= firstWrite)
      let cases = 0
      for (const n of boundaries) {
        for (const mode of ['before', 'during'] as const) {
          const repo = await kind.make()
          const head = repo.git('rev-parse', 'HEAD')
          shim.arm(n, mode)
          const killed = await run(repo, kind, { PATH: shim.path() })
          await settle(repo)
          const after = state(repo, kind)
          const rerun = await run(repo, kind)
          const problem =
            rerun.code === 0 ? converged(repo, kind, head) : `rerun failed: ${rerun.stdout.match(/::error::(.*)/)?.[1]}`
          rows.push(
            `| ${n} | \`${calls[n - 1].slice(0, 60)}\` | ${mode}${killed.code === 0 ? ' (finished first)' : ''} | ${after} | ${problem || 'exactly this release, here and on origin'} | ${outputs(rerun)} |`
          )
          cases++
          if (problem) failures.push(`#${n} ${mode} (${calls[n - 1]}): after kill "${after}": ${problem}`)
          if (!problem && (/tagged|pushed/.test(after) || killed.code === 0) && rerun.outputs.resumed !== 'true')
            failures.push(`#${n} ${mode}: state "${after}" but resumed=${rerun.outputs.resumed}`)
          if (!problem && rerun.outputs.tag !== kind.tag) failures.push(`#${n} ${mode}: rerun tag ${rerun.outputs.tag}`)
          repo.cleanup()
        }
      }
      for (const [method, route] of kind.apiStops ?? []) {
        const repo = await kind.make()
        const head = repo.git('rev-parse', 'HEAD')
        github.failNext(method, route, 500, 3)
        const stopped = await run(repo, kind)
        const after = state(repo, kind)
        const rerun = await run(repo, kind)
        const problem =
          rerun.code === 0 ? converged(repo, kind, head) : `rerun failed: ${rerun.stdout.match(/::error::(.*)/)?.[1]}`
        rows.push(
          `| API | \`${method} ${route.source.replace(/\\/g, '')}\` | stopped (500 past its retries)${stopped.code === 0 ? ' (finished)' : ''} | ${after} | ${problem || 'exactly this release, here and on origin'} | ${outputs(rerun)} |`
        )
        cases++
        if (problem) failures.push(`API ${method} ${route.source}: after stop "${after}": ${problem}`)
        if (!problem && /pushed|origin has the commit/.test(after) && rerun.outputs.resumed !== 'true')
          failures.push(`API ${method} ${route.source}: state "${after}" but resumed=${rerun.outputs.resumed}`)
        repo.cleanup()
      }
      rows.splice(
        1,
        0,
        `Cases: ${cases} (${boundaries.length} calls × before/during${kind.apiStops ? `, ${kind.apiStops.length} API writes stopped` : ''}), failures: ${failures.length}`
      )
      writeFileSync(path.join(tmpdir(), `fastvlm-kill-matrix-${kind.name}.md`), `${rows.join('\n')}\n`)
      expect(failures).toEqual([])
    }, 900_000)
  }
})
