import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { base64Subjects, sha256sums } from '../../src/core/publish/checksums.js'
import { ConfigurationError } from '../../src/core/errors.js'
import {
  buildSbom,
  packageLock,
  packageResolved,
  purl,
  pyprojectPackage,
  requirementsFile
} from '../../src/core/publish/sbom.js'
import { parseSettings } from '../../src/core/config/settings.js'
import type { ArtifactUploader } from '../../src/usecases/ports.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { OctokitPublisher } from '../../src/adapters/github/index.js'
import { silentLogger } from '../../src/adapters/logger.js'
import {
  executePublish,
  preparePublish,
  publishOutputs,
  type PublishDeps,
  type PublishResult,
  type PublishTarget
} from '../../src/usecases/publish/publish.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { releasePublisher } from '../../src/usecases/publish/publish-target.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { projects, type TestRepo } from '../helpers/repo.js'

const TOKEN = 'ghs_publishTestToken11111111111111111111'
const schema = JSON.parse(
  readFileSync(path.join(process.cwd(), '__tests__', 'fixtures', 'spdx-2.3.schema.json'), 'utf8')
) as object
const ajv = new Ajv({ allErrors: true, strict: false })
addFormats.default(ajv)
const validateSpdx = ajv.compile(schema)

/** Valid against the official SPDX 2.3 JSON schema, and every relationship names an element of the document. */
function expectValidSpdx(doc: Record<string, unknown>): void {
  const valid = validateSpdx(doc)
  expect(valid ? [] : validateSpdx.errors).toEqual([])
  const ids = new Set(['SPDXRef-DOCUMENT', ...(doc.packages as Array<{ SPDXID: string }>).map(p => p.SPDXID)])
  for (const rel of doc.relationships as Array<{ spdxElementId: string; relatedSpdxElement: string }>) {
    expect(ids.has(rel.spdxElementId)).toBe(true)
    expect(ids.has(rel.relatedSpdxElement)).toBe(true)
  }
  expect(new Set((doc.packages as Array<{ SPDXID: string }>).map(p => p.SPDXID)).size).toBe(
    (doc.packages as unknown[]).length
  )
}

const RESOLVED_V2 = JSON.stringify({
  pins: [
    {
      identity: 'swift-numerics',
      kind: 'remoteSourceControl',
      location: 'https://github.com/apple/swift-numerics.git',
      state: { revision: 'abc', version: '1.0.2' }
    },
    {
      identity: 'swift-collections',
      kind: 'remoteSourceControl',
      location: 'https://github.com/apple/swift-collections',
      state: { branch: 'main', revision: 'def' }
    }
  ],
  version: 2
})
const RESOLVED_V3 = JSON.stringify({
  originHash: 'x',
  pins: [
    {
      identity: 'swift-argument-parser',
      kind: 'remoteSourceControl',
      location: 'https://github.com/apple/swift-argument-parser.git',
      state: { revision: 'a1', version: '1.5.0' }
    }
  ],
  version: 3
})
const LOCK_V3 = JSON.stringify({
  name: 'web',
  lockfileVersion: 3,
  packages: {
    '': { name: 'web' },
    'node_modules/react': { version: '18.3.1' },
    'node_modules/@types/node': { version: '20.1.0', dev: true },
    'node_modules/a/node_modules/b': { version: '1.0.0' }
  }
})
const PYPROJECT =
  '[project]\nname = "fast-vlm-ondevice"\nversion = "1.2.0"\nlicense = { text = "Apache-2.0" }\ndependencies = ["numpy>=1.24", "coremltools==7.2", "pillow[webp] (>=10,<12) ; python_version>=\'3.10\'"]\n\n[project.optional-dependencies]\ndev = ["pytest==8.3.2"]\n\n[project.urls]\nHomepage = "https://example.com/fastvlm"\n'

