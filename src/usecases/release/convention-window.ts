/**
 * The history read that also gives the project's earlier releases, to infer its convention from
 * (src/core/versioning/convention.ts): ONE streaming `git log` from an older release tag (the
 * last WINDOW releases before the previous one) instead of from the previous release, split by the
 * tags' positions in memory. No process per release; the cost follows the window, not the history.
 */
import { analyzeCommit, type AnalyzedCommit } from '../../core/commits/changes.js'
import { compareVersions, nthBelow, sortByVersion } from '../../core/versioning/compare.js'
import { WINDOW, type ReleaseSample } from '../../core/versioning/convention.js'
import type { ReleaseTag } from '../../core/versioning/version.js'
import type { GitReader } from '../ports.js'

export interface WindowRead {
  /** The previous release is reachable from HEAD (it was in the stream): else read again without the window. */
  reachable: boolean
  /** The commits since the previous release, newest first, as `git log previous..HEAD` lists them. */
  commits: AnalyzedCommit[]
  /** The earlier releases in the window, oldest first, with their commits. */
  releases: ReleaseSample[]
}

/** The stable tag `count` releases below `previous` (by version), or the lowest there is; null: none below. */
export function windowStart(previous: ReleaseTag, tags: readonly ReleaseTag[], count = WINDOW): ReleaseTag | null {
  const candidates = tags.filter(tag => !tag.prerelease && tag.sha !== previous.sha)
  return nthBelow(candidates, tag => tag.version, previous.version, count)
}

/**
 * Reads `start..HEAD` once: the range since `previous`, and the range of each release tag in the
 * window (the commits that reach its tag and not the tag below it).
 */
export async function readReleaseWindow(
  git: Pick<GitReader, 'log'>,
  previous: ReleaseTag,
  start: ReleaseTag,
  tags: readonly ReleaseTag[]
): Promise<WindowRead> {
  const streamed: AnalyzedCommit[] = []
  const parents = new Map<string, string[]>()
  const boundary = await git.log(start.sha, commit => {
    parents.set(commit.sha, commit.parents)
    streamed.push(analyzeCommit(commit))
  })
  const known = (sha: string): boolean => parents.has(sha) || boundary.has(sha)
  /** The streamed commits (and boundary commits) that reach `tip`. */
  const reach = (tip: string): Set<string> => {
    const seen = new Set<string>()
    const stack = [tip]
    while (stack.length > 0) {
      const sha = stack.pop()!
      if (seen.has(sha) || !known(sha)) continue
      seen.add(sha)
      stack.push(...(parents.get(sha) ?? []))
    }
    return seen
  }
  if (!parents.has(previous.sha)) return { reachable: false, commits: [], releases: [] }
  const beforePrevious = reach(previous.sha)
  const commits = streamed.filter(commit => !beforePrevious.has(commit.sha))

  // the release tags in the stream, and the window's start (a boundary commit), by version
  const inWindow = sortByVersion(
    tags
      .filter(tag => !tag.prerelease && (tag.sha === start.sha || parents.has(tag.sha)))
      .filter(
        tag => compareVersions(tag.version, start.version) >= 0 && compareVersions(tag.version, previous.version) <= 0
      ),
    tag => tag.version
  )
  const reaches = new Map<string, Set<string>>()
  const reachOf = (tag: ReleaseTag): Set<string> => {
    let set = reaches.get(tag.sha)
    if (!set) reaches.set(tag.sha, (set = reach(tag.sha)))
    return set
  }
  const releases: ReleaseSample[] = []
  for (let index = 1; index < inWindow.length; index++) {
    const [below, tag] = [inWindow[index - 1], inWindow[index]]
    const reachesTag = reachOf(tag)
    // a release cut on another branch than the one below it is no step of this history
    if (tag.sha === below.sha || !reachesTag.has(below.sha)) continue
    const belowSet = below.sha === start.sha ? new Set<string>() : reachOf(below)
    releases.push({
      prev: { name: below.name, version: below.version },
      next: { name: tag.name, version: tag.version },
      commits: streamed.filter(commit => reachesTag.has(commit.sha) && !belowSet.has(commit.sha))
    })
  }
  return { reachable: true, commits, releases }
}
