import { computeDora, type DoraMetrics, type ReleaseRecord, type RollbackRecord } from '../../core/metrics/metrics.js'
import { byLine, stableByVersion, type StableTag } from '../../core/metrics/release-lines.js'
import { parseRollbacks, parseTagMessage } from '../../core/record/release-record.js'
import type { Settings } from '../../core/config/settings.js'
import type { FileReader, GitReader } from '../ports.js'
import { rangeCommitTimes, type CommitRange } from './release-commits.js'

/** What the DORA metrics read of the settings. */
export type MetricsSettings = Pick<Settings, 'metricsWindow' | 'rollbackRecord' | 'tagPrefix'>

/** What the DORA metrics read of the clone: the tag list, a few tags' dates and messages, commit times. */
export type MetricsGit = Pick<GitReader, 'tags' | 'tagTimes' | 'tagMessages' | 'commitTimes' | 'log'>

/** A release being made in this run (a dry run has no tag for it yet). */
export interface PendingRelease {
  version: string
  type: 'release' | 'hotfix'
  hotfixOf?: string
  /** Committer times of the commits it ships. */
  commitTimes: number[]
}

/**
 * The dates the metrics need: the newest tag of every release line, then every tag of the lines
 * whose newest is in the window or after its start (src/core/metrics/release-lines.ts). A tag whose
 * date is not read gets its line's newest date: before the window, as its own is.
 */
async function releaseTimes(
  git: MetricsGit,
  stable: StableTag[],
  start: number,
  also: string | null
): Promise<Map<string, number>> {
  const lines = [...byLine(stable).values()]
  const heads = await git.tagTimes([...lines.map(line => line.at(-1)!.name), ...(also ? [also] : [])])
  const open = lines.filter(line => (heads.get(line.at(-1)!.name) ?? 0) >= start)
  const rest = await git.tagTimes(open.flatMap(line => line.slice(0, -1).map(tag => tag.name)))
  const times = new Map<string, number>()
  for (const line of lines) {
    const bound = heads.get(line.at(-1)!.name) ?? 0
    for (const tag of line) times.set(tag.name, heads.get(tag.name) ?? rest.get(tag.name) ?? bound)
  }
  if (also && heads.has(also)) times.set(also, heads.get(also)!)
  return times
}

/**
 * The DORA metrics from the repository alone: release tags (dates, trailers), the commits each
 * release shipped (one `git log` per release in the window), and the rollback record. Of thousands
 * of tags only the window's are read (their dates and messages), and a date a release line.
 */
export async function collectMetrics(
  settings: MetricsSettings,
  deps: { git: MetricsGit; files: Pick<FileReader, 'read'> },
  now: Date,
  pending: PendingRelease | null = null
): Promise<DoraMetrics> {
  const { git, files } = deps
  const nowSeconds = Math.floor(now.getTime() / 1000)
  const start = nowSeconds - settings.metricsWindow * 86_400
  const stable = stableByVersion(await git.tags(settings.tagPrefix), settings.tagPrefix)
  const pendingTag = pending ? `${settings.tagPrefix}${pending.version}` : null
  const times = await releaseTimes(git, stable, start, pendingTag)
  // a release's type matters only from the window on (a hotfix after a release in it): read those messages alone
  const messages = await git.tagMessages(stable.filter(tag => times.get(tag.name)! >= start).map(tag => tag.name))
  const record = files.read(settings.rollbackRecord)
  const rollbacks: RollbackRecord[] = record
    ? parseRollbacks(record)
        .map(entry => ({
          version: entry.version,
          time: Math.floor(Date.parse(entry.date) / 1000),
          ...(entry.released && Number.isFinite(Date.parse(entry.released))
            ? { releasedTime: Math.floor(Date.parse(entry.released) / 1000) }
            : {})
        }))
        .filter(rb => Number.isFinite(rb.time))
    : []
  // a release before the window counts only as known to a rollback (its tag is not gone): of thousands
  // of tags only those are handed on with the window's
  const rolledBack = new Set(rollbacks.map(rollback => rollback.version))
  const releases: ReleaseRecord[] = []
  // the commits of the window's releases: one log for all of them (release-commits.ts)
  const ranges: CommitRange[] = []
  const shipped: ReleaseRecord[] = []
  for (const [index, tag] of stable.entries()) {
    if (pending && tag.version === pending.version) continue // its commits are known already
    const time = times.get(tag.name)!
    if (time < start && !rolledBack.has(tag.version)) continue
    const message = messages.get(tag.name)
    const meta = message === undefined ? null : parseTagMessage(message).meta
    const previous = index > 0 ? stable[index - 1] : null
    const inWindow = time >= start && time <= nowSeconds
    const hotfixOf = meta?.hotfixOf?.startsWith(settings.tagPrefix)
      ? meta.hotfixOf.slice(settings.tagPrefix.length)
      : meta?.hotfixOf
    const release: ReleaseRecord = {
      tag: tag.name,
      version: tag.version,
      time,
      type: meta?.type ?? 'release',
      hotfixOf,
      commitTimes: []
    }
    releases.push(release)
    if (inWindow) {
      ranges.push({ from: previous?.sha ?? null, to: tag.sha })
      shipped.push(release)
    }
  }
  const commitTimes = await rangeCommitTimes(git, ranges)
  shipped.forEach((release, index) => (release.commitTimes = commitTimes[index]))
  if (pending) {
    const tagged = times.get(pendingTag!)
    releases.push({
      tag: pendingTag!,
      version: pending.version,
      time: tagged !== undefined && tagged <= nowSeconds ? tagged : nowSeconds,
      type: pending.type,
      hotfixOf: pending.hotfixOf?.startsWith(settings.tagPrefix)
        ? pending.hotfixOf.slice(settings.tagPrefix.length)
        : pending.hotfixOf,
      commitTimes: pending.commitTimes
    })
  }
  return computeDora(releases, rollbacks, { now: nowSeconds, windowDays: settings.metricsWindow })
}
