import { datadogApiBase, datadogSeries } from '../../core/notify/integrations.js'
import { ConfigurationError } from '../../core/errors.js'
import type { Settings } from '../../core/config/settings.js'
import { failure, off, type Notifier, type NotifyDeps, type NotifyInput, type ServiceReport } from './types.js'

/** Datadog's settings. */
export type DatadogSettings = Pick<
  Settings,
  'datadogApiKey' | 'datadogApiUrl' | 'datadogSite' | 'datadogStrict' | 'dryRun'
>

/** Datadog: the DORA metrics as gauge series through the v2 series API, after a release and in mode metrics. */
async function send(settings: DatadogSettings, input: NotifyInput, deps: NotifyDeps): Promise<ServiceReport> {
  if (!settings.datadogApiKey) return off('no datadog_api_key')
  if (!input.metrics) return off('no metrics to send')
  const payload = datadogSeries(input.metrics, {
    repository: input.repository ?? 'unknown',
    version: input.release?.version || 'none',
    releaseType: input.release?.hotfix ? 'hotfix' : 'release',
    now: Math.floor(input.now.getTime() / 1000)
  })
  if (settings.dryRun)
    return { issues: [], status: 'would send', detail: `${payload.series.length} gauge series`, payload }
  const base = datadogApiBase(settings)
  try {
    await deps.http.send({
      method: 'POST',
      url: `${base}/api/v2/series`,
      label: `Datadog POST ${base}/api/v2/series`,
      headers: { 'DD-API-KEY': settings.datadogApiKey },
      json: payload
    })
    return { issues: [], status: 'sent', detail: `${payload.series.length} gauge series`, payload }
  } catch (error) {
    if (settings.datadogStrict) throw new ConfigurationError(`${failure(error)} (datadog_strict: true)`)
    deps.log.warning(`Datadog: ${failure(error)}; the release is not failed for it (datadog_strict: false).`)
    return { issues: [], status: 'failed', detail: failure(error), payload }
  }
}

/** datadog_strict needs an API key: without one the release would go out without its metrics. */
function check(settings: Settings): void {
  if (settings.datadogStrict && !settings.datadogApiKey)
    throw new ConfigurationError(
      'datadog_strict: true, but there is no datadog_api_key: the release would go out without its Datadog event. Pass the key (a secret), or set datadog_strict: false.'
    )
}

export const datadog: Notifier = { id: 'datadog', name: 'Datadog', check, release: send, metrics: send }
