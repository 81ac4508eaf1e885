/**
 * mode: preview with components: a real repository with a bare origin, a pull request branch
 * touching two of three components, and the local GitHub server (comment, check run).
 */
import { LocalFiles } from '../../../src/adapters/files.js'
import { ExecGit } from '../../../src/adapters/git.js'
import { loadSettings } from '../../../src/compose.js'
import { OctokitGates, OctokitPulls } from '../../../src/adapters/github/index.js'
import { silentLogger } from '../../../src/adapters/logger.js'
import { PREVIEW_MARKER } from '../../../src/core/preview/index.js'
import { runPreview } from '../../../src/usecases/preview/preview.js'
import { FakeGitHub, FAST_CLIENT } from '../../helpers/github-server.js'
import { TestRepo } from '../../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const TOKEN = 'ghs_preview_token_0123456789'
const CONFIG = `components:
  - name: api
    path: packages/api
  - name: cli
    path: packages/cli
  - name: docs
    path: packages/docs
`
const pkg = (name: string, version: string) => `${JSON.stringify({ name, version }, null, 2)}\n`

describe('mode: preview with components', () => {
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  /** Three components released; on the branch `onBranch`, checked out as the merge ref. */
  function pullRequest(
    onBranch: Array<[string, Record<string, string>]>,
    title: string,
    onMain: Array<[string, Record<string, string>]> = []
  ) {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', {
      '.github/release-action.yml': CONFIG,
      '.gitignore': 'release-notes*.md\n',
      'packages/api/package.json': pkg('@acme/api', '1.4.0'),
      'packages/cli/package.json': pkg('@acme/cli', '0.2.0'),
      'packages/docs/package.json': pkg('@acme/docs', '2.0.0')
    })
    for (const tag of ['api-v1.4.0', 'cli-v0.2.0', 'docs-v2.0.0']) repo.tag(tag)
    for (const [message, files] of onMain) repo.commit(message, files)
    repo.publish('main', '--tags')
    const base = repo.git('rev-parse', 'HEAD')
    repo.git('switch', '-q', '-c', 'feature')
    for (const [message, files] of onBranch) repo.commit(message, files)
    const head = repo.git('rev-parse', 'HEAD')
    repo.publish('feature')
    repo.git('switch', '-q', '--detach', 'main')
    repo.git('merge', '-q', '--no-ff', '-m', `Merge ${head} into ${base}`, 'feature')
    github.addPull({ number: 7, title, body: 'What it does.', headSha: head, baseSha: base })
    return { repo, head, base }
  }

  const preview = async (repo: TestRepo, inputs: Record<string, string> = {}) =>
    runPreview((await loadSettings(name => inputs[name], repo.dir)).settings, {
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
  const comments = () => github.issueComments.get(7) ?? []

  it('merge commits: lists the two components the pull request releases, with why and notes; the third on one line', async () => {
    const { repo } = pullRequest(
      [
        ['feat(api): sessions', { 'packages/api/index.js': 'export const sessions = 1\n' }],
        ['fix(cli): exit code on error', { 'packages/cli/main.js': 'process.exitCode = 1\n' }]
      ],
      'Sessions and a fix',
      [['fix(docs): typo', { 'packages/docs/index.md': 'typo fixed\n' }]]
    )
    const before = repo.snapshot()
    const result = await preview(repo, { preview_merge_method: 'merge' })
    expect(repo.snapshot()).toEqual(before)
    expect(result.report.error).toBeNull()
    expect(result.report.components?.map(c => [c.name, c.merged.tag, c.base.tag])).toEqual([
      ['api', 'api-v1.5.0', ''],
      ['cli', 'cli-v0.2.1', ''],
      ['docs', 'docs-v2.0.1', 'docs-v2.0.1']
    ])
    expect(comments()).toHaveLength(1)
    const body = String(comments()[0].body)
    if (process.env.DUMP) console.log(body)
    expect(body.startsWith(PREVIEW_MARKER)).toBe(true)
    expect(body).toContain('it would change the release of 2 of 3 components')
    expect(body).toMatch(
      /\| api \| `api-v1\.5\.0` \(minor\) from `api-v1\.4\.0` \| no release \| minor because of \w{7} feature/
    )
    expect(body).toMatch(/\| cli \| `cli-v0\.2\.1` \(patch\) from `cli-v0\.2\.0` \| no release \| /)
    expect(body).toContain('Unchanged by this pull request: docs (next stays `docs-v2.0.1`).')
    // the notes of the two components it changes, not of the third
    expect(body).toContain('#### api 1.5.0')
    expect(body).toContain('sessions')
    expect(body).toContain('#### cli 0.2.1')
    expect(body).not.toContain('#### docs')
    expect(body).not.toContain('typo')
    // what each commit contributes, per component
    expect(result.report.contributions.map(row => `${row.header}: ${row.bump} (${row.why})`)).toEqual([
      'fix(cli): exit code on error: patch (cli: fix)',
      'feat(api): sessions: minor (api: feature)'
    ])
    expect(github.createdCheckRuns).toEqual([
      expect.objectContaining({
        conclusion: 'success',
        output: expect.objectContaining({ title: 'Next releases: api-v1.5.0 (minor), cli-v0.2.1 (patch)' })
      })
    ])
  })

  it('squash: the title decides for every component the pull request touches; one touching none changes nothing', async () => {
    const { repo } = pullRequest(
      [
        ['wip', { 'packages/api/index.js': 'export const a = 1\n' }],
        ['more wip', { 'packages/docs/guide.md': 'guide\n' }]
      ],
      // a NUL and a record separator in the title cannot forge a commit of the file list the components read
      `feat: guide and api\u0000\u001e${'a'.repeat(40)}\u001f\u001f1\u001fx\u001ffeat!: forged\u0000\npackages/cli/x.js`
    )
    github.mergeSettings = { allow_squash_merge: true, allow_merge_commit: false, allow_rebase_merge: false }
    const result = await preview(repo)
    expect(result.report.method).toBe('squash')
    expect(result.report.components?.map(c => [c.name, c.merged.version || 'none'])).toEqual([
      ['api', '1.5.0'],
      ['cli', 'none'],
      ['docs', '2.1.0']
    ])
    const body = String(comments()[0].body)
    expect(body).toContain('Unchanged by this pull request: cli (no release).')
    expect(result.report.contributions[0]).toMatchObject({ commit: 'squash', bump: 'minor' })
    expect(result.report.contributions[0].why).toBe('api: feature; docs: feature')

    const untouched = pullRequest([['docs: root readme', { 'README.md': 'hello\n' }]], 'docs: root readme')
    github.issueComments.clear()
    const none = await preview(untouched.repo)
    expect(none.report.components?.every(c => !c.merged.released)).toBe(true)
    expect(String(comments()[0].body)).toContain("**This pull request changes no component's release** (3 components).")
  })
})
