import { slackFailureMessage, slackReleaseMessage } from '../../core/notify/integrations.js'
import { slackWatchMessage } from '../../core/watch/index.js'
import type { Settings } from '../../core/config/settings.js'
import {
  failure,
  off,
  type GateFailureInput,
  type Notifier,
  type NotifyDeps,
  type ReleaseNotifyInput,
  type ServiceReport,
  type WatchNotifyInput
} from './types.js'

/** Slack's settings. */
export type SlackSettings = Pick<Settings, 'dryRun' | 'severity' | 'slackOnFailure' | 'slackWebhookUrl'>

/** Slack: a Block Kit message after a release; with slack_on_failure, also when the gates stop one. */
async function release(settings: SlackSettings, input: ReleaseNotifyInput, deps: NotifyDeps): Promise<ServiceReport> {
  if (!settings.slackWebhookUrl) return off('no slack_webhook_url')
  const payload = slackReleaseMessage({
    tag: input.release.tag,
    repository: input.repository,
    hotfix: input.release.hotfix,
    severity: settings.severity,
    dryRun: settings.dryRun,
    changes: input.release.changes,
    releaseUrl: input.releaseUrl,
    compareUrl: input.compareUrl
  })
  if (settings.dryRun) return { issues: [], status: 'would send', detail: 'release message', payload }
  try {
    await deps.http.send({ method: 'POST', url: settings.slackWebhookUrl, label: 'Slack webhook POST', json: payload })
    return { issues: [], status: 'sent', detail: 'release message', payload }
  } catch (error) {
    deps.log.warning(`Slack: ${failure(error)}; the release is not failed for it.`)
    return { issues: [], status: 'failed', detail: failure(error), payload }
  }
}

/** A failed gate, to Slack (slack_on_failure). */
async function gateFailure(
  settings: SlackSettings,
  { tag, failures, repository, runUrl }: GateFailureInput,
  deps: NotifyDeps
): Promise<ServiceReport> {
  if (!settings.slackWebhookUrl || !settings.slackOnFailure) return off('slack_on_failure is off')
  const payload = slackFailureMessage(repository, tag, failures, runUrl)
  try {
    await deps.http.send({ method: 'POST', url: settings.slackWebhookUrl, label: 'Slack webhook POST', json: payload })
    return { issues: [], status: 'sent', detail: 'gate failure message', payload }
  } catch (error) {
    deps.log.warning(`Slack: ${failure(error)}`)
    return { issues: [], status: 'failed', detail: failure(error), payload }
  }
}

/** A release watch that fired: its triggers and what was done, once. */
async function watch(settings: SlackSettings, input: WatchNotifyInput, deps: NotifyDeps): Promise<ServiceReport> {
  if (!settings.slackWebhookUrl) return off('no slack_webhook_url')
  const payload = slackWatchMessage(input.repository, input.report, input.action, input.link)
  if (settings.dryRun) return { issues: [], status: 'would send', detail: 'watch alert', payload }
  try {
    await deps.http.send({ method: 'POST', url: settings.slackWebhookUrl, label: 'Slack webhook POST', json: payload })
    return { issues: [], status: 'sent', detail: 'watch alert', payload }
  } catch (error) {
    deps.log.warning(`Slack: ${failure(error)}`)
    return { issues: [], status: 'failed', detail: failure(error), payload }
  }
}

export const slack: Notifier = { id: 'slack', name: 'Slack', release, gateFailure, watch }
