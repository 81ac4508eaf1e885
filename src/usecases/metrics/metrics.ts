import semver from 'semver'
import { computeDora, type DoraMetrics, type ReleaseRecord, type RollbackRecord } from '../../core/metrics/metrics.js'
import { parseRollbacks, parseTagMessage } from '../../core/record/release-record.js'
import type { Settings } from '../../core/config/settings.js'
import { releaseTags } from '../../core/versioning/version.js'
import type { FileStore, GitClient } from '../ports.js'

/** What the DORA metrics read of the settings. */
export type MetricsSettings = Pick<Settings, 'metricsWindow' | 'rollbackRecord' | 'tagPrefix'>

/** A release being made in this run (a dry run has no tag for it yet). */
export interface PendingRelease {
  version: string
  type: 'release' | 'hotfix'
  hotfixOf?: string
  /** Committer times of the commits it ships. */
  commitTimes: number[]
}

/**
 * The DORA metrics from the repository alone: release tags (dates, trailers), the commits each
 * release shipped (one `git log` per release in the window), and the rollback record.
 */
export async function collectMetrics(
  settings: MetricsSettings,
  deps: { git: GitClient; files: FileStore },
  now: Date,
  pending: PendingRelease | null = null
): Promise<DoraMetrics> {
  const { git, files } = deps
  const nowSeconds = Math.floor(now.getTime() / 1000)
  const start = nowSeconds - settings.metricsWindow * 86_400
  const details = await git.tagDetails(settings.tagPrefix)
  // each version parsed once (thousands of tags: a comparison that parses both costs more than the read)
  const stable = releaseTags(details, settings.tagPrefix)
    .filter(tag => !tag.prerelease)
    .map(tag => ({ tag, parsed: new semver.SemVer(tag.version) }))
    .sort((a, b) => a.parsed.compare(b.parsed))
    .map(entry => entry.tag)
  const detail = new Map(details.map(d => [d.name, d]))
  // a release's type matters only from the window on (a hotfix after a release in it): read those messages alone
  const messages = await git.tagMessages(stable.filter(tag => detail.get(tag.name)!.time >= start).map(tag => tag.name))
  const releases: ReleaseRecord[] = []
  for (const [index, tag] of stable.entries()) {
    if (pending && tag.version === pending.version) continue // its commits are known already
    const info = detail.get(tag.name)!
    const meta = parseTagMessage(messages.get(tag.name) ?? '').meta
    const previous = index > 0 ? stable[index - 1] : null
    const inWindow = info.time >= start && info.time <= nowSeconds
    const hotfixOf = meta?.hotfixOf?.startsWith(settings.tagPrefix)
      ? meta.hotfixOf.slice(settings.tagPrefix.length)
      : meta?.hotfixOf
    releases.push({
      tag: tag.name,
      version: tag.version,
      time: info.time,
      type: meta?.type ?? 'release',
      hotfixOf,
      commitTimes: inWindow ? await git.commitTimes(previous ? `${previous.sha}..${tag.sha}` : tag.sha) : []
    })
  }
  if (pending) {
    const tagged = detail.get(`${settings.tagPrefix}${pending.version}`)
    releases.push({
      tag: `${settings.tagPrefix}${pending.version}`,
      version: pending.version,
      time: tagged && tagged.time <= nowSeconds ? tagged.time : nowSeconds,
      type: pending.type,
      hotfixOf: pending.hotfixOf?.startsWith(settings.tagPrefix)
        ? pending.hotfixOf.slice(settings.tagPrefix.length)
        : pending.hotfixOf,
      commitTimes: pending.commitTimes
    })
  }
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
  return computeDora(releases, rollbacks, { now: nowSeconds, windowDays: settings.metricsWindow })
}
