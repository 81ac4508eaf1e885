/**
 * Which release tags' dates the metrics need, without reading every tag: the stable releases in
 * version order, grouped by release line (major.minor). Within a line a higher version is never
 * older than a lower one (1.4.3 is made after 1.4.2), so a line whose newest tag is before the
 * window holds no release in it, and its tags' dates need not be read: one date a line, then the
 * lines that reach into the window in full. Lines do not order each other (a maintenance line
 * 1.4.x may release after 2.0.0), so each line is looked at.
 */
import type { TagRef } from '../versioning/version.js'

export interface StableTag extends TagRef {
  /** X.Y.Z (a stable version: no pre-release, no build metadata). */
  version: string
  /** The release line: `major.minor`. */
  line: string
}

const STABLE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/

interface Parsed extends StableTag {
  parts: [number, number, number]
}

/** The stable release tags `{prefix}X.Y.Z`, oldest version first (each version parsed once). */
export function stableByVersion(tags: TagRef[], prefix: string): StableTag[] {
  const parsed: Parsed[] = []
  for (const tag of tags) {
    if (!tag.name.startsWith(prefix)) continue
    const version = tag.name.slice(prefix.length)
    const match = STABLE.exec(version)
    if (!match) continue
    const parts = [Number(match[1]), Number(match[2]), Number(match[3])] as [number, number, number]
    if (version.length > 256 || !parts.every(Number.isSafeInteger)) continue // as semver refuses them
    parsed.push({ name: tag.name, sha: tag.sha, version, line: `${parts[0]}.${parts[1]}`, parts })
  }
  parsed.sort((a, b) => a.parts[0] - b.parts[0] || a.parts[1] - b.parts[1] || a.parts[2] - b.parts[2])
  return parsed.map(({ name, sha, version, line }) => ({ name, sha, version, line }))
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
