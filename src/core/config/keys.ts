/**
 * The one table of configuration keys: every action input, configuration-file key and CLI flag is
 * defined here once — its type, default, where it may be set, its choices or range, and its
 * documentation. From it: the settings' parser (src/core/config/settings.ts, src/core/config/values.ts),
 * the configuration file's JSON Schema (src/core/config/schema.ts → release-action.schema.json), the
 * inputs of action.yml, the CLI's flags and usage (src/cli.ts), the secrets the action masks, and the
 * reference docs (`npm run docs` → docs/configuration.md, docs/outputs.md). Tests fail when
 * action.yml, the schema or the docs drift from it.
 */

import type { InputSpec, KeyType } from './key-spec.js'

export type { InputSpec, KeyType } from './key-spec.js'

export const INPUTS = {
  config: {
    default: '.github/release-action.yml',
    cli: 'string',
    scope: 'run',
    doc: 'the configuration file (what belongs to the repository; see Configuration); read when it exists'
  },
  mode: {
    scope: 'run',
    default: 'release',
    cli: 'command',
    choices: [
      'release',
      'hotfix',
      'rollback',
      'publish',
      'metrics',
      'migration_guide',
      'preview',
      'watch',
      'release_pr'
    ],
    doc: '`release`, `hotfix`, `rollback`, `publish`, `metrics`, `migration_guide`, `preview`, `watch` or `release_pr` (see below); `release` on a `hotfix/*` branch is a hotfix'
  },
  bump: {
    scope: 'run',
    default: 'auto',
    cli: 'string',
    choices: ['auto', 'patch', 'minor', 'major'],
    doc: '`auto` decides from the commits; `patch`, `minor`, `major` force that level (and always release)'
  },
  dry_run: {
    scope: 'run',
    default: 'false',
    cli: 'command',
    doc: 'compute everything, write only the notes file and the job summary'
  },
  severity: {
    scope: 'run',
    default: '',
    cli: 'string',
    choices: ['', 'critical', 'high', 'medium'],
    doc: '`critical`, `high` or `medium`; required for hotfixes'
  },
  gates: {
    scope: 'both',
    default: '',
    cli: 'string',
    doc: 'validation gates to run, comma-separated, or `none` (see Validation gates)'
  },
  gates_config: {
    default: '',
    cli: 'string',
    doc: 'the gates configuration; empty: `.github/release-gates.yml` when it exists'
  },
  base_branch: {
    default: '',
    cli: 'string',
    doc: "the branch `up_to_date` compares with; empty: the configuration's, else `main`"
  },
  tag_prefix: { default: 'v', cli: 'string', doc: 'prefix of release tags; other tags are ignored' },
  initial_version: {
    default: '1.0.0',
    cli: 'string',
    doc: 'version of the first release, when no release tag is reachable'
  },
  prerelease: {
    scope: 'both',
    default: '',
    cli: 'string',
    doc: 'an identifier such as `rc`: `1.3.0-rc.1`, `-rc.2`, … counted from existing tags'
  },
  version_files: {
    list: true,
    default: '',
    cli: 'string',
    doc: 'further files holding the version (newline- or comma-separated); `!path` turns auto-detection off for a file'
  },
  changelog_file: {
    default: 'CHANGELOG.md',
    cli: 'string',
    doc: 'gets the new section prepended (created if missing); empty to skip'
  },
  release_notes_file: {
    default: 'release-notes.md',
    cli: 'string',
    doc: 'where the notes are written (not committed)'
  },
  notes_sections: {
    list: true,
    split: 'lines',
    default: '',
    cli: 'string',
    doc: 'sections below the highlights, one a line: `type[,type]: Title` (`deps`: dependency updates that ship, `deps-dev`: development dependency updates, `other`: plain messages); empty: the defaults (see Release notes)'
  },
  package_name: {
    default: '',
    cli: 'string',
    doc: 'the Python distribution for the `pip install` line and the PyPI rollback step; empty reads `pyproject.toml`'
  },
  push: {
    scope: 'both',
    default: 'false',
    cli: 'boolean',
    doc: 'push the branch and the tag with `git push --atomic`'
  },
  release_commit: {
    default: 'true',
    cli: 'string',
    choices: ['true', 'false', 'api'],
    doc: '`true`: commit here and push; `false`: tag-only, for branches that take no push (no file written, the tag on `HEAD`); `api`: commit and tag through the GitHub API, a verified commit (needs `push: true`)'
  },
  major_tag: {
    default: 'false',
    cli: 'boolean',
    doc: 'move the major tag (`v1`) to each stable release of that major, as action repositories do (pushed with `push`)'
  },
  bump_minor_pre_major: { default: 'false', cli: 'boolean', doc: 'below 1.0.0, breaking changes bump minor' },
  infer_convention: {
    default: 'true',
    cli: 'boolean',
    doc: "learn the project's versioning convention from its last 20 releases (breaking changes as minor, types that release a patch, plain messages that release nothing) when at least 3 releases agree and none contradicts; the reason says what was applied; `false`: the standard rules"
  },
  release_rules: {
    list: true,
    default: '',
    cli: 'string',
    doc: 'what kinds of commits release, `KIND=LEVEL` (`breaking=minor`, `0.x breaking=minor`, `0.x feat=patch`, `chore(deps)=patch`, `plain=none`; LEVEL `major`, `minor`, `patch` or `none`); wins over `infer_convention`'
  },
  allow_features: {
    scope: 'run',
    default: 'false',
    cli: 'boolean',
    doc: 'hotfix: let `feat`/breaking commits through (still a patch)'
  },
  version: {
    scope: 'run',
    default: '',
    cli: 'command',
    doc: 'rollback: the version to roll back (`1.3.0` or `v1.3.0`); publish: the release to publish (empty: the tag at HEAD)'
  },
  reason: {
    scope: 'run',
    default: '',
    cli: 'string',
    doc: 'rollback: why, for the record'
  },
  force: {
    scope: 'run',
    default: 'false',
    cli: 'boolean',
    doc: 'rollback: allow a version other than the latest'
  },
  migration_guide: {
    default: 'docs/migrations/v{major}.md',
    cli: 'string',
    doc: 'the migration guide of a major release (`{major}`, `{minor}`, `{patch}`, `{version}` replaced): the docs_updated gate asks for it, `mode: migration_guide` drafts it (see Migration guides)'
  },
  rollback_record: {
    default: 'docs/ROLLBACKS.md',
    cli: 'string',
    doc: 'rollback: the record rollbacks are appended to'
  },
  docker_image: { default: '', cli: 'string', doc: 'rollback: the image whose tags the manual steps name' },
  create_release: {
    scope: 'both',
    default: 'false',
    cli: 'boolean',
    doc: 'create or update the GitHub release and upload the assets'
  },
  release_title: {
    default: 'Release {tag}',
    cli: 'string',
    doc: 'the GitHub release title (`{tag}`, `{version}` replaced; with `components`, `{name}` too)'
  },
  draft: {
    default: 'false',
    cli: 'boolean',
    doc: 'the GitHub release as a draft'
  },
  make_latest: {
    default: 'auto',
    cli: 'string',
    choices: ['auto', 'true', 'false', 'legacy'],
    doc: '`auto`: latest unless a prerelease or a hotfix below the newest release'
  },
  assets: {
    list: true,
    split: 'lines',
    default: '',
    cli: 'string',
    doc: 'newline-separated globs of files to upload'
  },
  expected_assets: {
    list: true,
    default: '',
    cli: 'string',
    doc: 'asset names the release should have, one a line (`{version}`: SemVer, `{pep440_version}`: as Python wheels and sdists name it, `{docker_version}`); empty: none'
  },
  require_assets: { default: 'false', cli: 'boolean', doc: 'a missing expected asset or an empty glob is an error' },
  release_dir: {
    default: '',
    cli: 'string',
    doc: 'a workspace folder for `SBOM-{version}.json` and `SHA256SUMS`; empty: `RUNNER_TEMP` (outside the workspace, so no package ships them; outputs `sbom`, `checksums`)'
  },
  sbom: { default: 'true', cli: 'boolean', doc: 'when publishing, write the SPDX SBOM' },
  upload_artifact: {
    default: 'false',
    cli: 'boolean',
    doc: 'notes, SBOM and checksums as a workflow artifact (action only)'
  },
  metrics_window: {
    range: { min: 1, max: 3650, integer: true, example: '90', unit: 'a whole number of days' },
    scope: 'both',
    default: '90',
    cli: 'string',
    doc: 'days of history for the DORA metrics'
  },
  summary_metrics: {
    default: 'false',
    cli: 'boolean',
    doc: 'also show the DORA metrics in the job summary of a release, folded under `<details>` (`mode: metrics` always shows them)'
  },
  datadog_api_key: {
    default: '',
    cli: 'env',
    secret: true,
    doc: 'Datadog: the metrics as gauges after a release (masked)'
  },
  datadog_app_key: {
    default: '',
    cli: 'env',
    secret: true,
    doc: 'Datadog application key: with `datadog_api_key`, `mode: watch` reads metrics (masked)'
  },
  datadog_site: { default: 'datadoghq.com', cli: 'string', doc: 'Datadog site, such as `datadoghq.eu`' },
  datadog_api_url: { default: '', cli: 'string', doc: 'Datadog API base URL when not `https://api.{datadog_site}`' },
  datadog_strict: { default: 'false', cli: 'boolean', doc: 'a Datadog failure fails the step' },
  watch_window_hours: {
    range: { min: 0, max: 168, exclusiveMin: true, example: '2 or 0.5', unit: 'a number of hours' },
    default: '2',
    cli: 'string',
    doc: "watch: the hours after each release compared (the release's, up to now, and the previous release's same length)"
  },
  watch_error_rate_query: {
    default: '',
    cli: 'string',
    doc: 'watch: the Datadog query of the error rate (`{version}`, `{tag}`: the release each window belongs to); empty: not watched'
  },
  watch_latency_query: {
    default: '',
    cli: 'string',
    doc: 'watch: the Datadog query of the latency (`{version}`, `{tag}` replaced); empty: not watched'
  },
  watch_action: {
    default: 'issue',
    cli: 'string',
    choices: ['issue', 'rollback'],
    doc: 'watch: when a trigger fires, `issue` opens one issue and tells Slack once; `rollback` rolls the release back (as `mode: rollback`)'
  },
  slack_webhook_url: { default: '', cli: 'env', secret: true, doc: 'Slack incoming webhook, https only (masked)' },
  slack_on_failure: { default: 'false', cli: 'boolean', doc: 'also tell Slack when a release gate fails' },
  jira_base_url: { default: '', cli: 'string', doc: 'JIRA Cloud base URL' },
  jira_user: { default: '', cli: 'string', doc: 'JIRA user (email) of the API token' },
  jira_token: { default: '', cli: 'env', secret: true, doc: 'JIRA API token (masked)' },
  jira_projects: {
    list: true,
    split: 'words',
    default: '',
    cli: 'string',
    doc: 'JIRA project keys whose issues are marked released'
  },
  jira_version_name: { default: '{tag}', cli: 'string', doc: 'the JIRA version added to `fixVersions`' },
  jira_transition: {
    default: 'Released',
    cli: 'string',
    doc: 'the transition each issue is moved through (empty: none)'
  },
  jira_strict: { default: 'false', cli: 'boolean', doc: 'a JIRA failure fails the step' },
  webhook_url: {
    default: '',
    cli: 'env',
    secret: true,
    doc: 'a webhook that gets each release as JSON, https only (masked)'
  },
  preview_merge_method: {
    default: 'auto',
    cli: 'string',
    choices: ['auto', 'squash', 'merge', 'rebase'],
    doc: 'preview: how pull requests are merged; `auto` reads the repository settings (only squash allowed: `squash`, else `merge`; see Preview on pull requests)'
  },
  preview_lint: {
    default: 'warn',
    cli: 'string',
    choices: ['warn', 'fail'],
    doc: 'preview: a title or commit message that is not a conventional commit gets a suggestion (`warn`), or also fails the check (`fail`)'
  },
  commit_types: {
    list: true,
    default: '',
    cli: 'string',
    doc: 'preview: the commit types the lint allows; empty: the conventional types and those of `notes_sections`'
  },
  commit_scopes: {
    list: true,
    default: '',
    cli: 'string',
    doc: 'preview: the scopes the lint allows (a commit without scope is fine); empty: any scope'
  },
  github_token: {
    default: '${{ github.token }}',
    cli: 'env',
    secret: true,
    doc: 'API calls (release, rollback, gates); masked in logs; else `GITHUB_TOKEN`'
  }
} as const satisfies Record<string, InputSpec>

