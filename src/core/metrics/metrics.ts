/**
 * The four DORA metrics, computed from the repository alone: release tags (with their
 * Release-Type/Hotfix-Of trailers), the commits each release shipped, and the rollback record.
 *
 * Bands follow the 2023 Accelerate State of DevOps report (DORA, Google Cloud):
 * deployment frequency elite = on demand (daily or more), high = daily to weekly, medium = weekly
 * to monthly, low = less than monthly; lead time elite < 1 day, high < 1 week, medium < 1 month,
 * low ≥ 1 month; change failure rate elite ≤ 5 %, high ≤ 10 %, medium ≤ 15 %, low > 15 %;
 * failed deployment recovery time elite < 1 hour, high < 1 day, medium < 1 week, low ≥ 1 week.
 */

export type Band = 'elite' | 'high' | 'medium' | 'low'

export interface ReleaseRecord {
  tag: string
  version: string
  /** Seconds since the epoch: when the release was made (the tag's date). */
  time: number
  type: 'release' | 'hotfix'
  /** For a hotfix: the version of the release it fixes. */
  hotfixOf?: string
  /** Commit times (seconds) of the commits this release shipped. */
  commitTimes: number[]
}

export interface RollbackRecord {
  version: string
  /** Seconds since the epoch: when it was rolled back. */
  time: number
  /** When the rolled-back release had been made, when the record says (its tag is gone). */
  releasedTime?: number
}

export interface Metric {
  value: number | null
  unit: string
  band: Band | null
  /** Why there is no value, when there is none. */
  note?: string
}

export interface DoraMetrics {
  windowDays: number
  from: string
  to: string
  releases: number
  deploymentFrequency: Metric
  leadTimeMedian: Metric
  leadTimeP90: Metric
  changeFailureRate: Metric
  timeToRestoreMedian: Metric
  /** Releases per ISO week (Monday) and the median lead time of each, for the charts. */
  weeks: Array<{ week: string; releases: number; leadTimeHours: number | null }>
}

const HOUR = 3600
const DAY = 24 * HOUR

export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  // nearest-rank with linear interpolation (the common "R-7" definition)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low)
}

export function frequencyBand(perWeek: number): Band {
  if (perWeek >= 7) return 'elite'
  if (perWeek >= 1) return 'high'
  if (perWeek >= 12 / 52) return 'medium'
  return 'low'
}

export function leadTimeBand(hours: number): Band {
  if (hours < 24) return 'elite'
  if (hours < 7 * 24) return 'high'
  if (hours < 30 * 24) return 'medium'
  return 'low'
}

export function failureRateBand(percent: number): Band {
  if (percent <= 5) return 'elite'
  if (percent <= 10) return 'high'
  if (percent <= 15) return 'medium'
  return 'low'
}

export function restoreBand(hours: number): Band {
  if (hours < 1) return 'elite'
  if (hours < 24) return 'high'
  if (hours < 7 * 24) return 'medium'
  return 'low'
}

function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10)
}

function weekOf(seconds: number): string {
  const date = new Date(seconds * 1000)
  const day = (date.getUTCDay() + 6) % 7 // Monday = 0
  return isoDate(Math.floor(seconds / DAY) * DAY - day * DAY)
}

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits

export function computeDora(
  releases: ReleaseRecord[],
  rollbacks: RollbackRecord[],
  options: { now: number; windowDays: number }
): DoraMetrics {
  const { now, windowDays } = options
  const start = now - windowDays * DAY
  const inWindow = releases.filter(r => r.time >= start && r.time <= now).sort((a, b) => a.time - b.time)
  const notEnough = (what: string): Metric => ({ value: null, unit: '', band: null, note: `not enough data: ${what}` })

  // a rolled-back release whose tag is gone counts by the record: made at its release date
  const known = new Set(releases.map(r => r.version))
  const untagged = rollbacks
    .filter(rb => !known.has(rb.version))
    .filter(rb => {
      const made = rb.releasedTime ?? rb.time
      return made >= start && made <= now
    })
  const deployments = inWindow.length + untagged.length
  const perWeek = deployments / (windowDays / 7)
  const deploymentFrequency: Metric =
    deployments === 0
      ? notEnough(`no release in the last ${windowDays} days`)
      : { value: round(perWeek, 3), unit: 'releases/week', band: frequencyBand(perWeek) }

  const leadHours = inWindow.flatMap(r => r.commitTimes.map(t => Math.max(0, r.time - t) / HOUR))
  const median = percentile(leadHours, 50)
  const p90 = percentile(leadHours, 90)
  const leadTimeMedian: Metric =
    median === null
      ? notEnough('no released commits in the window')
      : { value: round(median), unit: 'hours', band: leadTimeBand(median) }
  const leadTimeP90: Metric =
    p90 === null
      ? notEnough('no released commits in the window')
      : { value: round(p90), unit: 'hours', band: leadTimeBand(p90) }

  // a release failed when a later hotfix names it, or it was rolled back; restored at the earlier of the two
  const restores: number[] = []
  let failed = 0
  for (const release of inWindow) {
    const hotfix = releases
      .filter(r => r.type === 'hotfix' && r.hotfixOf === release.version && r.time >= release.time)
      .sort((a, b) => a.time - b.time)[0]
    const rollback = rollbacks
      .filter(rb => rb.version === release.version && rb.time >= release.time)
      .sort((a, b) => a.time - b.time)[0]
    if (!hotfix && !rollback) continue
    failed++
    restores.push((Math.min(hotfix?.time ?? Infinity, rollback?.time ?? Infinity) - release.time) / HOUR)
  }
  for (const rollback of untagged) {
    failed++
    if (rollback.releasedTime !== undefined) restores.push((rollback.time - rollback.releasedTime) / HOUR)
  }
  const rate = deployments === 0 ? null : (failed / deployments) * 100
  const changeFailureRate: Metric =
    rate === null || deployments < 2
      ? notEnough(deployments === 0 ? 'no release in the window' : 'one release is not enough for a rate')
      : { value: round(rate, 1), unit: '%', band: failureRateBand(rate) }
  const restore = percentile(restores, 50)
  const timeToRestoreMedian: Metric =
    restore === null
      ? notEnough('no failed release was restored in the window')
      : { value: round(restore), unit: 'hours', band: restoreBand(restore) }

  const weeks = new Map<string, { releases: number; lead: number[] }>()
  for (let t = start; t <= now; t += 7 * DAY) weeks.set(weekOf(t), { releases: 0, lead: [] })
  for (const release of inWindow) {
    const week = weeks.get(weekOf(release.time)) ?? { releases: 0, lead: [] }
    week.releases++
    week.lead.push(...release.commitTimes.map(t => Math.max(0, release.time - t) / HOUR))
    weeks.set(weekOf(release.time), week)
  }
  return {
    windowDays,
    from: isoDate(start),
    to: isoDate(now),
    releases: deployments,
    deploymentFrequency,
    leadTimeMedian,
    leadTimeP90,
    changeFailureRate,
    timeToRestoreMedian,
    weeks: [...weeks]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) // ISO dates: code-unit order (localeCompare loads ICU)
      .map(([week, w]) => ({
        week,
        releases: w.releases,
        leadTimeHours: w.lead.length > 0 ? round(percentile(w.lead, 50)!, 1) : null
      }))
  }
}

/** The rendering lives in render.ts. */
export { renderMetrics } from './render.js'
