/**
 * mode: release_pr, the merge: the notes edited in the release pull request, merged (merge, squash,
 * rebase) and released by the run on the merge, once; and the whole flow through the action. Split
 * from release-pr.test.ts (the opening, updating and refusing) so that the two run on two workers.
 */
import { parseSettings } from '../../src/core/config/settings.js'
import { releaseBranch } from '../../src/core/release-pr/body.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { OctokitGitData, OctokitReleasePulls } from '../../src/adapters/github/index.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runReleasePr, TRAILER } from '../../src/usecases/release-pr/release-pr.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { mergePull } from '../helpers/release-pulls-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { FAKE_TOKEN, runActionFromSource } from '../helpers/runner.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const TOKEN = 'ghs_releasepr_token_0123456789'
const BRANCH = releaseBranch('main')

describe('mode: release_pr, merged and released', () => {
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

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

  const settings = (inputs: Record<string, string> = {}) =>
    parseSettings(name => ({ mode: 'release_pr', changelog_file: 'CHANGELOG.md', ...inputs })[name])
  const deps = (repo: TestRepo) => ({
    git: new ExecGit(repo.dir),
    files: new LocalFiles(repo.dir),
    log: silentLogger,
    env: { now: NOW },
    github: {
      gitData: new OctokitGitData(TOKEN, github.repository, github.url, FAST_CLIENT),
      pulls: new OctokitReleasePulls(TOKEN, github.repository, github.url, text => text, FAST_CLIENT)
    }
  })
  const pr = (repo: TestRepo, inputs: Record<string, string> = {}) => runReleasePr(settings(inputs), deps(repo))
  const originRef = (repo: TestRepo, ref: string) => repo.gitIn(repo.origin, 'rev-parse', ref).trim()
  const pull = (number: number) => github.pullRequests.get(number) as { title: string; body: string; state: string }
  /** The local clone follows origin's main, as a checkout of the push's commit would. */
  const pullMain = (repo: TestRepo) => {
    repo.git('fetch', '-q', 'origin')
    repo.git('reset', '-q', '--hard', 'origin/main')
  }
  const releaseMerged = (repo: TestRepo) =>
    runRelease(
      parseSettings(name => ({ push: 'true', changelog_file: 'CHANGELOG.md' })[name]),
      {
        git: new ExecGit(repo.dir),
        remote: new ExecGit(repo.dir),
        origin: new ExecGit(repo.dir),
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW }
      }
    )

  it.each(['squash', 'merge', 'rebase'] as const)(
    'publishes the notes as edited in the pull request, merged by %s: tagged, no new commit, released once',
    async how => {
      const repo = project()
      const opened = await pr(repo)
      if (opened.kind !== 'opened') throw new Error(opened.kind)
      const number = opened.pull.number
      const body = pull(number).body
      const edited = '### Highlights\n\n- Decoding is **twice as fast** on the iPhone 15 (hand-written).'
      const start = body.indexOf('-->', body.indexOf('notes-start')) + 3
      const end = body.indexOf('<!-- fastvlm-release-action:notes-end')
      pull(number).body = `${body.slice(0, start)}\n${edited}\n${body.slice(end)}`
      const updated = await pr(repo)
      expect(updated).toMatchObject({ kind: 'updated', edited: true })
      const tip = originRef(repo, `refs/heads/${BRANCH}`)
      expect(repo.gitIn(repo.origin, 'show', `${tip}:CHANGELOG.md`)).toContain('twice as fast')
      expect(repo.gitIn(repo.origin, 'log', '-1', '--format=%B', tip)).toContain(`${TRAILER}: ${BRANCH}`)

      const merged = mergePull(github, number, how)
      pullMain(repo)
      const result = await releaseMerged(repo)
      expect(result).toMatchObject({ status: 'resumed', from: 'commit', pushed: true })
      expect(result.plan.tag).toBe('v1.3.0')
      expect(result.plan.notes).toContain('twice as fast')
      expect(result.plan.notes).not.toContain('faster decoding')
      // the merge's commit is tagged on origin; main did not move (no second release commit)
      expect(originRef(repo, 'refs/tags/v1.3.0^{commit}')).toBe(merged)
      expect(originRef(repo, 'refs/heads/main')).toBe(merged)
      expect(repo.gitIn(repo.origin, 'cat-file', '-p', 'refs/tags/v1.3.0')).toContain('twice as fast')
      // a rerun: the tag is there, nothing is made again
      const rerun = await releaseMerged(repo)
      expect(rerun).toMatchObject({ status: 'resumed', from: 'tag' })
      expect(originRef(repo, 'refs/heads/main')).toBe(merged)
      // and the release pull request flow sees the merge as released: nothing to open
      expect((await pr(repo)).kind).toBe('merged')
    }
  )

  it('through the action: the pull request, then its merge released once (a failed publish finished by the rerun)', async () => {
    const server = await new FakeGitHub(FAKE_TOKEN).start()
    try {
      const repo = TestRepo.create()
      repos.push(repo)
      repo.commit('chore: initial', {
        ...pythonProject('1.2.0'),
        'CHANGELOG.md': '# Changelog\n',
        '.github/release-action.yml': 'create_release: true\n'
      })
      repo.tag('v1.2.0')
      repo.commit('feat: faster decoding', { 'x.txt': 'x' })
      repo.publish('main', '--tags')
      server.gitDir = repo.origin
      const run = (inputs: Record<string, string> = {}) =>
        runActionFromSource(repo.dir, { mode: 'release_pr', push: 'true', ...inputs }, { GITHUB_API_URL: server.url })
      const opened = await run()
      expect(opened.stdout).not.toContain('::error')
      expect(opened.outputs).toMatchObject({ released: 'false', new_version: '1.3.0', release_pr_number: '100' })
      expect(opened.summary).toContain('GITHUB_TOKEN')
      expect(server.release('v1.3.0')).toBeUndefined()
      mergePull(server, 100, 'squash')
      pullMain(repo)
      // the merge's run: tagged and pushed, but the GitHub release fails (a crash between tag and publish)
      server.failCreate = { status: 500, message: 'Server Error' }
      const failed = await run()
      expect(failed.code).toBe(1)
      expect(failed.stdout).toMatch(/v1\.3\.0 was released and pushed/)
      expect(repo.gitIn(repo.origin, 'tag', '-l', 'v1.3.0').trim()).toBe('v1.3.0')
      server.failCreate = null
      const rerun = await run()
      expect(rerun.stdout).not.toContain('::error')
      expect(rerun.outputs).toMatchObject({ released: 'true', resumed: 'true', tag: 'v1.3.0' })
      expect(server.release('v1.3.0')?.body).toContain('faster decoding')
      expect(repo.gitIn(repo.origin, 'rev-list', '--count', 'v1.2.0..main').trim()).toBe('2')
    } finally {
      await server.stop()
    }
  })
})
