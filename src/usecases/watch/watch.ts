/**
 * mode: watch — the latest release's first hours against its automatic rollback triggers: error rate
 * and latency from Datadog's metrics query API compared with the previous release's same hours, and
 * new critical code scanning alerts. A fired trigger opens one issue and tells Slack once
 * (watch_action: issue, the default), or rolls the release back with the rollback's own guards
 * (watch_action: rollback). No data is no decision, never a rollback.
 */
import semver from 'semver'
import { ConfigurationError, GitHubApiError, HttpError } from '../../core/errors.js'
import { parseRollbacks } from '../../core/record/release-record.js'
import type { Settings } from '../../core/config/settings.js'
import { renderRollbackSummary } from '../../core/notes/summary.js'
import {
  awaitingWindow,
  codeScanningAdvice,
  datadogAdvice,
  firedReason,
  issueMarker,
  overallVerdict,
  parseTriggers,
  rateVerdict,
  renderWatchSummary,
  securityVerdict,
  watchHeadline,
  watchIssue,
  measureSeries,
  watchWindows,
  type DatadogSeries,
  type Measured,
  type ParsedTrigger,
  type TriggerVerdict,
  type WatchReport,
  type Window
} from '../../core/watch/index.js'
import { datadogApiBase } from '../../core/notify/integrations.js'
import { scrubTokens } from '../../core/text/secrets.js'
import { loadGatesConfig } from '../gates/run.js'
import type { Annotation, ModeResult, Services } from '../modes/types.js'
import { notifyWatch, servicesOf } from '../notifiers/notify.js'
import { failure } from '../notifiers/types.js'
import type { FileStore, GitHubReleases, HttpClient, LocalGit, Logger } from '../ports.js'
import type { GitHubWatchApi } from './ports.js'
import type { ReleaseEnvironment } from '../release/index.js'
import { runRollback, type RollbackDeps, type RollbackResult } from '../rollback/rollback.js'

/** The label of the watch's issues (with the hidden marker, how a rerun finds its issue again). */
export const WATCH_LABEL = 'release-watch'

export interface WatchDeps {
  git: LocalGit
  /** Origin, for the rollback a watch may make: null where the run may not read or change it. */
  remote: RollbackDeps['remote']
  origin: RollbackDeps['origin']
  files: FileStore
  http: HttpClient
  log: Logger
  env: ReleaseEnvironment & { runId?: string }
  github: { releases: GitHubReleases | null; watch: GitHubWatchApi | null }
  /** Takes secrets out of what another service answered before it goes anywhere; absent: token-shaped text only. */
  scrub?: (text: string) => string
}

export interface WatchResult {
  report: WatchReport
  rollback: RollbackResult | null
  issue: { number: number; url: string; created: boolean } | null
  notified: ReturnType<typeof servicesOf>
}

interface ReleaseTag {
  tag: string
  version: string
  time: number
}

/** Stable release tags, newest version first, with their time (the tag's, or its commit's). */
async function releases(git: Pick<LocalGit, 'tagDetails'>, prefix: string): Promise<ReleaseTag[]> {
  const details = await git.tagDetails(prefix)
  return details
    .map(detail => ({ tag: detail.name, version: detail.name.slice(prefix.length), time: detail.time }))
    .filter(entry => semver.valid(entry.version) === entry.version && !semver.prerelease(entry.version))
    .sort((a, b) => semver.rcompare(a.version, b.version))
}

const QUERY_OF: Record<'error_rate_spike' | 'performance_degradation', 'watchErrorRateQuery' | 'watchLatencyQuery'> = {
  error_rate_spike: 'watchErrorRateQuery',
  performance_degradation: 'watchLatencyQuery'
}
const INPUT_OF = { watchErrorRateQuery: 'watch_error_rate_query', watchLatencyQuery: 'watch_latency_query' } as const

function template(query: string, release: ReleaseTag): string {
  return query.replace(/\{version\}/g, release.version).replace(/\{tag\}/g, release.tag)
}

