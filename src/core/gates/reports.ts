import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Direction, Severity } from './config.js'
import { ReportError } from '../errors.js'

export { ReportError }

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ReportError(`${file} is not valid JSON: ${(error as Error).message}`)
  }
}

/** Line coverage in percent from a Cobertura XML, coverage.py JSON or lcov report. */
export function lineCoverage(text: string, file: string): { percent: number; format: string } {
  const trimmed = text.trimStart()
  if (trimmed.startsWith('<')) {
    const valid = XMLValidator.validate(text)
    if (valid !== true)
      throw new ReportError(`${file}:${valid.err.line}:${valid.err.col}: not valid XML: ${valid.err.msg}`)
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text) as {
      coverage?: Record<string, string>
    }
    const coverage = doc.coverage
    if (!coverage) throw new ReportError(`${file} is XML but not a Cobertura report (no <coverage> root element)`)
    const valid_ = Number(coverage['@lines-valid'])
    const covered = Number(coverage['@lines-covered'])
    if (Number.isFinite(valid_) && valid_ > 0 && Number.isFinite(covered))
      return { percent: (covered / valid_) * 100, format: 'Cobertura' }
    const rate = Number(coverage['@line-rate'])
    if (!Number.isFinite(rate))
      throw new ReportError(`${file}: the <coverage> element has no line-rate or lines-valid/lines-covered attributes`)
    return { percent: rate * 100, format: 'Cobertura' }
  }
  if (trimmed.startsWith('{')) {
    const data = parseJson(text, file) as {
      totals?: { percent_covered?: number; covered_lines?: number; num_statements?: number }
    }
    const totals = data.totals
    if (!totals) throw new ReportError(`${file} is JSON but not a coverage.py report (no "totals")`)
    if (
      typeof totals.covered_lines === 'number' &&
      typeof totals.num_statements === 'number' &&
      totals.num_statements > 0
    ) {
      return { percent: (totals.covered_lines / totals.num_statements) * 100, format: 'coverage.py JSON' }
    }
    if (typeof totals.percent_covered === 'number')
      return { percent: totals.percent_covered, format: 'coverage.py JSON' }
    throw new ReportError(`${file}: "totals" has neither covered_lines/num_statements nor percent_covered`)
  }
  let found = 0
  let hit = 0
  let records = 0
  text.split('\n').forEach((line, index) => {
    const match = /^(LF|LH):(.*)$/.exec(line.trim())
    if (!match) return
    const value = Number(match[2])
    if (!Number.isInteger(value) || value < 0)
      throw new ReportError(`${file}:${index + 1}: ${match[1]} is not a count: "${match[2]}"`)
    if (match[1] === 'LF') {
      found += value
      records++
    } else hit += value
  })
  if (records === 0)
    throw new ReportError(`${file} is not a Cobertura XML, coverage.py JSON or lcov report (no LF: lines)`)
  return { percent: found === 0 ? 100 : (hit / found) * 100, format: 'lcov' }
}

export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  file?: string
  line?: number
  tool: string
}

const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 }

export function atLeast(severity: Severity, minimum: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[minimum]
}

/** CVSS-like security-severity (CodeQL, trivy) to a level: ≥9 critical, ≥7 high, ≥4 medium, else low. */
export function fromScore(score: number): Severity {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  return 'low'
}

interface SarifResult {
  ruleId?: string
  ruleIndex?: number
  rule?: { id?: string; index?: number }
  level?: string
  message?: { text?: string; markdown?: string }
  locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }>
  properties?: Record<string, unknown>
  suppressions?: unknown[]
  baselineState?: string
}

