/**
 * The committer times of the commits each release in the metrics window shipped: `git log
 * --format=%ct from..to` per release, but read as ONE `git log` of the window (from the oldest
 * release's start to every release's tag) and split in memory by the parents, so that ten weekly
 * releases cost one process instead of ten. A range the one read can't answer exactly (a release
 * on a branch the window's start is not below) is read on its own, as before.
 */
import type { GitReader } from '../ports.js'

export type RangeGit = Pick<GitReader, 'log' | 'commitTimes'>

/** `from..to` (commits reachable from `to`, not from `from`); `from` null: all of `to`'s history. */
export interface CommitRange {
  from: string | null
  to: string
}

/** One range read the plain way. */
function alone(git: RangeGit, range: CommitRange): Promise<number[]> {
  return git.commitTimes(range.from ? `${range.from}..${range.to}` : range.to)
}

/**
 * The times of each range's commits (in the order of the ranges). The ranges come in version order,
 * so the first one's start is the window's oldest: the one log reads `tips ^start`. A range's split
 * is exact when its start is `start` itself or has `start` in its history (then whatever the log
 * left out, below `start`, is below the range's start too): otherwise it is read alone.
 */
export async function rangeCommitTimes(git: RangeGit, ranges: readonly CommitRange[]): Promise<number[][]> {
  const start = ranges[0]?.from ?? null
  if (ranges.length < 2 || start === null || ranges.some(range => range.from === null)) {
    const times: number[][] = []
    for (const range of ranges) times.push(await alone(git, range))
    return times
  }
  const order: string[] = []
  const parents = new Map<string, string[]>()
  const times = new Map<string, number>()
  const tips = [...new Set(ranges.map(range => range.to))]
  await git.log(
    start,
    commit => {
      order.push(commit.sha)
      parents.set(commit.sha, commit.parents)
      times.set(commit.sha, commit.time)
    },
    tips
  )
  const reached = new Map<string, Set<string>>()
  /** The commits of the read that `tip` reaches (itself included). */
  const reach = (tip: string): Set<string> => {
    let seen = reached.get(tip)
    if (seen) return seen
    seen = new Set<string>()
    const stack = [tip]
    while (stack.length > 0) {
      const sha = stack.pop()!
      if (seen.has(sha) || !parents.has(sha)) continue
      seen.add(sha)
      stack.push(...parents.get(sha)!)
    }
    reached.set(tip, seen)
    return seen
  }
  /** Whether `start` is in `sha`'s history: a commit of the read that `sha` reaches has it as a parent. */
  const above = (sha: string): boolean => [...reach(sha)].some(each => parents.get(each)!.includes(start))
  const result: number[][] = []
  for (const range of ranges) {
    const from = range.from!
    const exact = parents.has(range.to) && (from === start || (parents.has(from) && above(from)))
    if (!exact) {
      result.push(await alone(git, range))
      continue
    }
    const mine = reach(range.to)
    const below = from === start ? new Set<string>() : reach(from)
    result.push(order.filter(sha => mine.has(sha) && !below.has(sha)).map(sha => times.get(sha)!))
  }
  return result
}