/** One window's value from GET /api/v1/query; an API error or a malformed answer is a reason, not a value. */
async function measure(settings: Settings, http: HttpClient, query: string, window: Window): Promise<Measured> {
  if (window.to <= window.from) return { ok: false, reason: 'the window is empty' }
  const base = datadogApiBase(settings)
  const params = new URLSearchParams({ from: String(window.from), to: String(window.to), query })
  try {
    const response = await http.send({
      method: 'GET',
      url: `${base}/api/v1/query?${params.toString()}`,
      label: `Datadog GET ${base}/api/v1/query`,
      headers: { 'DD-API-KEY': settings.datadogApiKey, 'DD-APPLICATION-KEY': settings.datadogAppKey }
    })
    const answer = response.json as { status?: unknown; series?: unknown; error?: unknown } | null
    if (!answer || answer.status !== 'ok' || !Array.isArray(answer.series))
      return {
        ok: false,
        reason: `Datadog's answer is not a query result${typeof answer?.error === 'string' ? ` (${answer.error})` : ''}`
      }
    return measureSeries(answer.series as DatadogSeries[], window)
  } catch (error) {
    const advice = datadogAdvice(error instanceof HttpError ? error.status : null)
    return { ok: false, reason: `${failure(error)}${advice ? `. ${advice}.` : ''}` }
  }
}

/** The Datadog keys: both or none; half a source is a mistake named before anything is read. */
function datadogSource(settings: Settings, triggers: ParsedTrigger[]): boolean {
  const queried = triggers.some(t => t.name !== 'critical_security_alert' && settings[QUERY_OF[t.name]] !== '')
  const keys = [settings.datadogApiKey !== '', settings.datadogAppKey !== '']
  if (queried && keys[0] !== keys[1])
    throw new ConfigurationError(
      `mode: watch reads Datadog with both datadog_api_key and datadog_app_key, and ${keys[0] ? 'datadog_app_key' : 'datadog_api_key'} is missing. Pass it (a secret), or remove watch_error_rate_query and watch_latency_query. Nothing was changed.`
    )
  return keys[0] && keys[1]
}