describe('SBOM sources', () => {
  it('reads pyproject dependencies with optional groups, pins and ranges', () => {
    const { root, dependencies } = pyprojectPackage(PYPROJECT)
    expect(root).toEqual({ name: 'fast-vlm-ondevice', license: 'Apache-2.0', homepage: 'https://example.com/fastvlm' })
    expect(dependencies.map(d => [d.name, d.version, d.range, d.group ?? null])).toEqual([
      ['numpy', null, '>=1.24', null],
      ['coremltools', '7.2', null, null],
      ['pillow', null, '>=10,<12', null],
      ['pytest', '8.3.2', null, 'dev']
    ])
  })
  it('reads requirements files, skipping options, comments and URLs', () => {
    expect(
      requirementsFile(
        '# comment\n-r base.txt\nnumpy==1.26.4  # pinned\ntorch>=2.1\n--index-url https://x\nhttps://example.com/pkg.whl\n\nrequests\n',
        'requirements.txt'
      ).map(d => [d.name, d.version, d.range])
    ).toEqual([
      ['numpy', '1.26.4', null],
      ['torch', null, '>=2.1'],
      ['requests', null, null]
    ])
  })
  it('reads Package.resolved v1, v2 and v3, and package-lock v1 and v3', () => {
    expect(packageResolved(RESOLVED_V2, 'Package.resolved').map(d => [d.name, d.version, d.range])).toEqual([
      ['swift-numerics', '1.0.2', null],
      ['swift-collections', null, 'branch main']
    ])
    expect(packageResolved(RESOLVED_V3, 'Package.resolved').map(d => d.name)).toEqual(['swift-argument-parser'])
    expect(
      packageResolved(
        JSON.stringify({
          object: {
            pins: [
              {
                package: 'Alamofire',
                repositoryURL: 'https://github.com/Alamofire/Alamofire.git',
                state: { version: '5.9.0' }
              }
            ]
          },
          version: 1
        }),
        'Package.resolved'
      )[0].version
    ).toBe('5.9.0')
    expect(packageLock(LOCK_V3, 'package-lock.json').map(d => [d.name, d.version, d.group ?? null])).toEqual([
      ['react', '18.3.1', null],
      ['@types/node', '20.1.0', 'dev'],
      ['b', '1.0.0', null]
    ])
    expect(
      packageLock(
        JSON.stringify({ lockfileVersion: 1, dependencies: { lodash: { version: '4.17.21' } } }),
        'package-lock.json'
      )[0].name
    ).toBe('lodash')
  })
  it('names the file and position of malformed input', () => {
    expect(() => pyprojectPackage('[project\nname = "x"\n')).toThrow(/^pyproject\.toml:1:\d+: not valid TOML/)
    expect(() => packageResolved('{\n  "pins": [\n    {,}\n  ]\n}', 'ios/Package.resolved')).toThrow(
      /^ios\/Package\.resolved:3:\d+: not valid JSON/
    )
    expect(() => packageLock('{"name": "x"}', 'package-lock.json')).toThrow(ConfigurationError)
  })
  it('makes purls for each ecosystem', () => {
    expect(purl({ name: 'Pillow_SIMD', ecosystem: 'pypi', version: '9.0' })).toBe('pkg:pypi/pillow-simd@9.0')
    expect(purl({ name: '@types/node', ecosystem: 'npm', version: '20.1.0' })).toBe('pkg:npm/%40types/node@20.1.0')
    expect(
      purl({
        name: 'swift-numerics',
        ecosystem: 'swift',
        version: '1.0.2',
        location: 'https://github.com/apple/swift-numerics.git'
      })
    ).toBe('pkg:swift/github.com/apple/swift-numerics@1.0.2')
    expect(purl({ name: 'numpy', ecosystem: 'pypi', version: null })).toBe('pkg:pypi/numpy')
  })
})

