import semver from 'semver'
import type { BumpInput } from '../versioning/bump.js'
import { ConfigurationError } from '../errors.js'
import type { GatesConfig } from '../gates/config.js'
import type { ComponentsConfig } from '../components/types.js'
import { DEFAULTS, INPUTS, SECRET_INPUTS, type CamelCase, type InputName } from './keys.js'
import { parseReleaseRules } from '../versioning/convention-rules.js'
import { boolOf, boolValue, choiceOf, listOf, numberOf, rawOf, textOf, type ValueReader } from './values.js'
import { commitWords, datadogSite, jiraProjects, relativePath, serviceUrl, validBranch } from './checks.js'
import { parseNotesSections, type NotesSection } from '../notes/notes.js'
import { DEFAULT_LINES, type ReleaseLinesConfig } from '../versioning/release-lines.js'
import { tagPrefixProblem } from '../versioning/refname.js'

export type Severity = (typeof INPUTS.severity.choices)[number]
export type Mode = (typeof INPUTS.mode.choices)[number]

/** Everything the use cases need, read once from the inputs and validated. */
export interface Settings {
  /** The configuration file (relative to the repository root); read when it exists. */
  config: string
  mode: Mode
  bump: BumpInput
  dryRun: boolean
  severity: Severity
  /** Gate names requested (as given: aliases not resolved), or [] for none; null when the input was left empty. */
  gates: string[] | null
  tagPrefix: string
  initialVersion: string
  prerelease: string
  /** Files holding the version; `!path` turns auto-detection off for that file. */
  versionFiles: string[]
  /** null: do not write a changelog. */
  changelogFile: string | null
  releaseNotesFile: string
  /** The sections of the notes below the highlights; null for the defaults (see notes.ts). */
  notesSections: NotesSection[] | null
  packageName: string
  push: boolean
  githubToken: string
  bumpMinorPreMajor: boolean
  /** Learn the versioning convention from the project's releases (src/core/versioning/convention.ts). */
  inferConvention?: boolean
  /** `release_rules`: `KIND=LEVEL` entries (src/core/versioning/convention-rules.ts). */
  releaseRules?: string[]
  /** Move the major tag (v1) to each stable release of that major. */
  majorTag: boolean
  /** false: a tag-only release (no release commit; the tag on HEAD; only the tag pushed). */
  /** `true`: commit here and push; `false`: tag-only; `api`: commit and tag through the GitHub API. */
  releaseCommit: boolean | 'api'
  /** Hotfix: allow feat and breaking commits on the hotfix branch (still a patch). */
  allowFeatures: boolean
  /** Rollback: the version to roll back, without prefix ('' when not given). */
  version: string
  /** Rollback: why, for the record. */
  reason: string
  /** Rollback: allow rolling back a version other than the latest. */
  force: boolean
  rollbackRecord: string
  /** The migration guide's path, `{major}` (and `{minor}`, `{patch}`, `{version}`) replaced for the release. */
  migrationGuide: string
  /** Docker image whose tags the rollback warning names ('' to leave out). */
  dockerImage: string
  /** The gates configuration file ('' for the default .github/release-gates.yml when present). */
  gatesConfig: string
  /** up_to_date compares with this branch of origin ('' for the configuration's, else main). */
  baseBranch: string
  createRelease: boolean
  /** The release title; {tag} and {version} are replaced. */
  releaseTitle: string
  draft: boolean
  /** auto: latest unless a prerelease or a hotfix below the newest release. */
  makeLatest: 'auto' | 'true' | 'false' | 'legacy'
  /** Globs of the files to upload. */
  assets: string[]
  /** Asset names expected in the release ({version} replaced). */
  expectedAssets: string[]
  requireAssets: boolean
  /** The workspace folder SBOM-{version}.json and SHA256SUMS are written to; '': the run's side files (RUNNER_TEMP). */
  releaseDir: string
  sbom: boolean
  uploadArtifact: boolean
  /** Days of history the DORA metrics look at. */
  metricsWindow: number
  /** The release summary folds the DORA metrics in under `<details>` (off: only `mode: metrics` shows them). */
  summaryMetrics: boolean
  datadogApiKey: string
  datadogSite: string
  /** The Datadog API base URL ('' for https://api.{site}); for tests or proxies. */
  datadogApiUrl: string
  datadogStrict: boolean
  /** Datadog's application key: with the API key, mode watch reads metrics ('' for none). */
  datadogAppKey: string
  /** Watch: the hours after each release compared. */
  watchWindowHours: number
  /** Watch: the Datadog queries ('' when not watched); {version} and {tag} are replaced per window. */
  watchErrorRateQuery: string
  watchLatencyQuery: string
  /** Watch: a fired trigger opens an issue (the default) or rolls the release back. */
  watchAction: 'issue' | 'rollback'
  slackWebhookUrl: string
  slackOnFailure: boolean
  jiraBaseUrl: string
  jiraUser: string
  jiraToken: string
  jiraProjects: string[]
  /** The JIRA version name; {tag} and {version} are replaced. */
  jiraVersionName: string
  jiraTransition: string
  jiraStrict: boolean
  /** A webhook that gets each release as JSON ('' for none). */
  webhookUrl: string
  /** Preview: how the pull request would be merged (auto: from the repository's settings). */
  previewMergeMethod: 'auto' | 'squash' | 'merge' | 'rebase'
  /** Preview: lint problems warn, or also fail the check. */
  previewLint: 'warn' | 'fail'
  /** Preview lint: allowed commit types (lower case); [] for the defaults. */
  commitTypes: string[]
  /** Preview lint: allowed scopes; [] for any. */
  commitScopes: string[]
  /**
   * The configuration file's blocks that are no input, read once with it (src/core/config/load.ts)
   * and passed down: the use cases never read the file again.
   */
  sections: ConfigSections
}

