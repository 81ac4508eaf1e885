import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { FakeGitHub } from './helpers/github-server.js'
import { projects } from './helpers/repo.js'
import { FAKE_TOKEN, runActionFromSource } from './helpers/runner.js'

/**
 * src/main.ts from source, in this process, with the runner's environment: an edit is tested
 * without a rebuild. The slow lane runs dist/index.js on the same repository state beside it
 * (__tests__/slow/bundle-parity.test.ts), so the two cannot drift apart unnoticed.
 */
describe('src/main.ts from source', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it('dry run: the outputs and the would-release line', async () => {
    const repo = project('fix(decoder): off-by-one', 'feat(api): streaming')
    const fromSource = await runActionFromSource(repo.dir, { dry_run: 'true' })
    expect(fromSource.code).toBe(0)
    expect(fromSource.outputs).toMatchObject({
      released: 'true',
      new_version: '1.3.0',
      dry_run: 'true',
      jira_issues: '[]'
    })
    expect(fromSource.stdout).toContain('Would release v1.3.0: minor because of')
    // the same run of dist/index.js, compared output for output: __tests__/slow/bundle-parity.test.ts
  })

  it('releases and pushes, exporting NEW_VERSION and VERSION', async () => {
    const repo = project('feat!: new session API')
    const run = await runActionFromSource(repo.dir, { push: 'true' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ released: 'true', new_version: '2.0.0', pushed: 'true' })
    expect(run.env).toEqual({ NEW_VERSION: '2.0.0', VERSION: '2.0.0' })
    expect(repo.remoteRefs()).toContain('refs/tags/v2.0.0')
    // release-metrics.json is a side file in RUNNER_TEMP, named by an output: never in the workspace
    expect(run.outputs.metrics_file).toBe(
      path.join(repo.dir, '..', 'runner-temp', 'fastvlm-release', 'release-metrics.json')
    )
    expect(JSON.parse(readFileSync(run.outputs.metrics_file, 'utf8'))).toMatchObject({ releases: expect.any(Number) })
    expect(repo.git('status', '--porcelain')).toBe('?? release-notes.md')
  })

  it('fails the step once, as a user error, for an invalid input or gates that stop the release', async () => {
    const repo = project('feat: a')
    const invalid = await runActionFromSource(repo.dir, { bump: 'huge' })
    expect(invalid.code).toBe(1)
    expect(invalid.stdout).toMatch(
      /^::error::Input bump has the invalid value "huge"\. Allowed values: auto, patch, minor, major\.$/m
    )
    expect(invalid.stdout.match(/::error::/g)).toHaveLength(1)
    repo.write('scratch.txt', 'x')
    const stopped = await runActionFromSource(repo.dir, { gates: 'clean_tree' })
    expect(stopped.code).toBe(1)
    expect(stopped.stdout).toMatch(
      /^::error::1 release gate\(s\) failed, nothing was changed: clean_tree \(1 uncommitted or untracked path\(s\)/m
    )
    expect(stopped.stdout).toContain('::error title=Release gate clean_tree failed::clean_tree: 1 uncommitted')
    expect(stopped.outputs).toMatchObject({ released: 'false', gates: expect.stringContaining('"status":"fail"') })
    expect(stopped.summary).toContain('**Stopped by the release gates**')
    expect(repo.git('tag', '--list', 'v1.3.0')).toBe('')
  })

  it('runs the other modes: rollback, metrics and publish', async () => {
    const github = await new FakeGitHub(FAKE_TOKEN).start()
    try {
      const repo = project('feat: wheels')
      expect((await runActionFromSource(repo.dir, { push: 'true' })).code).toBe(0)
      const metrics = await runActionFromSource(repo.dir, { mode: 'metrics' })
      expect(metrics.code).toBe(0)
      expect(JSON.parse(metrics.outputs.metrics)).toMatchObject({ windowDays: 90 })
      expect(metrics.summary).toContain('DORA')
      const publish = await runActionFromSource(
        repo.dir,
        { mode: 'publish', create_release: 'true' },
        { GITHUB_API_URL: github.url }
      )
      expect(publish.stdout).not.toContain('::error')
      expect(publish.outputs).toMatchObject({
        release_url: 'https://github.com/acme/fastvlm/releases/tag/v1.3.0',
        tag: 'v1.3.0'
      })
      const rollback = await runActionFromSource(
        repo.dir,
        { mode: 'rollback', version: '1.3.0', reason: 'broken wheel', dry_run: 'true' },
        { GITHUB_API_URL: github.url }
      )
      expect(rollback.code).toBe(0)
      expect(rollback.outputs).toMatchObject({
        rolled_back_version: '1.3.0',
        restored_version: '1.2.0',
        dry_run: 'true'
      })
      expect(rollback.stdout).toContain('::warning title=Manual step to finish the rollback of v1.3.0::')
    } finally {
      await github.stop()
    }
  })
})
