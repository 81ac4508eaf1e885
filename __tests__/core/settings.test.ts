import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { ACTION_INPUTS, actionDefault } from '../../src/core/config/inputs.js'
import { ConfigurationError } from '../../src/core/errors.js'
import { DEFAULTS, parseSettings } from '../../src/core/config/settings.js'

const from = (inputs: Record<string, string>) => parseSettings(name => inputs[name])

describe('parseSettings', () => {
  it('has the documented defaults', () => {
    const settings = from({})
    expect(settings).toMatchObject({
      bump: 'auto',
      dryRun: false,
      severity: '',
      gates: null,
      tagPrefix: 'v',
      initialVersion: '1.0.0',
      prerelease: '',
      versionFiles: [],
      changelogFile: 'CHANGELOG.md',
      releaseNotesFile: 'release-notes.md',
      packageName: '',
      push: false,
      bumpMinorPreMajor: false
    })
  })

  it('reads every input', () => {
    const settings = from({
      bump: 'minor',
      dry_run: 'TRUE',
      severity: 'critical',
      gates: 'none',
      tag_prefix: 'release-',
      initial_version: '0.1.0',
      prerelease: 'rc',
      version_files: 'a.txt\n b/c.py ,d.swift',
      changelog_file: '',
      release_notes_file: 'out/notes.md',
      package_name: 'fast-vlm',
      push: 'true',
      github_token: 'tok',
      bump_minor_pre_major: 'true'
    })
    expect(settings).toMatchObject({
      createRelease: false,
      releaseTitle: 'Release {tag}',
      draft: false,
      makeLatest: 'auto',
      assets: [],
      expectedAssets: [],
      requireAssets: false,
      releaseDir: '',
      sbom: true,
      uploadArtifact: false,
      gatesConfig: '',
      baseBranch: '',
      mode: 'release',
      allowFeatures: false,
      version: '',
      reason: '',
      force: false,
      rollbackRecord: 'docs/ROLLBACKS.md',
      dockerImage: '',
      bump: 'minor',
      dryRun: true,
      severity: 'critical',
      gates: [],
      tagPrefix: 'release-',
      initialVersion: '0.1.0',
      prerelease: 'rc',
      versionFiles: ['a.txt', 'b/c.py', 'd.swift'],
      changelogFile: null,
      releaseNotesFile: 'out/notes.md',
      packageName: 'fast-vlm',
      push: true,
      githubToken: 'tok',
      bumpMinorPreMajor: true
    })
  })

  const invalid: Array<[string, string, RegExp]> = [
    ['bump', 'huge', /Input bump has the invalid value "huge"\. Allowed values: auto, patch, minor, major\./],
    ['dry_run', 'yes', /Input dry_run has the invalid value "yes"\. Allowed values: true, false\./],
    [
      'severity',
      'low',
      /Input severity has the invalid value "low"\. Allowed values: \(empty\), critical, high, medium\./
    ],
    ['prerelease', 'rc.1', /Input prerelease has the invalid value "rc\.1"/],
    ['prerelease', '1rc', /starts with a letter/],
    ['initial_version', 'v1.0', /Input initial_version has the invalid value "v1\.0"/],
    ['tag_prefix', 'a b', /Input tag_prefix "a b" makes tags such as a b1.0.0 that git refuses/],
    ['base_branch', 'main..x', /Input base_branch has the invalid value "main\.\.x"/],
    ['push', 'maybe', /Input push has the invalid value "maybe"/],
    ['version_files', '../outside.py', /Input version_files has the invalid value "\.\.\/outside\.py"/],
    ['release_notes_file', '/etc/passwd', /inside it/],
    ['package_name', 'bad name', /Input package_name has the invalid value "bad name"/],
    [
      'mode',
      'undo',
      /Input mode has the invalid value "undo"\. Allowed values: release, hotfix, rollback, publish, metrics, migration_guide, preview, watch, release_pr\./
    ],
    ['docker_image', 'Fast VLM:latest', /Input docker_image has the invalid value/],
    [
      'preview_merge_method',
      'octopus',
      /Input preview_merge_method has the invalid value "octopus"\. Allowed values: auto, squash, merge, rebase\./
    ],
    ['preview_lint', 'error', /Input preview_lint has the invalid value "error"\. Allowed values: warn, fail\./],
    ['commit_types', 'feat, bug fix', /Input commit_types has the invalid value "bug fix"\. List types such as feat/],
    ['commit_scopes', 'api, (ui)', /Input commit_scopes has the invalid value "\(ui\)"/],
    ['watch_window_hours', '0', /Input watch_window_hours has the invalid value "0"\. Use a number of hours above 0/],
    ['watch_window_hours', 'two', /Input watch_window_hours has the invalid value "two"/],
    ['watch_window_hours', '169', /at most 168/],
    ['watch_action', 'revert', /Input watch_action has the invalid value "revert"\. Allowed values: issue, rollback\./]
  ]
  it.each(invalid)('rejects %s=%s with a message naming input, value and allowed values', (name, value, message) => {
    expect(() => from({ [name]: value })).toThrow(ConfigurationError)
    expect(() => from({ [name]: value })).toThrow(message)
  })

  it('reads the preview keys: types lower case, lists one a line or comma-separated', () => {
    expect(
      from({ commit_types: 'Feat, fix\ndocs', commit_scopes: 'api\nUI', preview_merge_method: 'squash' })
    ).toMatchObject({
      commitTypes: ['feat', 'fix', 'docs'],
      commitScopes: ['api', 'UI'],
      previewMergeMethod: 'squash',
      previewLint: 'warn'
    })
  })

  it('reads the watch inputs: a two-hour window and an issue by default', () => {
    expect(from({})).toMatchObject({ watchWindowHours: 2, watchAction: 'issue', datadogAppKey: '' })
    expect(from({ watch_window_hours: '0.5', watch_action: 'rollback', datadog_app_key: ' k ' })).toMatchObject({
      watchWindowHours: 0.5,
      watchAction: 'rollback',
      datadogAppKey: ' k '
    })
  })

  it('reads the rollback inputs', () => {
    expect(
      from({
        mode: 'rollback',
        version: 'v1.3.0',
        reason: 'crash on start',
        force: 'true',
        rollback_record: 'ROLLBACKS.md',
        docker_image: 'fastvlm/ondevice-kit'
      })
    ).toMatchObject({
      mode: 'rollback',
      version: '1.3.0',
      reason: 'crash on start',
      force: true,
      rollbackRecord: 'ROLLBACKS.md',
      dockerImage: 'fastvlm/ondevice-kit'
    })
    expect(() => from({ mode: 'rollback' })).toThrow(/mode: rollback needs the version input/)
    expect(() => from({ mode: 'rollback', version: '1.3' })).toThrow(/Input version has the invalid value "1\.3"/)
    expect(() => from({ mode: 'rollback', version: 'release-1.3.0' })).toThrow(
      /Input version has the invalid value "release-1\.3\.0"/
    )
    expect(from({ version: '1.3.0' }).version).toBe('') // only rollback reads it
  })

  it('matches the defaults and inputs declared in action.yml', () => {
    const action = parseYaml(readFileSync('action.yml', 'utf8')) as {
      runs: { using: string; main: string }
      inputs: Record<string, { description: string; default?: string; required?: boolean }>
      outputs: Record<string, { description: string }>
    }
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    // action.yml declares the per-run choices and secrets; the rest are keys of the configuration file
    for (const name of ACTION_INPUTS) expect([name, action.inputs[name]?.default]).toEqual([name, actionDefault(name)])
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(10)
      if (!input.required) expect(input.default).toBeDefined()
      expect([...Object.keys(DEFAULTS), 'github_token']).toContain(name)
    }
    for (const output of Object.values(action.outputs)) expect(output.description.length).toBeGreaterThan(5)
  })
})