describe('SPDX 2.3 document', () => {
  it('validates against the official schema, describes the package and depends on each dependency', () => {
    const deps = [
      ...pyprojectPackage(PYPROJECT).dependencies,
      ...packageResolved(RESOLVED_V2, 'ios/Package.resolved'),
      ...packageLock(LOCK_V3, 'package-lock.json')
    ]
    const doc = buildSbom({
      root: {
        name: 'fast-vlm-ondevice',
        version: '1.3.0',
        license: 'Apache-2.0',
        homepage: null,
        downloadLocation: 'git+https://github.com/acme/fastvlm.git@v1.3.0'
      },
      dependencies: deps,
      created: '2026-11-25T12:00:00Z',
      namespaceBase: 'https://github.com/acme/fastvlm/releases/v1.3.0',
      toolVersion: '0.1.0'
    })
    expectValidSpdx(doc)
    const packages = doc.packages as Array<Record<string, unknown>>
    expect(packages[0]).toMatchObject({
      name: 'fast-vlm-ondevice',
      versionInfo: '1.3.0',
      licenseDeclared: 'Apache-2.0',
      externalRefs: [{ referenceLocator: 'pkg:pypi/fast-vlm-ondevice@1.3.0' }]
    })
    expect(packages.find(p => p.name === 'numpy')).toMatchObject({
      versionInfo: '>=1.24',
      licenseDeclared: 'NOASSERTION',
      downloadLocation: 'NOASSERTION'
    })
    const rels = doc.relationships as Array<{
      spdxElementId: string
      relationshipType: string
      relatedSpdxElement: string
    }>
    expect(rels[0]).toEqual({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: packages[0].SPDXID
    })
    expect(rels.filter(r => r.relationshipType === 'DEPENDS_ON')).toHaveLength(deps.length - 2)
    // the dev group of pyproject and npm's dev packages are development dependencies of the package
    expect(
      rels.filter(r => r.relationshipType === 'DEV_DEPENDENCY_OF').map(r => [r.spdxElementId, r.relatedSpdxElement])
    ).toEqual([
      ['SPDXRef-Package-pypi-pytest-8.3.2', packages[0].SPDXID],
      ['SPDXRef-Package-npm--types-node-20.1.0', packages[0].SPDXID]
    ])
  })
  it('says NOASSERTION for a licence that is not an SPDX expression', () => {
    const doc = buildSbom({
      root: {
        name: 'p',
        version: '1.0.0',
        license: 'Proprietary, see LICENSE file',
        homepage: null,
        downloadLocation: null
      },
      dependencies: [],
      created: '2026-11-25T12:00:00Z',
      namespaceBase: 'https://spdx.org/spdxdocs',
      toolVersion: '0'
    })
    expectValidSpdx(doc)
    expect((doc.packages as Array<Record<string, unknown>>)[0]).toMatchObject({
      licenseDeclared: 'NOASSERTION',
      downloadLocation: 'NOASSERTION'
    })
  })
})

describe('checksums', () => {
  it('writes sha256sum format and its base64', () => {
    const sums = sha256sums([
      { name: 'b.whl', sha256: 'b'.repeat(64) },
      { name: 'a.tar.gz', sha256: 'a'.repeat(64) }
    ])
    expect(sums).toBe(`${'a'.repeat(64)}  a.tar.gz\n${'b'.repeat(64)}  b.whl\n`)
    expect(Buffer.from(base64Subjects(sums), 'base64').toString()).toBe(sums)
  })
})

