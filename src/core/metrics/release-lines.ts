/**
 * Which release tags' dates the metrics need, without reading every tag: the stable releases in
 * version order, grouped by release line (major.minor). Within a line a higher version is never
 * older than a lower one (1.4.3 is made after 1.4.2), so a line whose newest tag is before the
 * window holds no release in it, and its tags' dates need not be read: one date a line, then the
 * lines that reach into the window in full. Lines do not order each other (a maintenance line
 * 1.4.x may release after 2.0.0), so each line is looked at.
 */
import { compareVersions, versionKey } from '../versioning/compare.js'
import { releaseTags, type ReleaseTag, type TagRef } from '../versioning/version.js'

export interface StableTag extends TagRef {
  /** X.Y.Z (a stable version: no pre-release, no build metadata). */
  version: string
  /** The release line: `major.minor`. */
  line: string
}

/** The stable release tags `{prefix}X.Y.Z`, oldest version first (each version keyed once). */
export function stableByVersion(tags: TagRef[], prefix: string): StableTag[] {
  const keyed: Array<{ tag: ReleaseTag; key: number | null }> = []
  for (const tag of releaseTags(tags, prefix)) if (!tag.prerelease) keyed.push({ tag, key: versionKey(tag.version) })
  // (numbers of 2^17 and above have no key: rare, compared by semver's order, the same for X.Y.Z)
  keyed.sort((a, b) =>
    a.key !== null && b.key !== null ? a.key - b.key : compareVersions(a.tag.version, b.tag.version)
  )
  return keyed.map(({ tag }) => ({
    name: tag.name,
    sha: tag.sha,
    version: tag.version,
    line: tag.version.slice(0, tag.version.lastIndexOf('.'))
  }))
}

/** The tags by release line, each line oldest version first (the input's order kept). */
export function byLine(stable: StableTag[]): Map<string, StableTag[]> {
  const lines = new Map<string, StableTag[]>()
  for (const tag of stable) {
    const line = lines.get(tag.line)
    if (line) line.push(tag)
    else lines.set(tag.line, [tag])
  }
  return lines
}
