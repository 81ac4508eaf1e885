/**
 * Watching a release (mode: watch): the automatic rollback triggers of the gates configuration read
 * as comparisons, the two windows compared (the release's first hours and the previous release's
 * same hours), a Datadog answer reduced to one value with its coverage, and the verdict table.
 * Pure: the use case (src/usecases/watch/watch.ts) fetches, this decides.
 */
import { ConfigurationError } from '../errors.js'
import type { RollbackTrigger } from '../gates/defaults.js'

/** A metric window needs non-null points over at least this share of its length to count. */
export const MIN_COVERAGE = 0.8
/** Changes are compared rounded to this many decimals of a percent (so 2.0 → 2.1 is exactly 5 %). */
const CHANGE_DECIMALS = 6

export type RateTriggerName = 'error_rate_spike' | 'performance_degradation'

/** A trigger as a comparison: a rate trigger's operator and threshold, or the security trigger on or off. */
export type ParsedTrigger =
  | { name: RateTriggerName; condition: string; op: '>' | '>='; threshold: number }
  | { name: 'critical_security_alert'; condition: string; enabled: boolean }

const RATE = /^\s*(>=?)\s*(\d+(?:\.\d+)?)\s*%\s*$/

/** Reads the configured triggers; one that can't be read is a ConfigurationError (before anything changes). */
export function parseTriggers(triggers: readonly RollbackTrigger[]): ParsedTrigger[] {
  return triggers.map(trigger => {
    if (trigger.name === 'critical_security_alert') {
      if (trigger.condition !== 'true' && trigger.condition !== 'false')
        throw new ConfigurationError(
          `automatic_rollback_triggers: critical_security_alert has the invalid value "${trigger.condition}". Use true or false.`
        )
      return { name: trigger.name, condition: trigger.condition, enabled: trigger.condition === 'true' }
    }
    const match = RATE.exec(trigger.condition)
    if (!match)
      throw new ConfigurationError(
        `automatic_rollback_triggers: ${trigger.name} has the invalid value "${trigger.condition}". Write a relative change such as "> 5%" (fires above 5 %) or ">= 5%" (fires at 5 % too).`
      )
    return {
      name: trigger.name,
      condition: trigger.condition.trim(),
      op: match[1] as '>' | '>=',
      threshold: Number(match[2])
    }
  })
}

export interface Window {
  /** Epoch seconds. */
  from: number
  to: number
}

export interface WatchWindows {
  release: Window
  /** null without a previous release. */
  baseline: Window | null
  /** Why a window is shorter than watch_window_hours ('' when it is not). */
  note: string
}

/**
 * The release window: from the release's time, `hours` long, or up to now when that is sooner. The
 * baseline: from the previous release's time, as long as the release window, cut at the release's
 * time when the previous release lived shorter than that.
 */
export function watchWindows(
  releaseTime: number,
  previousTime: number | null,
  now: number,
  hours: number
): WatchWindows {
  const end = Math.min(releaseTime + Math.round(hours * 3600), now)
  const release = { from: releaseTime, to: Math.max(end, releaseTime) }
  const notes: string[] = []
  if (end < releaseTime + Math.round(hours * 3600))
    notes.push(`the release is ${formatDuration(release.to - release.from)} old: its window ends now`)
  let baseline: Window | null = null
  if (previousTime !== null) {
    const length = release.to - release.from
    const to = Math.min(previousTime + length, releaseTime)
    baseline = { from: previousTime, to }
    if (to < previousTime + length)
      notes.push(`the previous release lived ${formatDuration(to - previousTime)}: its window ends at the release`)
  }
  return { release, baseline, note: notes.join('; ') }
}

export function formatDuration(seconds: number): string {
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`
  const hours = seconds / 3600
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`
}

/** One series of Datadog's GET /api/v1/query answer (the fields read). */
export interface DatadogSeries {
  pointlist?: Array<[number, number | null]>
  /** Seconds between points. */
  interval?: number
  metric?: string
  scope?: string
}

export interface WindowValue {
  /** The mean of the window's non-null points (null: no data). */
  value: number | null
  points: number
  /** The share of the window the non-null points cover (points × interval ÷ length), 0 to 1. */
  coverage: number
}

/**
 * A window's value from Datadog's answer: the mean of every non-null point inside the window, over
 * all series (a query should aggregate to one series). Coverage counts each point for the series'
 * interval (or the spacing of its points when the answer has none).
 */
