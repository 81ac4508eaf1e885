/**
 * mode: release_pr — keeps the next release as a pull request (usecases/release-pr); on the push
 * that merges it, releases it as mode: release does (HEAD is then the release commit: it is tagged,
 * not committed again).
 */
import type { Settings } from '../../core/config/settings.js'
import { runReleasePr, type ReleasePrResult } from '../release-pr/release-pr.js'
import { release } from './release.js'
import type { ModeResult, Outputs, Services } from './types.js'

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``

function summaryOf(result: Exclude<ReleasePrResult, { kind: 'merged' }>): string {
  const { release: plan } = result.plan
  const lines = ['## Release pull request', '']
  switch (result.kind) {
    case 'nothing':
      lines.push(
        `Nothing to release: ${plan.reason}.`,
        result.closed ? `The open release pull request #${result.closed.number} was closed.` : ''
      )
      break
    case 'superseded':
      lines.push(
        `A newer push is on the base branch (${code(result.baseHead.slice(0, 12))}): its run updates the pull request.`
      )
      break
    case 'would':
      lines.push(
        `Dry run: would open or update the pull request ${code(result.title)} from ${code(result.branch)}. Nothing was changed.`,
        '',
        '<details><summary>Its body</summary>',
        '',
        result.body,
        '',
        '</details>'
      )
      break
    default:
      lines.push(
        `[#${result.pull.number}](${result.pull.url}) ${code(result.pull.title)} ${result.kind} (branch ${code(result.branch)}).`,
        `Why ${code(plan.tag)}: ${plan.reason}`,
        result.edited ? '\nThe notes edited in the pull request are kept and will be published as written.' : ''
      )
      if (result.checksWillNotRun)
        lines.push(
          '',
          '> [!WARNING]',
          '> The pull request was opened with `GITHUB_TOKEN`: GitHub starts no workflow for it, so required checks never report. Give the step a GitHub App token (`actions/create-github-app-token`) as `github_token`; see docs/modes/release-pr.md.'
        )
  }
  return lines.filter((line, index) => line !== '' || index < 2 || lines[index - 1] !== '').join('\n') + '\n'
}

/** mode: release_pr — the release pull request, or the release of a merged one. */
export async function releasePr(settings: Settings, services: Services): Promise<ModeResult> {
  const { git, files, log, env } = services
  const pulls = services.github.releasePulls
  const gitData = services.github.gitData
  const result = await runReleasePr(settings, {
    git,
    files,
    log,
    env,
    remote: services.remote ?? undefined,
    // the notes and the changelog of the release commit without the run's secrets, as mode: release
    scrub: services.scrub,
    github: pulls && gitData ? { pulls, gitData } : null
  })
  // the merge of the release pull request: released as mode: release does
  if (result.kind === 'merged') {
    const released = await release(settings, services)
    // the merged release commit is this release's first run (not a rerun completing an earlier one)
    if (result.plan.earlier === 'committed') released.outputs.resumed = 'false'
    return released
  }
  const { release: plan } = result.plan
  const pull = 'pull' in result ? result.pull : null
  const outputs: Outputs = {
    released: 'false',
    new_version: plan.released ? plan.version : '',
    previous_version: plan.previousVersion,
    tag: plan.released ? plan.tag : '',
    previous_tag: plan.previousTag,
    bump: plan.bump,
    reason: plan.reason,
    dry_run: String(settings.dryRun),
    pushed: 'false',
    resumed: 'false',
    release_pr_number: pull ? String(pull.number) : '',
    release_pr_url: pull?.url ?? ''
  }
  const message =
    result.kind === 'nothing'
      ? `No release: ${plan.reason}`
      : result.kind === 'superseded'
        ? 'A newer push updates the release pull request'
        : result.kind === 'would'
          ? `Would open or update the release pull request for ${plan.tag}`
          : `Release pull request #${result.pull.number} ${result.kind} for ${plan.tag}`
  return {
    outputs,
    summary: summaryOf(result),
    annotations:
      'checksWillNotRun' in result && result.checksWillNotRun
        ? [
            {
              level: 'warning',
              title: 'Checks will not run on the release pull request',
              message:
                'It was opened with GITHUB_TOKEN, whose pull requests start no workflows: use a GitHub App token (actions/create-github-app-token) as github_token.'
            }
          ]
        : [],
    variables: {},
    message,
    report: [message, ...(result.kind === 'would' ? ['', result.body] : [])]
  }
}
