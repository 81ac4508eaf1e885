/**
 * A GitHub release per component (src/usecases/components/publish.ts): real repositories with a
 * bare origin, the whole mode run through the composition root, GitHub on 127.0.0.1.
 */
import { silentLogger } from '../../../src/adapters/logger.js'
import { loadSettings, noArtifacts, runMode } from '../../../src/compose.js'
import { scrubberFor } from '../../../src/core/text/secrets.js'
import { FAST_CLIENT, FakeGitHub } from '../../helpers/github-server.js'
import { TestRepo } from '../../helpers/repo.js'

const CONFIG = '.github/release-action.yml'
const TOKEN = 'ghs_components_publish_0123456789'
/** A token pasted into a commit message (made at run time: no secret-shaped literal in the sources). */
const PASTED = ['ghp', '_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('')

const COMPONENTS = `components:
  - name: kit
    path: .
  - name: lib
    path: packages/lib
`

interface Entry {
  name: string
  tag: string
  released: boolean
  release_url: string
}

describe('components: a GitHub release per component', () => {
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(async () => {
    await github.stop()
  })
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function monorepo(config = COMPONENTS): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', {
      'pyproject.toml': '[project]\nname = "fast-vlm-kit"\nversion = "1.2.0"\n',
      'README.md': 'kit\n',
      '.gitignore': 'release-notes*.md\nrelease-metrics.json\ndist/\n',
      'packages/lib/package.json': `${JSON.stringify({ name: '@acme/lib', version: '0.3.0' }, null, 2)}\n`,
      'packages/lib/index.js': 'export {}\n',
      [CONFIG]: config
    })
    for (const tag of ['v1.2.0', 'lib-v0.3.0']) repo.tag(tag)
    repo.publish('main', '--tags')
    repo.commit('feat(lib): streaming', { 'packages/lib/index.js': 'export const stream = 1\n' })
    repo.commit('fix: kit readme', { 'README.md': 'kit, fixed\n' })
    // what the build made before the release step: each component's own files
    repo.write('dist/fast_vlm_kit-1.2.1-py3-none-any.whl', 'wheel')
    repo.write('packages/lib/dist/acme-lib-0.4.0.tgz', 'tarball')
    return repo
  }

  async function run(repo: TestRepo, inputs: Record<string, string>) {
    const all = { github_token: TOKEN, create_release: 'true', assets: 'dist/*', ...inputs }
    const loaded = await loadSettings(name => all[name as keyof typeof all], repo.dir)
    return runMode(
      loaded.settings,
      repo.dir,
      {
        GITHUB_REF_NAME: 'main',
        GITHUB_REPOSITORY: github.repository,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com'
      },
      // the action's scrubber: its token, and any token-shaped text
      { log: silentLogger, artifact: noArtifacts, github: FAST_CLIENT, scrub: scrubberFor([{ value: TOKEN }]) },
      loaded
    )
  }

  const writes = () => github.requests.filter(request => request.method !== 'GET')

  it('two components released: two GitHub releases, each with its own notes, title, assets and latest rule', async () => {
    const repo = monorepo()
    repo.commit(`fix(lib): retry the upload (token ${PASTED})`, { 'packages/lib/retry.js': 'export {}\n' })
    const result = await run(repo, { push: 'true', release_title: '{name} {version}' })

    const kit = github.releasesOf('v1.2.1')
    const lib = github.releasesOf('lib-v0.4.0')
    expect(kit).toHaveLength(1)
    expect(lib).toHaveLength(1)
    expect(kit[0]).toMatchObject({ name: 'kit 1.2.1', draft: false, prerelease: false, make_latest: 'true' })
    expect(lib[0]).toMatchObject({ name: 'lib 0.4.0', draft: false, prerelease: false, make_latest: 'false' })
    // each release has its own notes: lib's change in lib's, kit's in kit's
    expect(lib[0].body).toContain('streaming')
    expect(lib[0].body).not.toContain('kit readme')
    expect(kit[0].body).toContain('kit readme')
    expect(kit[0].body).not.toContain('streaming')
    // a secret pasted into a commit message reaches no release, tag or changelog
    expect(lib[0].body).toContain('retry the upload')
    for (const text of [
      lib[0].body,
      repo.git('tag', '-l', '--format=%(contents)', 'lib-v0.4.0'),
      repo.read('packages/lib/CHANGELOG.md')
    ])
      expect(text).not.toContain(PASTED)
    // GitHub's one "latest" release is the root component's
    expect(github.latestTag()).toBe('v1.2.1')
    // each release has the assets of its own path and its own SHA256SUMS
    expect(kit[0].assets.map(asset => asset.name).sort()).toEqual([
      'SBOM-1.2.1.json',
      'SHA256SUMS',
      'fast_vlm_kit-1.2.1-py3-none-any.whl'
    ])
    expect(lib[0].assets.map(asset => asset.name).sort()).toEqual([
      'SBOM-0.4.0.json',
      'SHA256SUMS',
      'acme-lib-0.4.0.tgz'
    ])
    const sums = (release: (typeof kit)[0]) =>
      release.assets.find(asset => asset.name === 'SHA256SUMS')!.data.toString()
    expect(sums(lib[0])).toContain('acme-lib-0.4.0.tgz')
    expect(sums(lib[0])).not.toContain('fast_vlm_kit')
    // the SBOM of a component names it
    const sbom = JSON.parse(lib[0].assets.find(asset => asset.name === 'SBOM-0.4.0.json')!.data.toString()) as {
      name: string
    }
    expect(sbom.name).toContain('lib')
    // every release made as a draft first, then published
    expect(
      github.bodies.filter(b => b.method === 'POST' && /\/releases$/.test(b.path)).map(b => JSON.parse(b.body).draft)
    ).toEqual([true, true])
    // the releases output: each entry gains release_url, the other keys as before; the lead's outputs
    const releases = JSON.parse(result.outputs.releases ?? '[]') as Entry[]
    expect(releases.map(r => [r.name, r.tag, r.released, r.release_url !== ''])).toEqual([
      ['kit', 'v1.2.1', true, true],
      ['lib', 'lib-v0.4.0', true, true]
    ])
    expect(releases[1].release_url).toMatch(/lib-v0\.4\.0$/)
    expect(result.outputs.release_url).toBe(releases[0].release_url)
    expect(result.summary).toContain('### Publishing `v1.2.1`')
    expect(result.summary).toContain('### Publishing `lib-v0.4.0`')
  })

  it('a rerun after a crash between the first and the second release publishes the missing one, no duplicate', async () => {
    const repo = monorepo()
    // GitHub fails the lookup of lib's release (the call and its 2 retries): kit is published, then the run stops
    github.failNext('GET', /\/releases\/tags\/lib-v0\.4\.0$/, 500, 3)
    await expect(run(repo, { push: 'true' })).rejects.toThrow(
      /lib-v0\.4\.0 failed: .*Published: v1\.2\.1; not attempted: none/
    )
    // the release happened: the commit and both tags reached origin
    expect(repo.remoteRefs()).toContain('refs/tags/lib-v0.4.0')
    expect(repo.remoteRefs()).toContain('refs/tags/v1.2.1')
    expect(github.releasesOf('v1.2.1')).toHaveLength(1)
    expect(github.hasRelease('lib-v0.4.0')).toBe(false)
    const commit = repo.head()

    const again = await run(repo, { push: 'true' })
    expect(again.outputs).toMatchObject({ released: 'true', resumed: 'true' })
    expect(repo.head()).toBe(commit)
    expect(github.releasesOf('v1.2.1')).toHaveLength(1)
    expect(github.releasesOf('lib-v0.4.0')).toHaveLength(1)
    // the notes are the ones the tag holds, not a placeholder
    expect(github.release('lib-v0.4.0')!.body).toContain('streaming')
    expect(github.release('lib-v0.4.0')!.draft).toBe(false)
    const releases = JSON.parse(again.outputs.releases ?? '[]') as Entry[]
    expect(releases.every(r => r.release_url !== '')).toBe(true)
  })

  it('a rerun after a crash mid-upload finds the draft by listing and publishes it, never a second release', async () => {
    const repo = monorepo()
    // kit's first asset upload fails (the call and its 2 retries): its release stays a draft
    github.failNext('POST', /^\/uploads\//, 500, 3)
    await expect(run(repo, { push: 'true' })).rejects.toThrow(/v1\.2\.1 failed: .*not attempted: lib-v0\.4\.0/)
    expect(github.releasesOf('v1.2.1').map(r => r.draft)).toEqual([true])
    github.requests.length = 0

    await run(repo, { push: 'true' })
    expect(github.releasesOf('v1.2.1').map(r => r.draft)).toEqual([false])
    expect(github.releasesOf('lib-v0.4.0').map(r => r.draft)).toEqual([false])
    expect(github.requests.some(r => r.method === 'GET' && /\/releases$/.test(r.path))).toBe(true)
  })

  it('a dry run makes no API write and reports each component it would publish', async () => {
    const repo = monorepo()
    const before = repo.snapshot()
    const result = await run(repo, { dry_run: 'true' })
    expect(writes()).toEqual([])
    expect(github.hasRelease('v1.2.1')).toBe(false)
    expect(repo.snapshot()).toEqual(before)
    expect(result.summary).toMatch(/Dry run: the GitHub release "Release lib-v0\.4\.0" would be created/)
    const releases = JSON.parse(result.outputs.releases ?? '[]') as Entry[]
    expect(releases.map(r => r.release_url)).toEqual(['', ''])
  })

  it('assets: a file is the release asset of the component owning it; require_assets: a glob matching in one component is enough, one matching in none stops before anything changes', async () => {
    const repo = monorepo()
    const before = repo.snapshot()
    await expect(run(repo, { push: 'true', assets: 'dist/*\nbuild/*', require_assets: 'true' })).rejects.toThrow(
      /assets: build\/\* matches no file of a released component/
    )
    expect(repo.snapshot()).toEqual(before)
    expect(writes()).toEqual([])
    // a glob the root matches everywhere: each file goes to the component owning it, once
    await run(repo, { push: 'true', require_assets: 'true', assets: '**/dist/*' })
    const names = (tag: string) => github.release(tag)!.assets.map(asset => asset.name)
    expect(names('lib-v0.4.0')).toContain('acme-lib-0.4.0.tgz')
    expect(names('v1.2.1')).not.toContain('acme-lib-0.4.0.tgz')
    expect(names('v1.2.1')).toContain('fast_vlm_kit-1.2.1-py3-none-any.whl')
  })
})