export function windowValue(series: readonly DatadogSeries[], window: Window): WindowValue {
  const length = window.to - window.from
  let sum = 0
  let points = 0
  let covered = 0
  for (const one of series) {
    // a timestamp Datadog answers twice is one point (its first value): duplicates neither weigh nor cover more
    const byTime = new Map<number, [number, number | null]>()
    for (const point of one.pointlist ?? []) {
      const [ms] = point
      if (typeof ms !== 'number' || ms / 1000 < window.from || ms / 1000 > window.to) continue
      const earlier = byTime.get(ms)
      if (!earlier || !(typeof earlier[1] === 'number' && Number.isFinite(earlier[1]))) byTime.set(ms, point)
    }
    const inside = [...byTime.values()].sort((a, b) => a[0] - b[0])
    const values = inside.filter(([, value]) => typeof value === 'number' && Number.isFinite(value))
    const interval =
      one.interval && one.interval > 0
        ? one.interval
        : inside.length > 1
          ? (inside[inside.length - 1][0] - inside[0][0]) / 1000 / (inside.length - 1)
          : length
    for (const [, value] of values) sum += value as number
    points += values.length
    covered = Math.max(covered, values.length * interval)
  }
  return {
    value: points > 0 ? sum / points : null,
    points,
    coverage: length > 0 ? Math.min(1, covered / length) : 0
  }
}

/**
 * A window's measure from Datadog's series: one series with data is a value; several (a query
 * grouped `by {host}`, or several queries) are no decision: a mean over hosts or versions is no
 * error rate or latency of the release, and which one counts is not for the watch to guess.
 */
export function measureSeries(series: readonly DatadogSeries[], window: Window): Measured {
  const withData = series.filter(one =>
    (one.pointlist ?? []).some(
      point => Array.isArray(point) && typeof point[1] === 'number' && Number.isFinite(point[1])
    )
  )
  if (withData.length > 1) {
    const scopes = withData.slice(0, 3).map((one, i) => one.scope || one.metric || `series ${i + 1}`)
    return {
      ok: false,
      reason: `the query returns ${withData.length} series (${scopes.join('; ')}${withData.length > 3 ? '; …' : ''}): aggregate it to one series (no "by {…}")`
    }
  }
  return { ok: true, value: windowValue(series, window) }
}

/** What to do when GitHub refuses the code scanning alerts ('' when a retry is all there is to do). */
export function codeScanningAdvice(status: number | null | undefined): string {
  if (status === 403)
    return 'the token may not read code scanning alerts: give the workflow permissions: security-events: read (a private repository also needs GitHub Advanced Security)'
  if (status === 404)
    return 'code scanning is not set up on this repository (no analysis): set it up, or set critical_security_alert: false'
  return ''
}

/** What to do when Datadog refuses a query ('' when a retry is all there is to do). */
export function datadogAdvice(status: number | null | undefined): string {
  if (status === 401 || status === 403)
    return 'Datadog refused the keys: check datadog_api_key and datadog_app_key (an application key scoped to timeseries_query) and datadog_site'
  return ''
}

/** The relative change in percent, (release − baseline) ÷ baseline × 100, rounded; null when the baseline is not above 0. */
export function relativeChange(baseline: number, current: number): number | null {
  if (!(baseline > 0)) return null
  const change = ((current - baseline) / baseline) * 100
  return Number(change.toFixed(CHANGE_DECIMALS))
}

export type TriggerStatus = 'fired' | 'ok' | 'no-decision' | 'off'

/** One row of the verdict table: the numbers behind a trigger's decision. */
export interface TriggerVerdict {
  trigger: ParsedTrigger['name']
  condition: string
  status: TriggerStatus
  /** Rate triggers: the baseline and release windows' values and the change in percent. */
  baseline?: number | null
  current?: number | null
  changePercent?: number | null
  threshold?: string
  /** The security trigger: the new critical alerts. */
  alerts?: Array<{ number: number; rule: string; url: string; createdAt: string }>
  /** One line: why. */
  detail: string
}

/** What a window's fetch gave: its value, or why there is none. */
export type Measured = { ok: true; value: WindowValue } | { ok: false; reason: string }

function round(value: number): number {
  return Number(value.toPrecision(6))
}

