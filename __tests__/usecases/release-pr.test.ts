/**
 * mode: release_pr against the local GitHub server, whose Git Data, reference and pull request
 * endpoints write into a real bare origin: the pull request opened, updated on each push; a person's
 * commit on the branch, nothing to release, a closed pull request, two pushes racing. The merge and
 * its release (and the flow through the action) are release-pr-merge.test.ts.
 */
import { ConfigurationError } from '../../src/core/errors.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { readBody, releaseBranch } from '../../src/core/release-pr/body.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { OctokitGitData, OctokitReleasePulls } from '../../src/adapters/github/index.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runReleasePr } from '../../src/usecases/release-pr/release-pr.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const TOKEN = 'ghs_releasepr_token_0123456789'
const BRANCH = releaseBranch('main')

describe('mode: release_pr', () => {
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
  const deps = (repo: TestRepo, withGitHub = true) => ({
    git: new ExecGit(repo.dir),
    files: new LocalFiles(repo.dir),
    log: silentLogger,
    env: { now: NOW },
    github: withGitHub
      ? {
          gitData: new OctokitGitData(TOKEN, github.repository, github.url, FAST_CLIENT),
          pulls: new OctokitReleasePulls(TOKEN, github.repository, github.url, text => text, FAST_CLIENT)
        }
      : null
  })
  const pr = (repo: TestRepo, inputs: Record<string, string> = {}) => runReleasePr(settings(inputs), deps(repo))
  const originRef = (repo: TestRepo, ref: string) => repo.gitIn(repo.origin, 'rev-parse', ref).trim()
  const writes = () => github.requests.filter(request => request.method !== 'GET')
  const pull = (number: number) => github.pullRequests.get(number) as { title: string; body: string; state: string }

  it('opens one pull request from release-pr/main with the release commit, and changes nothing on main', async () => {
    const repo = project()
    const head = repo.head()
    const result = await pr(repo)
    expect(result.kind).toBe('opened')
    if (result.kind !== 'opened') return
    const tip = originRef(repo, `refs/heads/${BRANCH}`)
    expect(originRef(repo, `${tip}^`)).toBe(head)
    expect(repo.gitIn(repo.origin, 'log', '-1', '--format=%s', tip).trim()).toBe('chore(release): v1.3.0')
    expect(repo.gitIn(repo.origin, 'show', `${tip}:pyproject.toml`)).toContain('version = "1.3.0"')
    expect(repo.gitIn(repo.origin, 'show', `${tip}:CHANGELOG.md`)).toMatch(/## \[?1\.3\.0[\s\S]*faster decoding/)
    // main and the tags are as they were; the pull request carries the notes between the markers
    expect(originRef(repo, 'refs/heads/main')).toBe(head)
    expect(repo.gitIn(repo.origin, 'tag', '-l').trim()).toBe('v1.2.0')
    const opened = pull(result.pull.number)
    expect(opened.title).toBe('chore(release): v1.3.0')
    expect(readBody(opened.body)).toMatchObject({ kind: 'ours' })
    expect(opened.body).toContain('faster decoding')
    expect(result.checksWillNotRun).toBe(true) // opened by GITHUB_TOKEN's bot
    expect(github.createdPulls).toEqual([result.pull.number])
  })

  it('updates the same pull request and branch on the next push, and makes no request when nothing changed', async () => {
    const repo = project()
    const first = await pr(repo)
    repo.commit('fix: cache eviction on low memory', { 'y.txt': 'y' })
    repo.publish('main')
    const before = github.requests.length
    const second = await pr(repo)
    expect(second.kind).toBe('updated')
    if (second.kind !== 'updated' || first.kind !== 'opened') return
    expect(second.pull.number).toBe(first.pull.number)
    expect(github.createdPulls).toHaveLength(1)
    const tip = originRef(repo, `refs/heads/${BRANCH}`)
    expect(originRef(repo, `${tip}^`)).toBe(repo.head())
    expect(pull(first.pull.number).body).toContain('cache eviction')
    // the request count of one update (GitHub's secondary limit: 80 content-creating requests a minute)
    const update = github.requests.slice(before)
    const creating = update.filter(request => request.method !== 'GET')
    expect(
      creating.map(
        request => `${request.method} ${decodeURIComponent(request.path).replace(/^\/repos\/[^/]+\/[^/]+/, '')}`
      )
    ).toEqual([
      'POST /git/blobs',
      'POST /git/blobs',
      'POST /git/blobs',
      'POST /git/blobs',
      'POST /git/trees',
      'POST /git/commits',
      `PATCH /git/refs/heads/${BRANCH}`,
      `PATCH /pulls/${first.pull.number}`
    ])
    expect(update.length).toBeLessThanOrEqual(14)
    // a rerun on the same push: nothing to write
    const writesBefore = writes().length
    expect((await pr(repo)).kind).toBe('unchanged')
    expect(writes().length).toBe(writesBefore)
  })

  it("never overwrites a person's commit on the release branch, and says what to do", async () => {
    const repo = project()
    await pr(repo)
    // a maintainer pushes a fix onto the release branch
    repo.git('fetch', '-q', 'origin', BRANCH)
    repo.git('switch', '-q', '-c', 'fixup', 'FETCH_HEAD')
    repo.commit('docs: polish the notes', { 'z.txt': 'z' })
    repo.git('push', '-q', 'origin', `HEAD:${BRANCH}`)
    const theirs = originRef(repo, `refs/heads/${BRANCH}`)
    repo.git('switch', '-q', 'main')
    const writesBefore = writes().length
    const error = await pr(repo).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(String((error as Error).message)).toMatch(/never overwrites a person's commit[\s\S]*Nothing was changed/)
    expect(originRef(repo, `refs/heads/${BRANCH}`)).toBe(theirs)
    expect(writes().length).toBe(writesBefore)
  })

  it('closes the pull request with a comment when there is nothing to release', async () => {
    const repo = project()
    const opened = await pr(repo)
    if (opened.kind !== 'opened') throw new Error(opened.kind)
    // the feature is released another way meanwhile (a tag at HEAD): nothing left to release
    repo.tag('v1.3.0')
    repo.publish('--tags')
    const result = await pr(repo)
    expect(result).toMatchObject({ kind: 'nothing', closed: { number: opened.pull.number } })
    expect(pull(opened.pull.number).state).toBe('closed')
    const comments = github.issueComments.get(opened.pull.number) ?? []
    expect(comments.map(comment => comment.body)).toEqual([expect.stringMatching(/^Nothing to release on `main`/)])
  })

  it('opens a new pull request after one was closed without merging', async () => {
    const repo = project()
    const opened = await pr(repo)
    if (opened.kind !== 'opened') throw new Error(opened.kind)
    pull(opened.pull.number).state = 'closed'
    const again = await pr(repo)
    expect(again.kind).toBe('opened')
    if (again.kind === 'opened') expect(again.pull.number).not.toBe(opened.pull.number)
  })

  it('leaves the pull request to the newer push when main moved on (two pushes racing)', async () => {
    const repo = project()
    await pr(repo)
    const tip = originRef(repo, `refs/heads/${BRANCH}`)
    // another push lands on origin's main; this run's checkout is the older commit
    const other = TestRepo.create()
    repos.push(other)
    other.git('fetch', '-q', repo.origin, 'main')
    const writesBefore = writes().length
    repo.gitIn(
      repo.origin,
      'update-ref',
      'refs/heads/main',
      repo.gitIn(repo.origin, 'commit-tree', `${repo.head()}^{tree}`, '-p', repo.head(), '-m', 'feat: newer').trim()
    )
    const result = await pr(repo)
    expect(result.kind).toBe('superseded')
    expect(writes().length).toBe(writesBefore)
    expect(originRef(repo, `refs/heads/${BRANCH}`)).toBe(tip)
  })

  it('refuses a release branch that is not ours, and a pull request body that lost its markers is left as it is', async () => {
    const repo = project()
    // someone's own branch of that name, not a release commit
    repo.git('push', '-q', 'origin', `HEAD:refs/heads/${BRANCH}`)
    await expect(pr(repo)).rejects.toThrow(/did not make[\s\S]*Nothing was changed/)
    expect(github.createdPulls).toHaveLength(0)
    // our branch and pull request, whose body's markers a maintainer deleted: the body is kept
    repo.git('push', '-q', 'origin', '--delete', BRANCH)
    const opened = await pr(repo)
    if (opened.kind !== 'opened') throw new Error(opened.kind)
    const theirs = 'Notes rewritten by hand, markers gone.'
    pull(opened.pull.number).body = `${pull(opened.pull.number).body.split('\n')[0]}\n${theirs}`
    const writesBefore = writes().length
    await expect(pr(repo)).rejects.toThrow(/lost the markers[\s\S]*Nothing was changed/)
    expect(pull(opened.pull.number).body).toContain(theirs)
    expect(writes().length).toBe(writesBefore)
  })

  it('a dry run shows the pull request it would open and calls nothing', async () => {
    const repo = project()
    const result = await runReleasePr(settings({ dry_run: 'true' }), deps(repo, false))
    expect(result).toMatchObject({ kind: 'would', title: 'chore(release): v1.3.0', branch: BRANCH })
    if (result.kind === 'would') expect(result.body).toContain('faster decoding')
    expect(github.requests).toHaveLength(0)
    expect(repo.gitIn(repo.origin, 'branch', '--list', BRANCH).trim()).toBe('')
  })
})
