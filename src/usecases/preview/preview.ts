/**
 * mode: preview — on a pull request, the release as if it were merged now: the release's own plan
 * (planRelease, which only reads) over a view of the history in which the merge has happened (the
 * base branch's commits since the last release and, on top, the squash commit or the pull
 * request's commits; src/usecases/preview/preview-view.ts).
 * It reads git and the event payload only, never runs a command of the pull request, never writes
 * the repository; it writes one comment (found again by its marker and updated in place) and a
 * check run (or a commit status), or, where the token may not, the job summary says why.
 */
import { ConfigurationError, GitHubApiError } from '../../core/errors.js'
import {
  CHECK_NAME,
  checkOutput,
  chooseMergeMethod,
  componentContributions,
  conclusionOf,
  contributions,
  isFork,
  lintPullRequest,
  lintRules,
  mergedCommits,
  ownComment,
  pullRequestFromEvent,
  renderPreview,
  verdict,
  type PlannedRelease,
  type PreviewGate,
  type PreviewReport,
  type PullRequest,
  type RepoMergeSettings
} from '../../core/preview/index.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'
import type { Settings } from '../../core/config/settings.js'
import type { RawCommit } from '../../core/types.js'
import type { ModeHandler, ModeResult, Services } from '../modes/types.js'
import { mergedView, previewGates, type PreviewGit } from './preview-view.js'
import { componentsPreview, viewWithComponents } from './components-preview.js'
import type { FileReader, GitRemoteReader, Logger, PullRequestApi } from '../ports.js'
import { planRelease, strayError, type Plan, type ReleaseEnvironment } from '../release/index.js'
import { isReleaseBranch } from '../../core/versioning/release-lines.js'
import { conventionsPart } from '../../core/notes/summary-parts.js'

/** The job summary may hold up to 1 MiB; the preview there keeps well below it. */
const SUMMARY_LIMIT = 500_000

export interface PreviewDeps {
  /** Reads only: the checkout. */
  git: PreviewGit
  /**
   * Origin's tags, so a version tagged there and not in the checkout is burned as in the release, and
   * its branch for the up_to_date gate; absent: origin is not read.
   */
  remote?: Pick<GitRemoteReader, 'remoteTags' | 'remoteBranch'>
  files: FileReader
  log: Logger
  env: ReleaseEnvironment & { runId?: string }
  cwd: string
  /** The event: GITHUB_EVENT_NAME and the parsed GITHUB_EVENT_PATH (null when there is none). */
  event: { name: string | undefined; payload: unknown }
  /** null without a token or GITHUB_REPOSITORY. */
  pulls: PullRequestApi | null
  /** For the gates that read GitHub (checks, reviews, code scanning). */
  gatesApi: Services['github']['gates']
  toolVersion: string
}

export interface PreviewResult {
  report: PreviewReport
  pr: PullRequest
  /** The merged plan (null when the release would fail). */
  plan: ReleasePlan | null
  comment: { status: 'created' | 'updated' | 'skipped'; url: string; why: string }
  check: { status: 'check run' | 'status' | 'skipped'; why: string }
  summary: string
}

function planned(plan: ReleasePlan, learned: string[] = []): PlannedRelease {
  return {
    learned,
    released: plan.released,
    version: plan.version,
    tag: plan.tag,
    bump: plan.bump,
    previousTag: plan.previousTag,
    reason: plan.reason,
    notes: plan.notes
  }
}

const FORBIDDEN = /resource not accessible|forbidden|not have permission|must have/i

function forbidden(error: unknown): boolean {
  return (
    error instanceof GitHubApiError && (error.status === 403 || (error.status === 404 && FORBIDDEN.test(error.message)))
  )
}

/**
 * Whether a release could start from the branch (release_lines): the repository's default branch
 * always (its release's error shows, such as base_branch not set). The release lines were read with
 * the configuration file, once.
 */
function releaseBranch(settings: Settings, branch: string, payload: unknown): boolean {
  const repository = (payload as { repository?: { default_branch?: unknown } } | null)?.repository
  if (branch === repository?.default_branch) return true
  return isReleaseBranch(branch, settings.sections.releaseLines, settings.baseBranch ?? '')
}