/** The blocks of the configuration file beside its keys. */
export interface ConfigSections {
  /** The file read, or null when there was none. */
  file: string | null
  /** Its release_lines block (the defaults when there is none). */
  releaseLines: ReleaseLinesConfig
  /** Its release_gates block, or null. */
  releaseGates: GatesConfig | null
  /** Its components and component_groups blocks (src/core/components/); absent or null: one package. */
  components?: ComponentsConfig | null
  /** The component a mode acting on one is given on the command line (the CLI's --component); absent: none. */
  component?: string
}

/** The sections of a run without a configuration file. */
export const NO_SECTIONS: ConfigSections = { file: null, releaseLines: DEFAULT_LINES, releaseGates: null }

export { DEFAULTS } from './keys.js'

/** Compile-time: Settings has exactly one field per input of the table, named in camelCase. */
type Fields = CamelCase<InputName>
type Exact<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false
export const SETTINGS_MATCH_INPUTS: Exact<Exclude<keyof Settings, 'sections'>, Fields> = true

/**
 * The secrets of a run as the scrubber wants them (src/core/text/secrets.ts): every secret input of the
 * table, read raw (so that even an input that fails validation is never echoed), jira_token with
 * jira_user (Basic authentication), and `GITHUB_TOKEN` from the environment (the token's fallback).
 */
export function secretInputs(read: InputReader, envToken = ''): Array<{ value: string; user?: string }> {
  const secrets: Array<{ value: string; user?: string }> = SECRET_INPUTS.map(name => ({
    value: read(name) ?? '',
    ...(name === 'jira_token' ? { user: (read('jira_user') ?? '').trim() } : {})
  }))
  if (envToken) secrets.push({ value: envToken })
  return secrets.filter(secret => secret.value.trim() !== '')
}

/** Returns the raw input, or undefined when it was not given at all. */
export type InputReader = (name: string) => string | undefined