async function evaluate(
  settings: Settings,
  deps: WatchDeps,
  triggers: ParsedTrigger[],
  latest: ReleaseTag,
  previous: ReleaseTag | null,
  windows: ReturnType<typeof watchWindows>,
  datadog: boolean
): Promise<TriggerVerdict[]> {
  const rows: TriggerVerdict[] = []
  for (const trigger of triggers) {
    if (trigger.name === 'critical_security_alert') {
      const since = iso(latest.time)
      if (!trigger.enabled) rows.push(securityVerdict(trigger, { ok: false, reason: '' }))
      else if (!deps.github.watch)
        rows.push(
          securityVerdict(trigger, {
            ok: false,
            reason: 'no github_token or GITHUB_REPOSITORY: code scanning alerts were not read'
          })
        )
      else {
        try {
          const alerts = (await deps.github.watch.criticalAlerts())
            .filter(alert => Date.parse(alert.createdAt) > latest.time * 1000)
            .map(alert => ({ number: alert.number, rule: alert.ruleId, url: alert.url, createdAt: alert.createdAt }))
          rows.push(securityVerdict(trigger, { ok: true, alerts, since: `${latest.tag} (${since})` }))
        } catch (error) {
          const advice = codeScanningAdvice(error instanceof GitHubApiError ? error.status : null)
          rows.push(securityVerdict(trigger, { ok: false, reason: `${failure(error)}${advice ? `. ${advice}.` : ''}` }))
        }
      }
      continue
    }
    const field = QUERY_OF[trigger.name]
    const query = settings[field]
    const row = (status: 'off' | 'no-decision', detail: string): TriggerVerdict => ({
      trigger: trigger.name,
      condition: trigger.condition,
      threshold: `${trigger.op} ${trigger.threshold}%`,
      status,
      detail
    })
    if (!query) rows.push(row('off', `not watched: no ${INPUT_OF[field]}`))
    else if (!datadog) rows.push(row('off', 'not watched: no datadog_api_key and datadog_app_key'))
    else if (!previous || !windows.baseline) rows.push(row('no-decision', 'no previous release to compare with'))
    else {
      const baseline = await measure(settings, deps.http, template(query, previous), windows.baseline)
      const current = await measure(settings, deps.http, template(query, latest), windows.release)
      const verdict = rateVerdict(trigger, baseline, current)
      const ends = latest.time + Math.round(settings.watchWindowHours * 3600)
      rows.push(windows.release.to < ends ? awaitingWindow(verdict, ends) : verdict)
    }
  }
  return rows
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Watches the latest stable release; acts when a trigger fires (see the module's comment). */
export async function runWatch(settings: Settings, deps: WatchDeps): Promise<WatchResult> {
  const { config, file } = await loadGatesConfig(settings, deps.files)
  const triggers = parseTriggers(config?.rollbackTriggers ?? [])
  const datadog = datadogSource(settings, triggers)
  // the rollback's record, pushed, is what tells the next run (a fresh clone) which release users
  // were put back on; unpushed, that run would roll the restored release back in turn
  if (settings.watchAction === 'rollback' && !settings.push && !settings.dryRun)
    throw new ConfigurationError(
      'watch_action: rollback needs push: true: the pushed rollback record is what stops the next watch rolling back the release users were put back on. Set push: true (contents: write), or use watch_action: issue. Nothing was changed.'
    )
  const empty = (note: string): WatchResult => ({
    report: {
      tag: null,
      previousTag: null,
      verdict: 'no-decision',
      action: 'none',
      windows: { release: null, baseline: null, note: '' },
      triggers: [],
      note
    },
    rollback: null,
    issue: null,
    notified: []
  })
  if (triggers.length === 0)
    return empty(
      `No automatic_rollback_triggers are configured${file ? ` in ${file}` : ' (no gates configuration)'}: nothing to watch.`
    )
  const rated = triggers.filter(t => t.name !== 'critical_security_alert')
  const security = triggers.some(t => t.name === 'critical_security_alert' && t.enabled)
  if (!security && (!datadog || rated.every(t => settings[QUERY_OF[t.name]] === '')))
    return empty(
      'No metrics source is configured (datadog_api_key, datadog_app_key and watch_error_rate_query or watch_latency_query), and critical_security_alert is not on: nothing was watched.'
    )
  if (!(await deps.git.isRepository()))
    throw new ConfigurationError(
      'This directory is not a git repository. Check the repository out first (actions/checkout with fetch-depth: 0).'
    )
  // a version a rollback burned is neither watched nor a baseline, even when its tag stays (an
  // immutable release's): users were put back on the release before it
  const rollbacks = parseRollbacks(deps.files.read(settings.rollbackRecord) ?? '')
  const burned = new Set(rollbacks.map(entry => entry.version))
  const tags = (await releases(deps.git, settings.tagPrefix)).filter(entry => !burned.has(entry.version))
  if (tags.length === 0) return empty(`There is no ${settings.tagPrefix}X.Y.Z release tag: nothing to watch.`)
  // the previous release: the highest lower version released before it (a maintenance release made
  // after it, such as 1.2.1 after 1.3.0, is not what users were on before it)
  const [latest] = tags
  const previous = tags.slice(1).find(entry => entry.time < latest.time) ?? null
  const now = Math.floor(deps.env.now.getTime() / 1000)
  const windows = watchWindows(latest.time, previous?.time ?? null, now, settings.watchWindowHours)
  // a row's detail may quote Datadog's or GitHub's answer (an echoed key): scrubbed before the issue, Slack, the summary
  const scrub = deps.scrub ?? scrubTokens
  const rows = (await evaluate(settings, deps, triggers, latest, previous, windows, datadog)).map(row => ({
    ...row,
    detail: scrub(row.detail)
  }))
  const report: WatchReport = {
    tag: latest.tag,
    previousTag: previous?.tag ?? null,
    verdict: overallVerdict(rows),
    action: 'none',
    windows: { release: windows.release, baseline: windows.baseline, note: windows.note },
    triggers: rows,
    note: ''
  }
  for (const row of rows) deps.log.info(`${row.trigger}: ${row.status} — ${row.detail}`)
  if (report.verdict !== 'fired') {
    report.action = report.verdict === 'ok' ? 'none: every trigger is within its threshold' : 'none: no decision'
    return { report, rollback: null, issue: null, notified: [] }
  }
  const reason = firedReason(latest.tag, rows)
  const runUrl =
    deps.env.serverUrl && deps.env.repository && deps.env.runId
      ? `${deps.env.serverUrl}/${deps.env.repository}/actions/runs/${deps.env.runId}`
      : null
  const tell = async (action: string, link: string | null) =>
    servicesOf(
      await notifyWatch(
        settings,
        { repository: deps.env.repository ?? null, report: { ...report, action }, action, link },
        deps
      )
    )

  // a release users were put back on by a rollback is not rolled back in turn by the watch (no
  // cascade down the releases): it gets the issue instead, for a person to decide
  const restoredBy = rollbacks.find(entry => entry.restored === latest.version)
  if (settings.watchAction === 'rollback' && restoredBy)
    deps.log.warning(
      `${latest.tag} is where the rollback of ${restoredBy.version} put users back: the watch does not roll it back in turn, it opens an issue instead.`
    )
  if (settings.watchAction === 'rollback' && !restoredBy) {
    const rollback = await runRollback(
      { ...settings, version: latest.version, reason, force: false },
      {
        git: deps.git,
        remote: deps.remote,
        origin: deps.origin,
        files: deps.files,
        log: deps.log,
        env: deps.env,
        github: deps.github.releases,
        scrub
      }
    )
    const made = rollback.steps.some(step => step.status === 'done' || step.status === 'would do')
    report.action = `${rollback.dryRun ? 'would roll back' : 'rolled back'} ${latest.tag} (watch_action: rollback); users are back on ${rollback.restoredVersion || 'no release'}`
    const notified = made ? await tell(report.action, runUrl) : []
    return { report, rollback, issue: null, notified }
  }

  if (!deps.github.watch)
    throw new ConfigurationError(
      `The release watch fired for ${latest.tag} (${reason}), and watch_action: issue needs github_token (issues: write) and GITHUB_REPOSITORY to open its issue. Give the token, or set watch_action: rollback.`
    )
  const marker = issueMarker(latest.tag)
  // the watch's issue is younger than the release: the issues updated since it are enough to read
  const existing = await deps.github.watch.findIssue(marker, iso(latest.time))
  const held = restoredBy
    ? `not rolled back: the rollback of ${restoredBy.version} put users back on ${latest.tag}`
    : ''
  const why = held ? ` (${held})` : ''
  if (existing) {
    report.action = `${held ? `${held}; ` : ''}issue #${existing.number} (${existing.state}) already reports ${latest.tag}: not opened again, Slack not told again (${existing.url})`
    return { report, rollback: null, issue: { ...existing, created: false }, notified: [] }
  }
  if (settings.dryRun) {
    report.action = `would open an issue labelled ${WATCH_LABEL} and tell Slack${why}`
    return { report, rollback: null, issue: null, notified: await tell(report.action, runUrl) }
  }
  const { title, body } = watchIssue(report, runUrl)
  const issue = await deps.github.watch.createIssue({ title: scrub(title), body: scrub(body), labels: [WATCH_LABEL] })
  report.action = `opened issue #${issue.number} (${issue.url})${why}`
  const notified = await tell(report.action, issue.url)
  return { report, rollback: null, issue: { ...issue, created: true }, notified }
}

/** A fired watch as a warning (with the rollback's manual steps); no decision as a notice saying why. */
function watchAnnotations(report: WatchReport, rollback: RollbackResult | null): Annotation[] {
  const title = `Release watch${report.tag ? ` of ${report.tag}` : ''}`
  if (report.verdict === 'fired')
    return [
      { level: 'warning', title, message: `${firedReason(report.tag ?? '', report.triggers)}; ${report.action}` },
      ...(rollback?.manual ?? []).map(text => ({
        level: 'warning' as const,
        message: text,
        title: `Manual step to finish the rollback of ${rollback?.tag}`
      }))
    ]
  if (report.verdict === 'no-decision') {
    const why =
      report.note ||
      report.triggers
        .filter(row => row.status === 'no-decision')
        .map(row => `${row.trigger}: ${row.detail}`)
        .join('; ')
    return [{ level: 'notice', title, message: `no decision: ${why || 'no trigger is watched'}` }]
  }
  return []
}

/** mode: watch's handler: the verdict table in the summary, the outputs, the rollback's if one was made. */
export async function watch(settings: Settings, services: Services): Promise<ModeResult> {
  const result = await runWatch(settings, {
    git: services.git,
    remote: services.remote ?? null,
    origin: services.origin ?? null,
    files: services.files,
    http: services.http,
    log: services.log,
    env: services.env,
    github: { releases: services.github.releases, watch: services.github.watch ?? null },
    scrub: services.scrub
  })
  const { report, rollback } = result
  const notified = result.notified.filter(service => service.status !== 'off')
  const summary =
    renderWatchSummary(report, settings.dryRun) +
    (notified.length > 0
      ? `\nNotified: ${notified.map(service => `${service.name} ${service.status}`).join(', ')}.\n`
      : '') +
    (rollback
      ? `\n${renderRollbackSummary({ ...rollback, reason: firedReason(report.tag ?? '', report.triggers) })}`
      : '')
  const message = watchHeadline(report)
  return {
    outputs: {
      watch_verdict: report.verdict,
      watch_report: JSON.stringify(report),
      dry_run: String(settings.dryRun),
      ...(rollback
        ? {
            rolled_back_version: rollback.version,
            restored_version: rollback.restoredVersion,
            rollback_steps: JSON.stringify(rollback.steps),
            commit_sha: rollback.recordCommit,
            pushed: String(rollback.pushed)
          }
        : {})
    },
    summary,
    annotations: watchAnnotations(report, rollback),
    variables: {},
    message,
    report: [message, ...report.triggers.map(row => `  ${row.trigger}: ${row.status} — ${row.detail}`)]
  }
}
