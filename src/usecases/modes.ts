/**
 * The mode table: one handler per mode, each running its use cases on the services the composition
 * root built and returning what to report (outputs, summary, annotations, variables, the CLI's text).
 * The action and the CLI only write that result out.
 */
import { ConfigurationError } from '../core/errors.js'
import type { GatesReport } from '../core/gates/types.js'
import type { OutputName } from '../core/inputs.js'
import { renderMetrics, type DoraMetrics } from '../core/metrics.js'
import type { Mode, Settings } from '../core/settings.js'
import { renderNotifySummary, renderPublishSummary, renderRollbackSummary, renderSummary } from '../core/summary.js'
import { gatesFailure, runGates } from './gates.js'
import { collectMetrics } from './metrics.js'
import {
  checkNotifiers,
  messagesWanted,
  notifyGateFailure,
  notifyMetrics,
  notifyRelease,
  servicesOf,
  type NotifyReport
} from './notify.js'
import { gatesJson, outputsOf } from './outputs.js'
import type {
  ArtifactUploader,
  CommandRunner,
  FileStore,
  GitClient,
  GitDataApi,
  GitRemoteReader,
  GitRemoteWriter,
  GitHubGatesApi,
  GitHubPublisher,
  GitHubReleases,
  GitHubWatchApi,
  HttpClient,
  Logger,
  PullRequestApi
} from './ports.js'
import {
  executePublish,
  preparePublish,
  publishingWanted,
  publishOutputs,
  type PublishDeps,
  type PublishResult
} from './publish.js'
import { existingReleaseTarget, releasePublisher } from './publish-target.js'
import { moveMajorTag } from './major-tag.js'
import {
  applyPlan,
  planRelease,
  runRelease,
  type ReleaseDeps,
  type ReleaseEnvironment,
  type ReleaseResult,
  type StoppedByGates
} from './release/index.js'
import { runRollback } from './rollback.js'
import { preview } from './preview.js'
import { METRICS_FILE } from './paths.js'
import { migrationGuideMode } from './migration-guide.js'
import { watch } from './watch.js'

/** Where the run happens: the repository on the server, the branch, the actor, the clock, the run. */
export interface RunEnvironment extends ReleaseEnvironment {
  /** GITHUB_RUN_ID: for the run's link, and so the tests gate skips this run's own checks. */
  runId?: string
}

/** Everything a mode may use, built once per run by the composition root (src/compose.ts). */
export interface Services {
  cwd: string
  git: GitClient
  /** Reads of origin (ls-remote, fetch): null where the run stays offline (the CLI without --online or --push). */
  remote?: GitRemoteReader | null
  /** Pushes to origin: null where the run may not push (the CLI without --push). */
  origin?: GitRemoteWriter | null
  /** The CLI's plan: the release is planned and reported, never applied (not even the notes file). */
  planOnly?: boolean
  files: FileStore
  commands: CommandRunner
  http: HttpClient
  artifact: ArtifactUploader
  log: Logger
  env: RunEnvironment
  /** null without a token or a repository. */
  github: {
    releases: GitHubReleases | null
    gates: GitHubGatesApi | null
    publisher: GitHubPublisher | null
    /** The Git Data API, for release_commit: api. */
    gitData?: GitDataApi | null
    /** Pull requests, their comments and checks, for mode: preview. */
    pulls?: PullRequestApi | null
    /** mode: watch's alerts and issues. */
    watch?: GitHubWatchApi | null
  }
  /** The workflow event: GITHUB_EVENT_NAME and the payload of GITHUB_EVENT_PATH (read when asked). */
  event?: () => { name: string | undefined; payload: unknown }
  toolVersion: string
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title?: string
  file?: string
  line?: number
}

/** What a mode reports; the action writes it as outputs, summary and annotations, the CLI prints it. */
/** Outputs by name: only outputs of the table (action.yml) type-check. */
export type Outputs = Partial<Record<OutputName, string>>

