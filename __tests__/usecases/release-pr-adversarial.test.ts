/**
 * mode: release_pr as a hostile or unlucky user meets it: notes emptied between the markers, a
 * maintainer's HTML comment, a changelog with CRLF and a BOM, a secret in a commit message, a
 * stranger's `chore(release): …` commit merged into main.
 */
import { execFileSync } from 'node:child_process'
import { parseSettings } from '../../src/core/config/settings.js'
import { NOTES_END, NOTES_START, readBody, releaseBranch } from '../../src/core/release-pr/body.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { OctokitGitData, OctokitReleasePulls } from '../../src/adapters/github/index.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runReleasePr } from '../../src/usecases/release-pr/release-pr.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { mergePull } from '../helpers/release-pulls-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { localReleaseDeps } from '../helpers/release-deps.js'
import { FAKE_TOKEN, runActionFromSource } from '../helpers/runner.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const TOKEN = 'ghs_releasepr_token_0123456789'
const BRANCH = releaseBranch('main')

describe('mode: release_pr, adversarial', () => {
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function project(changelog = '# Changelog\n'): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': changelog })
    repo.tag('v1.2.0')
    repo.commit('feat: faster decoding', { 'x.txt': 'x' })
    repo.publish('main', '--tags')
    github.gitDir = repo.origin
    return repo
  }
  const settings = () => parseSettings(name => ({ mode: 'release_pr', changelog_file: 'CHANGELOG.md' })[name])
  const pr = (repo: TestRepo) =>
    runReleasePr(settings(), {
      git: new ExecGit(repo.dir),
      files: new LocalFiles(repo.dir),
      log: silentLogger,
      env: { now: NOW },
      github: {
        gitData: new OctokitGitData(TOKEN, github.repository, github.url, FAST_CLIENT),
        pulls: new OctokitReleasePulls(TOKEN, github.repository, github.url, text => text, FAST_CLIENT)
      }
    })
  const pull = (number: number) => github.pullRequests.get(number) as { title: string; body: string; state: string }
  const setNotes = (number: number, notes: string) => {
    const body = pull(number).body
    const start = body.indexOf(NOTES_START) + NOTES_START.length
    pull(number).body = `${body.slice(0, start)}\n${notes}\n${body.slice(body.indexOf(NOTES_END))}`
  }
  const branchFile = (repo: TestRepo, file: string) => repo.gitIn(repo.origin, 'show', `refs/heads/${BRANCH}:${file}`)

  it('text deleted between the markers has the notes regenerated, as the body itself says', async () => {
    const repo = project()
    const opened = await pr(repo)
    if (opened.kind !== 'opened') throw new Error(opened.kind)
    setNotes(opened.pull.number, '- Hand-written.')
    await pr(repo)
    // a new change: the stale note tells to delete the text between the markers to regenerate
    repo.commit('fix: cache eviction', { 'y.txt': 'y' })
    repo.publish('main')
    await pr(repo)
    expect(pull(opened.pull.number).body).toContain('delete the text between the markers to have them regenerated')
    setNotes(opened.pull.number, '')
    expect(readBody(pull(opened.pull.number).body).kind).not.toBe('edited')
    const result = await pr(repo)
    expect(result).toMatchObject({ kind: 'updated', edited: false })
    expect(pull(opened.pull.number).body).toContain('cache eviction')
    expect(branchFile(repo, 'CHANGELOG.md')).toContain('cache eviction')
  })

  it("a maintainer's HTML comment in the notes is kept as written, and a rerun changes nothing", async () => {
    const repo = project()
    const opened = await pr(repo)
    if (opened.kind !== 'opened') throw new Error(opened.kind)
    setNotes(opened.pull.number, '- Faster decoding. <!-- TODO: benchmark link -->')
    await pr(repo)
    const first = branchFile(repo, 'CHANGELOG.md')
    const tip = repo.gitIn(repo.origin, 'rev-parse', `refs/heads/${BRANCH}`).trim()
    const rerun = await pr(repo)
    expect(rerun.kind).toBe('unchanged')
    expect(repo.gitIn(repo.origin, 'rev-parse', `refs/heads/${BRANCH}`).trim()).toBe(tip)
    expect(branchFile(repo, 'CHANGELOG.md')).toBe(first)
  })

  it('an edit lands in a changelog with CRLF line endings and a BOM', async () => {
    const repo = project('\uFEFF# Changelog\r\n\r\n## 1.2.0\r\n\r\n- Old.\r\n')
    const opened = await pr(repo)
    if (opened.kind !== 'opened') throw new Error(opened.kind)
    setNotes(opened.pull.number, '- Hand-written\r\n- second line')
    await pr(repo)
    // not through gitIn: its trim() takes a BOM off
    const changelog = execFileSync('git', ['show', `refs/heads/${BRANCH}:CHANGELOG.md`], {
      cwd: repo.origin
    }).toString()
    expect(changelog).toContain('- Hand-written\r\n- second line')
    expect(changelog).not.toContain('faster decoding')
    expect(changelog.startsWith('\uFEFF')).toBe(true)
  })

  it('a merge of a branch holding a stranger\'s "chore(release): v1.3.0" commit is not taken for the release commit', async () => {
    const repo = project()
    // a contributor's branch, its last commit typed to look like a release commit (no version edits)
    repo.git('switch', '-q', '-c', 'contrib')
    repo.commit('chore(release): v1.3.0', { 'z.txt': 'z' })
    repo.git('switch', '-q', 'main')
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #7 from stranger/contrib', 'contrib')
    repo.publish('main')
    const result = await runRelease(
      parseSettings(name => ({ push: 'true', changelog_file: 'CHANGELOG.md' })[name]),
      localReleaseDeps(repo, NOW)
    ).catch((error: unknown) => error)
    // either refused, or released with its own release commit: never v1.3.0 tagged on files at 1.2.0
    const tagged = repo.gitIn(repo.origin, 'tag', '-l', 'v1.3.0').trim()
    if (tagged) expect(repo.gitIn(repo.origin, 'show', 'v1.3.0:pyproject.toml')).toContain('version = "1.3.0"')
    expect(result).toBeDefined()
  })

  it('a secret in a commit message reaches neither the release branch nor the pull request', async () => {
    const server = await new FakeGitHub(FAKE_TOKEN).start()
    try {
      const secret = 'dd0123456789abcdef0123456789abcd'
      const repo = TestRepo.create()
      repos.push(repo)
      repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n' })
      repo.tag('v1.2.0')
      repo.commit(`feat: datadog reporting with key ${secret}`, { 'x.txt': 'x' })
      repo.publish('main', '--tags')
      server.gitDir = repo.origin
      const run = await runActionFromSource(
        repo.dir,
        { mode: 'release_pr', changelog_file: 'CHANGELOG.md', datadog_api_key: secret },
        { GITHUB_API_URL: server.url }
      )
      expect(run.stdout).not.toContain('::error')
      const body = (server.pullRequests.get(100) as { body: string }).body
      expect(body).not.toContain(secret)
      expect(repo.gitIn(repo.origin, 'show', `refs/heads/${BRANCH}:CHANGELOG.md`)).not.toContain(secret)
      // the next run reads its own body as its own (the scrubbed notes are not a maintainer's edit)
      expect(readBody(body).kind).toBe('ours')
    } finally {
      await server.stop()
    }
  })

  // HEAD is not our release commit: found by what it holds (its version files and changelog section,
  // src/usecases/release/merged-release.ts) and tagged where it is; the later commit waits
  it.each([
    ['the squash merge was given a custom title', 'custom'],
    ['a commit landed after the merge, before the run', 'later']
  ])('a merged release pull request is released as v1.3.0 when %s', async (_name, how) => {
    const repo = project()
    const opened = await pr(repo)
    if (opened.kind !== 'opened') throw new Error(opened.kind)
    if (how === 'custom') pull(opened.pull.number).title = 'Release 1.3.0'
    mergePull(github, opened.pull.number, 'squash')
    repo.git('fetch', '-q', 'origin')
    repo.git('reset', '-q', '--hard', 'origin/main')
    const merged = repo.git('rev-parse', 'HEAD')
    if (how === 'later') {
      repo.commit('fix: a later fix', { 'w.txt': 'w' })
      repo.publish('main')
    }
    await runRelease(
      parseSettings(name => ({ push: 'true', changelog_file: 'CHANGELOG.md' })[name]),
      localReleaseDeps(repo, NOW)
    )
    expect(repo.gitIn(repo.origin, 'rev-parse', 'v1.3.0^{commit}')).toBe(merged)
    expect(repo.gitIn(repo.origin, 'tag', '-l', 'v1.4.0')).toBe('')
    expect(repo.gitIn(repo.origin, 'show', 'main:CHANGELOG.md').split('faster decoding')).toHaveLength(2)
  })

  // without a changelog the edit has nowhere to go in the release commit: refused, nothing changed
  it('an edit of the notes with changelog_file empty is published, or refused', async () => {
    const repo = project()
    const noChangelog = parseSettings(name => ({ mode: 'release_pr', changelog_file: '' })[name])
    const deps = {
      git: new ExecGit(repo.dir),
      files: new LocalFiles(repo.dir),
      log: silentLogger,
      env: { now: NOW },
      github: {
        gitData: new OctokitGitData(TOKEN, github.repository, github.url, FAST_CLIENT),
        pulls: new OctokitReleasePulls(TOKEN, github.repository, github.url, text => text, FAST_CLIENT)
      }
    }
    const opened = await runReleasePr(noChangelog, deps)
    if (opened.kind !== 'opened') throw new Error(opened.kind)
    setNotes(opened.pull.number, '- Hand-written highlight.')
    const before = { body: pull(opened.pull.number).body, branch: repo.gitIn(repo.origin, 'rev-parse', BRANCH) }
    const updated = await runReleasePr(noChangelog, deps).catch((error: unknown) => error)
    if (updated instanceof Error) {
      // refused with what to do, and nothing changed on GitHub
      expect(updated.message).toMatch(/changelog_file is empty[\s\S]*Nothing was changed/)
      expect(pull(opened.pull.number).body).toBe(before.body)
      expect(repo.gitIn(repo.origin, 'rev-parse', BRANCH)).toBe(before.branch)
      return
    }
    mergePull(github, opened.pull.number, 'squash')
    repo.git('fetch', '-q', 'origin')
    repo.git('reset', '-q', '--hard', 'origin/main')
    const result = await runRelease(
      parseSettings(name => ({ push: 'true', changelog_file: '' })[name]),
      localReleaseDeps(repo, NOW)
    )
    expect(result.plan.notes).toContain('Hand-written highlight')
  })
})
