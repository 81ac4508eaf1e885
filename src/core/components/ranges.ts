import { analyzeCommit, type AnalyzedCommit } from '../commits/changes.js'
import { ConfigurationError } from '../errors.js'
import type { RawCommit } from '../types.js'
import { attributor } from './attribution.js'
import type { Component } from './types.js'

const ALL = (): boolean => true

/**
 * Which components' ranges (their previous tag..HEAD) hold a commit, for commits streamed in
 * topological order (children first): each commit carries the set of previous tags it is
 * reachable from, as bits handed down to its parents, so one walk over the union of the ranges
 * answers for every component (no process per component, no walk per tag).
 */
export class RangeTracker {
  private readonly tagIndex = new Map<string, number>()
  private readonly componentTag: number[]
  private readonly words: number
  private readonly pending = new Map<string, Uint32Array>()

  /** @param previous per component, the sha of its previous release tag (null: no release yet, every commit counts) */
  constructor(previous: ReadonlyArray<string | null>) {
    this.componentTag = previous.map(sha => {
      if (sha === null) return -1
      let index = this.tagIndex.get(sha)
      if (index === undefined) this.tagIndex.set(sha, (index = this.tagIndex.size))
      return index
    })
    this.words = Math.max(1, Math.ceil(this.tagIndex.size / 32))
  }

  /** The commit's reachability; then `inRange(component)` says whether it is in that component's range. */
  visit(commit: RawCommit): (component: number) => boolean {
    // no previous tag reaches it (the usual case: the tags are at or below where the log stops)
    if (this.pending.size === 0 && !this.tagIndex.has(commit.sha)) return ALL
    let bits = this.pending.get(commit.sha)
    this.pending.delete(commit.sha)
    const own = this.tagIndex.get(commit.sha)
    if (own !== undefined) {
      bits = bits ?? new Uint32Array(this.words)
      bits[own >> 5] |= 1 << (own & 31)
    }
    if (bits) {
      for (const parent of commit.parents) {
        const theirs = this.pending.get(parent)
        if (!theirs) this.pending.set(parent, bits.slice())
        else for (let i = 0; i < this.words; i++) theirs[i] |= bits[i]
      }
    }
    const reached = bits
    return component => {
      const tag = this.componentTag[component]
      return tag < 0 || !reached || (reached[tag >> 5] & (1 << (tag & 31))) === 0
    }
  }
}

/** The commits of each component's range that touch it, newest first, and the files that decided. */
export interface Attributed {
  /** Per component (same order as given), its commits. */
  commits: AnalyzedCommit[][]
  /** How many commits of the union were read. */
  read: number
}

const RELEASE_AS_NAMED = /^([A-Za-z0-9][A-Za-z0-9._-]*)@(\S+)$/

/**
 * Collects, from the stream of (commit, files), each component's commits: a commit belongs to
 * every component owning one of its files (src/core/components/attribution.ts) whose range holds
 * it. A commit without files (an empty commit) goes to the root component, when there is one. A
 * `Release-As: name@2.0.0` footer applies to the component it names (its commit counts for it);
 * a plain `Release-As: 2.0.0` to the components the commit touches.
 */
export function collector(components: Component[], previous: ReadonlyArray<string | null>) {
  const tracker = new RangeTracker(previous)
  const { owners } = attributor(components)
  const byName = new Map(components.map((c, index) => [c.name, index]))
  const root = components.findIndex(c => c.paths.includes(''))
  const result: Attributed = { commits: components.map(() => []), read: 0 }
  const add = (commit: RawCommit, files: string[]): void => {
    result.read++
    const inRange = tracker.visit(commit)
    const touched: number[] = []
    for (const file of files)
      for (const index of owners(file)) if (inRange(index) && !touched.includes(index)) touched.push(index)
    if (files.length === 0 && root >= 0 && inRange(root)) touched.push(root)
    if (touched.length === 0 && !/release-as:\s*\S+@/i.test(commit.message)) return
    const analyzed = analyzeCommit(commit)
    const named = analyzed.releaseAs ? RELEASE_AS_NAMED.exec(analyzed.releaseAs) : null
    if (named) {
      const index = byName.get(named[1])
      if (index === undefined)
        throw new ConfigurationError(
          `Commit ${analyzed.sha.slice(0, 7)} has the footer "Release-As: ${analyzed.releaseAs!.slice(0, 80)}", which names no component. Name one of: ${[...byName.keys()].join(', ')} (Release-As: name@X.Y.Z), or revert that commit.`
        )
      for (const each of touched) if (each !== index) result.commits[each].push({ ...analyzed, releaseAs: null })
      if (inRange(index)) result.commits[index].push({ ...analyzed, releaseAs: named[2] })
      return
    }
    for (const index of touched) result.commits[index].push(analyzed)
  }
  return { add, result }
}
