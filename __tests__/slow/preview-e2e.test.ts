/**
 * mode: preview end to end: the built action (dist/index.js) as the runner runs it on a
 * pull_request event (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH), on the merge ref checkout, against
 * the local GitHub server.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { PREVIEW_MARKER } from '../../src/core/preview/index.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { projects, type TestRepo } from '../helpers/repo.js'
import { FAKE_TOKEN, runActionAsync } from '../helpers/runner.js'

describe('dist/index.js: mode: preview on a pull_request event', () => {
  const { project, cleanup } = projects()
  const scratch = mkdtempSync(path.join(tmpdir(), 'fvr-preview-event-'))
  let github: FakeGitHub
  beforeAll(() => {
    if (!existsSync(path.join(process.cwd(), 'dist', 'index.js')))
      throw new Error('dist/index.js is missing: run npm run build first')
  })
  beforeEach(async () => {
    github = await new FakeGitHub(FAKE_TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => {
    cleanup()
    rmSync(scratch, { recursive: true, force: true })
  })

  /** main released as v1.2.0 plus `fix: on main`; a branch with one commit; checked out as refs/pull/5/merge. */
  function checkout(title: string, files: Record<string, string> = {}): { repo: TestRepo; event: string } {
    const repo = project('fix: on main')
    const base = repo.git('rev-parse', 'HEAD')
    repo.git('switch', '-q', '-c', 'topic')
    const head = repo.commit('wip', files)
    repo.publish('topic')
    repo.git('switch', '-q', '--detach', 'main')
    repo.git('merge', '-q', '--no-ff', '-m', `Merge ${head} into ${base}`, 'topic')
    github.addPull({ number: 5, title, body: 'Body.', headSha: head, baseSha: base, headRef: 'topic' })
    const event = path.join(scratch, `event-${Date.now()}-${Math.random()}.json`)
    writeFileSync(event, JSON.stringify(github.pullEvent(5)))
    return { repo, event }
  }

  const env = (event: string) => ({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_API_URL: github.url,
    GITHUB_REF_NAME: '5/merge',
    GITHUB_RUN_ID: '77'
  })

  it('comments the preview once, makes the check run, writes outputs and the summary, changes nothing', async () => {
    github.mergeSettings = { allow_squash_merge: true, allow_merge_commit: false, allow_rebase_merge: false }
    const { repo, event } = checkout('feat(api): sessions')
    const before = repo.snapshot()
    const run = await runActionAsync(repo.dir, { mode: 'preview' }, env(event))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(repo.snapshot()).toEqual(before)
    expect(run.outputs).toMatchObject({ released: 'true', new_version: '1.3.0', bump: 'minor', dry_run: 'true' })
    const comments = github.issueComments.get(5) ?? []
    expect(comments).toHaveLength(1)
    expect(String(comments[0].body).startsWith(PREVIEW_MARKER)).toBe(true)
    expect(String(comments[0].body)).toContain('the next release would be `v1.3.0` (minor)** from `v1.2.0`')
    expect(github.createdCheckRuns).toEqual([
      expect.objectContaining({
        name: 'release preview',
        conclusion: 'success',
        details_url: 'https://github.com/acme/fastvlm/actions/runs/77'
      })
    ])
    expect(run.summary).toContain('The preview is in [the comment on #5]')
    expect(run.stdout).toContain('Preview of #5: v1.3.0 (minor); comment created, check run.')
    // a second run (the title edited) updates the same comment
    ;(github.pullRequests.get(5) as { title: string }).title = 'fix: smaller'
    const again = await runActionAsync(repo.dir, { mode: 'preview' }, env(event))
    expect(again.code).toBe(0)
    expect(github.issueComments.get(5)).toHaveLength(1)
    expect(String(github.issueComments.get(5)![0].body)).toContain(
      '**This pull request adds to the release notes but does not change the version**: the next release stays `v1.2.1` (patch)'
    )
  })

  it('preview_lint: fail from the configuration file fails the step on a plain title; no workflow command gets through', async () => {
    const { repo, event } = checkout('::warning::injected @octocat', {
      '.github/release-action.yml': 'preview_merge_method: squash\npreview_lint: fail\n'
    })
    const run = await runActionAsync(repo.dir, { mode: 'preview' }, env(event))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::1 title or commit message\(s\) of pull request #5 are not conventional commits/m
    )
    expect(run.stdout).not.toMatch(/^::warning::injected/m)
    expect(github.createdCheckRuns[0]).toMatchObject({ conclusion: 'failure' })
    const body = String(github.issueComments.get(5)![0].body)
    expect(body).toContain('❌ 1 message is not what the release reads (preview_lint: fail: the check fails)')
    expect(body).not.toMatch(/(?<!`)@octocat/)
  })
})