export interface ModeResult {
  outputs: Outputs
  /** Markdown for the job summary. */
  summary: string
  annotations: Annotation[]
  /** Environment variables for later steps (NEW_VERSION, VERSION, SKIP_SLOW_TESTS). */
  variables: Record<string, string>
  /** The closing log line. */
  message: string
  /** The CLI's text, line by line. */
  report: string[]
  /** Set when the run fails as a result, not an exception: the gates stopped the release. */
  failure?: string
}

export type ModeHandler = (settings: Settings, services: Services) => Promise<ModeResult>

function publishDeps(services: Services): PublishDeps {
  return {
    files: services.files,
    github: services.github.publisher,
    artifact: services.artifact,
    log: services.log,
    toolVersion: services.toolVersion
  }
}

function repoUrl(env: RunEnvironment): string | null {
  return env.serverUrl && env.repository ? `${env.serverUrl}/${env.repository}` : null
}

/** The gates' failures as annotations, each finding at its file and line. */
function gateAnnotations(report: GatesReport | null): Annotation[] {
  const annotations: Annotation[] = []
  for (const gate of report?.results ?? []) {
    if (gate.status !== 'fail') continue
    annotations.push({
      level: 'error',
      message: `${gate.gate}: ${gate.reason}`,
      title: `Release gate ${gate.gate} failed`
    })
    for (const note of gate.annotations) {
      annotations.push({
        level: note.level,
        message: note.message,
        title: `Release gate ${gate.gate}`,
        file: note.file,
        line: note.line
      })
    }
  }
  return annotations
}

/** The DORA metrics: the `metrics` output, and release-metrics.json except in a dry run. */
function metricsOutput(settings: Settings, files: FileStore, metrics: DoraMetrics): Outputs {
  if (!settings.dryRun) files.write(METRICS_FILE, `${JSON.stringify(metrics, null, 2)}\n`)
  return { metrics: JSON.stringify(metrics) }
}

function notifySection(settings: Settings, report: NotifyReport): string {
  return renderNotifySummary({
    dryRun: settings.dryRun,
    services: servicesOf(report),
    jiraIssues: report.jira?.issues ?? []
  })
}

/** Metrics (every run), then the notifiers for a release; returns outputs and summary sections. */
async function afterRelease(
  settings: Settings,
  services: Services,
  result: ReleaseResult,
  published: PublishResult | null
): Promise<{ outputs: Outputs; summary: string }> {
  const { git, env } = services
  const { plan } = result
  const pending = plan.released
    ? {
        version: plan.version,
        type: plan.hotfix ? ('hotfix' as const) : ('release' as const),
        hotfixOf: plan.tagMeta.hotfixOf,
        commitTimes: result.commitTimes
      }
    : null
  const metrics = await collectMetrics(settings, services, env.now, pending)
  const outputs = metricsOutput(settings, services.files, metrics)
  let summary = `\n${renderMetrics(metrics)}`
  if (!plan.released) return { outputs, summary }
  const url = repoUrl(env)
  const previous = plan.previousTag
    ? (await git.tags(settings.tagPrefix)).find(tag => tag.name === plan.previousTag)?.sha
    : undefined
  const messages = messagesWanted(settings) ? await git.messages(previous ? `${previous}..HEAD` : 'HEAD') : []
  const report = await notifyRelease(
    settings,
    {
      release: { tag: plan.tag, version: plan.version, hotfix: plan.hotfix, changes: plan.decision.changes },
      metrics,
      messages,
      repository: env.repository ?? null,
      releaseUrl: published?.releaseUrl || (url ? `${url}/releases/tag/${plan.tag}` : null),
      compareUrl: url && plan.previousTag ? `${url}/compare/${plan.previousTag}...${plan.tag}` : null,
      now: env.now
    },
    services
  )
  outputs.jira_issues = JSON.stringify(report.jira?.issues ?? [])
  summary += `\n${notifySection(settings, report)}`
  return { outputs, summary }
}

/** The CLI's text for a release run. */
function releaseReport(settings: Settings, result: ReleaseResult): string[] {
  const { plan } = result
  if (!plan.released) return [`No release: ${plan.reason}`]
  return [
    `${settings.dryRun ? 'Would release' : 'Released'} ${plan.tag} (${plan.bump}${plan.previousTag ? ` from ${plan.previousTag}` : ', first release'})`,
    `Why: ${plan.reason}`,
    ...result.versionFiles.map(file => `Version file: ${file.path} ${file.from} → ${file.to}`),
    result.commitSha
      ? `Release commit: ${result.commitSha}${result.pushed ? ' (pushed with its tag)' : ''}`
      : `Notes written to ${result.notesFile}`,
    '',
    plan.notes
  ]
}