/** A rate trigger's verdict from both windows' measures: no data, or too little, is no decision. */
export function rateVerdict(
  trigger: Extract<ParsedTrigger, { op: string }>,
  baseline: Measured,
  current: Measured
): TriggerVerdict {
  const row = { trigger: trigger.name, condition: trigger.condition, threshold: `${trigger.op} ${trigger.threshold}%` }
  const missing = (which: string, measured: Measured): string | null => {
    if (!measured.ok) return `${which}: ${measured.reason}`
    if (measured.value.value === null) return `${which}: no data points`
    if (measured.value.coverage < MIN_COVERAGE)
      return `${which}: data covers ${Math.round(measured.value.coverage * 100)}% of the window (at least ${MIN_COVERAGE * 100}% needed)`
    return null
  }
  const baselineValue = baseline.ok ? baseline.value.value : null
  const currentValue = current.ok ? current.value.value : null
  const shown = {
    baseline: baselineValue === null ? null : round(baselineValue),
    current: currentValue === null ? null : round(currentValue)
  }
  const problem = missing('previous release', baseline) ?? missing('this release', current)
  if (problem) return { ...row, ...shown, changePercent: null, status: 'no-decision', detail: problem }
  const change = relativeChange(baselineValue!, currentValue!)
  if (change === null)
    return {
      ...row,
      ...shown,
      changePercent: null,
      status: 'no-decision',
      detail: 'the previous release measured 0: a relative change is undefined'
    }
  const fired = trigger.op === '>' ? change > trigger.threshold : change >= trigger.threshold
  return {
    ...row,
    ...shown,
    changePercent: change,
    status: fired ? 'fired' : 'ok',
    detail: `${formatChange(change)} ${fired ? 'is' : 'is not'} ${trigger.op} ${trigger.threshold}%`
  }
}

/**
 * A rate trigger measured over a release window that has not elapsed yet: its numbers so far are
 * shown, and it is no decision until `ends` (epoch seconds): the first minutes after a release are
 * a few points, too few to roll a release back on.
 */
export function awaitingWindow(row: TriggerVerdict, ends: number): TriggerVerdict {
  if (row.status !== 'fired' && row.status !== 'ok') return row
  return { ...row, status: 'no-decision', detail: `so far ${row.detail}; decided once the window ends (${iso(ends)})` }
}

export function formatChange(change: number): string {
  return `${change > 0 ? '+' : ''}${Number(change.toFixed(2))}%`
}

/** The security trigger's verdict from the open critical alerts created after the release. */
export function securityVerdict(
  trigger: Extract<ParsedTrigger, { name: 'critical_security_alert' }>,
  alerts: { ok: true; alerts: NonNullable<TriggerVerdict['alerts']>; since: string } | { ok: false; reason: string }
): TriggerVerdict {
  const row = { trigger: trigger.name, condition: trigger.condition, threshold: 'any new critical alert' }
  if (!trigger.enabled) return { ...row, status: 'off', detail: 'critical_security_alert: false' }
  if (!alerts.ok) return { ...row, status: 'no-decision', detail: alerts.reason }
  const count = alerts.alerts.length
  return {
    ...row,
    alerts: alerts.alerts,
    status: count > 0 ? 'fired' : 'ok',
    detail:
      count > 0
        ? `${count} open critical code scanning alert(s) created after ${alerts.since}: ${alerts.alerts
            .slice(0, 5)
            .map(alert => `#${alert.number} ${alert.rule}`)
            .join(', ')}`
        : `no open critical code scanning alert created after ${alerts.since}`
  }
}

export type WatchVerdict = 'ok' | 'fired' | 'no-decision'

/** The run's verdict: fired when one trigger fired; ok only when every trigger that is on decided ok. */
export function overallVerdict(rows: readonly TriggerVerdict[]): WatchVerdict {
  if (rows.some(row => row.status === 'fired')) return 'fired'
  const on = rows.filter(row => row.status !== 'off')
  if (on.length === 0 || on.some(row => row.status === 'no-decision')) return 'no-decision'
  return 'ok'
}

/** The reason a rollback or an issue gives: each fired trigger with its numbers. */
export function firedReason(tag: string, rows: readonly TriggerVerdict[]): string {
  const fired = rows.filter(row => row.status === 'fired')
  return `release watch of ${tag}: ${fired
    .map(row =>
      row.changePercent !== undefined
        ? `${row.trigger} ${formatChange(row.changePercent ?? 0)} (${row.baseline} → ${row.current}, threshold ${row.threshold})`
        : `${row.trigger} (${row.detail})`
    )
    .join('; ')}`
}

/** A time in seconds as ISO 8601. */
export function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
