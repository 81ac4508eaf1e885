/** mode: metrics — the DORA metrics without releasing (for a scheduled workflow); Datadog is told. */
import { renderMetrics } from '../../core/metrics/metrics.js'
import type { Settings } from '../../core/config/settings.js'
import { collectMetrics } from '../metrics/metrics.js'
import { componentsMetrics, renderComponentsMetrics } from '../components/metrics.js'
import { notifyMetrics } from '../notifiers/notify.js'
import { metricsOutput, notifySection } from './report.js'
import type { ModeResult, Services } from './types.js'

export async function metrics(settings: Settings, services: Services): Promise<ModeResult> {
  const { env } = services
  const dora = await collectMetrics(settings, services, env.now)
  const outputs = metricsOutput(settings, services.files, dora, services.sideFiles)
  // with components: each one's own tag series too (src/usecases/components/metrics.ts)
  const config = settings.sections?.components
  const perComponent = config ? await componentsMetrics(settings, config, services, env.now) : []
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
    summary: `${renderMetrics(dora)}\n${perComponent.length > 0 ? `${renderComponentsMetrics(perComponent)}\n` : ''}${notifySection(settings, report)}`,
    annotations: [],
    variables: {},
    message,
    report: [message, ...perComponent.map(c => `  ${c.name}: ${c.metrics.releases} release(s)`)]
  }
}
