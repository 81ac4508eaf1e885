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
  const keyed = items.map(item => {
    const version = versionOf(item)
    return { item, version, parts: plainParts(version) }
  })
  const order = descending ? -1 : 1
  keyed.sort((a, b) => {
    const byVersion =
      a.parts && b.parts
        ? a.parts[0] - b.parts[0] || a.parts[1] - b.parts[1] || a.parts[2] - b.parts[2]
        : semver.compare(a.version, b.version)
    return order * byVersion
  })
  return keyed.map(entry => entry.item)
}
