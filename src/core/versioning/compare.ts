/**
 * Version order without semver's objects for the common case: a plain X.Y.Z compares as three
 * numbers (a repository of 10,000 release tags sorts them without 10,000 × log n semver parses);
 * anything else (a prerelease, build metadata) falls back to semver.compare, so the order is
 * semver's exactly.
 */
import semver from 'semver'

const PLAIN = /^(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})$/

/** The numbers of a plain X.Y.Z, or null (a prerelease, metadata, or a number beyond a safe integer). */
function plainParts(version: string): [number, number, number] | null {
  const match = PLAIN.exec(version)
  if (!match) return null
  const parts: [number, number, number] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return parts.every(Number.isSafeInteger) ? parts : null
}

/** semver.compare(a, b)'s sign: negative when a is lower, 0 when equal, positive when higher. */
export function compareVersions(a: string, b: string): number {
  const x = plainParts(a)
  const y = plainParts(b)
  if (x && y) return Math.sign(x[0] - y[0] || x[1] - y[1] || x[2] - y[2])
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
  parts: [number, number, number] | null
}

function keyOf<T>(item: T, version: string): Keyed<T> {
  return { item, version, parts: plainParts(version) }
}

function compareKeyed<T>(a: Keyed<T>, b: Keyed<T>): number {
  return a.parts && b.parts
    ? a.parts[0] - b.parts[0] || a.parts[1] - b.parts[1] || a.parts[2] - b.parts[2]
    : semver.compare(a.version, b.version)
}

function sortKeyed<T>(keyed: Keyed<T>[], descending: boolean): Keyed<T>[] {
  const order = descending ? -1 : 1
  return keyed.sort((a, b) => order * compareKeyed(a, b))
}

/**
 * The `count`th highest of the items below `ceiling` (1: the highest below it), or null when none
 * is: each version parsed once (the convention window's start among thousands of release tags).
 */
export function nthBelow<T>(
  items: readonly T[],
  versionOf: (item: T) => string,
  ceiling: string,
  count: number
): T | null {
  const limit = keyOf(null, ceiling)
  const below = items.map(item => keyOf(item, versionOf(item))).filter(entry => compareKeyed(entry, limit) < 0)
  if (below.length === 0) return null
  return sortKeyed(below, true)[Math.min(count, below.length) - 1].item
}
