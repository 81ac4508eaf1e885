/**
 * The history read that also gives the project's earlier releases, to infer its convention from
 * (src/core/versioning/convention.ts): the range since the previous release, then ONE streaming
 * `git log` of the window before it (the last WINDOW releases, at most WINDOW_COMMITS commits),
 * split by the tags' positions in memory. No process per release; the cost follows the window,
 * not the history.
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
 * The commits read before the previous release at most: the window stops at WINDOW releases or at
 * this many commits, whichever comes first (a project of 100-commit releases reads ten of them),
 * so the cost follows the range being released, not how big the older releases were.
 */
export const WINDOW_COMMITS = 1000

/**
 * Reads the range since `previous` (`previous..HEAD`), then the window before it: at most
 * WINDOW_COMMITS commits of `start..previous`, and the range of each release tag in it (the
 * commits that reach its tag and not the tag below it). A release whose tag below was not read (the
 * limit cut it) is left out.
 */
export async function readReleaseWindow(
  git: Pick<GitReader, 'log'>,
  previous: ReleaseTag,
  start: ReleaseTag,
  tags: readonly ReleaseTag[],
  limit = WINDOW_COMMITS
): Promise<WindowRead> {
  const commits: AnalyzedCommit[] = []
  let onPrevious = false
  const since = await git.log(previous.sha, commit => {
    onPrevious ||= commit.parents.includes(previous.sha)
    commits.push(analyzeCommit(commit))
  })
  // previous..HEAD's boundary holds the previous release when HEAD's history does (a preview's
  // commits on top of a tip name it as their parent)
  if (!since.has(previous.sha) && !onPrevious) return { reachable: false, commits: [], releases: [] }

  const streamed: AnalyzedCommit[] = []
  const parents = new Map<string, string[]>()
  const boundary = await git.log(
    start.sha,
    commit => {
      parents.set(commit.sha, commit.parents)
      streamed.push(analyzeCommit(commit))
    },
    [previous.sha],
    limit
  )
  // the limit reached: the window's start may not be read (the boundary is where the read stopped)
  const cut = streamed.length >= limit
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

  // the release tags in the stream, and the window's start (a boundary commit) unless the limit cut it, by version
  const inWindow = sortByVersion(
    tags
      .filter(tag => !tag.prerelease && ((tag.sha === start.sha && !cut) || parents.has(tag.sha)))
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