/** The gates stopped the release: nothing was changed; report it and fail the run. */
async function stoppedByGates(settings: Settings, services: Services, result: StoppedByGates): Promise<ModeResult> {
  const report = result.gates
  const { env } = services
  const url = repoUrl(env)
  const failures = report.results.filter(r => r.status === 'fail')
  await notifyGateFailure(
    settings,
    {
      tag: result.plan.tag,
      failures,
      repository: env.repository ?? null,
      runUrl: url && env.runId ? `${url}/actions/runs/${env.runId}` : null
    },
    services
  )
  const summary = renderSummary({
    plan: result.plan,
    dryRun: settings.dryRun,
    severity: settings.severity,
    notesFile: settings.releaseNotesFile,
    commitSha: '',
    pushed: false,
    resumed: false,
    gates: report,
    stoppedByGates: true
  })
  return {
    outputs: { gates: gatesJson(report), released: 'false' },
    summary,
    annotations: gateAnnotations(report),
    variables: report.skipSlowTests ? { SKIP_SLOW_TESTS: 'true' } : {},
    message: `Stopped by the release gates: ${failures.map(r => r.gate).join(', ')}`,
    report: report.results.map(gate => `  ${gate.gate}: ${gate.status} — ${gate.reason}`),
    failure: gatesFailure(report)
  }
}

/** mode: release (and hotfix) — gates, version, notes, files, commit, tag, push, publishing, metrics, notifiers. */
async function release(settings: Settings, services: Services): Promise<ModeResult> {
  const { git, files, log, env } = services
  let published: PublishResult | null = null
  checkNotifiers(settings) // what would fail after the push fails now
  const deps: ReleaseDeps = {
    git,
    files,
    log,
    env,
    remote: services.remote ?? null,
    origin: services.origin ?? null,
    gitData: services.github.gitData ?? null,
    gates: input =>
      runGates(settings, input, {
        git,
        files,
        commands: services.commands,
        github: services.github.gates,
        log,
        cwd: services.cwd,
        runId: env.runId
      }),
    publish: publishingWanted(settings)
      ? releasePublisher(settings, git, env, publishDeps(services), value => {
          published = value
        })
      : undefined
  }
  // the CLI's plan: the plan is made from reads only (no remote reader, no writer), then rehearsed
  // (gates, publishing's report) without writing the notes file
  const result = services.planOnly
    ? await applyPlan(await planRelease(settings, { git, files, log, env }), deps, { writeNotes: false })
    : await runRelease(settings, deps)
  if (result.status === 'stopped') return stoppedByGates(settings, services, result)
  const pastTheCommit = (error: unknown): never => {
    if (!result.commitSha) throw error
    // past the point of no return: say what is made, and that a rerun finishes the rest
    const { tag } = result.plan
    throw new ConfigurationError(
      `${tag} was released${result.pushed ? ' and pushed to origin' : ' here'} (commit ${result.commitSha.slice(0, 12)} and tag ${tag}), but a step after it failed: ${error instanceof Error ? error.message : String(error)} ` +
        `Fix that and run again at this commit: the rerun makes no new commit or tag, reports resumed: true and runs the metrics and notifiers again.`
    )
  }
  const major = await moveMajorTag(settings, result, git, log).catch(pastTheCommit)
  const after = await afterRelease(settings, services, result, published).catch(pastTheCommit)
  const { plan } = result
  const summary =
    renderSummary({
      plan,
      dryRun: settings.dryRun,
      severity: settings.severity,
      notesFile: result.notesFile,
      commitSha: result.commitSha,
      pushed: result.pushed,
      resumed: result.status === 'resumed' && result.from === 'tag',
      gates: result.gates
    }) +
    (published ? `\n${renderPublishSummary(published)}` : '') +
    (major ? `\nMajor tag: \`${major.tag}\` ${major.status} (${major.detail}).\n` : '') +
    after.summary
  const variables: Record<string, string> = {}
  if (result.gates?.skipSlowTests) variables.SKIP_SLOW_TESTS = 'true'
  if (plan.released) Object.assign(variables, { NEW_VERSION: plan.version, VERSION: plan.version })
  return {
    outputs: {
      ...outputsOf(result, settings.severity),
      major_tag: major?.status === 'moved' || major?.status === 'unchanged' ? major.tag : '',
      ...publishOutputs(published),
      ...after.outputs
    },
    summary,
    annotations: gateAnnotations(result.gates),
    variables,
    message: plan.released
      ? `${settings.dryRun ? 'Would release' : 'Released'} ${plan.tag}: ${plan.reason}`
      : `No release: ${plan.reason}`,
    report: [
      ...releaseReport(settings, result),
      ...(major ? [`Major tag: ${major.tag} ${major.status} (${major.detail})`] : [])
    ]
  }
}

