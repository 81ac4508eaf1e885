/**
 * A fixed group whose members' version files disagree today is refused before anything changes
 * (issue 21's bad input), even when the members' tags agree: real repositories with a bare origin.
 */
import { silentLogger } from '../../../src/adapters/logger.js'
import { loadSettings, noArtifacts, runMode } from '../../../src/compose.js'
import { TestRepo } from '../../helpers/repo.js'

const CONFIG = '.github/release-action.yml'

const FIXED = `components:
  - name: kit
    path: .
  - name: ios
    path: ios
  - name: web
    path: packages/web
component_groups:
  - name: sdk
    fixed: [kit, web]
`

const pkg = (name: string, version: string) => `${JSON.stringify({ name, version }, null, 2)}\n`

describe('components: a fixed group whose version files disagree', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function monorepo(kit: string, web: string): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', {
      'pyproject.toml': `[project]\nname = "kit"\nversion = "${kit}"\n`,
      '.gitignore': 'release-notes*.md\nrelease-metrics.json\n',
      'ios/README.md': 'ios\n',
      'packages/web/package.json': pkg('@acme/web', web),
      'packages/web/index.js': 'export {}\n',
      [CONFIG]: FIXED
    })
    // the tags agree: only the version files tell
    for (const tag of ['v1.2.0', 'web-v1.2.0']) repo.tag(tag)
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

  it('refuses with one error naming the component, its file and what to do; nothing changes', async () => {
    const repo = monorepo('1.2.0', '1.3.0')
    repo.commit('fix: a bug', { 'README.md': 'x\n' })
    const before = repo.snapshot()
    const refs = repo.remoteRefs()
    const error = (await run(repo, { push: 'true' }).then(
      () => null,
      (e: unknown) => e as Error
    ))!
    expect(error?.name).toBe('ConfigurationError')
    expect(error.message).toMatch(
      /component web of the fixed group sdk has packages\/web\/package\.json at 1\.3\.0, but kit's pyproject\.toml is at 1\.2\.0/
    )
    expect(error.message).toMatch(/Set packages\/web\/package\.json to 1\.2\.0/)
    expect(repo.snapshot()).toEqual(before)
    expect(repo.remoteRefs()).toBe(refs)
    // a dry run refuses alike
    await expect(run(repo, { dry_run: 'true' })).rejects.toThrow(/fixed group sdk/)
  })

  it('releases once the files agree (PEP 440 and SemVer spellings of one version alike)', async () => {
    const repo = monorepo('1.2.0', '1.2.0')
    repo.commit('fix(web): a bug', { 'packages/web/index.js': 'export const a = 1\n' })
    const result = await run(repo, { dry_run: 'true' })
    const releases = JSON.parse(result.outputs.releases ?? '[]') as Array<Record<string, unknown>>
    expect(releases.filter(r => r.released).map(r => `${r.name} ${r.version}`)).toEqual(['kit 1.2.1', 'web 1.2.1'])

    // a prerelease spelled the Python way in one file and the npm way in the other is one version
    const pre = monorepo('1.3.0rc1', '1.3.0-rc.1')
    pre.commit('fix(web): b', { 'packages/web/index.js': 'export const b = 1\n' })
    await expect(run(pre, { dry_run: 'true' })).resolves.toBeDefined()
  })
})
