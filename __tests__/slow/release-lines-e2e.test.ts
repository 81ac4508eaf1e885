import { FakeGitHub } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { FAKE_TOKEN, runActionFromSource } from '../helpers/runner.js'

/**
 * Release lines end to end: src/main.ts with the runner's environment (GITHUB_REF_NAME, INPUT_*),
 * the configuration file in the repository, and the GitHub releases API of a local server.
 */
describe('release lines through the action', () => {
  let github: FakeGitHub
  const repos: TestRepo[] = []
  beforeEach(async () => {
    github = await new FakeGitHub(FAKE_TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function repository(config: string): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', {
      ...pythonProject('1.2.0'),
      '.github/release-action.yml': `create_release: true\n${config}`
    })
    repo.tag('v1.2.0')
    return repo
  }

  // each run is a fresh checkout in a workflow: the SBOM and checksums of the last run are not left over
  const run = (repo: TestRepo, branch: string, inputs: Record<string, string> = {}) => {
    repo.git('clean', '-fdq', '--', 'dist')
    return runActionFromSource(
      repo.dir,
      { push: 'true', ...inputs },
      { GITHUB_API_URL: github.url, GITHUB_REF_NAME: branch }
    )
  }

  it('a maintenance release never takes "latest" from the higher line, even with make_latest: true', async () => {
    const repo = repository('')
    repo.commit('feat: batching')
    repo.tag('v1.3.0')
    repo.commit('feat!: new session API')
    repo.tag('v2.0.0')
    repo.git('branch', '1.x', 'v1.3.0')
    repo.publish('main', '1.x', '--tags')
    github.addRelease('v2.0.0', { latest: true })
    repo.git('checkout', '-q', '1.x')
    repo.commit('fix: crash on empty image')
    const fix = await run(repo, '1.x', { make_latest: 'true' })
    expect(fix.stdout).not.toMatch(/::error::/)
    expect(fix.outputs).toMatchObject({ released: 'true', new_version: '1.3.1', previous_tag: 'v1.3.0' })
    expect(fix.stdout).toContain('Release line: maintenance 1.x (>=1.0.0 <2.0.0, branch 1.x matches *.x)')
    expect(github.release('v1.3.1')).toMatchObject({ make_latest: 'false', prerelease: false })
    expect(github.latestTag()).toBe('v2.0.0')
    expect(repo.gitIn(repo.origin, 'rev-parse', '1.x')).toBe(repo.git('rev-parse', 'HEAD'))

    // a feature on 1.x: a minor within 1; a breaking change: one clear error, nothing pushed
    repo.commit('feat: a small option')
    expect((await run(repo, '1.x', { dry_run: 'true' })).outputs.new_version).toBe('1.4.0')
    repo.commit('feat!: drop the old API')
    const refs = repo.remoteRefs()
    const broken = await run(repo, '1.x')
    expect(broken.code).toBe(1)
    expect(broken.stdout).toMatch(
      /^::error::Branch 1\.x maintains 1\.x .* is a breaking change: 1\.3\.1 → 2\.0\.0 leaves the line/m
    )
    expect(repo.remoteRefs()).toBe(refs)
  })

  it('a workflow run from main that checks out 1.x (actions/checkout ref: 1.x) releases the 1.x line', async () => {
    const repo = repository('')
    repo.commit('feat!: new session API')
    repo.tag('v2.0.0')
    repo.git('branch', '1.x', 'v1.2.0')
    repo.publish('main', '1.x', '--tags')
    github.addRelease('v2.0.0', { latest: true })
    repo.git('checkout', '-q', '1.x')
    repo.commit('fix: crash on empty image')
    // GITHUB_REF_NAME is the branch the workflow was dispatched from; the release is of the checkout
    const fix = await run(repo, 'main', { make_latest: 'true' })
    expect(fix.stdout).not.toMatch(/::error::/)
    expect(fix.stdout).toContain('Release line: maintenance 1.x')
    expect(fix.outputs).toMatchObject({ released: 'true', new_version: '1.2.1', previous_tag: 'v1.2.0' })
    expect(github.release('v1.2.1')).toMatchObject({ make_latest: 'false' })
    expect(repo.gitIn(repo.origin, 'rev-parse', '1.x')).toBe(repo.git('rev-parse', 'HEAD'))
  })

  it('next releases candidates as GitHub prereleases; main promotes the last one and takes "latest"', async () => {
    const repo = repository('release_lines:\n  channels:\n    next: rc\n')
    repo.publish('main', '--tags')
    github.addRelease('v1.2.0', { latest: true })
    repo.git('checkout', '-q', '-b', 'next')
    repo.commit('feat(api): streaming')
    const rc = await run(repo, 'next')
    expect(rc.outputs).toMatchObject({ new_version: '1.3.0-rc.1', tag: 'v1.3.0-rc.1' })
    expect(github.release('v1.3.0-rc.1')).toMatchObject({ prerelease: true, make_latest: 'false' })
    expect(github.latestTag()).toBe('v1.2.0')
    expect(repo.read('pyproject.toml')).toContain('version = "1.3.0rc1"')

    repo.git('checkout', '-q', 'main')
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge branch next', 'next')
    repo.commit('fix: typo')
    const stable = await run(repo, 'main')
    expect(stable.outputs).toMatchObject({ new_version: '1.3.0', previous_tag: 'v1.2.0', bump: 'minor' })
    expect(stable.outputs.reason).toMatch(/^promotes release candidate v1\.3\.0-rc\.1 to 1\.3\.0/)
    expect(stable.summary).toContain('promotes release candidate v1.3.0-rc.1')
    expect(github.release('v1.3.0')).toMatchObject({ prerelease: false, make_latest: 'true' })
    expect(github.release('v1.3.0')?.body).toContain('streaming')
    expect(github.latestTag()).toBe('v1.3.0')

    // a branch of no line: the error lists the lines, before anything is read from GitHub
    repo.git('checkout', '-q', '-b', 'feature/x')
    const stray = await run(repo, 'feature/x')
    expect(stray.code).toBe(1)
    expect(stray.stdout).toContain(
      '::error::Branch feature/x matches no release line of release_lines: main (default branch), hotfix/* (hotfix), *.x (maintenance), *.*.x (maintenance), next (channel, rc).'
    )
  })
})
