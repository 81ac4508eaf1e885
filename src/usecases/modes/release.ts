/** mode: release and mode: hotfix — the release, then the major tag, the metrics and the notifiers. */
import { ConfigurationError } from '../../core/errors.js'
import { renderMetricsFolded } from '../../core/metrics/render.js'
import type { Settings } from '../../core/config/settings.js'
import { renderPublishSummary, renderSummary } from '../../core/notes/summary.js'
import { gatesFailure, runGates } from '../gates/run.js'
import { moveMajorTag } from '../publish/major-tag.js'
import { collectMetrics } from '../metrics/metrics.js'
import { checkNotifiers, messagesWanted, notifyGateFailure, notifyRelease } from '../notifiers/notify.js'
import { gatesJson, outputsOf } from '../outputs.js'
import { componentsSummary, releasesJson } from '../../core/components/release-commit.js'
import { publishingWanted, publishOutputs, type PublishResult } from '../publish/publish.js'
import { releasePublisher } from '../publish/publish-target.js'
import {
  componentsPublisher,
  componentsPublishSummary,
  releaseUrls,
  type ComponentPublished
} from '../components/publish.js'
import {
  applyPlan,
  planRelease,
  runRelease,
  type ReleaseDeps,
  type ReleaseResult,
  type StoppedByGates
} from '../release/index.js'
import { planGateLines } from './plan-view.js'
import { gateAnnotations, metricsOutput, notifySection, publishDeps, repoUrl } from './report.js'
import type { ModeResult, Outputs, Services } from './types.js'

/** Metrics (every run), then the notifiers for a release; returns outputs and summary sections. */
async function afterRelease(
  settings: Settings,
  services: Services,
  result: ReleaseResult,
  published: PublishResult | null
): Promise<{ outputs: Outputs; summary: string }> {
  const { git, env } = services
  const { plan } = result
  // a dry run makes no release: the metrics don't count it
  const pending =
    plan.released && !settings.dryRun
      ? {
          version: plan.version,
          type: plan.hotfix ? ('hotfix' as const) : ('release' as const),
          hotfixOf: plan.tagMeta.hotfixOf,
          commitTimes: result.commitTimes
        }
      : null
  const metrics = await collectMetrics(settings, services, env.now, pending)
  const outputs = metricsOutput(settings, services.files, metrics, services.sideFiles)
  let summary = settings.summaryMetrics ? `\n${renderMetricsFolded(metrics)}` : ''
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
  summary = `\n${notifySection(settings, report)}${summary}`
  return { outputs, summary }
}

/** The changelog a release run prepends its section to (a dry run would), or null. */
function releaseSummaryChangelog(settings: Settings, result: ReleaseResult): string | null {
  const made = result.status === 'resumed' && result.from === 'tag'
  return result.plan.released && settings.releaseCommit !== false && !made ? settings.changelogFile : null
}

