import { parseSettings } from '../../src/core/config/settings.js'
import { ConfigurationError } from '../../src/core/errors.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runRelease, type ReleaseResult } from '../../src/usecases/release/index.js'
import { outputsOf } from '../../src/usecases/outputs.js'
import { runRollback } from '../../src/usecases/rollback/rollback.js'
import { OctokitReleases } from '../../src/adapters/github/index.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')

function release(dir: string, inputs: Record<string, string> = {}): Promise<ReleaseResult> {
  const settings = parseSettings(name => inputs[name])
  return runRelease(settings, {
    git: new ExecGit(dir),
    remote: new ExecGit(dir),
    origin: new ExecGit(dir),
    files: new LocalFiles(dir),
    log: silentLogger,
    env: { now: NOW, serverUrl: 'https://github.com', repository: 'acme/kit' }
  })
}

const LOCK = (version: string) =>
  `{\n  "name": "@acme/kit",\n  "version": "${version}",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n    "": {\n      "name": "@acme/kit",\n      "version": "${version}"\n    },\n    "node_modules/dep": {\n      "version": "1.2.0"\n    }\n  }\n}\n`

/** A repository with Python, npm and Swift packages, released as v1.2.0. */
function polyglot(extra: Record<string, string> = {}): TestRepo {
  const repo = TestRepo.create()
  repo.commit('chore: initial', {
    'pyproject.toml': '[project]\nname = "acme-kit"\nversion = "1.2.0"\n',
    'src/acme_kit/__init__.py': '__version__ = "1.2.0"\n',
    'package.json': '{\n  "name": "@acme/kit",\n  "version": "1.2.0"\n}\n',
    'package-lock.json': LOCK('1.2.0'),
    'Package.swift': '// swift-tools-version:5.9\n',
    'Sources/Kit/Version.swift': 'public let kitVersion = "1.2.0"\n',
    ...extra
  })
  repo.tag('v1.2.0')
  repo.commit('feat: streaming', { 'a.txt': 'a' })
  repo.publish('main', '--tags')
  return repo
}

describe('one release, written in each ecosystem’s own spelling', () => {
  const repos: TestRepo[] = []
  const track = (repo: TestRepo) => (repos.push(repo), repo)
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  it('a release candidate: PEP 440 in Python files, SemVer in the tag, package.json, its lock and Swift', async () => {
    const repo = track(polyglot())
    const result = await release(repo.dir, { prerelease: 'rc', push: 'true' })
    expect(result.plan.version).toBe('1.3.0-rc.1')
    expect(repo.read('pyproject.toml')).toContain('version = "1.3.0rc1"')
    expect(repo.read('src/acme_kit/__init__.py')).toBe('__version__ = "1.3.0rc1"\n')
    expect(repo.read('package.json')).toContain('"version": "1.3.0-rc.1"')
    expect(repo.read('package-lock.json')).toBe(
      LOCK('1.3.0-rc.1').replace('"version": "1.3.0-rc.1"\n    }\n  }', '"version": "1.2.0"\n    }\n  }')
    )
    expect(repo.read('Sources/Kit/Version.swift')).toBe('public let kitVersion = "1.3.0-rc.1"\n')
    expect(repo.git('tag', '--points-at', 'HEAD').trim()).toBe('v1.3.0-rc.1')
    expect(repo.git('show', '--stat', '--format=', 'HEAD')).toContain('package-lock.json')
    expect(result.versionFiles).toEqual(
      expect.arrayContaining([
        { path: 'pyproject.toml', from: '1.2.0', to: '1.3.0rc1' },
        { path: 'package-lock.json', from: '1.2.0', to: '1.3.0-rc.1' }
      ])
    )
    const outputs = outputsOf(result, '')
    expect(outputs).toMatchObject({
      new_version: '1.3.0-rc.1',
      pep440_version: '1.3.0rc1',
      docker_version: '1.3.0-rc.1'
    })
    // the install lines come from the metadata the repository has, each in its own spelling
    expect(result.plan.notes).toContain('`pip install acme-kit==1.3.0rc1`')
    expect(result.plan.notes).toContain('`npm install @acme/kit@1.3.0-rc.1`')
    expect(result.plan.notes).toContain('.package(url: "https://github.com/acme/kit.git", exact: "1.3.0-rc.1")')

    // the next candidate reads the PEP 440 version back and counts on
    repo.commit('fix: edge', { 'b.txt': 'b' })
    await release(repo.dir, { prerelease: 'rc' })
    expect(repo.read('pyproject.toml')).toContain('version = "1.3.0rc2"')
  })

  it('leaves placeholders and files turned off alone; package-lock.json never moves without package.json', async () => {
    const repo = track(
      polyglot({
        'package.json': '{\n  "name": "@acme/kit",\n  "version": "0.0.0-development"\n}\n',
        'package-lock.json': LOCK('0.0.0-development')
      })
    )
    const result = await release(repo.dir, { version_files: '!src/acme_kit/__init__.py' })
    expect(result.plan.version).toBe('1.3.0')
    expect(repo.read('package.json')).toContain('"0.0.0-development"')
    expect(repo.read('package-lock.json')).toBe(LOCK('0.0.0-development'))
    expect(repo.read('src/acme_kit/__init__.py')).toBe('__version__ = "1.2.0"\n')
    expect(repo.read('pyproject.toml')).toContain('version = "1.3.0"')
    expect(result.versionFiles.map(file => file.path).sort()).toEqual(['Sources/Kit/Version.swift', 'pyproject.toml'])
    // the version is put in at publish time, but the package is published: its install line stays
    expect(result.plan.notes).toContain('`npm install @acme/kit@1.3.0`')
  })

  it('a prerelease Python cannot spell: one error naming the fix, nothing changed', async () => {
    const repo = track(polyglot())
    const before = repo.snapshot()
    await expect(release(repo.dir, { prerelease: 'nightly', push: 'true' })).rejects.toThrow(ConfigurationError)
    await expect(release(repo.dir, { prerelease: 'nightly' })).rejects.toThrow(/no PEP 440 form.*alpha, b, beta, c, rc/)
    expect(repo.snapshot()).toEqual(before)
  })
})

