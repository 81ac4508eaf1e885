import type { Direction } from '../../core/gates/defaults.js'
import { result } from '../../core/gates/types.js'
import { defineGate, reports } from './types.js'

/** No metric of this run's benchmark JSON is worse than at the previous release tag by more than max_regression %. */
export const performanceRegression = defineGate({
  name: 'performance_regression',
  aliases: ['performance_regression_check'],
  slow: true,
  schema: {
    current: { type: 'string', minLength: 1 },
    baseline: { type: 'string', minLength: 1 },
    max_regression: { type: 'number', minimum: 0 },
    directions: { type: 'object', additionalProperties: { enum: ['lower', 'higher'] } }
  },
  params: raw => ({
    current: (raw.current as string | undefined) ?? 'benchmarks.json',
    baseline: raw.baseline as string | undefined,
    maxRegression: (raw.max_regression as number | undefined) ?? 20,
    directions: (raw.directions as Record<string, Direction> | undefined) ?? {}
  }),
  async run(performance, input, deps) {
    const { plan } = input
    const current = performance.current
    const baselinePath = performance.baseline ?? current
    if (!plan.previousTag) {
      return result('performance_regression', 'skipped', 'first release: no previous benchmark to compare with')
    }
    const now = deps.files.read(current)
    if (now === null)
      return result('performance_regression', 'fail', `no benchmark results at ${current} from this run`)
    const before = await deps.git.show(plan.previousTag, baselinePath)
    if (before === null) {
      return result(
        'performance_regression',
        'skipped',
        `no baseline ${baselinePath} at ${plan.previousTag}: commit the benchmark results with each release so the next can compare`,
        [],
        [{ level: 'warning', message: `performance_regression: no baseline at ${plan.previousTag}:${baselinePath}` }]
      )
    }
    const { benchmarkMetrics, comparePerformance, ReportError } = await reports()
    try {
      const rows = comparePerformance(
        benchmarkMetrics(now, current),
        benchmarkMetrics(before, `${plan.previousTag}:${baselinePath}`),
        performance.directions
      )
      if (rows.length === 0) {
        return result(
          'performance_regression',
          'fail',
          `no metric of ${current} is in the baseline ${plan.previousTag}:${baselinePath}`
        )
      }
      const details = rows.map(
        r =>
          `${r.metric}: ${r.baseline} → ${r.current} (${r.direction} is better, ${r.regressionPercent >= 0 ? '+' : ''}${r.regressionPercent.toFixed(1)} % worse)`
      )
      const bad = rows.filter(r => r.regressionPercent > performance.maxRegression)
      return bad.length === 0
        ? result(
            'performance_regression',
            'pass',
            `${rows.length} metric(s) within ${performance.maxRegression} % of ${plan.previousTag}`,
            details
          )
        : result(
            'performance_regression',
            'fail',
            `${bad.map(r => `${r.metric} ${r.regressionPercent.toFixed(1)} % worse`).join(', ')} than ${plan.previousTag} (limit ${performance.maxRegression} %)`,
            details
          )
    } catch (error) {
      return result(
        'performance_regression',
        'fail',
        error instanceof ReportError ? error.message : (error as Error).message
      )
    }
  }
})