describe('publishing the GitHub release', () => {
  const { project, cleanup } = projects()
  let github: FakeGitHub
  const uploads: Array<{ name: string; files: string[]; root: string }> = []
  const artifact: ArtifactUploader = {
    upload: async (name, files, root) => {
      uploads.push({ name, files, root })
      return { id: 1 }
    }
  }
  beforeAll(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  beforeEach(() => github.clearReleases())
  afterAll(async () => {
    cleanup()
    await github.stop()
  })

  function built(repo: TestRepo, version: string): void {
    repo.write(`dist/fast_vlm_ondevice-${version}-py3-none-any.whl`, `wheel ${version}`)
    repo.write(`dist/fast-vlm-ondevice-${version}.tar.gz`, `sdist ${version}`)
    repo.write(`bench/benchmarks-${version}.json`, '{"latency_ms": 10}')
  }

  /** Octokit's throttling (one write a second) only where a test is about it: the rate-limit test. */
  let throttle = false
  function deps(repo: TestRepo): PublishDeps {
    return {
      files: new LocalFiles(repo.dir),
      github: new OctokitPublisher(TOKEN, 'acme/fastvlm', github.url, undefined, { throttle }),
      artifact,
      log: silentLogger,
      toolVersion: '0.1.0'
    }
  }

  /** The Fast VLM kit's assets, as its configuration names them (docs/examples/). */
  const KIT_ASSETS = [
    'fast-vlm-ondevice-{pep440_version}.tar.gz',
    'fast_vlm_ondevice-{pep440_version}-py3-none-any.whl',
    'FastVLMKit-{version}.zip',
    'models-{version}.zip',
    'benchmarks-{version}.json',
    'SBOM-{version}.json'
  ].join('\n')

  async function release(repo: TestRepo, inputs: Record<string, string>) {
    const settings = parseSettings(
      name => ({ create_release: 'true', assets: 'dist/*\nbench/*.json', expected_assets: KIT_ASSETS, ...inputs })[name]
    )
    let published: PublishResult | null = null
    const env = { now: new Date('2026-11-25T12:00:00Z'), serverUrl: 'https://github.com', repository: 'acme/fastvlm' }
    const result = await runRelease(settings, {
      git: new ExecGit(repo.dir),
      remote: new ExecGit(repo.dir),
      origin: new ExecGit(repo.dir),
      files: new LocalFiles(repo.dir),
      log: silentLogger,
      env,
      publish: releasePublisher(settings, new ExecGit(repo.dir), env, deps(repo), value => {
        published = value
      })
    })
    return { result, published: published!, outputs: publishOutputs(published) }
  }

  it('creates the release with the notes, uploads assets, SBOM and SHA256SUMS; hashes verify with sha256sum -c', async () => {
    const repo = project('feat: streaming')
    built(repo, '1.3.0')
    const { published, outputs, result } = await release(repo, { push: 'true' })
    const gh = github.release('v1.3.0')!
    expect(gh).toMatchObject({
      name: 'Release v1.3.0',
      body: result.plan.notes,
      draft: false,
      prerelease: false,
      make_latest: 'true',
      target_commitish: result.commitSha
    })
    expect(gh.assets.map(a => [a.name, a.content_type]).sort()).toEqual([
      ['SBOM-1.3.0.json', 'application/json'],
      ['SHA256SUMS', 'text/plain'],
      ['benchmarks-1.3.0.json', 'application/json'],
      ['fast-vlm-ondevice-1.3.0.tar.gz', 'application/gzip'],
      ['fast_vlm_ondevice-1.3.0-py3-none-any.whl', 'application/zip']
    ])
    expect(outputs.release_url).toBe('https://github.com/acme/fastvlm/releases/tag/v1.3.0')
    expect(outputs.upload_url).toMatch(/\/uploads\/repos\/acme\/fastvlm\/releases\/\d+\/assets\{\?name,label\}$/)
    const assets = JSON.parse(outputs.assets) as Array<{ name: string; size: number; sha256: string; url: string }>
    expect(assets.find(a => a.name === 'fast-vlm-ondevice-1.3.0.tar.gz')).toMatchObject({
      size: 11,
      url: 'https://github.com/acme/fastvlm/releases/download/v1.3.0/fast-vlm-ondevice-1.3.0.tar.gz'
    })
    expect(published.expected.filter(a => !a.found).map(a => a.name)).toEqual([
      'FastVLMKit-1.3.0.zip',
      'models-1.3.0.zip'
    ])
    // the SLSA subjects: every asset is in the sums and checks out where the assets are
    repo.write('dist/benchmarks-1.3.0.json', repo.read('bench/benchmarks-1.3.0.json'))
    const check = execFileSync('bash', ['-c', 'echo "$HASHES" | base64 -d | sha256sum -c'], {
      cwd: path.join(repo.dir, 'dist'),
      env: { ...process.env, HASHES: outputs.hashes },
      encoding: 'utf8'
    })
    expect(check.trim().split('\n').sort()).toEqual([
      'SBOM-1.3.0.json: OK',
      'benchmarks-1.3.0.json: OK',
      'fast-vlm-ondevice-1.3.0.tar.gz: OK',
      'fast_vlm_ondevice-1.3.0-py3-none-any.whl: OK'
    ])
    expectValidSpdx(JSON.parse(repo.read(outputs.sbom)) as Record<string, unknown>)
    expect(outputs.sbom).toBe('dist/SBOM-1.3.0.json')
    expect(github.requests.every(r => r.authorization === `token ${TOKEN}`)).toBe(true)
  })

  it('on a rerun updates the release and replaces assets of the same name', async () => {
    const repo = project('fix: x')
    built(repo, '1.2.1')
    await release(repo, { push: 'true' })
    const first = github.release('v1.2.1')!
    const id = first.id
    // the run is repeated (mode: publish on the tagged commit), with a rebuilt wheel
    repo.write('dist/fast_vlm_ondevice-1.2.1-py3-none-any.whl', 'rebuilt wheel')
    const settings = parseSettings(
      name => ({ mode: 'publish', create_release: 'true', assets: 'dist/*', release_title: '{tag} (FastVLM)' })[name]
    )
    const { existingReleaseTarget } = await import('../../src/usecases/publish/publish-target.js')
    const target = await existingReleaseTarget(new ExecGit(repo.dir), settings, {
      now: new Date(),
      repository: 'acme/fastvlm',
      serverUrl: 'https://github.com'
    })
    const again = await executePublish(settings, target, await preparePublish(settings, target, deps(repo)), deps(repo))
    const second = github.release('v1.2.1')!
    expect(second.id).toBe(id)
    expect(second.name).toBe('v1.2.1 (FastVLM)')
    expect(
      second.assets.filter(a => a.name === 'fast_vlm_ondevice-1.2.1-py3-none-any.whl').map(a => a.data.toString())
    ).toEqual(['rebuilt wheel'])
    expect(again.uploaded.map(a => a.name)).toContain('SHA256SUMS')
    expect(github.requests.some(r => r.method === 'DELETE' && /\/releases\/assets\/\d+$/.test(r.path))).toBe(true)
  })

  it('works where releases are immutable: a draft, the assets attached, then published in one step', async () => {
    github.immutable = true
    github.requests.length = 0
    try {
      const repo = project('feat: immutable')
      built(repo, '1.3.0')
      const { published } = await release(repo, { push: 'true' })
      const gh = github.release('v1.3.0')!
      expect(gh.draft).toBe(false)
      expect(gh.assets.map(asset => asset.name)).toEqual(published.assets.map(asset => asset.name).concat('SHA256SUMS'))
      const calls = github.requests
        .filter(r => r.method !== 'GET')
        .map(r => `${r.method} ${r.path.replace(/\d+/g, 'N').replace(/\?.*$/, '')}`)
      expect(calls[0]).toBe('POST /repos/acme/fastvlm/releases')
      expect(calls.at(-1)).toBe('PATCH /repos/acme/fastvlm/releases/N')
      expect(calls.slice(1, -1).every(call => call === 'POST /uploads/repos/acme/fastvlm/releases/N/assets')).toBe(true)
      // issue 22: a rerun of a published, immutable release never touches its assets (GitHub answers
      // 422 to a deletion): it checks them against this run's and reports what differs
      const before = github.release('v1.3.0')!.assets.map(asset => `${asset.id} ${asset.name} ${asset.size}`)
      repo.write('dist/fast_vlm_ondevice-1.3.0-py3-none-any.whl', 'rebuilt')
      const settings = parseSettings(name => ({ mode: 'publish', create_release: 'true', assets: 'dist/*' })[name])
      const { existingReleaseTarget } = await import('../../src/usecases/publish/publish-target.js')
      const target = await existingReleaseTarget(new ExecGit(repo.dir), settings, {
        now: new Date(),
        repository: 'acme/fastvlm',
        serverUrl: 'https://github.com'
      })
      const warnings: string[] = []
      const log = { ...silentLogger, warning: (message: string) => void warnings.push(message) }
      github.requests.length = 0
      const again = await executePublish(settings, target, await preparePublish(settings, target, deps(repo)), {
        ...deps(repo),
        log
      })
      expect(github.requests.filter(r => r.method === 'DELETE' || r.path.startsWith('/uploads/'))).toEqual([])
      expect(github.assetDeletionsRefused).toBe(0)
      expect(github.release('v1.3.0')!.assets.map(asset => `${asset.id} ${asset.name} ${asset.size}`)).toEqual(before)
      expect(warnings.join('\n')).toMatch(
        /immutable release: its assets can't change, and fast_vlm_ondevice-1\.3\.0-py3-none-any\.whl, .*SHA256SUMS differ from the attached bytes.*Nothing was changed/
      )
      // the assets that match are reported with their download address
      expect(again.uploaded.map(asset => asset.name)).toEqual(['fast-vlm-ondevice-1.3.0.tar.gz'])
      expect(
        again.uploaded.every(asset => asset.url.startsWith('https://github.com/acme/fastvlm/releases/download/'))
      ).toBe(true)
    } finally {
      github.immutable = false
    }
  })

  it('draft: true, then a rerun: one GitHub release for the tag (the draft is found by listing releases)', async () => {
    const repo = project('feat: drafted')
    built(repo, '1.3.0')
    await release(repo, { push: 'true', draft: 'true' })
    expect(github.releasesOf('v1.3.0').map(r => r.draft)).toEqual([true])
    // GET /releases/tags/v1.3.0 does not return a draft: the rerun must still find this one
    repo.write('dist/fast_vlm_ondevice-1.3.0-py3-none-any.whl', 'rebuilt wheel')
    const { result } = await release(repo, { push: 'true', draft: 'true' })
    expect(result.status).toBe('resumed')
    const releases = github.releasesOf('v1.3.0')
    expect(releases.length).toBe(1)
    expect(releases[0].draft).toBe(true)
    expect(
      releases[0].assets.filter(a => a.name === 'fast_vlm_ondevice-1.3.0-py3-none-any.whl').map(a => a.data.toString())
    ).toEqual(['rebuilt wheel'])
  })

  it('marks prereleases, and a hotfix below the newest release as not latest; draft on request', async () => {
    const repo = project('feat: a')
    repo.tag('v2.0.0', 'HEAD~1')
    const settings = parseSettings(name => ({ create_release: 'true', draft: 'true' })[name])
    const target: PublishTarget = {
      tag: 'v1.2.1',
      version: '1.2.1',
      notes: 'n',
      notesFile: 'release-notes.md',
      commitSha: 'abc',
      hotfix: true,
      highestVersion: '2.0.0',
      repoUrl: null,
      created: new Date()
    }
    expect((await preparePublish(settings, target, deps(repo))).release).toMatchObject({
      makeLatest: 'false',
      draft: true,
      prerelease: false
    })
    expect(
      (
        await preparePublish(
          settings,
          { ...target, version: '3.0.0-rc.1', tag: 'v3.0.0-rc.1', highestVersion: '2.0.0' },
          deps(repo)
        )
      ).release
    ).toMatchObject({ makeLatest: 'false', prerelease: true })
    expect(
      (await preparePublish(settings, { ...target, version: '2.1.0', highestVersion: '2.1.0' }, deps(repo))).release
        .makeLatest
    ).toBe('true')
  })

  it('mode: publish of a maintenance release (below a higher line) never takes "latest", even with make_latest: true', async () => {
    const repo = project('fix: x')
    built(repo, '1.2.1')
    await release(repo, { push: 'true', create_release: 'false' })
    // a higher line exists: v2.0.0 on another commit
    repo.git('tag', '-a', '-m', 'v2.0.0', 'v2.0.0', 'HEAD~1')
    const settings = parseSettings(name => ({ mode: 'publish', create_release: 'true', make_latest: 'true' })[name])
    const { existingReleaseTarget } = await import('../../src/usecases/publish/publish-target.js')
    const target = await existingReleaseTarget(new ExecGit(repo.dir), settings, { now: new Date() })
    expect((await preparePublish(settings, target, deps(repo))).release).toMatchObject({ makeLatest: 'false' })
    // the newest release itself still may
    const top = await existingReleaseTarget(
      new ExecGit(repo.dir),
      { ...settings, version: '2.0.0' },
      { now: new Date() }
    )
    expect((await preparePublish(settings, top, deps(repo))).release).toMatchObject({ makeLatest: 'true' })
  })

  it('updates the release another run created meanwhile (422) instead of failing', async () => {
    const repo = project('fix: race')
    github.raceOnCreate = true
    await release(repo, {})
    expect([...github.requests].reverse().find(r => r.method === 'PATCH')).toBeDefined()
    expect(github.release('v1.2.1')!.assets.map(a => a.name)).toContain('SHA256SUMS')
  })

  it('backs off on a secondary rate limit instead of failing', async () => {
    const repo = project('fix: limited')
    github.secondaryRateLimitOnce = true
    throttle = true
    try {
      const { outputs } = await release(repo, {})
      expect(outputs.release_url).toContain('v1.2.1')
    } finally {
      throttle = false
    }
  }, 20_000)

  it('surfaces an API failure with its status and what was done, never the token', async () => {
    const repo = project('fix: api down')
    github.failCreate = { status: 403, message: 'Resource not accessible by integration' }
    try {
      await expect(release(repo, {})).rejects.toThrow(
        /GitHub API POST \/repos\/acme\/fastvlm\/releases failed with 403: Resource not accessible by integration\. Done so far: wrote SBOM and SHA256SUMS\. The token needs contents: write/
      )
      await expect(release(repo, {})).rejects.not.toThrow(new RegExp(TOKEN))
    } finally {
      github.failCreate = null
    }
  })

  const bad: Array<[string, Record<string, string>, (repo: TestRepo) => void, RegExp]> = [
    [
      'two globs giving one name',
      { assets: 'dist/*\nother/*' },
      repo => {
        repo.write('dist/a.zip', '1')
        repo.write('other/a.zip', '2')
      },
      /Two assets would have the same name a\.zip: dist\/a\.zip and other\/a\.zip/
    ],
    [
      'a glob matching nothing with require_assets',
      { assets: 'wheels/*.whl', require_assets: 'true' },
      () => undefined,
      /assets: wheels\/\*\.whl matches no file \(require_assets: true\)/
    ],
    [
      'expected assets missing with require_assets',
      { assets: 'dist/*', require_assets: 'true' },
      repo => repo.write('dist/x.whl', 'x'),
      /Expected release assets are missing: fast-vlm-ondevice-1\.2\.1\.tar\.gz/
    ],
    [
      'a malformed Package.resolved',
      { assets: 'dist/*' },
      repo => repo.commit('build: swift', { 'ios/Package.resolved': '{"pins": [' }),
      /ios\/Package\.resolved:1:\d+: not valid JSON/
    ]
  ]
  it.each(bad)('refuses %s before the release is made', async (_name, inputs, setup, message) => {
    const repo = project('fix: y')
    setup(repo)
    const before = repo.snapshot()
    await expect(release(repo, inputs)).rejects.toThrow(message)
    expect(repo.snapshot()).toEqual(before)
  })

  it('warns about a glob that matches nothing, and uploads the artifact', async () => {
    const repo = project('fix: z')
    uploads.length = 0
    const { published } = await release(repo, { assets: 'nothing/*', upload_artifact: 'true' })
    expect(published.warnings[0]).toBe('assets: nothing/* matches no file')
    expect(uploads).toEqual([
      {
        name: 'release-1.2.1',
        files: ['release-notes.md', 'dist/SHA256SUMS', 'dist/SBOM-1.2.1.json'].map(f => path.join(repo.dir, f)),
        root: repo.dir
      }
    ])
  })

  it('in a dry run prepares everything and sends nothing', async () => {
    const repo = project('fix: dry')
    const before = github.requests.length
    const { published, result } = await release(repo, { dry_run: 'true' })
    expect(result.commitSha).toBe('')
    expect(published.dryRun).toBe(true)
    expect(published.release.tag).toBe('v1.2.1')
    expect(github.requests.length).toBe(before)
    expect(repo.git('status', '--porcelain')).toBe('?? release-notes.md')
  })
})