/** The preview: plan the merged history and the base alone, lint, render, comment, check. */
export async function runPreview(settings: Settings, deps: PreviewDeps): Promise<PreviewResult> {
  const { log } = deps
  let pr = pullRequestFromEvent(deps.event.name, deps.event.payload)
  const fork = isFork(pr)
  const readOnlyToken = fork && deps.event.name === 'pull_request'
  // the title and description as they are now (a rerun of an older event has the old ones)
  if (deps.pulls) {
    try {
      const fresh = await deps.pulls.pullRequest(pr.number)
      pr = { ...pr, title: fresh.title, body: fresh.body }
    } catch (error) {
      log.warning(
        `Pull request #${pr.number} could not be read from the API (${(error as Error).message}): the event's title and description are used.`
      )
    }
  }
  let repoSettings: RepoMergeSettings | null = null
  if (deps.pulls && settings.previewMergeMethod !== 'merge' && settings.previewMergeMethod !== 'rebase') {
    repoSettings = await deps.pulls.mergeSettings().catch(() => null)
  }
  const { method, why: methodWhy } = chooseMergeMethod(settings.previewMergeMethod, repoSettings)

  const { git } = deps
  if (!(await git.isRepository()))
    throw new ConfigurationError(
      'mode: preview needs the repository checked out: actions/checkout with fetch-depth: 0.'
    )
  if (!(await git.hasCommit(pr.headSha))) {
    throw new ConfigurationError(
      `The head commit of pull request #${pr.number} (${pr.headSha.slice(0, 12)}) is not in this clone. Check out with actions/checkout and fetch-depth: 0 (on pull_request_target also fetch the pull request: git fetch origin refs/pull/${pr.number}/head).`
    )
  }
  // the checkout: the merge ref (refs/pull/N/merge: parents base and head), the head, or the base
  const headNow = await git.head()
  const parents = headNow ? await git.parents(headNow) : []
  let base: string
  if (parents.length === 2 && parents[1] === pr.headSha) base = parents[0]
  else if (await git.hasCommit(pr.baseSha)) base = pr.baseSha
  else if (headNow && headNow !== pr.headSha) base = headNow
  else
    throw new ConfigurationError(
      `The base commit of pull request #${pr.number} (${pr.baseSha.slice(0, 12)}) is not in this clone: check out with actions/checkout and fetch-depth: 0.`
    )
  const prCommits: RawCommit[] = []
  await git.log(base, commit => prCommits.push(commit), [pr.headSha])
  const onTop = mergedCommits(method, pr, prCommits, base, deps.env.now, repoSettings)
  log.info(`Pull request #${pr.number}: ${prCommits.length} commit(s), previewed as a ${method} merge (${methodWhy}).`)

  // a pull request into hotfix/* previews a hotfix: its severity is chosen when it is released
  const hotfixBase = pr.baseRef.startsWith('hotfix/')
  const previewSettings: Settings = {
    ...settings,
    mode: 'release',
    dryRun: true,
    push: false,
    severity: settings.severity || (hotfixBase ? 'medium' : '')
  }
  const env = { ...deps.env, refName: pr.baseRef || undefined }
  const { files } = deps
  let gates: PreviewGate[] = []
  let plan: ReleasePlan | null = null
  let versionFiles: PreviewReport['versionFiles'] = []
  let error: string | null = null
  let basePlan: ReleasePlan | null = null
  /** What the notes learned from the repository's changelog (core/notes/conventions.ts). */
  let learned: string[] = []
  let noRelease: PlannedRelease | null = null
  let mergedPlan: Plan | null = null
  let basePlanned: Plan | null = null
  const planOf = (view: Parameters<typeof mergedView>[1]): Promise<Plan> =>
    planRelease(previewSettings, { git: viewWithComponents(git, view), files, log, env, remote: deps.remote })
  try {
    const merged = await log.group('The release if merged now', () =>
      planOf({
        tips: method === 'squash' ? [base] : method === 'rebase' ? [pr.headSha, base] : [base, pr.headSha],
        onTop: method === 'rebase' ? [] : onTop.slice(0, 1),
        branch: pr.baseRef,
        headSubject: onTop[0] && method !== 'rebase' ? onTop[0].message.split('\n')[0] : ''
      })
    )
    mergedPlan = merged
    // the gates the plan names, as the release would run them (a resumed release runs none)
    if (merged.release.released)
      gates = await previewGates(
        settings,
        merged.gates,
        { plan: merged.release, head: pr.headSha, branch: merged.gatesBranch },
        { ...deps, remote: deps.remote },
        git
      )
    const stray = strayError(merged)
    if (stray) throw stray
    plan = merged.release
    learned = conventionsPart(merged.conventions)
    versionFiles = merged.versionFiles
    basePlanned = await log.group('The release without it', () =>
      planOf({ tips: [base], onTop: [], branch: pr.baseRef, headSubject: '' })
    )
    basePlan = basePlanned.release
  } catch (caught) {
    if (!(caught instanceof ConfigurationError)) throw caught
    // in a shallow clone the history may be what is missing: the workflow's mistake, not the pull
    // request's, so the step fails with the error and no comment or check blames the pull request
    if (await git.isShallow()) throw caught
    // with release_lines, a pull request into a branch of no line (stacked on a feature branch)
    // releases nothing when merged: no release, not a release that would fail
    if (!releaseBranch(settings, pr.baseRef, deps.event.payload))
      noRelease = {
        released: false,
        version: '',
        tag: '',
        bump: 'none',
        previousTag: '',
        reason: `${pr.baseRef} is no release branch of release_lines: merging into it releases nothing (its changes are previewed when they go to a release branch).`,
        notes: ''
      }
    else error = caught.message
  }
  // squash and merge: the commits on top are the squash or merge commit and the PR's own
  const shownCommits = method === 'merge' ? onTop.filter(commit => commit.parents.length < 2) : onTop
  const lintResult = lintPullRequest(
    method,
    onTop,
    lintRules(settings.commitTypes, settings.commitScopes, settings.notesSections),
    method === 'squash' &&
      repoSettings?.squashTitle === 'COMMIT_OR_PR_TITLE' &&
      prCommits.filter(c => c.parents.length < 2).length === 1
  )
  const report: PreviewReport = {
    pr,
    method,
    methodWhy,
    merged: plan ? planned(plan, learned) : noRelease,
    base: basePlan ? planned(basePlan) : noRelease,
    error,
    contributions: (mergedPlan?.componentDecisions && plan
      ? componentContributions(method, shownCommits, mergedPlan.componentDecisions)
      : contributions(method, shownCommits, plan?.decision ?? null)
    ).map(row => (noRelease && row.commit !== 'merge' ? { ...row, why: `no release from ${pr.baseRef}` } : row)),
    lint: { ...lintResult, mode: settings.previewLint },
    gates,
    versionFiles,
    toolVersion: deps.toolVersion,
    ...(plan && mergedPlan && basePlanned ? componentsPreview(mergedPlan, basePlanned) : {})
  }

  // the comment: found by its marker, updated in place; else the job summary carries the preview
  const body = renderPreview(report)
  let comment: PreviewResult['comment'] = { status: 'skipped', url: '', why: '' }
  if (readOnlyToken)
    comment.why = `pull request #${pr.number} comes from a fork (${pr.headRepo || 'deleted'}), and a pull_request run from a fork gets a read-only token`
  else if (!deps.pulls) comment.why = 'there is no token or GITHUB_REPOSITORY to call the GitHub API with'
  else {
    try {
      // only the token's own comment: a stranger's that starts with the marker is not ours
      const viewer = await deps.pulls.viewer().catch(() => null)
      const existing = ownComment(await deps.pulls.comments(pr.number), viewer)
      const written = existing
        ? await deps.pulls.updateComment(existing.id, body)
        : await deps.pulls.createComment(pr.number, body)
      comment = { status: existing ? 'updated' : 'created', url: written.url, why: '' }
      log.info(`${existing ? 'Updated' : 'Wrote'} the preview comment on #${pr.number}.`)
    } catch (caught) {
      if (!forbidden(caught)) throw caught
      comment.why = `the token may not comment on pull request #${pr.number} (${(caught as Error).message}); give the workflow permissions: pull-requests: write`
    }
  }
  if (comment.status === 'skipped') log.warning(`No preview comment: ${comment.why}. The job summary has the preview.`)

  // the same verdict for branch protection: a check run, else a commit status
  const output = checkOutput(report)
  const conclusion = conclusionOf(report)
  let check: PreviewResult['check'] = { status: 'skipped', why: '' }
  const runUrl =
    deps.env.serverUrl && deps.env.repository && deps.env.runId
      ? `${deps.env.serverUrl}/${deps.env.repository}/actions/runs/${deps.env.runId}`
      : undefined
  if (readOnlyToken) check.why = 'a pull_request run from a fork gets a read-only token'
  else if (!deps.pulls) check.why = 'no token'
  else {
    try {
      await deps.pulls.createCheckRun({
        name: CHECK_NAME,
        headSha: pr.headSha,
        conclusion,
        title: output.title,
        summary: output.summary,
        detailsUrl: runUrl
      })
      check = { status: 'check run', why: '' }
    } catch (caught) {
      if (!forbidden(caught)) throw caught
      try {
        await deps.pulls.createStatus(pr.headSha, {
          state: conclusion,
          context: CHECK_NAME,
          description: output.description,
          targetUrl: runUrl
        })
        check = { status: 'status', why: 'check runs need checks: write' }
      } catch (again) {
        if (!forbidden(again)) throw again
        check.why = 'the token may write neither check runs (checks: write) nor commit statuses (statuses: write)'
      }
    }
  }
  const why =
    comment.status === 'skipped'
      ? `\n> **No comment was written**: ${comment.why}. This summary carries the preview instead.\n`
      : `\n> The preview is in [the comment on #${pr.number}](${comment.url}).\n`
  const summary = `${renderPreview(report, SUMMARY_LIMIT, 'The release notes file')}${why}${
    check.status === 'skipped' ? `\n> No check run or commit status: ${check.why}.\n` : ''
  }`
  return { report, pr, plan, comment, check, summary }
}

