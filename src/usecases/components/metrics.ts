/**
 * mode: metrics with components: the DORA metrics of each component's own tag series (its tag
 * prefix), beside the repository's. The rollback record names versions only, not components: it
 * counts for the root component (path `.`) alone; a component below the root counts its hotfixes.
 */
import type { ComponentsConfig } from '../../core/components/types.js'
import type { DoraMetrics, Metric } from '../../core/metrics/metrics.js'
import { codeSpan, sanitizeCell } from '../../core/text/sanitize.js'
import { collectMetrics, type MetricsGit, type MetricsSettings } from '../metrics/metrics.js'
import type { FileReader } from '../ports.js'

export interface ComponentMetrics {
  name: string
  tagPrefix: string
  metrics: DoraMetrics
}

export async function componentsMetrics(
  settings: MetricsSettings,
  config: ComponentsConfig,
  deps: { git: MetricsGit; files: Pick<FileReader, 'read'> },
  now: Date
): Promise<ComponentMetrics[]> {
  const noRecord = { read: () => null }
  const all: ComponentMetrics[] = []
  for (const component of config.components) {
    const root = component.paths.includes('')
    const metrics = await collectMetrics(
      { ...settings, tagPrefix: component.tagPrefix },
      { git: deps.git, files: root ? deps.files : noRecord },
      now
    )
    all.push({ name: component.name, tagPrefix: component.tagPrefix, metrics })
  }
  return all
}

function cell(metric: Metric): string {
  if (metric.value === null) return '—'
  const value = Number.isInteger(metric.value) ? String(metric.value) : metric.value.toFixed(1)
  return `${value} ${metric.unit}${metric.band ? ` (${metric.band})` : ''}`
}

/** One table: a row per component. */
export function renderComponentsMetrics(all: readonly ComponentMetrics[]): string {
  if (all.length === 0) return ''
  const lines = [
    '## Metrics per component',
    '',
    '| component | tags | releases | deployment frequency | lead time (median) | change failure rate |',
    '| --- | --- | ---: | --- | --- | --- |'
  ]
  for (const { name, tagPrefix, metrics } of all)
    lines.push(
      `| ${sanitizeCell(name)} | ${codeSpan(`${tagPrefix}X.Y.Z`)} | ${metrics.releases} | ${cell(metrics.deploymentFrequency)} | ${cell(metrics.leadTimeMedian)} | ${cell(metrics.changeFailureRate)} |`
    )
  return `${lines.join('\n')}\n`
}