/** release_commit: true | false (as booleans, any spelling a boolean takes) or api. */
function releaseCommitFrom(read: ValueReader): boolean | 'api' {
  const raw = rawOf(read, 'release_commit')
  if (raw === 'api') return 'api'
  if (typeof raw === 'boolean' || ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'].includes(String(raw)))
    return boolValue('release_commit', raw)
  throw new ConfigurationError(
    `Input release_commit has the invalid value "${String(raw)}". Allowed values: ${INPUTS.release_commit.choices.join(', ')}.`
  )
}

/** The configuration file's path, read before the other settings (they may come from it). */
export function configPathFrom(read: InputReader): { path: string; given: boolean } {
  const value = (read('config') ?? '').trim()
  return { path: relativePath('config', value || DEFAULTS.config), given: value !== '' && value !== DEFAULTS.config }
}

/**
 * The settings from the inputs (or, layered, the inputs over the configuration file: see
 * src/core/config/load.ts) and the file's other blocks, validated; each key read by its type's reader.
 */
export function parseSettings(read: ValueReader, sections: ConfigSections = NO_SECTIONS): Settings {
  const get = (name: InputName): string => textOf(read, name)
  /** A secret: the input's text, untrimmed (secrets are inputs only). */
  const secret = (name: InputName): string => {
    const value = read(name)
    return typeof value === 'string' ? value : ''
  }

  const mode = choiceOf(read, 'mode', INPUTS.mode.choices)
  const bump = choiceOf(read, 'bump', INPUTS.bump.choices)
  const dryRun = boolOf(read, 'dry_run')
  const severity = choiceOf(read, 'severity', INPUTS.severity.choices)

  const gatesRaw = get('gates')
  let gates: string[] | null = null
  if (gatesRaw === 'none') gates = []
  else if (gatesRaw !== '') {
    // the names are checked against the gates' registry (src/usecases/gates/) when the run starts
    gates = gatesRaw
      .split(/[,\n]/)
      .map(g => g.trim())
      .filter(Boolean)
  }

  const tagPrefix = get('tag_prefix')
  // git's own ref-name rules (src/core/versioning/refname.ts), checked before anything is written
  const prefixProblem = tagPrefixProblem(tagPrefix)
  if (prefixProblem) throw new ConfigurationError(`Input ${prefixProblem}`)
  if (tagPrefix.startsWith('-')) {
    throw new ConfigurationError(
      `Input tag_prefix "${tagPrefix}" starts with "-": git would read its tags as options. Use a prefix such as v or release-.`
    )
  }

  const initialVersion = get('initial_version')
  if (semver.valid(initialVersion) !== initialVersion || semver.prerelease(initialVersion)) {
    throw new ConfigurationError(
      `Input initial_version has the invalid value "${initialVersion}". Use a stable semantic version without prefix, such as 1.0.0 or 0.1.0.`
    )
  }

  const prerelease = get('prerelease')
  if (prerelease !== '' && !/^[A-Za-z][0-9A-Za-z-]*$/.test(prerelease)) {
    throw new ConfigurationError(
      `Input prerelease has the invalid value "${prerelease}". Use empty, or an identifier of letters, digits and hyphens that starts with a letter, such as rc, beta or alpha.`
    )
  }

  const versionFiles = listOf(read, 'version_files')
    // `!path`: a file auto-detection would update, left alone
    .map(f =>
      f.startsWith('!') ? `!${relativePath('version_files', f.slice(1).trim())}` : relativePath('version_files', f)
    )
  const changelogRaw = get('changelog_file')
  const changelogFile = changelogRaw === '' ? null : relativePath('changelog_file', changelogRaw)
  const notesRaw = get('release_notes_file')
  if (notesRaw === '')
    throw new ConfigurationError(
      'Input release_notes_file is empty. Name the file the release notes are written to, such as release-notes.md.'
    )
  const releaseNotesFile = relativePath('release_notes_file', notesRaw)

  const notesLines = listOf(read, 'notes_sections')
  const notesSections = notesLines.length === 0 ? null : notesLines.flatMap(line => parseNotesSections(line))

  const packageName = get('package_name')
  if (packageName !== '' && !/^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(packageName)) {
    throw new ConfigurationError(
      `Input package_name has the invalid value "${packageName}". Use a Python distribution name, such as fast-vlm-ondevice.`
    )
  }

  let version = get('version').replace(/^v(?=\d)/, '')
  if (mode === 'publish' && version !== '' && semver.valid(version) !== version) {
    throw new ConfigurationError(
      `Input version has the invalid value "${get('version')}". Use the released version to publish, such as 1.3.0, or leave it empty for the release tag at HEAD.`
    )
  } else if (mode === 'publish') {
    // kept: the version to publish ('' for the tag at HEAD)
  } else if (mode === 'rollback') {
    if (version === '')
      throw new ConfigurationError('mode: rollback needs the version input: the version to roll back, such as 1.3.0.')
    // with components, `name@1.2.3` or a component's tag (checked against them: src/core/components/target.ts)
    if (semver.valid(version) !== version && !sections.components) {
      throw new ConfigurationError(
        `Input version has the invalid value "${get('version')}". Use the semantic version to roll back, such as 1.3.0.`
      )
    }
  } else {
    version = ''
  }
  const dockerImage = get('docker_image')
  if (
    dockerImage !== '' &&
    !/^[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(dockerImage)
  ) {
    throw new ConfigurationError(
      `Input docker_image has the invalid value "${dockerImage}". Use an image name without tag, such as fastvlm/ondevice-kit.`
    )
  }

  return {
    config: relativePath('config', get('config') || DEFAULTS.config),
    mode,
    bump,
    dryRun,
    severity,
    gates,
    tagPrefix,
    initialVersion,
    prerelease,
    versionFiles,
    changelogFile,
    releaseNotesFile,
    notesSections,
    packageName,
    push: boolOf(read, 'push'),
    githubToken: secret('github_token'),
    bumpMinorPreMajor: boolOf(read, 'bump_minor_pre_major'),
    inferConvention: boolOf(read, 'infer_convention'),
    releaseRules: releaseRulesOf(listOf(read, 'release_rules')),
    majorTag: boolOf(read, 'major_tag'),
    releaseCommit: releaseCommitFrom(read),
    allowFeatures: boolOf(read, 'allow_features'),
    version,
    reason: get('reason'),
    force: boolOf(read, 'force'),
    rollbackRecord: relativePath('rollback_record', get('rollback_record') || DEFAULTS.rollback_record),
    migrationGuide: relativePath('migration_guide', get('migration_guide') || DEFAULTS.migration_guide),
    dockerImage,
    gatesConfig: get('gates_config') === '' ? '' : relativePath('gates_config', get('gates_config')),
    baseBranch: validBranch(get('base_branch')),
    createRelease: boolOf(read, 'create_release'),
    releaseTitle: get('release_title') || DEFAULTS.release_title,
    draft: boolOf(read, 'draft'),
    makeLatest: choiceOf(read, 'make_latest', INPUTS.make_latest.choices),
    assets: listOf(read, 'assets'),
    expectedAssets: listOf(read, 'expected_assets'),
    requireAssets: boolOf(read, 'require_assets'),
    releaseDir: get('release_dir') ? relativePath('release_dir', get('release_dir')) : '',
    sbom: boolOf(read, 'sbom'),
    uploadArtifact: boolOf(read, 'upload_artifact'),
    metricsWindow: numberOf(read, 'metrics_window'),
    summaryMetrics: boolOf(read, 'summary_metrics'),
    datadogApiKey: secret('datadog_api_key'),
    datadogSite: datadogSite(get('datadog_site')),
    datadogApiUrl: serviceUrl('datadog_api_url', get('datadog_api_url')),
    datadogStrict: boolOf(read, 'datadog_strict'),
    datadogAppKey: secret('datadog_app_key'),
    watchWindowHours: numberOf(read, 'watch_window_hours'),
    watchErrorRateQuery: get('watch_error_rate_query'),
    watchLatencyQuery: get('watch_latency_query'),
    watchAction: choiceOf(read, 'watch_action', INPUTS.watch_action.choices),
    slackWebhookUrl: serviceUrl('slack_webhook_url', secret('slack_webhook_url').trim()),
    slackOnFailure: boolOf(read, 'slack_on_failure'),
    jiraBaseUrl: serviceUrl('jira_base_url', get('jira_base_url')),
    jiraUser: get('jira_user'),
    jiraToken: secret('jira_token'),
    jiraProjects: jiraProjects(listOf(read, 'jira_projects')),
    jiraVersionName: get('jira_version_name') || DEFAULTS.jira_version_name,
    jiraTransition: get('jira_transition'),
    jiraStrict: boolOf(read, 'jira_strict'),
    webhookUrl: serviceUrl('webhook_url', secret('webhook_url').trim()),
    previewMergeMethod: choiceOf(read, 'preview_merge_method', INPUTS.preview_merge_method.choices),
    previewLint: choiceOf(read, 'preview_lint', INPUTS.preview_lint.choices),
    commitTypes: commitWords('commit_types', listOf(read, 'commit_types')),
    commitScopes: commitWords('commit_scopes', listOf(read, 'commit_scopes')),
    sections
  }
}

/** `release_rules`, checked when the settings are read: a bad entry stops the run before anything is read or written. */
function releaseRulesOf(entries: string[]): string[] {
  parseReleaseRules(entries)
  return entries
}
