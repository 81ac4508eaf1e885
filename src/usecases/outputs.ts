import { dockerTag, pep440Version } from '../core/versioning/ecosystem-versions.js'
import { truncateMarkdown } from '../core/notes/summary.js'
import type { GatesReport } from '../core/gates/types.js'
import type { ReleaseResult } from './release/index.js'
import type { OutputName } from '../core/config/inputs.js'

/** The `gates` output: the gates run, each with its status, reason and details. */
export function gatesJson(report: GatesReport): string {
  return JSON.stringify(report.results.map(({ gate, status, reason, details }) => ({ gate, status, reason, details })))
}

/** GitHub limits one output to 1 MB. */
const OUTPUT_LIMIT = 900 * 1024

/** The outputs of a run, the same for the action and the CLI's --json. */
export function outputsOf(result: ReleaseResult, severity: string): Partial<Record<OutputName, string>> {
  const { plan } = result
  return {
    released: String(plan.released),
    new_version: plan.version,
    previous_version: plan.previousVersion,
    tag: plan.tag,
    previous_tag: plan.previousTag,
    bump: plan.bump,
    reason: plan.reason,
    release_notes: plan.released ? result.notesFile : '',
    notes: truncateMarkdown(
      plan.notes,
      OUTPUT_LIMIT,
      `_Cut to fit an output; the whole text is in ${result.notesFile}._`
    ),
    commit_sha: result.commitSha,
    dry_run: String(result.dryRun),
    pushed: String(result.pushed),
    resumed: String(result.status === 'resumed'),
    severity,
    hotfix: String(plan.hotfix),
    version_files: result.versionFiles.map(file => file.path).join('\n'),
    pep440_version: plan.released ? (pep440Version(plan.version) ?? '') : '',
    docker_version: plan.released ? dockerTag(plan.version) : '',
    gates: result.gates ? gatesJson(result.gates) : ''
  }
}