export type InputName = keyof typeof INPUTS

export const INPUT_NAMES = Object.keys(INPUTS) as InputName[]

/** The spec of a key, widened (the table is `as const`). */
export function specOf(name: InputName): InputSpec {
  return INPUTS[name] as InputSpec
}

/** A key's type, as the parser, the schema and the docs read it. */
export function typeOf(name: InputName): KeyType {
  const spec = specOf(name)
  if (spec.cli === 'boolean' || name === 'dry_run') return 'boolean'
  if (spec.choices) return 'choice'
  if (spec.range) return spec.range.integer ? 'integer' : 'number'
  if (spec.list) return 'list'
  return 'string'
}

/** The defaults by input name, as action.yml declares them. */
export const DEFAULTS: Record<InputName, string> = Object.fromEntries(
  INPUT_NAMES.map(name => [name, INPUTS[name].default])
) as Record<InputName, string>

/** Where an input is set: `run`, `repo` or `both` (secrets: `run`). */
export function scopeOf(name: InputName): 'run' | 'repo' | 'both' {
  const spec = specOf(name)
  return spec.secret ? 'run' : (spec.scope ?? 'repo')
}

/** The inputs action.yml declares: per-run choices and secrets. */
export const ACTION_INPUTS = INPUT_NAMES.filter(name => scopeOf(name) !== 'repo')

/** The keys of the configuration file: what belongs to the repository. */
export const CONFIG_KEYS = INPUT_NAMES.filter(name => scopeOf(name) !== 'run')

/** The default action.yml declares: empty for an input the configuration file may also set. */
export function actionDefault(name: InputName): string {
  return scopeOf(name) === 'both' ? '' : INPUTS[name].default
}

/** Inputs whose values are masked in logs. */
export const SECRET_INPUTS = INPUT_NAMES.filter(name => specOf(name).secret)

/** `jira_base_url` → `jiraBaseUrl`: the Settings field of an input. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S

export function camelCase<S extends string>(name: S): CamelCase<S> {
  return name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<S>
}
