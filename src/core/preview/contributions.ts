/** What each commit of a pull request contributes to the release, read from the release's own decision. */
import type { BumpDecision } from '../versioning/bump.js'
import { BUMP_ORDER, type Bump, type RawCommit } from '../types.js'
import type { MergeMethod } from './pull-request.js'
import { firstLine } from './text.js'

export interface Contribution {
  /** `squash`, `merge`, or the commit's short sha. */
  commit: string
  header: string
  bump: Bump
  why: string
}

/** The bump each commit on top contributes, read from the release's own decision (drivers, cancels, skips). */
export function contributions(method: MergeMethod, onTop: RawCommit[], decision: BumpDecision | null): Contribution[] {
  return onTop.map(commit => {
    const label = commit.parents.length > 1 ? 'merge' : method === 'squash' ? 'squash' : commit.sha.slice(0, 7)
    const header = firstLine(commit.message)
    if (commit.parents.length > 1)
      return { commit: label, header, bump: 'none' as Bump, why: 'a merge commit: its commits count on their own' }
    if (!decision) return { commit: label, header, bump: 'none' as Bump, why: 'no decision (the release would fail)' }
    const drivers = decision.drivers.filter(driver => driver.change.sha === commit.sha)
    if (drivers.length > 0) {
      const strongest = drivers.reduce((best, driver) =>
        BUMP_ORDER[driver.level] > BUMP_ORDER[best.level] ? driver : best
      )
      const whys = [...new Set(drivers.map(driver => driver.why))]
      return { commit: label, header, bump: strongest.level, why: whys.join(', ') }
    }
    if (decision.skipped.includes(commit.sha))
      return { commit: label, header, bump: 'none' as Bump, why: '[skip release]' }
    if (decision.cancelled.has(commit.sha))
      return { commit: label, header, bump: 'none' as Bump, why: 'cancelled by a revert in the range' }
    const change = decision.changes.find(each => each.sha === commit.sha)
    if (change)
      return {
        commit: label,
        header,
        bump: 'none' as Bump,
        why: change.type
          ? `${change.type}: in the notes, releases nothing by itself`
          : 'not a conventional commit: releases nothing'
      }
    return {
      commit: label,
      header,
      bump: 'none' as Bump,
      why: 'not in the release (a release commit or an empty message)'
    }
  })
}
