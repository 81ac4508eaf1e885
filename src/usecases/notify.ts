import { datadogSeries, jiraKeys, slackFailureMessage, slackReleaseMessage } from '../core/integrations.js'
import type { DoraMetrics } from '../core/metrics.js'
import type { ReleasePlan } from '../core/plan.js'
import type { Settings } from '../core/settings.js'
import { ConfigurationError, HttpError } from '../core/errors.js'
import type { HttpClient, Logger } from './ports.js'

export type ServiceStatus = 'sent' | 'would send' | 'failed' | 'off'

export interface JiraIssueResult {
  key: string
  status: 'updated' | 'would update' | 'failed'
  detail: string
}

export interface NotifyReport {
  datadog: { status: ServiceStatus, detail: string, payload?: unknown }
  slack: { status: ServiceStatus, detail: string, payload?: unknown }
  jira: { status: ServiceStatus, detail: string, issues: JiraIssueResult[], payload?: unknown }
}

export interface NotifyInput {
  plan: ReleasePlan
  metrics: DoraMetrics | null
  /** Messages of the released commits (JIRA keys are taken from them). */
  messages: string[]
  repository: string | null
  releaseUrl: string | null
  compareUrl: string | null
  now: Date
}

export interface NotifyDeps {
  http: HttpClient
  log: Logger
}

function failure(error: unknown): string {
  return error instanceof HttpError ? error.message : (error as Error).message ?? String(error)
}

async function datadog(settings: Settings, input: NotifyInput, deps: NotifyDeps): Promise<NotifyReport['datadog']> {
  if (!settings.datadogApiKey) return { status: 'off', detail: 'no datadog_api_key' }
  if (!input.metrics) return { status: 'off', detail: 'no metrics to send' }
  const payload = datadogSeries(input.metrics, { repository: input.repository ?? 'unknown', version: input.plan.version || 'none', releaseType: input.plan.hotfix ? 'hotfix' : 'release', now: Math.floor(input.now.getTime() / 1000) })
  if (settings.dryRun) return { status: 'would send', detail: `${payload.series.length} gauge series`, payload }
  const base = settings.datadogApiUrl || `https://api.${settings.datadogSite}`
  try {
    await deps.http.send({ method: 'POST', url: `${base}/api/v2/series`, label: `Datadog POST ${base}/api/v2/series`, headers: { 'DD-API-KEY': settings.datadogApiKey }, json: payload })
    return { status: 'sent', detail: `${payload.series.length} gauge series`, payload }
  } catch (error) {
    if (settings.datadogStrict) throw new ConfigurationError(`${failure(error)} (datadog_strict: true)`)
    deps.log.warning(`Datadog: ${failure(error)}; the release is not failed for it (datadog_strict: false).`)
    return { status: 'failed', detail: failure(error), payload }
  }
}

async function slack(settings: Settings, input: NotifyInput, deps: NotifyDeps): Promise<NotifyReport['slack']> {
  if (!settings.slackWebhookUrl) return { status: 'off', detail: 'no slack_webhook_url' }
  const payload = slackReleaseMessage({
    tag: input.plan.tag,
    repository: input.repository,
    hotfix: input.plan.hotfix,
    severity: settings.severity,
    dryRun: settings.dryRun,
    changes: input.plan.decision.changes,
    releaseUrl: input.releaseUrl,
    compareUrl: input.compareUrl
  })
  if (settings.dryRun) return { status: 'would send', detail: 'release message', payload }
  try {
    await deps.http.send({ method: 'POST', url: settings.slackWebhookUrl, label: 'Slack webhook POST', json: payload })
    return { status: 'sent', detail: 'release message', payload }
  } catch (error) {
    deps.log.warning(`Slack: ${failure(error)}; the release is not failed for it.`)
    return { status: 'failed', detail: failure(error), payload }
  }
}

/** A failed gate, to Slack (slack_on_failure). */
export async function notifyGateFailure(settings: Settings, tag: string, failures: Array<{ gate: string, reason: string }>, repository: string | null, runUrl: string | null, deps: NotifyDeps): Promise<NotifyReport['slack']> {
  if (!settings.slackWebhookUrl || !settings.slackOnFailure) return { status: 'off', detail: 'slack_on_failure is off' }
  const payload = slackFailureMessage(repository, tag, failures, runUrl)
  try {
    await deps.http.send({ method: 'POST', url: settings.slackWebhookUrl, label: 'Slack webhook POST', json: payload })
    return { status: 'sent', detail: 'gate failure message', payload }
  } catch (error) {
    deps.log.warning(`Slack: ${failure(error)}`)
    return { status: 'failed', detail: failure(error), payload }
  }
}

interface JiraProject {
  id: string
  key: string
}