/** The CLI's text for a release run. */
function releaseReport(settings: Settings, result: ReleaseResult, planOnly: boolean): string[] {
  const { plan } = result
  if (!plan.released) return [`No release: ${plan.reason}`]
  return [
    `${settings.dryRun ? 'Would release' : 'Released'} ${plan.tag} (${plan.bump}${plan.previousTag ? ` from ${plan.previousTag}` : ', first release'})`,
    `Why: ${plan.reason}`,
    ...result.versionFiles.map(file => `Version file: ${file.path} ${file.from} → ${file.to}`),
    result.commitSha
      ? `Release commit: ${result.commitSha}${result.pushed ? ' (pushed with its tag)' : ''}`
      : planOnly
        ? 'Plan only: nothing was written (the notes follow).'
        : `Notes written to ${result.notesFile} (not committed)`,
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
export async function release(settings: Settings, services: Services): Promise<ModeResult> {
  const { git, files, log, env } = services
  let published: PublishResult | null = null
  let perComponent: ComponentPublished[] = []
  checkNotifiers(settings) // what would fail after the push fails now
  const deps: ReleaseDeps = {
    git,
    files,
    log,
    env,
    remote: services.remote ?? null,
    origin: services.origin ?? null,
    gitData: services.github.gitData ?? null,
    scrub: services.scrub,
    gates: input =>
      runGates(settings, input, {
        git,
        remote: services.remote ?? null,
        fetch: services.remote ?? null,
        files,
        commands: services.commands,
        github: services.github.gates,
        log,
        cwd: services.cwd,
        runId: env.runId
      }),
    publish: !publishingWanted(settings)
      ? undefined
      : settings.sections?.components
        ? componentsPublisher(settings, settings.sections.components, git, env, publishDeps(services), value => {
            published = value.lead
            perComponent = value.components
          })
        : releasePublisher(settings, git, env, publishDeps(services), value => {
            published = value
          })
  }
  // the CLI's plan: the plan is made from reads only (origin's tags only with --online; no writer),
  // then rehearsed (gates, publishing's report) without writing the notes file
  const result = services.planOnly
    ? await applyPlan(
        await planRelease(settings, {
          git,
          files,
          log,
          env,
          remote: services.remote ?? undefined,
          scrub: services.scrub
        }),
        deps,
        { writeNotes: false }
      )
    : await runRelease(settings, deps)
  // the CLI's plan prints the plan whatever the gates say (src/usecases/modes/plan-view.ts)
  if (result.status === 'stopped' && !services.planOnly) return stoppedByGates(settings, services, result)
  const pastTheCommit = (error: unknown): never => {
    if (!result.commitSha) throw error
    // past the point of no return: say what is made, and that a rerun finishes the rest
    const { tag } = result.plan
    throw new ConfigurationError(
      `${tag} was released${result.pushed ? ' and pushed to origin' : ' here'} (commit ${result.commitSha.slice(0, 12)} and tag ${tag}), but a step after it failed: ${error instanceof Error ? error.message : String(error)} ` +
        `Fix that and run again at this commit: the rerun makes no new commit or tag, reports resumed: true and runs the metrics and notifiers again.`
    )
  }
  const major = await moveMajorTag(settings, result, git, services.origin ?? null, log).catch(pastTheCommit)
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
      gates: result.gates,
      versionFiles: result.versionFiles,
      changelogFile: releaseSummaryChangelog(settings, result),
      notesWritten: !services.planOnly,
      conventions: result.conventions,
      staleVersions: result.staleVersions
    }) +
    (result.components ? `\n${componentsSummary(result.components, settings.dryRun)}` : '') +
    (result.components && perComponent.length > 0
      ? componentsPublishSummary(perComponent)
      : published
        ? `\n${renderPublishSummary(published)}`
        : '') +
    (major ? `\nMajor tag: \`${major.tag}\` ${major.status} (${major.detail}).\n` : '') +
    after.summary
  const variables: Record<string, string> = {}
  if (result.gates?.skipSlowTests) variables.SKIP_SLOW_TESTS = 'true'
  if (plan.released) Object.assign(variables, { NEW_VERSION: plan.version, VERSION: plan.version })
  return {
    outputs: {
      ...outputsOf(result, settings.severity),
      // the CLI's plan writes no notes file: no path to one
      ...(services.planOnly ? { release_notes: '' } : {}),
      ...(result.components ? { releases: releasesJson(result.components, releaseUrls(perComponent)) } : {}),
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
      ...releaseReport(settings, result, services.planOnly ?? false),
      ...(services.planOnly ? planGateLines(result.gates) : []),
      ...(result.components ?? []).map(
        r =>
          `  ${r.name}: ${r.released ? `${r.previousVersion || '—'} → ${r.version} (${r.tag})` : 'no release'}: ${r.reason}`
      ),
      ...(major ? [`Major tag: ${major.tag} ${major.status} (${major.detail})`] : [])
    ]
  }
}
