/**
 * The convention inferred from a real repository's own release tags: read in the same `git log` as
 * the range (one process, a bounded window), applied, and said in the reason, the summary and the
 * pull request preview.
 */
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { loadSettings } from '../../src/compose.js'
import { OctokitGates, OctokitPulls } from '../../src/adapters/github/index.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runPreview } from '../../src/usecases/preview/preview.js'
import { planRelease } from '../../src/usecases/release/index.js'
import { cli } from '../../src/cli.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const TOKEN = 'ghs_convention_token_0123456789'

/** An ExecGit that counts its `git log` processes and the commits they stream. */
function countingGit(dir: string): { git: ExecGit; logs: () => number; streamed: () => number } {
  const git = new ExecGit(dir)
  let logs = 0
  let streamed = 0
  const log = git.log.bind(git)
  git.log = (exclude, onCommit, tips, limit) => {
    logs++
    return log(
      exclude,
      commit => {
        streamed++
        onCommit(commit)
      },
      tips,
      limit
    )
  }
  return { git, logs: () => logs, streamed: () => streamed }
}

describe('convention inference on real repositories', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  /** v2.0.0, then releases of [tag, ...messages] in order, then the unreleased messages. */
  function history(releases: Array<[string, ...string[]]>, unreleased: string[]): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', pythonProject('2.0.0'))
    repo.tag('v2.0.0')
    for (const [tag, ...messages] of releases) {
      repo.commits(messages)
      repo.tag(tag)
    }
    repo.commits(unreleased)
    return repo
  }

  const plan = (repo: TestRepo, git: ExecGit, inputs: Record<string, string> = {}) =>
    planRelease(
      parseSettings(name => inputs[name]),
      {
        git,
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW }
      }
    )

  it('breaking changes released as minor throughout 2.x: a minor again, from two git logs', async () => {
    const repo = history(
      [
        ['v2.1.0', 'feat!: new template syntax', 'fix: a'],
        ['v2.1.1', 'fix: b'],
        ['v2.2.0', 'refactor(config)!: rename a key'],
        ['v2.3.0', 'feat!: drop node 18', 'docs: c']
      ],
      ['feat!: remove the legacy flag']
    )
    const { git, logs } = countingGit(repo.dir)
    const { release } = await plan(repo, git)
    expect(release).toMatchObject({ released: true, version: '2.4.0', bump: 'minor' })
    expect(release.reason).toContain('breaking changes released as minor in 3 of 3 releases since v2.0.0')
    expect(release.reason).toContain('release_rules: [breaking=minor]')
    // two: the range since v2.3.0, then the window before it (issue 18: at most WINDOW_COMMITS commits)
    expect(logs()).toBe(2)
    // the configuration key turns it off: the standard rules
    expect((await plan(repo, new ExecGit(repo.dir), { infer_convention: 'false' })).release.version).toBe('3.0.0')
    // the CLI says the same, and takes the key as a flag
    const env = { ...process.env, GITHUB_TOKEN: '' }
    const run = await cli(['plan', '-C', repo.dir, '-q'], env)
    expect(run.stdout).toMatch(/^Would release v2\.4\.0 \(minor from v2\.3\.0\)/)
    expect(run.stdout).toContain('breaking changes released as minor in 3 of 3 releases since v2.0.0')
    expect((await cli(['plan', '-C', repo.dir, '-q', '--no-infer-convention'], env)).stdout).toMatch(
      /^Would release v3\.0\.0/
    )
  })

  it('reads a bounded window: the last 20 releases, however long the history', async () => {
    const releases: Array<[string, ...string[]]> = []
    for (let patch = 1; patch <= 24; patch++) releases.push([`v2.0.${patch}`, `fix: f${patch}`])
    const repo = history(releases, ['fix: last'])
    const { git, logs, streamed } = countingGit(repo.dir)
    const { release } = await plan(repo, git)
    expect(release.version).toBe('2.0.25')
    expect(logs()).toBe(2) // the range, then the window

    // the commits of the last 20 releases and the new one: not the 26 of the whole history
    expect(streamed()).toBe(20 + 1)
  })

  it('a higher tag on another branch, and a lower tag on a later commit: the range is still exact', async () => {
    const repo = history(
      [
        ['v2.1.0', 'feat!: a'],
        ['v2.2.0', 'feat!: b'],
        ['v2.3.0', 'feat!: c']
      ],
      []
    )
    repo.git('switch', '-q', '-c', 'side')
    repo.commit('feat: elsewhere')
    repo.tag('v9.0.0')
    repo.git('switch', '-q', 'main')
    repo.commit('feat!: d')
    const { git, logs } = countingGit(repo.dir)
    const { release } = await plan(repo, git)
    expect(release).toMatchObject({ version: '2.4.0', previousTag: 'v2.3.0' })
    expect(release.reason).toContain('breaking changes released as minor in 3 of 3 releases since v2.0.0')
    expect(logs()).toBe(3) // the first read (v9.0.0..HEAD) proves v9.0.0 unreachable; then the range and the window

    // v1.9.0 tagged on a commit after v2.0.0: the window from it misses v2.0.0, so the range is read plainly
    const odd = history([], ['fix: after'])
    odd.tag('v1.9.0')
    odd.commit('feat: new')
    const read = await plan(odd, new ExecGit(odd.dir))
    expect(read.release).toMatchObject({ version: '2.1.0', previousTag: 'v2.0.0', commitCount: 2 })
  })

  it('one earlier release and a floating major tag: nothing inferred, and the reason says so', async () => {
    const repo = history([['v2.1.0', 'feat!: a']], ['feat!: b'])
    repo.tag('v2')
    const { release } = await plan(repo, new ExecGit(repo.dir))
    expect(release.version).toBe('3.0.0')
    expect(release.reason).toContain(
      'no convention inferred: 1 earlier release(s) to learn from, 3 needed (1 tag(s) of the prefix, such as a floating major tag, are not releases)'
    )
  })

  describe('a plain commit or pull request title in a conventional-commits repository', () => {
    let github: FakeGitHub
    beforeEach(async () => {
      github = await new FakeGitHub(TOKEN).start()
    })
    afterEach(() => github.stop())

    const conventional: Array<[string, ...string[]]> = [
      ['v2.0.1', 'fix: a'],
      ['v2.1.0', 'feat: b'],
      ['v2.1.1', 'fix(deps): c']
    ]

    it('releases nothing, and the reason says how to fix the message', async () => {
      const repo = history(conventional, ['Update README.md'])
      const { release } = await plan(repo, new ExecGit(repo.dir))
      expect(release.released).toBe(false)
      expect(release.reason).toContain('1 plain message(s)')
      expect(release.reason).toContain('write the commit message or pull request title as a conventional commit')
      // a manual-era history still releases it as a patch
      const manual = history(
        [
          ['v2.0.1', 'Fix a'],
          ['v2.0.2', 'Tidy b'],
          ['v2.0.3', 'Speed up c']
        ],
        ['Update README.md']
      )
      expect((await plan(manual, new ExecGit(manual.dir))).release.version).toBe('2.0.4')
    })

    it('the preview of a squash-merged plain title says no release, and how to fix the title', async () => {
      github.mergeSettings = { allow_squash_merge: true, allow_merge_commit: false, allow_rebase_merge: false }
      const repo = history(conventional, [])
      repo.publish('main', '--tags')
      const base = repo.git('rev-parse', 'HEAD')
      repo.git('switch', '-q', '-c', 'feature')
      const head = repo.commit('edit the readme', { 'README.md': 'text\n' })
      repo.publish('feature')
      repo.git('switch', '-q', '--detach', 'main')
      repo.git('merge', '-q', '--no-ff', '-m', `Merge ${head} into ${base}`, 'feature')
      github.addPull({ number: 7, title: 'Update README.md', body: '', headSha: head, baseSha: base })
      const result = await runPreview((await loadSettings(() => undefined, repo.dir)).settings, {
        git: new ExecGit(repo.dir),
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW, serverUrl: 'https://github.com', repository: github.repository, runId: '42' },
        cwd: repo.dir,
        event: { name: 'pull_request', payload: github.pullEvent(7) },
        pulls: new OctokitPulls(TOKEN, github.repository, github.url, undefined, FAST_CLIENT),
        gatesApi: new OctokitGates(TOKEN, github.repository, github.url, FAST_CLIENT),
        toolVersion: '0.0.0-test'
      })
      expect(result.plan).toMatchObject({ released: false })
      const body = String((github.issueComments.get(7) ?? [])[0]?.body)
      expect(body).toContain('release nothing here')
      expect(body).toContain('write the commit message or pull request title as a conventional commit')
      expect(body).toContain('all 3 releases since v2.0.0 had conventional commits')
    })
  })
})
