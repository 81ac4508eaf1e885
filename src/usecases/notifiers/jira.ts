import { jiraKeys } from '../../core/notify/integrations.js'
import { ConfigurationError, HttpError } from '../../core/errors.js'
import type { Settings } from '../../core/config/settings.js'
import {
  failure,
  type JiraIssueResult,
  type Notifier,
  type NotifyDeps,
  type ReleaseNotifyInput,
  type ServiceReport
} from './types.js'

/** JIRA's settings. */
export type JiraSettings = Pick<
  Settings,
  | 'dryRun'
  | 'jiraBaseUrl'
  | 'jiraProjects'
  | 'jiraStrict'
  | 'jiraToken'
  | 'jiraTransition'
  | 'jiraUser'
  | 'jiraVersionName'
>

/** JIRA: the issues named in the released commits get the version in fixVersions and a transition. */
interface JiraProject {
  id: string
  key: string
}

async function release(settings: JiraSettings, input: ReleaseNotifyInput, deps: NotifyDeps): Promise<ServiceReport> {
  if (!settings.jiraBaseUrl || settings.jiraProjects.length === 0)
    return { status: 'off', detail: 'no jira_base_url or jira_projects', issues: [] }
  if (!settings.jiraUser || !settings.jiraToken)
    throw new ConfigurationError('JIRA needs jira_user and jira_token (an API token) with jira_base_url.')
  const keys = jiraKeys(input.messages, settings.jiraProjects)
  const versionName = settings.jiraVersionName
    .replace(/\{tag\}/g, input.release.tag)
    .replace(/\{version\}/g, input.release.version)
  if (keys.length === 0)
    return {
      status: 'off',
      detail: `no ${settings.jiraProjects.join('/')} issue keys in the released commits`,
      issues: []
    }
  const payload = {
    version: versionName,
    issues: keys,
    fixVersions: { update: { fixVersions: [{ add: { name: versionName } }] } },
    transition: settings.jiraTransition
  }
  if (settings.dryRun)
    return {
      status: 'would send',
      detail: `${keys.length} issue(s) → ${versionName}`,
      issues: keys.map(key => ({
        key,
        status: 'would update',
        detail: `fixVersions += ${versionName}${settings.jiraTransition ? `, transition ${settings.jiraTransition}` : ''}`
      })),
      payload
    }

  const base = `${settings.jiraBaseUrl}/rest/api/3`
  const headers = {
    authorization: `Basic ${Buffer.from(`${settings.jiraUser}:${settings.jiraToken}`).toString('base64')}`
  }
  const call = (method: 'GET' | 'POST' | 'PUT', path: string, json?: unknown) =>
    deps.http.send({ method, url: `${base}${path}`, label: `JIRA ${method} /rest/api/3${path}`, headers, json })
  const issues: JiraIssueResult[] = []
  const projectsWithKeys = settings.jiraProjects.filter(project => keys.some(key => key.startsWith(`${project}-`)))
  const ready = new Set<string>()
  const problems: string[] = []
  for (const key of projectsWithKeys) {
    try {
      const project = (await call('GET', `/project/${encodeURIComponent(key)}`)).json as JiraProject | null
      if (!project || typeof project.id !== 'string')
        throw new HttpError(`JIRA GET /rest/api/3/project/${key}`, null, 'the answer has no project id')
      const versions = (await call('GET', `/project/${encodeURIComponent(key)}/versions`)).json
      if (!Array.isArray(versions))
        throw new HttpError(
          `JIRA GET /rest/api/3/project/${key}/versions`,
          null,
          'the answer is not a list of versions'
        )
      if (!versions.some((v: { name?: unknown }) => v.name === versionName)) {
        await call('POST', '/version', {
          name: versionName,
          projectId: Number(project.id),
          released: true,
          releaseDate: input.now.toISOString().slice(0, 10),
          description: `Released by fastvlm-release-action${input.releaseUrl ? `: ${input.releaseUrl}` : ''}`
        })
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
        const answer = (await call('GET', `/issue/${key}/transitions`)).json as {
          transitions?: Array<{ id: string; name: string; to?: { name?: string } }>
        } | null
        if (!answer || !Array.isArray(answer.transitions))
          throw new HttpError(
            `JIRA GET /rest/api/3/issue/${key}/transitions`,
            null,
            'the answer has no transitions list'
          )
        const wanted = settings.jiraTransition.toLowerCase()
        const transition = answer.transitions.find(
          t => t.name.toLowerCase() === wanted || t.to?.name?.toLowerCase() === wanted
        )
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
  if (failed.length > 0 && settings.jiraStrict)
    throw new ConfigurationError(`JIRA: ${failed.map(i => `${i.key}: ${i.detail}`).join('; ')} (jira_strict: true)`)
  if (failed.length > 0) deps.log.warning(`JIRA: ${detail}`)
  return { status: failed.length > 0 ? 'failed' : 'sent', detail, issues, payload }
}

/** A configured JIRA needs its credentials; jira_strict needs JIRA configured at all. */
function check(settings: Settings): void {
  const configured = Boolean(settings.jiraBaseUrl) && settings.jiraProjects.length > 0
  if (settings.jiraStrict && !configured)
    throw new ConfigurationError(
      'jira_strict: true, but JIRA is not configured (jira_base_url and jira_projects): the release would go out without its JIRA update. Configure JIRA, or set jira_strict: false.'
    )
  if (configured && (!settings.jiraUser || !settings.jiraToken))
    throw new ConfigurationError(
      'JIRA needs jira_user and jira_token (an API token) with jira_base_url. Nothing was released: add them, or remove jira_base_url.'
    )
}

export const jira: Notifier = {
  id: 'jira',
  check,
  name: 'JIRA',
  needsMessages: settings => settings.jiraBaseUrl !== '' && settings.jiraProjects.length > 0,
  release
}
