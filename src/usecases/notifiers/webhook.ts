import type { Settings } from '../../core/config/settings.js'
import { failure, off, type Notifier, type NotifyDeps, type ReleaseNotifyInput, type ServiceReport } from './types.js'

/** The webhook's settings. */
export type WebhookSettings = Pick<Settings, 'dryRun' | 'severity' | 'webhookUrl'>

/** At most this many changes go in the payload (the count says how many there were). */
const MAX_CHANGES = 100

/** The JSON a webhook receives after a release. */
export function webhookPayload(settings: Pick<Settings, 'severity' | 'dryRun'>, input: ReleaseNotifyInput) {
  const { release } = input
  return {
    event: 'release',
    dry_run: settings.dryRun,
    repository: input.repository,
    tag: release.tag,
    version: release.version,
    hotfix: release.hotfix,
    severity: release.hotfix ? settings.severity : '',
    release_url: input.releaseUrl,
    compare_url: input.compareUrl,
    change_count: release.changes.length,
    changes: release.changes.slice(0, MAX_CHANGES).map(change => ({
      type: change.type,
      scope: change.scope ?? null,
      subject: change.subject,
      breaking: change.breaking,
      sha: change.sha
    }))
  }
}

/** A generic webhook (webhook_url): the release as JSON, for chat bots, deploy hooks or audit logs. */
async function release(settings: WebhookSettings, input: ReleaseNotifyInput, deps: NotifyDeps): Promise<ServiceReport> {
  if (!settings.webhookUrl) return off('no webhook_url')
  const payload = webhookPayload(settings, input)
  if (settings.dryRun) return { status: 'would send', detail: 'release event', issues: [], payload }
  try {
    await deps.http.send({ method: 'POST', url: settings.webhookUrl, label: 'Webhook POST', json: payload })
    return { status: 'sent', detail: 'release event', issues: [], payload }
  } catch (error) {
    deps.log.warning(`Webhook: ${failure(error)}; the release is not failed for it.`)
    return { status: 'failed', detail: failure(error), issues: [], payload }
  }
}

export const webhook: Notifier = { id: 'webhook', name: 'Webhook', release }