/** mode: rollback — record, tags, GitHub release, push; the manual steps as warnings. */
async function rollback(settings: Settings, services: Services): Promise<ModeResult> {
  const result = await runRollback(settings, {
    git: services.git,
    files: services.files,
    log: services.log,
    env: services.env,
    github: services.github.releases
  })
  const message = `${result.dryRun ? 'Would roll back' : 'Rolled back'} ${result.tag}; users are back on ${result.restoredVersion || 'no release'}.`
  return {
    outputs: {
      rolled_back_version: result.version,
      restored_version: result.restoredVersion,
      rollback_steps: JSON.stringify(result.steps),
      commit_sha: result.recordCommit,
      pushed: String(result.pushed),
      dry_run: String(result.dryRun)
    },
    summary: renderRollbackSummary({ ...result, reason: settings.reason }),
    annotations: result.manual.map(text => ({
      level: 'warning',
      message: text,
      title: `Manual step to finish the rollback of ${result.tag}`
    })),
    variables: {},
    message,
    report: [
      message,
      ...result.steps.map(step => `  ${step.step}: ${step.status}${step.detail ? ` (${step.detail})` : ''}`),
      'Manual steps:',
      ...result.manual.map(text => `  - ${text}`)
    ]
  }
}

/** mode: publish — the GitHub release, assets, SBOM and checksums of a release already tagged. */
async function publish(settings: Settings, services: Services): Promise<ModeResult> {
  const deps = publishDeps(services)
  const target = await existingReleaseTarget(services.git, settings, services.env)
  const prepared = await preparePublish(settings, target, deps)
  const published = await executePublish(settings, target, prepared, deps)
  const message = `${settings.dryRun ? 'Would publish' : 'Published'} ${target.tag}${published.releaseUrl ? `: ${published.releaseUrl}` : ''}`
  return {
    outputs: { ...publishOutputs(published), new_version: target.version, tag: target.tag },
    summary: renderPublishSummary(published),
    annotations: [],
    variables: {},
    message,
    report: [message]
  }
}

/** mode: metrics — the DORA metrics without releasing (for a scheduled workflow); Datadog is told. */
async function metrics(settings: Settings, services: Services): Promise<ModeResult> {
  const { env } = services
  const dora = await collectMetrics(settings, services, env.now)
  const outputs = metricsOutput(settings, services.files, dora)
  const report = await notifyMetrics(
    settings,
    {
      release: null,
      metrics: dora,
      messages: [],
      repository: env.repository ?? null,
      releaseUrl: null,
      compareUrl: null,
      now: env.now
    },
    services
  )
  const message = `DORA metrics over ${dora.windowDays} days: ${dora.releases} release(s).`
  return {
    outputs,
    summary: `${renderMetrics(dora)}\n${notifySection(settings, report)}`,
    annotations: [],
    variables: {},
    message,
    report: [message]
  }
}

/** Every mode's handler. */
export const MODES: Record<Mode, ModeHandler> = {
  release,
  hotfix: release,
  rollback,
  publish,
  metrics,
  migration_guide: migrationGuideMode,
  preview,
  watch
}
