import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { FakeGitHub } from '../helpers/github-server.js'
import { TestRepo } from '../helpers/repo.js'
import { FAKE_TOKEN, runActionAsync, type RunnerResult } from '../helpers/runner.js'

/**
 * The action's own release, made by the action as this repository's .github/workflows/release.yml
 * runs it (its `uses: ./` step's inputs, the dispatch defaults filled in), on a copy of this
 * repository's release files in a test repository with a bare origin.
 */
interface Workflow {
  on: { workflow_dispatch: { inputs: Record<string, { default: string | boolean }> } }
  jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string | boolean> }> }>
}

function workflowInputs(overrides: Record<string, string> = {}): Record<string, string> {
  const workflow = parseYaml(readFileSync('.github/workflows/release.yml', 'utf8')) as Workflow
  const defaults = workflow.on.workflow_dispatch.inputs
  const step = Object.values(workflow.jobs)
    .flatMap(job => job.steps)
    .find(candidate => candidate.uses === './')
  if (!step?.with) throw new Error('.github/workflows/release.yml has no `uses: ./` step')
  const inputs: Record<string, string> = {}
  for (const [name, value] of Object.entries(step.with)) {
    inputs[name] = String(value).replace(/\$\{\{\s*inputs\.(\w+)\s*\}\}/g, (_, input: string) =>
      String(overrides[input] ?? defaults[input].default)
    )
  }
  return inputs
}

const FILES = ['package.json', 'package-lock.json', 'action.yml', 'CHANGELOG.md', '.github/release-action.yml']

describe("the action's own release, made by the action", () => {
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeAll(async () => {
    github = await new FakeGitHub(FAKE_TOKEN).start()
  })
  afterAll(async () => {
    await github.stop()
    repos.forEach(repo => repo.cleanup())
  })

  function release(repo: TestRepo, overrides: Record<string, string> = {}, extra: Record<string, string> = {}) {
    // each workflow run starts from a fresh checkout: the previous run's notes, checksums and metrics are not there
    repo.git('clean', '-fdxq')
    return runActionAsync(repo.dir, { ...workflowInputs(overrides), ...extra }, { GITHUB_API_URL: github.url })
  }
  const remoteTag = (repo: TestRepo, tag: string) =>
    repo.gitIn(repo.origin, 'rev-parse', '--verify', '-q', `refs/tags/${tag}^{commit}`).trim()
  const ok = (run: RunnerResult) => {
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
  }

  it('tags vX.Y.Z, moves v1, writes CHANGELOG.md and the version of package.json and its lock; a rerun converges', async () => {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: the action', Object.fromEntries(FILES.map(file => [file, readFileSync(file, 'utf8')])))
    repo.commit('feat: release any repository', { 'src.txt': 'a' })
    repo.publish('main')

    const first = await release(repo)
    ok(first)
    expect(first.outputs).toMatchObject({ tag: 'v1.0.0', major_tag: 'v1', pushed: 'true' })
    const head = repo.git('rev-parse', 'HEAD').trim()
    expect(remoteTag(repo, 'v1.0.0')).toBe(head)
    expect(remoteTag(repo, 'v1')).toBe(head)
    expect(JSON.parse(repo.read('package.json')).version).toBe('1.0.0')
    const lock = JSON.parse(repo.read('package-lock.json')) as {
      version: string
      packages: Record<string, { version: string }>
    }
    expect([lock.version, lock.packages[''].version]).toEqual(['1.0.0', '1.0.0'])
    expect(repo.read('CHANGELOG.md')).toMatch(/^# Changelog\n\nEvery release of this action[\s\S]*\n## 1\.0\.0 \(/)
    expect(github.release('v1.0.0')).toMatchObject({ name: 'v1.0.0', draft: false })
    expect(first.summary).toContain('Major tag: `v1` moved (v1 → v1.0.0)')

    // a fix: v1.0.1, and v1 follows
    repo.commit('fix: a bug', { 'src.txt': 'b' })
    repo.publish('main')
    const second = await release(repo)
    ok(second)
    expect(second.outputs).toMatchObject({ tag: 'v1.0.1', major_tag: 'v1' })
    expect(remoteTag(repo, 'v1')).toBe(repo.git('rev-parse', 'HEAD').trim())
    expect(remoteTag(repo, 'v1')).toBe(remoteTag(repo, 'v1.0.1'))

    // a prerelease leaves v1 on the newest stable release
    repo.commit('feat: preview', { 'src.txt': 'c' })
    repo.publish('main')
    const rc = await release(repo, {}, { prerelease: 'rc' })
    ok(rc)
    expect(rc.outputs).toMatchObject({ tag: 'v1.1.0-rc.1', major_tag: '' })
    expect(remoteTag(repo, 'v1')).toBe(remoteTag(repo, 'v1.0.1'))

    // the stable release after it moves v1 again
    repo.commit('docs: readme', { 'README.md': 'x' })
    repo.publish('main')
    const stable = await release(repo)
    ok(stable)
    expect(stable.outputs).toMatchObject({ tag: 'v1.1.0', major_tag: 'v1' })
    expect(remoteTag(repo, 'v1')).toBe(remoteTag(repo, 'v1.1.0'))

    // a hotfix of an older minor (v1.0.2 after v1.1.0) leaves v1 on the newest release
    repo.git('checkout', '-q', '-b', 'hotfix/1.0.2', 'v1.0.1')
    repo.commit('fix: urgent', { 'src.txt': 'hot' })
    repo.publish('hotfix/1.0.2')
    const hotfix = await release(repo, {}, { mode: 'hotfix', severity: 'high', gates: 'clean_tree' })
    ok(hotfix)
    expect(hotfix.outputs).toMatchObject({ tag: 'v1.0.2', major_tag: '' })
    expect(hotfix.summary).toContain('Major tag: `v1` skipped (v1.1.0 is newer in major 1)')
    expect(remoteTag(repo, 'v1')).toBe(remoteTag(repo, 'v1.1.0'))
  }, 60_000)

  it('a dry run of the workflow shows the release and changes nothing', async () => {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: the action', Object.fromEntries(FILES.map(file => [file, readFileSync(file, 'utf8')])))
    repo.commit('feat: first', { 'src.txt': 'a' })
    repo.publish('main')
    const before = repo.snapshot()
    const run = await release(repo, { dry_run: 'true' })
    ok(run)
    expect(run.outputs).toMatchObject({ released: 'true', tag: 'v1.0.0', major_tag: '' })
    expect(run.summary).toContain('Major tag: `v1` would move (v1 → v1.0.0)')
    expect(repo.snapshot().refs).toBe(before.refs)
    expect(repo.snapshot().remoteRefs).toBe(before.remoteRefs)
  }, 30_000)
})
