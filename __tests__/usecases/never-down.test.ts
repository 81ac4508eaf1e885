/** Never down (issue 22): the files' version and tags under another prefix, on real repositories. */
import { parseSettings } from '../../src/core/config/settings.js'
import { ConfigurationError } from '../../src/core/errors.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runRelease, type ReleaseResult } from '../../src/usecases/release/index.js'
import { TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')

function release(dir: string, inputs: Record<string, string> = {}): Promise<ReleaseResult> {
  return runRelease(
    parseSettings(name => inputs[name]),
    {
      git: new ExecGit(dir),
      remote: new ExecGit(dir),
      origin: new ExecGit(dir),
      files: new LocalFiles(dir),
      log: silentLogger,
      env: { now: NOW }
    }
  )
}

const PYPROJECT = (version: string) => `[project]\nname = "acme-kit"\nversion = "${version}"\n`

async function refused(repo: TestRepo, inputs: Record<string, string>, message: RegExp): Promise<void> {
  const before = repo.snapshot()
  const error = await release(repo.dir, inputs).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ConfigurationError)
  expect((error as Error).message).toMatch(message)
  expect((error as Error).message).toMatch(/Nothing was changed/)
  expect(repo.snapshot()).toEqual(before)
}

describe('a release never goes down', () => {
  const repos: TestRepo[] = []
  const track = (repo: TestRepo) => (repos.push(repo), repo)
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  it('with no tag, goes on from the version pyproject.toml holds, not initial_version', async () => {
    const repo = track(TestRepo.create())
    repo.commit('chore: initial', {
      'pyproject.toml': PYPROJECT('2.5.0'),
      'acme_kit/__init__.py': '__version__ = "2.5.0"\n'
    })
    repo.commit('feat: streaming', { 'a.txt': 'a' })
    const result = await release(repo.dir)
    expect(result.plan).toMatchObject({ released: true, version: '2.6.0', tag: 'v2.6.0' })
    expect(result.plan.reason).toMatch(
      /2\.5\.0 → 2\.6\.0 \(acme_kit\/__init__\.py holds 2\.5\.0|pyproject\.toml holds 2\.5\.0/
    )
    expect(result.plan.reason).toMatch(/above initial_version 1\.0\.0/)
    expect(repo.read('pyproject.toml')).toBe(PYPROJECT('2.6.0'))
    expect(repo.read('acme_kit/__init__.py')).toBe('__version__ = "2.6.0"\n')
  })

  it('names the tags of the other prefix and the setting that reads them', async () => {
    const repo = track(TestRepo.create())
    repo.commit('chore: initial', { 'pyproject.toml': PYPROJECT('2.5.0') })
    repo.tag('2.4.0')
    repo.commit('fix: x', { 'b.txt': 'b' })
    repo.tag('2.5.0')
    repo.commit('fix: edge', { 'a.txt': 'a' })
    const result = await release(repo.dir, { dry_run: 'true' })
    expect(result.plan).toMatchObject({ released: true, version: '2.5.1' })
    expect(result.plan.reason).toContain('no vX.Y.Z tag, but 2.5.0, 2.4.0 look like releases under another prefix')
    expect(result.plan.reason).toContain('tag_prefix: ""')
  })

  it('refuses a first release below the tags of the other prefix, naming tag_prefix: ""', async () => {
    const repo = track(TestRepo.create())
    repo.commit('chore: initial', { 'a.txt': 'a' })
    repo.tag('2.5.0')
    repo.commit('feat: b', { 'b.txt': 'b' })
    await refused(repo, {}, /would not be above 2\.5\.0.*Set tag_prefix: ""/)
  })

  it('refuses a version below a prerelease the files hold (1.4.0.dev0 after v1.2.0)', async () => {
    const repo = track(TestRepo.create())
    repo.commit('chore: initial', { 'pyproject.toml': PYPROJECT('1.2.0') })
    repo.tag('v1.2.0')
    repo.commit('chore: open 1.4', { 'pyproject.toml': PYPROJECT('1.4.0.dev0') })
    repo.commit('fix: edge', { 'a.txt': 'a' })
    await refused(
      repo,
      {},
      /v1\.2\.1 would take the version down: pyproject\.toml holds 1\.4\.0\.dev0.*Release-As: 1\.4\.0/
    )
  })

  it('goes on from a package version above the last tag', async () => {
    const repo = track(TestRepo.create())
    repo.commit('chore: initial', { 'pyproject.toml': '[project]\nname = "acme-kit"\ndynamic = ["version"]\n' })
    repo.tag('v1.2.0')
    repo.commit('chore: bump', { 'src/acme_kit/__init__.py': '__version__ = "1.5.0"\n' })
    repo.commit('feat: x', { 'a.txt': 'a' })
    const result = await release(repo.dir)
    expect(result.plan).toMatchObject({ version: '1.6.0', previousTag: 'v1.2.0' })
    expect(result.plan.reason).toContain('src/acme_kit/__init__.py holds 1.5.0, above the last release tag v1.2.0')
    expect(repo.read('src/acme_kit/__init__.py')).toBe('__version__ = "1.6.0"\n')
  })

  it('completes the release commit of an earlier run from the version before it', async () => {
    const repo = track(TestRepo.create())
    repo.commit('chore: initial', { 'pyproject.toml': PYPROJECT('2.5.0') })
    repo.commit('feat: streaming', { 'a.txt': 'a' })
    // an earlier run committed v2.6.0 and stopped before its tag
    repo.commit('chore(release): v2.6.0', { 'pyproject.toml': PYPROJECT('2.6.0') })
    const result = await release(repo.dir)
    expect(result.plan).toMatchObject({ version: '2.6.0' })
    expect(repo.git('tag', '--points-at', 'HEAD')).toBe('v2.6.0')
  })

  it('refuses a post candidate in a Python project, nothing changed', async () => {
    const repo = track(TestRepo.create())
    repo.commit('chore: initial', { 'pyproject.toml': PYPROJECT('1.2.0') })
    repo.tag('v1.2.0')
    repo.commit('feat: x', { 'a.txt': 'a' })
    await refused(repo, { prerelease: 'post' }, /post-release \(1\.3\.0\.postN\), which pip sorts after 1\.3\.0/)
  })
})
