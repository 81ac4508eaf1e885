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

/**
 * What a run made that a failure after it can't undo (the point of no return), read from its outputs:
 * a release pushed or committed, a rollback, a published GitHub release. Null: nothing was made (a
 * dry run, no release), so a failure is an ordinary one. `rerun` says how a rerun finishes the step.
 */
export function madeByRun(outputs: Partial<Record<OutputName, string>>): { made: string; rerun: string } | null {
  if (outputs.dry_run === 'true') return null
  if (outputs.rolled_back_version)
    return {
      made: `${outputs.rolled_back_version} was rolled back (users are back on ${outputs.restored_version || 'no release'})`,
      rerun: `Fix that and run the rollback of ${outputs.rolled_back_version} again: each step it finished reports "already done", and the rerun writes the outputs again.`
    }
  if (outputs.released === 'true' && outputs.commit_sha && outputs.tag)
    return {
      made: `${outputs.tag} (version ${outputs.new_version}) was released: commit ${outputs.commit_sha.slice(0, 12)} and tag ${outputs.tag}${outputs.pushed === 'true' ? ', pushed to origin' : ', not pushed'}${outputs.release_url ? `, GitHub release ${outputs.release_url}` : ''}`,
      rerun: `Fix that and run the job again at this commit: the rerun finds ${outputs.tag} at HEAD, makes no new commit or tag, reports resumed: true and writes the outputs, variables and summary.`
    }
  if (outputs.release_url && outputs.tag)
    return {
      made: `the GitHub release of ${outputs.tag} was published (${outputs.release_url})`,
      rerun: `Fix that and publish ${outputs.tag} again: the rerun updates the release, replaces its assets and writes the outputs.`
    }
  return null
}
