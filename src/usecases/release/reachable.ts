/**
 * Which release tags HEAD's history holds, asked of the few that matter instead of all: the tags in
 * version order, highest first, each candidate checked with `git merge-base --is-ancestor` (a walk
 * from HEAD that stops at the candidate's age), never `for-each-ref --merged HEAD`, which walks the
 * whole history (seconds and hundreds of MB on a million commits).
 */
import { sortByVersion } from '../../core/versioning/compare.js'
import type { ReleaseTag } from '../../core/versioning/version.js'
import type { GitReader } from '../ports.js'

export interface Reachable {
  /** The highest version among the tags `keep` accepts that HEAD's history holds, or null. */
  highest(keep: (tag: ReleaseTag) => boolean): Promise<ReleaseTag | null>
  /** Every tag `keep` accepts that HEAD's history holds (highest first): for the few a filter leaves. */
  all(keep: (tag: ReleaseTag) => boolean): Promise<ReleaseTag[]>
}

export function reachableFrom(git: Pick<GitReader, 'isAncestor'>, tags: ReleaseTag[], head: string): Reachable {
  let ordered: ReleaseTag[] | null = null
  const byVersion = (): ReleaseTag[] => {
    // each version parsed once, then sorted (only when asked: most runs never are)
    ordered ??= sortByVersion(tags, tag => tag.version, true)
    return ordered
  }
  const known = new Map<string, Promise<boolean>>()
  const holds = (tag: ReleaseTag): Promise<boolean> => {
    if (tag.sha === head) return Promise.resolve(true)
    let answer = known.get(tag.sha)
    if (!answer) known.set(tag.sha, (answer = git.isAncestor(tag.sha, 'HEAD')))
    return answer
  }
  return {
    async highest(keep) {
      for (const tag of byVersion()) if (keep(tag) && (await holds(tag))) return tag
      return null
    },
    async all(keep) {
      const found: ReleaseTag[] = []
      for (const tag of byVersion()) if (keep(tag) && (await holds(tag))) found.push(tag)
      return found
    }
  }
}
