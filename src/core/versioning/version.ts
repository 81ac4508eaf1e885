import semver from 'semver'
import { ConfigurationError } from '../errors.js'
import type { Bump, BumpLevel } from '../types.js'

export interface TagRef {
  name: string
  /** The commit the tag points at (peeled). */
  sha: string
}

export interface ReleaseTag extends TagRef {
  version: string
  prerelease: boolean
}

/** A plain X.Y.Z (no leading zero): a stable version semver accepts as it is, without parsing it (thousands of tags). */
const PLAIN = /^(?:0|[1-9]\d{0,15})\.(?:0|[1-9]\d{0,15})\.(?:0|[1-9]\d{0,15})$/

/** The numbers of a plain X.Y.Z, compared without semver's objects. */
function compareStable(a: string, b: string): number {
  const x = a.split('.')
  const y = b.split('.')
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return Number(x[i]) - Number(y[i])
  return 0
}

/** Tags named `{prefix}X.Y.Z[-pre]` with a strict semver version; others are ignored. */
export function releaseTags(tags: TagRef[], prefix: string): ReleaseTag[] {
  const result: ReleaseTag[] = []
  for (const tag of tags) {
    if (!tag.name.startsWith(prefix)) continue
    const version = tag.name.slice(prefix.length)
    if (PLAIN.test(version) && version.split('.').every(part => Number.isSafeInteger(Number(part)))) {
      result.push({ ...tag, version, prerelease: false })
      continue
    }
    const parsed = semver.parse(version)
    if (!parsed || parsed.version !== version) continue
    result.push({ ...tag, version, prerelease: parsed.prerelease.length > 0 })
  }
  return result
}

/** The highest stable release among the tags, or null. */
export function highestStable(tags: ReleaseTag[]): ReleaseTag | null {
  let best: ReleaseTag | null = null
  for (const tag of tags) {
    if (tag.prerelease) continue
    if (!best) best = tag
    else if (PLAIN.test(tag.version) && PLAIN.test(best.version)) {
      if (compareStable(tag.version, best.version) > 0) best = tag
    } else if (semver.gt(tag.version, best.version)) best = tag
  }
  return best
}

export interface NextVersionInput {
  previous: string | null
  bump: Bump
  initialVersion: string
  /** Prerelease identifier such as `rc`, or empty. */
  prerelease: string
  /** Every release tag of the repository (for prerelease numbering). */
  allTags: ReleaseTag[]
  releaseAs: string | null
}

export interface NextVersion {
  version: string
  /** The level between the previous version and the new one. */
  bump: Bump
}

function levelBetween(previous: string | null, next: string): BumpLevel {
  if (previous === null) return 'major'
  const p = semver.parse(previous)
  const n = semver.parse(next)
  if (!p || !n) return 'patch'
  if (n.major !== p.major) return 'major'
  if (n.minor !== p.minor) return 'minor'
  return 'patch'
}

function withPrerelease(base: string, id: string, allTags: ReleaseTag[]): string {
  if (!id) return base
  let highest = 0
  const pattern = `${base}-${id}.`
  for (const tag of allTags) {
    if (!tag.version.startsWith(pattern)) continue
    const rest = tag.version.slice(pattern.length)
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest))
  }
  return `${base}-${id}.${highest + 1}`
}

export function nextVersion(input: NextVersionInput): NextVersion | null {
  const { previous, bump, initialVersion, prerelease, allTags, releaseAs } = input
  if (releaseAs) {
    const clean = semver.valid(releaseAs)
    if (!clean)
      throw new ConfigurationError(
        `Release-As footer names "${releaseAs}", which is not a semantic version. Use Release-As: X.Y.Z.`
      )
    if (previous && !semver.gt(clean, previous)) {
      throw new ConfigurationError(
        `Release-As: ${clean} is not above the current version ${previous}. ` +
          'A release must be higher than the previous one: amend or revert the commit with that footer, or name a higher version.'
      )
    }
    return {
      version: semver.prerelease(clean) ? clean : withPrerelease(clean, prerelease, allTags),
      bump: levelBetween(previous, clean)
    }
  }
  if (bump === 'none') return null
  if (previous === null) return { version: withPrerelease(initialVersion, prerelease, allTags), bump }
  const base = semver.inc(previous, bump)
  if (!base) throw new Error(`cannot increment ${previous} by ${bump}`)
  return { version: withPrerelease(base, prerelease, allTags), bump }
}