async function jira(settings: Settings, input: NotifyInput, deps: NotifyDeps): Promise<NotifyReport['jira']> {
  if (!settings.jiraBaseUrl || settings.jiraProjects.length === 0) return { status: 'off', detail: 'no jira_base_url or jira_projects', issues: [] }
  if (!settings.jiraUser || !settings.jiraToken) throw new ConfigurationError('JIRA needs jira_user and jira_token (an API token) with jira_base_url.')
  const keys = jiraKeys(input.messages, settings.jiraProjects)
  const versionName = settings.jiraVersionName.replace(/\{tag\}/g, input.plan.tag).replace(/\{version\}/g, input.plan.version)
  if (keys.length === 0) return { status: 'off', detail: `no ${settings.jiraProjects.join('/')} issue keys in the released commits`, issues: [] }
  const payload = { version: versionName, issues: keys, fixVersions: { update: { fixVersions: [{ add: { name: versionName } }] } }, transition: settings.jiraTransition }
  if (settings.dryRun) return { status: 'would send', detail: `${keys.length} issue(s) → ${versionName}`, issues: keys.map(key => ({ key, status: 'would update', detail: `fixVersions += ${versionName}${settings.jiraTransition ? `, transition ${settings.jiraTransition}` : ''}` })), payload }

  const base = `${settings.jiraBaseUrl}/rest/api/3`
  const headers = { authorization: `Basic ${Buffer.from(`${settings.jiraUser}:${settings.jiraToken}`).toString('base64')}` }
  const call = (method: 'GET' | 'POST' | 'PUT', path: string, json?: unknown) => deps.http.send({ method, url: `${base}${path}`, label: `JIRA ${method} /rest/api/3${path}`, headers, json })
  const issues: JiraIssueResult[] = []
  const projectsWithKeys = settings.jiraProjects.filter(project => keys.some(key => key.startsWith(`${project}-`)))
  const ready = new Set<string>()
  const problems: string[] = []
  for (const key of projectsWithKeys) {
    try {
      const project = (await call('GET', `/project/${encodeURIComponent(key)}`)).json as JiraProject | null
      if (!project || typeof project.id !== 'string') throw new HttpError(`JIRA GET /rest/api/3/project/${key}`, null, 'the answer has no project id')
      const versions = (await call('GET', `/project/${encodeURIComponent(key)}/versions`)).json
      if (!Array.isArray(versions)) throw new HttpError(`JIRA GET /rest/api/3/project/${key}/versions`, null, 'the answer is not a list of versions')
      if (!versions.some((v: { name?: unknown }) => v.name === versionName)) {
        await call('POST', '/version', { name: versionName, projectId: Number(project.id), released: true, releaseDate: input.now.toISOString().slice(0, 10), description: `Released by fastvlm-release-action${input.releaseUrl ? `: ${input.releaseUrl}` : ''}` })
      }
      ready.add(key)
    } catch (error) {
      problems.push(`${key}: ${failure(error)}`)
    }
  }
  for (const key of keys) {
    const project = key.slice(0, key.lastIndexOf('-'))
    if (!ready.has(project)) {
      issues.push({ key, status: 'failed', detail: `version ${versionName} could not be made in ${project}` })
      continue
    }
    try {
      await call('PUT', `/issue/${key}`, { update: { fixVersions: [{ add: { name: versionName } }] } })
      let detail = `fixVersions += ${versionName}`
      if (settings.jiraTransition) {
        const answer = (await call('GET', `/issue/${key}/transitions`)).json as { transitions?: Array<{ id: string, name: string, to?: { name?: string } }> } | null
        if (!answer || !Array.isArray(answer.transitions)) throw new HttpError(`JIRA GET /rest/api/3/issue/${key}/transitions`, null, 'the answer has no transitions list')
        const wanted = settings.jiraTransition.toLowerCase()
        const transition = answer.transitions.find(t => t.name.toLowerCase() === wanted || t.to?.name?.toLowerCase() === wanted)
        if (transition) {
          await call('POST', `/issue/${key}/transitions`, { transition: { id: transition.id } })
          detail += `, moved through "${transition.name}"`
        } else detail += `; no "${settings.jiraTransition}" transition is available from its status`
      }
      issues.push({ key, status: 'updated', detail })
    } catch (error) {
      issues.push({ key, status: 'failed', detail: failure(error) })
    }
  }
  const failed = issues.filter(issue => issue.status === 'failed')
  const detail = `${issues.length - failed.length} of ${issues.length} issue(s) updated${problems.length > 0 ? `; ${problems.join('; ')}` : ''}`
  if (failed.length > 0 && settings.jiraStrict) throw new ConfigurationError(`JIRA: ${failed.map(i => `${i.key}: ${i.detail}`).join('; ')} (jira_strict: true)`)
  if (failed.length > 0) deps.log.warning(`JIRA: ${detail}`)
  return { status: failed.length > 0 ? 'failed' : 'sent', detail, issues, payload }
}

/** Datadog, Slack and JIRA after a release; in a dry run, the payloads only. */
export async function notifyRelease(settings: Settings, input: NotifyInput, deps: NotifyDeps): Promise<NotifyReport> {
  return {
    datadog: await datadog(settings, input, deps),
    slack: await slack(settings, input, deps),
    jira: await jira(settings, input, deps)
  }
}

/** Metrics mode: only Datadog is told. */
export async function sendMetrics(settings: Settings, input: NotifyInput, deps: NotifyDeps): Promise<NotifyReport['datadog']> {
  return datadog(settings, input, deps)
}
