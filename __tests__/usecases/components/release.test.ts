/**
 * A release of several components from one repository (the configuration file's `components`):
 * real repositories with a bare origin, the whole mode run through the composition root.
 */
import { silentLogger } from '../../../src/adapters/logger.js'
import { loadSettings, noArtifacts, runMode } from '../../../src/compose.js'
import { TestRepo } from '../../helpers/repo.js'

const CONFIG = '.github/release-action.yml'

const COMPONENTS = `components:
  - name: kit
    path: .
  - name: web
    path: packages/web
    depends_on: [lib]
  - name: lib
    path: packages/lib
    bump_patch_for_minor_pre_major: true
`

const pkg = (name: string, version: string, deps: Record<string, string> = {}) =>
  `${JSON.stringify({ name, version, dependencies: deps }, null, 2)}\n`

describe('components: one release, many components', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function monorepo(config = COMPONENTS): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', {
      'pyproject.toml': '[project]\nname = "fast-vlm-kit"\nversion = "1.2.0"\n',
      'README.md': 'kit\n',
      '.gitignore': 'release-notes*.md\nrelease-metrics.json\n',
      'packages/lib/package.json': pkg('@acme/lib', '0.3.0'),
      'packages/lib/index.js': 'export {}\n',
      'packages/web/package.json': pkg('@acme/web', '0.3.0', { '@acme/lib': '0.3.0' }),
      'packages/web/index.js': 'export {}\n',
      [CONFIG]: config
    })
    for (const tag of ['v1.2.0', 'lib-v0.3.0', 'web-v0.3.0']) repo.tag(tag)
    repo.publish('main', '--tags')
    return repo
  }

  async function run(repo: TestRepo, inputs: Record<string, string>) {
    const loaded = await loadSettings(name => inputs[name], repo.dir)
    return runMode(
      loaded.settings,
      repo.dir,
      { GITHUB_REF_NAME: 'main' },
      { log: silentLogger, artifact: noArtifacts },
      loaded
    )
  }

  it('releases every component with changes in one commit, a tag each, one atomic push; a rerun releases nothing', async () => {
    const repo = monorepo()
    repo.commit('feat(lib): streaming', { 'packages/lib/index.js': 'export const stream = 1\n' })
    repo.commit('fix: kit readme', { 'README.md': 'kit, fixed\n' })
    repo.commit('docs(web): usage', { 'packages/web/README.md': 'web\n' })
    const head = repo.head()

    const result = await run(repo, { push: 'true' })

    const releases = JSON.parse(result.outputs.releases ?? '[]') as Array<Record<string, unknown>>
    expect(releases.map(r => [r.name, r.version, r.tag, r.released])).toEqual([
      ['kit', '1.2.1', 'v1.2.1', true],
      ['lib', '0.3.1', 'lib-v0.3.1', true],
      ['web', '0.3.1', 'web-v0.3.1', true]
    ])
    expect(releases[1]).toMatchObject({ path: 'packages/lib', pep440_version: '0.3.1', docker_version: '0.3.1' })
    // one release commit on top of HEAD, naming each component and version
    expect(repo.git('rev-parse', 'HEAD~1')).toBe(head)
    expect(repo.git('log', '-1', '--format=%s')).toBe('chore(release): kit 1.2.1, lib 0.3.1, web 0.3.1')
    // each component's version files and changelog
    expect(JSON.parse(repo.read('packages/lib/package.json')).version).toBe('0.3.1')
    expect(JSON.parse(repo.read('packages/web/package.json'))).toMatchObject({
      version: '0.3.1',
      dependencies: { '@acme/lib': '0.3.1' }
    })
    expect(repo.read('pyproject.toml')).toContain('version = "1.2.1"')
    expect(repo.read('packages/lib/CHANGELOG.md')).toContain('streaming')
    expect(repo.read('packages/lib/CHANGELOG.md')).not.toContain('kit readme')
    expect(repo.read('CHANGELOG.md')).toContain('kit readme')
    expect(repo.read('CHANGELOG.md')).not.toContain('streaming')
    // the reasons, per component
    expect(result.report?.join('\n')).toMatch(/lib: 0\.3\.0 → 0\.3\.1 .*bump_patch_for_minor_pre_major/)
    expect(result.report?.join('\n')).toMatch(
      /web: 0\.3\.0 → 0\.3\.1 .*lib 0\.3\.1 is released and web pins it exactly/
    )
    // everything reached origin: the branch and every tag
    const remote = repo.remoteRefs()
    for (const tag of ['v1.2.1', 'lib-v0.3.1', 'web-v0.3.1']) expect(remote).toContain(`refs/tags/${tag}`)
    expect(remote).toContain(`${repo.head()}`)
    // the summary has a section per component
    expect(result.summary).toContain('### lib 0.3.1')
    expect(result.summary).toContain('### web 0.3.1')

    // a rerun at the release commit (as after a crash past the push) converges: it re-reports, makes nothing
    const released = repo.head()
    const refs = repo.remoteRefs()
    const again = await run(repo, { push: 'true' })
    expect(again.outputs).toMatchObject({ released: 'true', resumed: 'true' })
    expect(repo.head()).toBe(released)
    expect(repo.remoteRefs()).toBe(refs)
    // a change to one component afterwards releases that one only
    repo.commit('fix(web): more', { 'packages/web/index.js': 'export const more = 1\n' })
    const next = await run(repo, { dry_run: 'true' })
    const planned = JSON.parse(next.outputs.releases ?? '[]') as Array<{
      name: string
      released: boolean
      version: string
    }>
    expect(planned.filter(r => r.released).map(r => `${r.name} ${r.version}`)).toEqual(['web 0.3.2'])
  })

  it('a dry run writes nothing but the notes; components without changes are not released', async () => {
    const repo = monorepo()
    repo.commit('fix(web): a bug', { 'packages/web/index.js': 'export const fixed = 1\n' })
    const before = repo.snapshot()
    const result = await run(repo, { dry_run: 'true' })
    const releases = JSON.parse(result.outputs.releases ?? '[]') as Array<Record<string, unknown>>
    expect(releases.filter(r => r.released).map(r => r.name)).toEqual(['web'])
    expect(result.summary).toContain('### web 0.3.1 (dry run)')
    expect(repo.snapshot()).toEqual(before)
    expect(repo.read('release-notes-web.md')).toContain('a bug')
  })

  it('refuses a path that matches no file before anything changes', async () => {
    const repo = monorepo(`${COMPONENTS}  - name: docs
    path: documentation
`)
    repo.commit('fix: a', { 'README.md': 'x\n' })
    const before = repo.snapshot()
    await expect(run(repo, { push: 'true' })).rejects.toThrow(/Component docs .*path "documentation" matches no file/)
    expect(repo.snapshot()).toEqual(before)
  })

  it('a rerun after a crash between the release commit and its tags makes only the missing tags', async () => {
    const repo = monorepo()
    repo.commit('fix(lib): a', { 'packages/lib/index.js': 'export const a = 1\n' })
    await run(repo, { push: 'false' })
    const commit = repo.head()
    repo.git('tag', '-d', 'web-v0.3.1') // the run stopped after its first tag
    const result = await run(repo, { push: 'true' })
    expect(result.outputs.resumed).toBe('true')
    expect(repo.head()).toBe(commit)
    expect(repo.git('tag', '--points-at', 'HEAD').split('\n').sort()).toEqual(['lib-v0.3.1', 'web-v0.3.1'])
    expect(repo.remoteRefs()).toContain('refs/tags/web-v0.3.1')
  })

  it('refuses a Release-As naming no component', async () => {
    const repo = monorepo()
    repo.commit('fix: a\n\nRelease-As: nope@2.0.0', { 'README.md': 'x\n' })
    await expect(run(repo, { dry_run: 'true' })).rejects.toThrow(/names no component/)
  })

  it('Release-As: name@version releases that component at that version', async () => {
    const repo = monorepo()
    repo.commit('chore: go stable\n\nRelease-As: lib@1.0.0')
    const result = await run(repo, { dry_run: 'true' })
    const releases = JSON.parse(result.outputs.releases ?? '[]') as Array<Record<string, unknown>>
    expect(releases.find(r => r.name === 'lib')).toMatchObject({ version: '1.0.0', released: true })
  })
})