/** Every finding of a SARIF log, with its severity (security-severity when given, else the SARIF level). */
export function sarifFindings(text: string, file: string): Finding[] {
  const log = parseJson(text, file) as { version?: string; runs?: unknown }
  if (!log || typeof log !== 'object' || !Array.isArray(log.runs))
    throw new ReportError(`${file} is not a SARIF log (no "runs" array)`)
  const findings: Finding[] = []
  log.runs.forEach(
    (
      run: {
        tool?: {
          driver?: {
            name?: string
            rules?: Array<{
              id?: string
              properties?: Record<string, unknown>
              defaultConfiguration?: { level?: string }
            }>
          }
        }
        results?: SarifResult[]
      },
      runIndex: number
    ) => {
      if (!run || typeof run !== 'object') throw new ReportError(`${file}: runs[${runIndex}] is not an object`)
      const rules = run.tool?.driver?.rules ?? []
      const tool = run.tool?.driver?.name ?? 'scanner'
      for (const res of run.results ?? []) {
        if (Array.isArray(res.suppressions) && res.suppressions.length > 0) continue
        if (res.baselineState === 'absent') continue
        const index = res.ruleIndex ?? res.rule?.index
        const rule =
          (index !== undefined ? rules[index] : undefined) ?? rules.find(r => r.id === (res.ruleId ?? res.rule?.id))
        const scoreText = res.properties?.['security-severity'] ?? rule?.properties?.['security-severity']
        const score = scoreText === undefined ? NaN : Number(scoreText)
        const level = res.level ?? rule?.defaultConfiguration?.level ?? 'warning'
        const severity: Severity = Number.isFinite(score)
          ? fromScore(score)
          : level === 'error'
            ? 'high'
            : level === 'warning'
              ? 'medium'
              : 'low'
        const location = res.locations?.[0]?.physicalLocation
        findings.push({
          ruleId: res.ruleId ?? res.rule?.id ?? rule?.id ?? 'unknown-rule',
          severity,
          message: (res.message?.text ?? res.message?.markdown ?? '').split('\n')[0],
          file: location?.artifactLocation?.uri?.replace(/^file:\/\//, ''),
          line: location?.region?.startLine,
          tool
        })
      }
    }
  )
  return findings
}

/** Benchmark results: a flat {name: number}, {name: {value}}, or pytest-benchmark's {benchmarks: [{name, stats: {mean}}]}. */
export function benchmarkMetrics(text: string, file: string): Record<string, number> {
  const data = parseJson(text, file) as Record<string, unknown>
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new ReportError(`${file}: expected a JSON object of metrics`)
  const metrics: Record<string, number> = {}
  if (Array.isArray(data.benchmarks)) {
    for (const bench of data.benchmarks as Array<{ name?: string; stats?: { mean?: number } }>) {
      if (typeof bench.name === 'string' && typeof bench.stats?.mean === 'number')
        metrics[bench.name] = bench.stats.mean
    }
    return metrics
  }
  const source = (data.metrics && typeof data.metrics === 'object' ? data.metrics : data) as Record<string, unknown>
  for (const [name, value] of Object.entries(source)) {
    if (typeof value === 'number') metrics[name] = value
    else if (value && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'number')
      metrics[name] = (value as { value: number }).value
  }
  if (Object.keys(metrics).length === 0) throw new ReportError(`${file}: no numeric metrics found`)
  return metrics
}

export interface MetricComparison {
  metric: string
  baseline: number
  current: number
  direction: Direction
  /** Positive: worse than the baseline, in percent. */
  regressionPercent: number
}

/** Compares metric by metric; a metric is worse when it rises (lower is better) or falls (higher is better). */
export function comparePerformance(
  current: Record<string, number>,
  baseline: Record<string, number>,
  directions: Record<string, Direction>
): MetricComparison[] {
  const rows: MetricComparison[] = []
  for (const [metric, now] of Object.entries(current)) {
    const before = baseline[metric]
    if (before === undefined) continue
    const direction =
      directions[metric] ?? (/(throughput|ops|per_s|fps|qps|rps|score|accuracy)/i.test(metric) ? 'higher' : 'lower')
    const change = before === 0 ? (now === 0 ? 0 : Infinity) : ((now - before) / Math.abs(before)) * 100
    rows.push({
      metric,
      baseline: before,
      current: now,
      direction,
      regressionPercent: direction === 'lower' ? change : -change
    })
  }
  return rows
}

/** Files under any of the paths (a path ending in / is a folder, else a file or folder). */
export function under(files: string[], paths: string[]): string[] {
  return files.filter(file =>
    paths.some(p => (p.endsWith('/') ? file.startsWith(p) : file === p || file.startsWith(`${p}/`)))
  )
}

export function migrationGuidePath(pattern: string, version: string): string {
  const [major, minor, patch] = version.split(/[.-]/)
  return pattern
    .replace(/\{version\}/g, version)
    .replace(/\{major\}/g, major)
    .replace(/\{minor\}/g, minor)
    .replace(/\{patch\}/g, patch)
}
