/**
 * Version order without semver's objects for the common case: a plain X.Y.Z compares as three
 * numbers (a repository of 10,000 release tags sorts them without 10,000 × log n semver parses);
 * anything else (a prerelease, build metadata) falls back to semver.compare, so the order is
 * semver's exactly.
 */
import semver from 'semver'

/** Each number of a key's X.Y.Z below 2^17: three of them make one exact integer (51 bits). */
const PART = 2 ** 17

/**
 * A plain X.Y.Z (no leading zero, each number below 2^17) as one number that orders as the version
 * does, read character by character (no regex, no array: thousands of tags are keyed per run); null
 * for anything else (a prerelease, metadata, a bigger number), which semver compares.
 */
export function versionKey(version: string): number | null {
  let key = 0
  let part = 0
  let digits = 0
  let dots = 0
  for (let i = 0; i < version.length; i++) {
    const code = version.charCodeAt(i)
    if (code === 46) {
      if (digits === 0 || dots === 2) return null
      key = key * PART + part
      part = 0
      digits = 0
      dots++
      continue
    }
    if (code < 48 || code > 57) return null
    if (digits === 1 && part === 0) return null // a leading zero
    part = part * 10 + (code - 48)
    if (part >= PART) return null
    digits++
  }
  if (digits === 0 || dots !== 2) return null
  return key * PART + part
}

/** semver.compare(a, b)'s sign: negative when a is lower, 0 when equal, positive when higher. */
export function compareVersions(a: string, b: string): number {
  const x = versionKey(a)
  const y = versionKey(b)
  if (x !== null && y !== null) return Math.sign(x - y)
  return semver.compare(a, b)
}

/**
 * The items sorted by their version (ascending; `descending` for highest first), each version
 * parsed once instead of once a comparison. Stable, as Array.prototype.sort is.
 */
export function sortByVersion<T>(items: readonly T[], versionOf: (item: T) => string, descending = false): T[] {
  return sortKeyed(
    items.map(item => keyOf(item, versionOf(item))),
    descending
  ).map(entry => entry.item)
}

interface Keyed<T> {
  item: T
  version: string
  key: number | null
}

function keyOf<T>(item: T, version: string): Keyed<T> {
  return { item, version, key: versionKey(version) }
}

function compareKeyed<T>(a: Keyed<T>, b: Keyed<T>): number {
  return a.key !== null && b.key !== null ? a.key - b.key : semver.compare(a.version, b.version)
}

function sortKeyed<T>(keyed: Keyed<T>[], descending: boolean): Keyed<T>[] {
  const order = descending ? -1 : 1
  return keyed.sort((a, b) => order * compareKeyed(a, b))
}

/**
 * The `count`th highest of the items below `ceiling` (1: the highest below it), or null when none
 * is: one pass keeping the `count` highest (the convention window's start among thousands of release
 * tags), no sort of them all. Of equal versions the first in the input wins, as a stable sort's.
 */
export function nthBelow<T>(
  items: readonly T[],
  versionOf: (item: T) => string,
  ceiling: string,
  count: number
): T | null {
  const limit = keyOf(null, ceiling)
  const wanted = Math.max(1, count)
  // the highest seen so far, highest first (at most `wanted` of them)
  const best: Keyed<T>[] = []
  for (const item of items) {
    const version = versionOf(item)
    const key = versionKey(version)
    if (key !== null && limit.key !== null ? key >= limit.key : semver.compare(version, ceiling) >= 0) continue
    const entry: Keyed<T> = { item, version, key }
    if (best.length === wanted && compareKeyed(entry, best[wanted - 1]) <= 0) continue
    let at = best.length
    while (at > 0 && compareKeyed(entry, best[at - 1]) > 0) at--
    best.splice(at, 0, entry)
    if (best.length > wanted) best.pop()
  }
  return best.length === 0 ? null : best[Math.min(count, best.length) - 1].item
}
