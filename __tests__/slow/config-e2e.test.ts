import { projects } from '../helpers/repo.js'
import { runAction } from '../helpers/runner.js'

describe('dist/index.js: the configuration file as the runner reads it', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it('tag prefix, version files and gates from .github/release-action.yml', () => {
    const repo = project('feat: configured')
    repo.commit('ci: configuration', {
      '.github/release-action.yml':
        'tag_prefix: v\nversion_files:\n  - "!src/fast_vlm_ondevice/__init__.py"\nrelease_gates:\n  required_checks: [no_fixup_commits]\n'
    })
    const run = runAction(repo.dir, { push: 'true' })
    expect(run.code).toBe(0)
    expect(run.outputs.version_files.split('\n').sort()).toEqual([
      'ios/Sources/FastVLMKit/Version.swift',
      'pyproject.toml'
    ])
    expect(JSON.parse(run.outputs.gates)).toEqual([
      expect.objectContaining({ gate: 'no_fixup_commits', status: 'pass' })
    ])
    expect(repo.read('src/fast_vlm_ondevice/__init__.py')).toContain('__version__ = "1.2.0"')
  })

  it('the release_gates block of the configuration file stops a release as release-gates.yml does', () => {
    const repo = project('feat: x', 'fixup! feat: x')
    repo.commit('ci: configuration', {
      '.github/release-action.yml': 'release_gates:\n  required_checks: [no_fixup_commits]\n'
    })
    const before = repo.snapshot()
    const run = runAction(repo.dir, { push: 'true' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*no_fixup_commits/)
    expect(repo.snapshot()).toEqual(before)
  })

  it('an unknown key or a wrong type: one error with file, line and the allowed keys; nothing changed', () => {
    const repo = project('feat: x')
    repo.commit('ci: configuration', { '.github/release-action.yml': 'tag_prefix: v\ntag_prefx: v\npush: maybe\n' })
    const before = repo.snapshot()
    const run = runAction(repo.dir, { push: 'true' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '.github/release-action.yml:2: tag_prefx: unknown key "tag_prefx" (allowed keys: $schema, gates,'
    )
    expect(run.stdout).toContain('.github/release-action.yml:3: push: must be a boolean')
    expect(repo.snapshot()).toEqual(before)
  })

  it('a value the settings refuse names the file', () => {
    const repo = project('feat: x')
    repo.commit('ci: configuration', { '.github/release-action.yml': 'initial_version: banana\n' })
    const run = runAction(repo.dir, {})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::.github/release-action.yml: key initial_version has the invalid value "banana"'
    )
  })

  it('a config input naming a missing file is an error; the default file may be absent', () => {
    const repo = project('feat: x')
    expect(runAction(repo.dir, { config: 'ci/release.yml' }).stdout).toContain(
      '::error::Input config names ci/release.yml, which does not exist in the repository.'
    )
    expect(runAction(repo.dir, { dry_run: 'true' }).code).toBe(0)
  })
})