describe('rollback names the manual steps of what the repository publishes, nothing else', () => {
  const TOKEN = 'ghs_testTokenForTheFakeServer0123456789'
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function released(files: Record<string, string>): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', files)
    repo.tag('v1.2.3')
    repo.commit('feat: x')
    repo.tag('v1.3.0-rc.1')
    repo.publish('main', '--tags')
    github.addRelease('v1.2.3')
    github.addRelease('v1.3.0-rc.1')
    return repo
  }

  const rollback = (repo: TestRepo, inputs: Record<string, string>) =>
    runRollback(
      parseSettings(name => ({ mode: 'rollback', ...inputs })[name]),
      {
        git: new ExecGit(repo.dir),
        remote: new ExecGit(repo.dir),
        origin: new ExecGit(repo.dir),
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: NOW, actor: 'octocat' },
        github: new OctokitReleases(TOKEN, 'acme/kit', github.url, FAST_CLIENT)
      }
    )

  it('a Node package: npm steps, no PyPI, no Docker', async () => {
    const repo = released({ 'package.json': '{ "name": "@acme/kit", "version": "1.2.3" }\n' })
    const result = await rollback(repo, { version: '1.3.0-rc.1', force: 'true' })
    expect(result.manual).toHaveLength(1)
    expect(result.manual[0]).toContain('npm deprecate @acme/kit@1.3.0-rc.1')
    expect(result.manual.join('\n')).not.toMatch(/PyPI|Docker/)
  })

  it('a Python package: the PyPI step in PEP 440; Docker only with docker_image, in its tag form', async () => {
    const repo = released({ 'pyproject.toml': '[project]\nname = "acme-kit"\nversion = "1.2.3"\n' })
    const result = await rollback(repo, { version: '1.3.0-rc.1', force: 'true', docker_image: 'acme/kit' })
    expect(result.manual[0]).toContain(
      'Yank acme-kit==1.3.0rc1 at https://pypi.org/manage/project/acme-kit/release/1.3.0rc1/'
    )
    expect(result.manual[1]).toContain('docker buildx imagetools create -t acme/kit:latest acme/kit:1.2.3')
    expect(result.manual).toHaveLength(2)
  })

  it('a Swift package: no manual steps', async () => {
    const repo = released({ 'Package.swift': '// swift-tools-version:5.9\n' })
    expect((await rollback(repo, { version: '1.3.0-rc.1', force: 'true' })).manual).toEqual([])
  })
})