/** mode: preview as the mode table runs it. */
export const preview: ModeHandler = async (settings, services): Promise<ModeResult> => {
  const result = await runPreview(settings, {
    git: services.git,
    remote: services.remote ?? undefined,
    files: services.files,
    log: services.log,
    env: services.env,
    cwd: services.cwd,
    event: services.event?.() ?? { name: undefined, payload: null },
    pulls: services.github.pulls ?? null,
    gatesApi: services.github.gates,
    toolVersion: services.toolVersion
  })
  const { report, plan } = result
  const title = verdict(report)
  const lintFails = report.lint.mode === 'fail' && report.lint.problems.length > 0
  const failure = report.error
    ? `The release would fail after merging pull request #${result.pr.number}: ${report.error}`
    : lintFails
      ? `${report.lint.problems.length} title or commit message(s) of pull request #${result.pr.number} are not conventional commits (preview_lint: fail): see the preview.`
      : undefined
  return {
    outputs: {
      released: String(plan?.released ?? false),
      new_version: plan?.version ?? '',
      previous_version: plan?.previousVersion ?? '',
      tag: plan?.tag ?? '',
      previous_tag: plan?.previousTag ?? '',
      bump: plan?.bump ?? 'none',
      reason: plan?.reason ?? report.error ?? report.merged?.reason ?? '',
      dry_run: 'true',
      pushed: 'false'
    },
    summary: result.summary,
    annotations: report.lint.problems.slice(0, 10).map(problem => ({
      level: lintFails ? ('error' as const) : ('warning' as const),
      title: 'Not a conventional commit',
      message: `${problem.where === 'title' ? 'The pull request title' : `Commit ${problem.where}`}: ${problem.problem}. ${problem.suggestion}`
    })),
    variables: {},
    message: `Preview of #${result.pr.number}: ${plan?.released ? `${plan.tag} (${plan.bump})` : report.error ? 'the release would fail' : 'no release'}; comment ${result.comment.status}, ${result.check.status}.`,
    report: [title],
    failure
  }
}
