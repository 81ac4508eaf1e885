/**
 * mode: preview against real repositories (a bare origin, a pull request branch, the merge ref a
 * pull_request checkout has) and the local GitHub server with the real shapes of pull requests,
 * issue comments, check runs and commit statuses.
 */
import { parseSettings } from '../../src/core/config/settings.js'
import { COMMENT_LIMIT, PREVIEW_MARKER } from '../../src/core/preview/index.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { loadSettings } from '../../src/compose.js'
import { OctokitGates, OctokitPulls } from '../../src/adapters/github/index.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runPreview } from '../../src/usecases/preview/preview.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const TOKEN = 'ghs_preview_token_0123456789'

describe('mode: preview', () => {
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  /**
   * A project released as v1.2.0 with `onMain` on main (pushed), and a pull request branch
   * `feature` with `onBranch`; checked out as the merge ref (a merge of the branch into main,
   * parents main and the head), or as the head itself.
   */
  function pullRequest(
    onMain: string[],
    onBranch: Array<string | [string, Record<string, string>]>,
    options: { checkout?: 'merge' | 'head'; title?: string; body?: string; headRepo?: string } = {}
  ): { repo: TestRepo; head: string; base: string } {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', pythonProject('1.2.0'))
    repo.tag('v1.2.0')
    repo.commits(onMain)
    repo.publish('main', '--tags')
    const base = repo.git('rev-parse', 'HEAD')
    repo.git('switch', '-q', '-c', 'feature')
    // plain messages in one git process (300 of them in a test below); commits with files one by one
    if (onBranch.every(item => typeof item === 'string')) repo.commits(onBranch as string[])
    else
      for (const item of onBranch) {
        const [message, files] = typeof item === 'string' ? [item, {}] : item
        repo.commit(message, files)
      }
    const head = repo.git('rev-parse', 'HEAD')
    repo.publish('feature')
    if ((options.checkout ?? 'merge') === 'merge') {
      // what actions/checkout gives a pull_request run: refs/pull/N/merge, detached
      repo.git('switch', '-q', '--detach', 'main')
      repo.git('merge', '-q', '--no-ff', '-m', `Merge ${head} into ${base}`, 'feature')
    }
    github.addPull({
      number: 7,
      title: options.title ?? 'feat: preview every pull request',
      body: options.body ?? 'What it does.',
      headSha: head,
      baseSha: base,
      headRepo: options.headRepo
    })
    return { repo, head, base }
  }

  const preview = async (repo: TestRepo, inputs: Record<string, string> = {}, eventName = 'pull_request') =>
    runPreview(
      // as the action does: the configuration file (release_lines) read once, the inputs over it
      (await loadSettings(name => inputs[name], repo.dir)).settings,
      {
        git: new ExecGit(repo.dir, text => text, true), // the run's client, as compose.ts makes it
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW, serverUrl: 'https://github.com', repository: github.repository, runId: '42' },
        cwd: repo.dir,
        event: { name: eventName, payload: github.pullEvent(7) },
        pulls: new OctokitPulls(TOKEN, github.repository, github.url, undefined, FAST_CLIENT),
        gatesApi: new OctokitGates(TOKEN, github.repository, github.url, FAST_CLIENT),
        toolVersion: '0.0.0-test'
      }
    )
  const comments = () => github.issueComments.get(7) ?? []
  // a GraphQL query (who the token is) is a POST that writes nothing
  const writes = () => github.requests.filter(request => request.method !== 'GET' && request.path !== '/graphql')

  it('squash: the title decides — one comment, the table, the notes, a check run; nothing in the repository changes', async () => {
    github.mergeSettings = { allow_squash_merge: true, allow_merge_commit: false, allow_rebase_merge: false }
    const { repo, head } = pullRequest(['fix: off-by-one'], ['wip', 'more wip'], { title: 'feat(api): sessions' })
    const before = repo.snapshot()
    const index = repo.indexHash()
    const result = await preview(repo)
    expect(repo.snapshot()).toEqual(before)
    expect(repo.indexHash()).toBe(index)
    expect(result.report.method).toBe('squash')
    expect(result.report.methodWhy).toBe('the repository allows only squash merging')
    expect(result.plan).toMatchObject({ released: true, version: '1.3.0', bump: 'minor' })
    expect(result.report.base).toMatchObject({ released: true, version: '1.2.1', bump: 'patch' })
    expect(comments()).toHaveLength(1)
    const body = String(comments()[0].body)
    if (process.env.DUMP) console.log(body + '\n=====\n' + result.summary)
    expect(body.startsWith(PREVIEW_MARKER)).toBe(true)
    expect(body).toContain('the next release would be `v1.3.0` (minor)** from `v1.2.0`. Without it: `v1.2.1` (patch).')
    expect(body).toContain(`| squash | feat(api): sessions (#7) | minor | feature |`)
    expect(body).toContain('- **api:** sessions ([#7](https://github.com/acme/fastvlm/issues/7))')
    expect(body).toContain('✅ The title is a conventional commit.')
    expect(body).toContain('| clean_tree | ✅ pass')
    // the check run on the head commit, with the verdict
    expect(github.createdCheckRuns).toEqual([
      expect.objectContaining({
        name: 'release preview',
        head_sha: head,
        status: 'completed',
        conclusion: 'success',
        output: expect.objectContaining({ title: 'Next release: v1.3.0 (minor)' }),
        details_url: 'https://github.com/acme/fastvlm/actions/runs/42'
      })
    ])
    expect(writes().map(request => `${request.method} ${request.path}`)).toEqual([
      'POST /repos/acme/fastvlm/issues/7/comments',
      'POST /repos/acme/fastvlm/check-runs'
    ])
  })

  it('merge commits: the commits decide, each with its bump; a plain checkout of the head works too', async () => {
    const { repo } = pullRequest(
      [],
      ['docs: explain', 'fix(decoder): overflow', 'chore: tidy', 'Merge branch main into feature'],
      { checkout: 'head', title: 'Anything at all' }
    )
    const result = await preview(repo, { preview_merge_method: 'merge' })
    expect(result.report.method).toBe('merge')
    expect(result.plan).toMatchObject({ version: '1.2.1', bump: 'patch' })
    expect(result.report.contributions.map(row => `${row.header}: ${row.bump} (${row.why})`)).toEqual([
      'Merge branch main into feature: none (not a conventional commit: releases nothing)',
      'chore: tidy: none (chore: in the notes, releases nothing by itself)',
      'fix(decoder): overflow: patch (fix)',
      'docs: explain: none (docs: in the notes, releases nothing by itself)'
    ])
    // the title is not what a merge commit releases from: it is not linted; the plain commit is
    expect(result.report.lint.problems.map(problem => problem.header)).toEqual(['Merge branch main into feature'])
    expect(result.report.base).toMatchObject({ released: false })
  })

  it('a breaking title makes a major release, with its migration text from the description', async () => {
    const { repo } = pullRequest(['fix: small'], ['refactor: inside'], {
      title: 'feat(api)!: sessions take a config',
      body: 'BREAKING CHANGE: Session() takes a config object now.'
    })
    const result = await preview(repo, { preview_merge_method: 'squash' })
    expect(result.plan).toMatchObject({ version: '2.0.0', bump: 'major' })
    const body = String(comments()[0].body)
    expect(body).toContain('| squash | feat(api)!: sessions take a config (#7) | major | breaking change |')
    // issue 19: the subject is the entry, the breaking text a paragraph under it
    expect(body).toContain('- ⚠️ **BREAKING:** **api:** sessions take a config (')
    expect(body).toContain('\n\n  Session() takes a config object now.\n')
  })

  it('a docs-only pull request changes nothing in the release', async () => {
    const { repo } = pullRequest([], [['docs: typo', { 'README.md': 'x' }]], { title: 'docs: fix a typo' })
    const result = await preview(repo, { preview_merge_method: 'squash' })
    expect(result.report.merged).toMatchObject({ released: false })
    expect(String(comments()[0].body)).toContain(
      '**This pull request changes nothing in the release**: there is nothing to release, with or without it.'
    )
    expect(github.createdCheckRuns[0]).toMatchObject({
      conclusion: 'success',
      output: expect.objectContaining({ title: 'Changes nothing in the release: no release' })
    })
  })

  it('an edited title: the second run updates the same comment, never a second one (comments read page by page)', async () => {
    const { repo } = pullRequest([], ['x'], { title: 'fix: first title' })
    // 130 other comments: the marker's comment is on the second page of 100
    for (let n = 0; n < 130; n++) github.addComment(7, `comment ${n}`)
    // a comment that quotes the marker is not ours: only one that starts with it is
    github.addComment(7, `> ${PREVIEW_MARKER} quoted`)
    await preview(repo, { preview_merge_method: 'squash' })
    expect(comments().filter(c => String(c.body).startsWith(PREVIEW_MARKER))).toHaveLength(1)
    const id = comments().find(c => String(c.body).startsWith(PREVIEW_MARKER))!.id
    expect(String(comments().at(-1)!.body)).toContain('`v1.2.1` (patch)')
    ;(github.pullRequests.get(7) as { title: string }).title = 'feat: second title'
    await preview(repo, { preview_merge_method: 'squash' })
    const ours = comments().filter(c => String(c.body).startsWith(PREVIEW_MARKER))
    expect(ours).toHaveLength(1)
    expect(ours[0].id).toBe(id)
    expect(String(ours[0].body)).toContain('`v1.3.0` (minor)')
    expect(comments()).toHaveLength(132)
    expect(github.requests.filter(r => r.method === 'PATCH').map(r => r.path)).toEqual([
      `/repos/acme/fastvlm/issues/comments/${id}`
    ])
  })

  it("a comment by someone else that starts with the marker is never ours: only the token's own comment is updated", async () => {
    const { repo } = pullRequest([], ['x'], { title: 'fix: first title' })
    // before the first run: a stranger's comment starting with the marker, and an ordinary one
    const forged = github.addComment(7, `${PREVIEW_MARKER}\nLooks safe to merge!`, 'mallory')
    const later = github.addComment(7, 'LGTM', 'reviewer')
    await preview(repo, { preview_merge_method: 'squash' })
    const byBot = () => comments().filter(c => (c.user as { login: string }).login === 'github-actions[bot]')
    expect(byBot()).toHaveLength(1)
    const ours = byBot()[0].id
    expect(String(comments().find(c => c.id === forged)!.body)).toBe(`${PREVIEW_MARKER}\nLooks safe to merge!`)
    // the reviewer edits an older comment to start with the marker: the next run still updates ours
    comments().find(c => c.id === later)!.body = `${PREVIEW_MARKER} hijacked`
    ;(github.pullRequests.get(7) as { title: string }).title = 'feat: second title'
    await preview(repo, { preview_merge_method: 'squash' })
    expect(github.requests.filter(r => r.method === 'PATCH').map(r => r.path)).toEqual([
      `/repos/acme/fastvlm/issues/comments/${ours}`
    ])
    expect(String(byBot()[0].body)).toContain('`v1.3.0` (minor)')
    expect(String(comments().find(c => c.id === later)!.body)).toBe(`${PREVIEW_MARKER} hijacked`)
    expect(comments()).toHaveLength(3)
  })

  it("when GitHub does not say who the token is, a person's comment with the marker is still not ours", async () => {
    github.viewerLogin = null
    const { repo } = pullRequest([], ['x'], { title: 'fix: first title' })
    const forged = github.addComment(7, `${PREVIEW_MARKER} fake`, 'mallory')
    await preview(repo, { preview_merge_method: 'squash' })
    await preview(repo, { preview_merge_method: 'squash' })
    expect(String(comments().find(c => c.id === forged)!.body)).toBe(`${PREVIEW_MARKER} fake`)
    expect(comments()).toHaveLength(2)
    expect(github.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)
  })

  it("GraphQL's viewer refused (GITHUB_TOKEN): another app's marker comment is not ours; ours is found again", async () => {
    github.viewerLogin = null
    const { repo } = pullRequest([], ['x'], { title: 'fix: first title' })
    const other = github.addComment(7, `${PREVIEW_MARKER}\nthe other app's preview`, 'other-app[bot]', 'Bot')
    await preview(repo, { preview_merge_method: 'squash' })
    await preview(repo, { preview_merge_method: 'squash' })
    expect(String(comments().find(c => c.id === other)!.body)).toBe(`${PREVIEW_MARKER}\nthe other app's preview`)
    const ours = comments().filter(c => (c.user as { login: string }).login === 'github-actions[bot]')
    expect(ours).toHaveLength(1)
    expect(github.requests.filter(r => r.method === 'PATCH').map(r => r.path)).toEqual([
      `/repos/acme/fastvlm/issues/comments/${String(ours[0].id)}`
    ])
  })

  it('a personal access token (viewer refused): GET /user names it, and only its comment is updated', async () => {
    github.viewerLogin = null
    github.userLogin = 'release-bot-user'
    try {
      const { repo } = pullRequest([], ['x'], { title: 'fix: first title' })
      const actions = github.addComment(7, `${PREVIEW_MARKER}\nan older bot's`, 'github-actions[bot]', 'Bot')
      await preview(repo, { preview_merge_method: 'squash' })
      await preview(repo, { preview_merge_method: 'squash' })
      expect(String(comments().find(c => c.id === actions)!.body)).toBe(`${PREVIEW_MARKER}\nan older bot's`)
      expect(comments().filter(c => (c.user as { login: string }).login === 'release-bot-user')).toHaveLength(1)
      expect(github.requests.some(r => r.method === 'GET' && r.path === '/user')).toBe(true)
    } finally {
      github.userLogin = null
    }
  })

  it("a shallow clone without the release tag is a workflow mistake, not the pull request's: one clear error, nothing written", async () => {
    const { repo } = pullRequest(['fix: a', 'fix: b'], ['feat: x', 'feat: y'])
    // actions/checkout with fetch-depth: 2 on the merge ref: both parents, but no tag
    repo.git('update-ref', 'refs/pull/7/merge', 'HEAD')
    const clone = TestRepo.create()
    repos.push(clone)
    clone.git('fetch', '-q', '--depth=2', `file://${repo.dir}`, 'refs/pull/7/merge')
    clone.git('checkout', '-q', '--detach', 'FETCH_HEAD')
    await expect(preview(clone, { preview_merge_method: 'merge' })).rejects.toThrow('fetch-depth: 0')
    expect(writes()).toEqual([])
  })

  it('a fork pull request (read-only token): no comment and no check are tried; the summary carries the preview and says why', async () => {
    const { repo } = pullRequest([], ['fix: from a fork'], { headRepo: 'stranger/fastvlm' })
    const result = await preview(repo)
    expect(result.comment).toMatchObject({ status: 'skipped' })
    expect(result.summary).toContain('**No comment was written**: pull request #7 comes from a fork (stranger/fastvlm)')
    expect(result.summary).toContain('`v1.2.1` (patch)')
    expect(writes()).toEqual([])
  })

  it('a 403 on the comment (a read-only token) falls back to the summary; a 403 on check runs to a commit status', async () => {
    github.forbidComments = true
    github.forbidChecks = true
    const { repo, head } = pullRequest([], ['fix: x'])
    const result = await preview(repo, { preview_merge_method: 'squash' })
    expect(result.comment.status).toBe('skipped')
    expect(result.summary).toContain('the token may not comment on pull request #7')
    expect(github.createdStatuses).toEqual([
      expect.objectContaining({ sha: head, state: 'success', context: 'release preview' })
    ])
    expect(String(github.createdStatuses[0].description).length).toBeLessThanOrEqual(140)
  })

  it('lint: a plain title gets a suggestion; warn keeps the check green, fail turns it red', async () => {
    const { repo } = pullRequest([], ['x'], { title: 'Add streaming decode' })
    let result = await preview(repo, { preview_merge_method: 'squash' })
    expect(result.report.lint.problems).toEqual([
      expect.objectContaining({ where: 'title', suggestion: 'For example `feat: add streaming decode`.' })
    ])
    expect(String(comments()[0].body)).toContain('⚠️ 1 message is not what the release reads:')
    expect(github.createdCheckRuns.at(-1)).toMatchObject({ conclusion: 'success' })
    result = await preview(repo, { preview_merge_method: 'squash', preview_lint: 'fail' })
    expect(github.createdCheckRuns.at(-1)).toMatchObject({ conclusion: 'failure' })
    expect(String(comments()[0].body)).toContain('(preview_lint: fail: the check fails)')
    expect(result.report.lint.mode).toBe('fail')
  })

  it('lint: types and scopes come from the configuration', async () => {
    const { repo } = pullRequest([], ['x'], { title: 'feat(ui): a button' })
    const result = await preview(repo, { preview_merge_method: 'squash', commit_scopes: 'api,decoder' })
    expect(result.report.lint.problems[0].problem).toBe(
      'its scope `ui` is not one of the allowed scopes (api, decoder)'
    )
  })

  it('a huge description and many commits: the comment stays within 65,536 characters and says the notes are cut', async () => {
    // a breaking text is cut at 4,000 characters (issue 19): the description's own lines make the notes long
    const features = Array.from({ length: 1_000 }, (_, n) => `feat: described feature ${n} ${'y'.repeat(60)}`)
    const body = `${features.join('\n')}\n\nBREAKING CHANGE: ${'a very long migration text. '.repeat(4_000)}`
    const many = Array.from({ length: 300 }, (_, n) => `fix: change number ${n} ${'x'.repeat(80)}`)
    const { repo } = pullRequest([], many, { title: 'feat!: everything', body })
    await preview(repo, { preview_merge_method: 'merge' })
    const squashBody = String(comments()[0].body)
    expect(squashBody.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    await preview(repo, { preview_merge_method: 'squash' })
    const text = String(comments()[0].body)
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(text).toContain('the release notes are cut here')
    expect(comments()).toHaveLength(1)
  })

  it('a hostile title: no HTML, no pings, no fake marker; the logs carry none of it', async () => {
    const lines: string[] = []
    const title = `feat: <img src=x onerror=alert(1)> @octocat ${PREVIEW_MARKER} ::set-output name=x::y`
    const { repo } = pullRequest([], ['x'], { title })
    await runPreview(
      parseSettings(name => ({ preview_merge_method: 'squash' })[name]),
      {
        git: new ExecGit(repo.dir, text => text, true), // the run's client, as compose.ts makes it
        files: new LocalFiles(repo.dir),
        log: { info: m => lines.push(m), warning: m => lines.push(m), group: (_n, fn) => fn() },
        env: { now: NOW },
        cwd: repo.dir,
        event: { name: 'pull_request', payload: github.pullEvent(7) },
        pulls: new OctokitPulls(TOKEN, github.repository, github.url, undefined, FAST_CLIENT),
        gatesApi: null,
        toolVersion: '0.0.0-test'
      }
    )
    const body = String(comments()[0].body)
    expect(body).not.toContain('<img')
    expect(body).toContain('&lt;img')
    expect(body).not.toMatch(/(?<!`)@octocat/)
    expect(body.split(PREVIEW_MARKER)).toHaveLength(2)
    expect(lines.join('\n')).not.toContain('::set-output')
    expect(lines.join('\n')).not.toContain('octocat')
  })

  it('a version in a file of the pull request never starts a workflow command in the log', async () => {
    const lines: string[] = []
    const { repo } = pullRequest(
      [],
      [['fix: x', { 'package.json': '{"name":"x","version":"1.2.0\\n::warning::injected"}\n' }]]
    )
    await runPreview(
      parseSettings(name => ({ preview_merge_method: 'squash' })[name]),
      {
        git: new ExecGit(repo.dir, text => text, true), // the run's client, as compose.ts makes it
        files: new LocalFiles(repo.dir),
        log: { info: m => lines.push(m), warning: m => lines.push(m), group: (_n, fn) => fn() },
        env: { now: NOW },
        cwd: repo.dir,
        event: { name: 'pull_request', payload: github.pullEvent(7) },
        pulls: new OctokitPulls(TOKEN, github.repository, github.url, undefined, FAST_CLIENT),
        gatesApi: null,
        toolVersion: '0.0.0-test'
      }
    )
    expect(lines.join('\n')).toContain('package.json: 1.2.0 ::warning::injected → 1.3.0')
    expect(
      lines
        .join('\n')
        .split(/\r?\n|\r/)
        .filter(line => line.startsWith('::'))
    ).toEqual([])
  })

  it('rebase merging: the commits decide, as they would land on the base', async () => {
    const { repo } = pullRequest([], ['fix: a', 'feat(decoder): b'], { checkout: 'head', title: 'whatever' })
    const result = await preview(repo, { preview_merge_method: 'rebase' })
    expect(result.plan).toMatchObject({ version: '1.3.0', bump: 'minor' })
    expect(result.report.contributions.map(row => `${row.commit.length} ${row.bump}`)).toEqual(['7 minor', '7 patch'])
    expect(result.report.lint.checked).toBe(2)
  })

  it('pull_request_target with the base checked out and the head fetched: a fork pull request gets its comment', async () => {
    const { repo } = pullRequest(['fix: on main'], ['feat: from a fork'], {
      checkout: 'head',
      headRepo: 'stranger/fastvlm'
    })
    repo.git('switch', '-q', 'main')
    const result = await preview(repo, { preview_merge_method: 'merge' }, 'pull_request_target')
    expect(result.plan).toMatchObject({ version: '1.3.0' })
    expect(result.comment.status).toBe('created')
    expect(result.check.status).toBe('check run')
  })

  it('a pull request into a hotfix branch previews the hotfix patch', async () => {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', pythonProject('1.2.0'))
    repo.tag('v1.2.0')
    repo.commit('feat: later on main')
    repo.tag('v1.3.0')
    repo.publish('main', '--tags')
    repo.git('switch', '-q', '-c', 'hotfix/crash', 'v1.2.0')
    const base = repo.git('rev-parse', 'HEAD')
    repo.git('switch', '-q', '-c', 'fix-crash')
    const head = repo.commit('fix: crash on start')
    github.addPull({ number: 7, title: 'fix: crash on start', headSha: head, baseSha: base, baseRef: 'hotfix/crash' })
    const result = await preview(repo, { preview_merge_method: 'squash' })
    expect(result.plan).toMatchObject({ version: '1.2.1', hotfix: true })
  })

  it('a stacked pull request into a branch of no release line (release_lines set) releases nothing: no failure', async () => {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', {
      ...pythonProject('1.2.0'),
      '.github/release-action.yml': 'release_lines:\n  channels:\n    next: rc\n'
    })
    repo.tag('v1.2.0')
    repo.git('switch', '-q', '-c', 'feature/sessions')
    const base = repo.commit('feat: sessions, part one')
    repo.publish('main', 'feature/sessions', '--tags')
    repo.git('switch', '-q', '-c', 'feature/sessions-2')
    const head = repo.commit('feat: sessions, part two')
    repo.git('switch', '-q', '--detach', 'feature/sessions')
    repo.git('merge', '-q', '--no-ff', '-m', `Merge ${head} into ${base}`, 'feature/sessions-2')
    github.addPull({ number: 7, title: 'feat: part two', headSha: head, baseSha: base, baseRef: 'feature/sessions' })
    const before = repo.snapshot()
    const result = await preview(repo, { preview_merge_method: 'squash' })
    expect(repo.snapshot()).toEqual(before)
    expect(result.report.error).toBeNull()
    expect(result.plan).toBeNull()
    const body = String(comments()[0].body)
    expect(body).toContain('**This pull request changes nothing in the release**: there is nothing to release')
    expect(body).toContain(
      'Why: feature/sessions is no release branch of release_lines: merging into it releases nothing (its changes are previewed when they go to a release branch).'
    )
    expect(body).not.toContain('would fail')
    expect(github.createdCheckRuns).toEqual([
      expect.objectContaining({
        conclusion: 'success',
        output: expect.objectContaining({ title: 'Changes nothing in the release: no release' })
      })
    ])
    // a branch of a line still previews that line
    github.addPull({ number: 7, title: 'feat: part two', headSha: head, baseSha: base, baseRef: 'next' })
    expect((await preview(repo, { preview_merge_method: 'squash' })).plan).toMatchObject({ version: '1.3.0-rc.1' })
    // the repository's default branch (trunk, with base_branch not set) is where releases run: the
    // release's error is the preview's, not "releases nothing"
    github.addPull({ number: 7, title: 'feat: part two', headSha: head, baseSha: base, baseRef: 'trunk' })
    const event = github.pullEvent(7) as { repository: { default_branch: string } }
    event.repository.default_branch = 'trunk'
    const onTrunk = await runPreview(
      (await loadSettings(name => ({ preview_merge_method: 'squash' })[name], repo.dir)).settings,
      {
        git: new ExecGit(repo.dir, text => text, true), // the run's client, as compose.ts makes it
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW },
        cwd: repo.dir,
        event: { name: 'pull_request', payload: event },
        pulls: new OctokitPulls(TOKEN, github.repository, github.url, undefined, FAST_CLIENT),
        gatesApi: null,
        toolVersion: '0.0.0-test'
      }
    )
    expect(onTrunk.report.error).toMatch(/^Branch trunk matches no release line of release_lines/)
  })

  it('a push event is not a pull request: one clear error, nothing called', async () => {
    const { repo } = pullRequest([], ['x'])
    await expect(preview(repo, {}, 'push')).rejects.toThrow(
      'mode: preview runs on pull_request or pull_request_target events, but this run is a push event.'
    )
    expect(github.requests).toEqual([])
  })

  it('a command gate is listed as running at release time, never run', async () => {
    const { repo } = pullRequest(
      [],
      [
        [
          'ci: gates',
          {
            '.github/release-gates.yml':
              'release_gates:\n  required_checks: [clean_tree, tests_pass]\n  gates:\n    tests_pass: { command: "touch ran-by-preview" }\n'
          }
        ],
        'fix: x'
      ]
    )
    const result = await preview(repo, { preview_merge_method: 'merge' })
    expect(result.report.gates).toEqual([
      { gate: 'clean_tree', status: 'pass', reason: 'no uncommitted or untracked changes' },
      {
        gate: 'tests_pass',
        status: 'release',
        reason: 'runs `touch ran-by-preview` at release time (a preview runs no command)'
      }
    ])
    expect(repo.git('status', '--porcelain')).toBe('')
  })
})
