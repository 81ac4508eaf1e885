/** The outputs, as action.yml declares them, with the docs' meaning. */
export const OUTPUTS = {
  released: '`true` when a release was made (in a dry run: would be)',
  new_version:
    'the new version without prefix (empty without a release); also `NEW_VERSION` and `VERSION` for later steps',
  previous_version: 'the previous release version (empty for a first release)',
  tag: 'the new tag name',
  previous_tag: 'the previous tag name',
  bump: '`major`, `minor`, `patch` or `none`',
  reason: 'why: the commits (short shas and kind) or the input that decided',
  release_notes: 'the notes file path',
  notes: 'the notes text (cut below 1 MB; the file has all of it)',
  commit_sha: 'the release commit (empty in a dry run)',
  dry_run: 'whether this was a dry run',
  pushed: '`true` when the branch and tag were pushed',
  resumed:
    '`true` when HEAD was already released by an earlier run (interrupted, or a rerun): this run completed or re-reported that release, so later steps can finish their part idempotently',
  severity: 'the severity input, as validated',
  hotfix: '`true` for a hotfix release',
  release_url: 'the GitHub release page',
  release_id: 'the GitHub release id',
  upload_url: "the release's upload URL template",
  assets: 'JSON of the assets: name, size, sha256, url',
  hashes: 'base64 of `SHA256SUMS` (decoded: the `subject-checksums` file of `actions/attest`)',
  sbom: 'the SBOM path (in `RUNNER_TEMP` unless `release_dir` is set: never in the workspace, so no package ships it)',
  checksums: 'the `SHA256SUMS` path (in `RUNNER_TEMP` unless `release_dir` is set)',
  metrics: 'the DORA metrics (JSON)',
  metrics_file: 'the path of `release-metrics.json` (in `RUNNER_TEMP`; not set in a dry run)',
  jira_issues: 'the JIRA issues updated (JSON: key, status, detail)',
  gates: 'JSON: each gate run with its status (`pass`, `fail`, `skipped`), reason and details',
  rolled_back_version: 'rollback: the version rolled back',
  restored_version: 'rollback: the version users are back on',
  rollback_steps: "rollback: each step's status (JSON)",
  major_tag: 'the major tag moved to this release (such as `v1`); empty when none was',
  version_files: 'the version files updated (or that would be), one a line',
  pep440_version: 'the new version in PEP 440 (`1.3.0rc1`, `1.3.0.dev2`), as Python files and wheel names hold it',
  docker_version: 'the new version as a Docker tag (`+` becomes `-`)',
  releases:
    'with `components`: JSON array, in dependency order, of each component (name, version, tag, pep440_version, docker_version, path, notes_file, released, release_url: its GitHub release made by the run, else empty), for `strategy.matrix: ${{ fromJSON(...) }}`; not set for a single package',
  migration_guide:
    'migration_guide: the guide written (or, in a dry run, that would be); empty when the next release is not major',
  release_pr_number: 'release_pr: the release pull request opened or updated (empty when none is open)',
  release_pr_url: 'release_pr: its page',
  watch_verdict: 'watch: `ok`, `fired` or `no-decision`',
  watch_report: "watch: JSON of the windows and each trigger's numbers and verdict, and the action taken"
} as const

export type OutputName = keyof typeof OUTPUTS
