/**
 * Modes acting on one component (rollback, hotfix, release lines, the CLI's --component) in a
 * repository with components: real repositories with a bare origin, run through the composition root.
 */
import { silentLogger } from '../../../src/adapters/logger.js'
import { cli } from '../../../src/cli.js'
import { loadSettings, noArtifacts, runMode } from '../../../src/compose.js'
import { TestRepo } from '../../helpers/repo.js'

const CONFIG = '.github/release-action.yml'
const COMPONENTS = `components:
  - name: api
    path: packages/api
  - name: cli
    path: packages/cli
`
const pkg = (name: string, version: string) => `${JSON.stringify({ name, version }, null, 2)}\n`

describe('components: modes acting on one', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  /** api 1.4.0 → 1.5.0 (on main) and cli 0.2.0, pushed. */
  function monorepo(config = COMPONENTS): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', {
      '.gitignore': 'release-notes*.md\nrelease-metrics.json\n',
      'packages/api/package.json': pkg('@acme/api', '1.4.0'),
      'packages/cli/package.json': pkg('@acme/cli', '0.2.0'),
      [CONFIG]: config
    })
    repo.tag('api-v1.4.0')
    repo.tag('cli-v0.2.0')
    repo.commit('chore(release): api-v1.5.0', { 'packages/api/package.json': pkg('@acme/api', '1.5.0') })
    repo.tag('api-v1.5.0')
    repo.publish('main', '--tags')
    return repo
  }

  async function run(repo: TestRepo, inputs: Record<string, string>, branch = 'main') {
    const loaded = await loadSettings(name => inputs[name], repo.dir)
    return runMode(
      loaded.settings,
      repo.dir,
      { GITHUB_REF_NAME: branch },
      { log: silentLogger, artifact: noArtifacts },
      loaded
    )
  }

  it('rollback: version api@1.5.0 (or its tag) names the component; its tag alone goes, recorded as api@1.5.0', async () => {
    const repo = monorepo()
    const untouched = repo.snapshot()
    const dry = await run(repo, { mode: 'rollback', version: 'api-v1.5.0', dry_run: 'true', push: 'true' })
    expect(dry.outputs).toMatchObject({ rolled_back_version: '1.5.0', restored_version: '1.4.0' })
    expect(repo.snapshot()).toEqual(untouched)
    const result = await run(repo, { mode: 'rollback', version: 'api@1.5.0', reason: 'crash', push: 'true' })
    expect(result.message).toBe('Rolled back api-v1.5.0; users are back on 1.4.0.')
    const remote = repo.remoteRefs()
    expect(remote).not.toContain('refs/tags/api-v1.5.0')
    expect(remote).toContain('refs/tags/api-v1.4.0')
    expect(remote).toContain('refs/tags/cli-v0.2.0')
    expect(repo.read('docs/ROLLBACKS.md')).toMatch(/\| api@1\.5\.0 \|/)
    // a rerun finds the record and changes nothing
    const head = repo.head()
    const again = await run(repo, { mode: 'rollback', version: 'api@1.5.0', reason: 'crash', push: 'true' })
    expect(again.outputs.rollback_steps).toContain('already done')
    expect(repo.head()).toBe(head)
  })

  it('after a rollback of api@1.5.0 the next release of api skips 1.5.0; cli is not held by it', async () => {
    const repo = monorepo()
    await run(repo, { mode: 'rollback', version: 'api@1.5.0', reason: 'crash', push: 'true' })
    repo.commit('feat(api): the crash fixed, with a new option', { 'packages/api/x.ts': 'x' })
    repo.commit('fix(cli): a cli fix', { 'packages/cli/y.ts': 'y' })
    repo.publish('main')
    const released = await run(repo, { push: 'true' })
    const releases = JSON.parse(released.outputs.releases ?? '[]') as Array<{ name: string; version: string }>
    expect(releases.find(r => r.name === 'api')?.version).toBe('1.5.1')
    expect(releases.find(r => r.name === 'cli')?.version).toBe('0.2.1')
    expect(repo.remoteRefs()).not.toContain('refs/tags/api-v1.5.0')
  })

  it('rollback: a name of no component, or a bare version, is one error saying how to name it; nothing changes', async () => {
    const repo = monorepo()
    const before = repo.snapshot()
    await expect(run(repo, { mode: 'rollback', version: 'web@1.5.0', push: 'true' })).rejects.toThrow(
      'names the component "web", which is not one of the configuration file\'s components: api, cli.'
    )
    await expect(run(repo, { mode: 'rollback', version: '1.5.0', push: 'true' })).rejects.toThrow(
      /mode: rollback acts on one component, and this repository has several \(api, cli\): say which\. Give the version as api@X\.Y\.Z/
    )
    await expect(run(repo, { mode: 'rollback', version: 'api@1.x', push: 'true' })).rejects.toThrow(
      '"1.x" is not a semantic version. Use api@X.Y.Z'
    )
    expect(repo.snapshot()).toEqual(before)
  })

  it('hotfix: hotfix/api/… from api-v1.4.0 makes api-v1.4.1 alone, with its files; a feature or no name is refused', async () => {
    const repo = monorepo()
    repo.git('switch', '-q', '-c', 'hotfix/api/crash', 'api-v1.4.0')
    repo.commit('fix(api): crash on empty input', { 'packages/api/index.js': 'export const ok = 1\n' })
    repo.commit('fix(cli): unrelated', { 'packages/cli/index.js': 'export const x = 1\n' })
    const result = await run(repo, { severity: 'high', push: 'true' }, 'hotfix/api/crash')
    expect(result.outputs).toMatchObject({ released: 'true', new_version: '1.4.1', tag: 'api-v1.4.1' })
    expect(JSON.parse(result.outputs.releases ?? '[]')).toEqual([
      expect.objectContaining({ name: 'api', version: '1.4.1' })
    ])
    expect(repo.git('log', '-1', '--format=%s')).toBe('chore(release): api-v1.4.1')
    expect(JSON.parse(repo.read('packages/api/package.json')).version).toBe('1.4.1')
    expect(JSON.parse(repo.read('packages/cli/package.json')).version).toBe('0.2.0')
    expect(repo.read('packages/api/CHANGELOG.md')).toContain('crash on empty input')
    expect(repo.read('packages/api/CHANGELOG.md')).not.toContain('unrelated')
    expect(repo.remoteRefs()).toContain('refs/tags/api-v1.4.1')
    // a rerun at the release commit converges
    const refs = repo.remoteRefs()
    const again = await run(repo, { severity: 'high', push: 'true' }, 'hotfix/api/crash')
    expect(again.outputs).toMatchObject({ released: 'true', tag: 'api-v1.4.1' })
    expect(repo.remoteRefs()).toBe(refs)
    // a run that stopped after its release commit, before the tag: the rerun tags HEAD and pushes
    const released = repo.head()
    repo.git('tag', '-d', 'api-v1.4.1')
    repo.git('push', '-q', 'origin', ':refs/tags/api-v1.4.1')
    const resumed = await run(repo, { severity: 'high', push: 'true' }, 'hotfix/api/crash')
    expect(resumed.outputs).toMatchObject({ released: 'true', tag: 'api-v1.4.1' })
    expect(repo.head()).toBe(released)
    expect(repo.git('rev-list', '-n', '1', 'api-v1.4.1')).toBe(released)
    expect(repo.remoteRefs()).toContain('refs/tags/api-v1.4.1')

    repo.git('switch', '-q', '-c', 'hotfix/api/feature', 'api-v1.4.0')
    repo.commit('feat(api): sneaky', { 'packages/api/index.js': 'export const sneaky = 1\n' })
    let before = repo.snapshot()
    await expect(run(repo, { severity: 'high', push: 'true' }, 'hotfix/api/feature')).rejects.toThrow(
      /has a feature: .*A hotfix is a patch of api-v1\.4\.0/
    )
    expect(repo.snapshot()).toEqual(before)

    repo.git('switch', '-q', '-c', 'hotfix/crash', 'api-v1.4.0')
    repo.commit('fix(api): x', { 'packages/api/x.js': 'x\n' })
    before = repo.snapshot()
    await expect(run(repo, { severity: 'high', push: 'true' }, 'hotfix/crash')).rejects.toThrow(
      /A hotfix \(branch hotfix\/crash\) acts on one component.*name the branch hotfix\/api\/…/
    )
    expect(repo.snapshot()).toEqual(before)
  })

  it('release lines: api/1.x maintains api 1.x (a breaking change refused); release_lines.component names it; a bad name is refused', async () => {
    const repo = monorepo()
    repo.git('switch', '-q', '-c', 'api/1.x', 'api-v1.5.0')
    repo.commit('feat(api): backport', { 'packages/api/b.js': 'b\n' })
    const result = await run(repo, { dry_run: 'true' }, 'api/1.x')
    expect(result.outputs).toMatchObject({ released: 'true', tag: 'api-v1.6.0' })
    repo.commit('feat(api)!: drop node 18', { 'packages/api/c.js': 'c\n' })
    await expect(run(repo, { dry_run: 'true' }, 'api/1.x')).rejects.toThrow(/1\.x/)

    const named = monorepo(`${COMPONENTS}release_lines:\n  maintenance: ['*.x']\n  component: cli\n`)
    named.git('switch', '-q', '-c', '0.x', 'cli-v0.2.0')
    named.commit('fix(cli): backport', { 'packages/cli/b.js': 'b\n' })
    const line = await run(named, { dry_run: 'true' }, '0.x')
    expect(line.outputs).toMatchObject({ released: 'true', tag: 'cli-v0.2.1' })

    const bad = monorepo(`${COMPONENTS}release_lines:\n  component: web\n`)
    await expect(run(bad, { dry_run: 'true' })).rejects.toThrow(
      'release_lines.component names the component "web", which is not one of the configuration file\'s components: api, cli.'
    )
  })

  it('release_pr: several components are refused before anything changes; one component on its line gets its pull request', async () => {
    const repo = monorepo()
    repo.commit('fix(api): a', { 'packages/api/a.js': 'a\n' })
    repo.commit('fix(cli): b', { 'packages/cli/b.js': 'b\n' })
    const before = repo.snapshot()
    await expect(run(repo, { mode: 'release_pr', dry_run: 'true' })).rejects.toThrow(
      'mode: release_pr does not release several components in one pull request yet (components: api, cli).'
    )
    expect(repo.snapshot()).toEqual(before)
    repo.git('switch', '-q', '-c', 'api/1.x')
    const line = await run(repo, { mode: 'release_pr', dry_run: 'true' }, 'api/1.x')
    expect(line.message).toContain('api-v1.5.1')
    expect(line.report.join('\n')).toContain('packages/api/package.json')
    expect(line.report.join('\n')).not.toContain('packages/cli/package.json')
  })

  it('the CLI: --component NAME plans that component alone; a name of no component is refused', async () => {
    const repo = monorepo()
    repo.commit('fix(api): a', { 'packages/api/a.js': 'a\n' })
    repo.commit('fix(cli): b', { 'packages/cli/b.js': 'b\n' })
    const all = await cli(['plan', '--json', '-C', repo.dir], { PATH: process.env.PATH })
    expect(all.stderr).toBe('')
    expect(
      (JSON.parse(all.stdout) as { releases: Array<{ released: boolean }> }).releases.filter(r => r.released)
    ).toHaveLength(2)
    const one = await cli(['plan', '--json', '--component', 'cli', '-C', repo.dir], { PATH: process.env.PATH })
    expect(JSON.parse(one.stdout)).toMatchObject({ tag: 'cli-v0.2.1', releases: [{ name: 'cli', version: '0.2.1' }] })
    const bad = await cli(['plan', '--component', 'web', '-C', repo.dir], { PATH: process.env.PATH })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain(
      '--component web names the component "web", which is not one of the configuration file\'s components: api, cli.'
    )
  })
})
