import semver from 'semver'
import { ConfigurationError } from '../errors.js'
import { versionKey } from './compare.js'
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

/**
 * The release tags already read, by prefix and by the tag read (the adapter hands out the same
 * objects until a tag is written; the parsed tags are shared, never changed): a run asks for its
 * release tags many times (history, the
 * convention, the metrics...), and thousands of tags are parsed once, not once a question.
 */
const parsedTags = new Map<string, WeakMap<TagRef, ReleaseTag | null>>()

/** `{prefix}X.Y.Z[-pre]` with a strict semver version, or null. */
function parseReleaseTag(tag: TagRef, prefix: string): ReleaseTag | null {
  const version = tag.name.slice(prefix.length)
  // a plain X.Y.Z is a stable version semver accepts as it is: no parse (thousands of tags)
  if (versionKey(version) !== null) return { name: tag.name, sha: tag.sha, version, prerelease: false }
  const parsed = semver.parse(version)
  if (!parsed || parsed.version !== version) return null
  return { name: tag.name, sha: tag.sha, version, prerelease: parsed.prerelease.length > 0 }
}

/** Tags named `{prefix}X.Y.Z[-pre]` with a strict semver version; others are ignored. */
export function releaseTags(tags: TagRef[], prefix: string): ReleaseTag[] {
  let seen = parsedTags.get(prefix)
  if (!seen) parsedTags.set(prefix, (seen = new WeakMap()))
  const result: ReleaseTag[] = []
  for (const tag of tags) {
    if (!tag.name.startsWith(prefix)) continue
    let parsed = seen.get(tag)
    // (the same object again, unless its name or commit changed since: a caller's own object)
    if (parsed === undefined || (parsed !== null && (parsed.name !== tag.name || parsed.sha !== tag.sha))) {
      parsed = parseReleaseTag(tag, prefix)
      seen.set(tag, parsed)
    }
    if (parsed) result.push(parsed)
  }
  return result
}

/** The highest stable release among the tags, or null (each version keyed once). */
export function highestStable(tags: ReleaseTag[]): ReleaseTag | null {
  let best: ReleaseTag | null = null
  let bestKey: number | null = null
  for (const tag of tags) {
    if (tag.prerelease) continue
    const key = versionKey(tag.version)
    if (!best) [best, bestKey] = [tag, key]
    else if (key !== null && bestKey !== null ? key > bestKey : semver.gt(tag.version, best.version))
      [best, bestKey] = [tag, key]
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
