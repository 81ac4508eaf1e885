import type { AnalyzedCommit, Change } from './changes.js'
import type { Bump, BumpLevel } from './types.js'

export type BumpInput = 'auto' | BumpLevel

export interface Driver {
  change: Change
  level: BumpLevel
  why: string
}

export interface BumpDecision {
  bump: Bump
  /** Changes that go into the notes, oldest first (merges, skipped and cancelled commits left out). */
  changes: Change[]
  /** Changes that called for a release, strongest first. */
  drivers: Driver[]
  /** Shas of commits cancelled by a revert in the same range (the revert included). */
  cancelled: Set<string>
  /** Shas excluded by `[skip release]`. */
  skipped: string[]
  /** The newest `Release-As` footer, and the commit it came from. */
  releaseAs: { version: string, sha: string } | null
  /** One sentence that explains the decision. */
  reason: string
}

export interface BumpOptions {
  bump: BumpInput
  /** Below 1.0.0, breaking changes bump minor instead of major. */
  bumpMinorPreMajor: boolean
  /** The current (previous release) major version, for the pre-major rule. */
  currentMajor: number
}

const PATCH_TYPES = new Set(['fix', 'perf', 'revert'])

function levelOf(change: Change): { level: BumpLevel, why: string } | null {
  if (change.breaking) return { level: 'major', why: 'breaking change' }
  if (change.type === 'feat' || change.type === 'feature') return { level: 'minor', why: 'feature' }
  if (change.type !== null && PATCH_TYPES.has(change.type)) return { level: 'patch', why: change.type }
  if (change.isRevert) return { level: 'patch', why: 'revert' }
  return null
}

function shortSha(sha: string): string {
  return sha.slice(0, 7)
}

/** Finds the in-range commit a revert names (full sha or an abbreviation of at least 7 characters). */
function resolveTarget(hash: string, byPrefix: Map<string, string[]>): string | null {
  if (hash.length < 7) return null
  const candidates = byPrefix.get(hash.slice(0, 7).toLowerCase()) ?? []
  const lower = hash.toLowerCase()
  const found = candidates.filter(sha => sha.startsWith(lower))
  return found.length === 1 ? found[0] : null
}

/**
 * Decides the bump for the commits of a range.
 * @param commits the range as `git log` lists it, newest first
 */
export function decideBump(commits: AnalyzedCommit[], options: BumpOptions): BumpDecision {
  // sha prefixes are only indexed when a revert needs them
  let byPrefixIndex: Map<string, string[]> | null = null
  const byPrefix = (): Map<string, string[]> => {
    if (byPrefixIndex) return byPrefixIndex
    byPrefixIndex = new Map()
    for (const { sha } of commits) {
      const key = sha.slice(0, 7).toLowerCase()
      const list = byPrefixIndex.get(key)
      if (list) list.push(sha)
      else byPrefixIndex.set(key, [sha])
    }
    return byPrefixIndex
  }

  // Reverts, newest first: a live revert cancels its target (named by sha, or else by the quoted
  // header of an older commit in range, as when history was rebased); a cancelled revert cancels nothing.
  const cancelled = new Set<string>()
  const revertPairs = new Set<string>()
  commits.forEach((analyzed, index) => {
    const sha = analyzed.sha
    if (analyzed.merge || analyzed.skip || cancelled.has(sha)) return
    const main = analyzed.changes[0]
    if (!main.isRevert) return
    let target = main.revertOf ? resolveTarget(main.revertOf, byPrefix()) : null
    if (!target && main.revertHeader) {
      const header = main.revertHeader
      target = commits.slice(index + 1).find(older => !older.merge && !cancelled.has(older.sha) && older.changes[0].header === header)?.sha ?? null
    }
    if (target && target !== sha) {
      cancelled.add(target)
      revertPairs.add(sha)
    }
  })
  for (const sha of revertPairs) cancelled.add(sha)

  const changes: Change[] = []
  const drivers: Driver[] = []
  const skipped: string[] = []
  let releaseAs: BumpDecision['releaseAs'] = null
  for (let index = commits.length - 1; index >= 0; index--) {
    const analyzed = commits[index]
    const sha = analyzed.sha
    if (analyzed.skip) {
      skipped.push(sha)
      continue
    }
    if (analyzed.merge || cancelled.has(sha)) continue
    if (analyzed.releaseAs) releaseAs = { version: analyzed.releaseAs, sha } // the newest wins
    for (const change of analyzed.changes) {
      changes.push(change)
      const level = levelOf(change)
      if (level) drivers.push({ change, ...level })
    }
  }

  // strongest first, in history order within a level (a stable bucket sort)
  const byLevel: Record<BumpLevel, Driver[]> = { major: [], minor: [], patch: [] }
  for (const driver of drivers) byLevel[driver.level].push(driver)
  drivers.length = 0
  drivers.push(...byLevel.major, ...byLevel.minor, ...byLevel.patch)
  let bump: Bump = drivers.length > 0 ? drivers[0].level : 'none'
  if (bump === 'major' && options.bumpMinorPreMajor && options.currentMajor === 0) bump = 'minor'

  let reason: string
  if (options.bump !== 'auto') {
    reason = `bump input set to ${options.bump}`
    bump = options.bump
  } else if (releaseAs) {
    reason = `Release-As: ${releaseAs.version} footer in ${shortSha(releaseAs.sha)}`
    if (bump === 'none') bump = 'patch'
  } else if (bump === 'none') {
    reason = changes.length === 0
      ? 'no commits to release since the previous release'
      : `no releasable commits: none of the ${changes.length} change(s) is a feat, fix, perf, revert or breaking change`
  } else {
    const strongest = drivers.filter(driver => driver.level === drivers[0].level)
    const listed = strongest.slice(0, 5).map(driver => `${shortSha(driver.change.sha)} ${driver.why}`).join(', ')
    const more = strongest.length > 5 ? ` and ${strongest.length - 5} more` : ''
    reason = `${bump} because of ${listed}${more}`
    if (drivers[0].level === 'major' && bump === 'minor') reason += ' (breaking changes bump minor before 1.0.0: bump_minor_pre_major)'
  }
  if (cancelled.size > 0) reason += `; ${cancelled.size} commit(s) cancelled by reverts in the range`
  if (skipped.length > 0) reason += `; ${skipped.length} commit(s) skipped by [skip release]`
  return { bump, changes, drivers, cancelled, skipped, releaseAs, reason }
}
