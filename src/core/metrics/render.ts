/**
 * The DORA metrics as Markdown: `mode: metrics`'s page (a heading, the table, and charts once the
 * releases fall in two weeks or more), or a section folded under `<details>` in a release's summary
 * (`summary_metrics: true`): a young repository's near-empty charts never crowd the page.
 */
import type { DoraMetrics, Metric } from './metrics.js'

/** Charts are drawn once releases fall in at least this many weeks of the window. */
export const CHART_MIN_WEEKS = 2

function show(metric: Metric): string {
  return metric.value === null ? `— (${metric.note})` : `${metric.value} ${metric.unit}`
}

function title(metrics: DoraMetrics): string {
  return `DORA metrics (${metrics.from} → ${metrics.to}, ${metrics.windowDays} days, ${metrics.releases} release(s))`
}

function table(metrics: DoraMetrics): string[] {
  const band = (metric: Metric) => metric.band ?? '—'
  return [
    '| Metric | Value | DORA band |',
    '| --- | --- | --- |',
    `| Deployment frequency | ${show(metrics.deploymentFrequency)} | ${band(metrics.deploymentFrequency)} |`,
    `| Lead time for changes (median) | ${show(metrics.leadTimeMedian)} | ${band(metrics.leadTimeMedian)} |`,
    `| Lead time for changes (p90) | ${show(metrics.leadTimeP90)} | ${band(metrics.leadTimeP90)} |`,
    `| Change failure rate | ${show(metrics.changeFailureRate)} | ${band(metrics.changeFailureRate)} |`,
    `| Time to restore (median) | ${show(metrics.timeToRestoreMedian)} | ${band(metrics.timeToRestoreMedian)} |`,
    ''
  ]
}

/** Mermaid charts of releases per week and lead time; none while the releases fall in fewer than CHART_MIN_WEEKS weeks. */
function charts(metrics: DoraMetrics): string[] {
  const active = metrics.weeks.filter(week => week.releases > 0).length
  if (active < CHART_MIN_WEEKS)
    return [
      `_No charts yet: they are drawn once releases fall in ${CHART_MIN_WEEKS} or more weeks of the window (${active} so far)._`,
      ''
    ]
  const labels = metrics.weeks.map(w => `"${w.week.slice(5)}"`).join(', ')
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Releases per week"',
    `    x-axis [${labels}]`,
    '    y-axis "releases"',
    `    bar [${metrics.weeks.map(w => w.releases).join(', ')}]`,
    '```',
    '',
    '```mermaid',
    'xychart-beta',
    '    title "Median lead time (hours) of each week\'s releases"',
    `    x-axis [${labels}]`,
    '    y-axis "hours"',
    `    line [${metrics.weeks.map(w => w.leadTimeHours ?? 0).join(', ')}]`,
    '```',
    ''
  ]
}

/** `mode: metrics`'s page: the table with bands, then the charts. `level`: the heading's level (2: the page's title). */
export function renderMetrics(metrics: DoraMetrics, level = 2): string {
  return [`${'#'.repeat(level)} ${title(metrics)}`, '', ...table(metrics), ...charts(metrics)].join('\n')
}

/** In a release's summary (when asked): the table and charts, folded under `<details>`. */
export function renderMetricsFolded(metrics: DoraMetrics): string {
  return [
    `<details><summary>${title(metrics)}</summary>`,
    '',
    ...table(metrics),
    ...charts(metrics),
    '</details>',
    ''
  ].join('\n')
}
