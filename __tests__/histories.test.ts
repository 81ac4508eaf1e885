import { missingEntries, replayTransitions } from './helpers/replay.js'
import { loadHistories } from './helpers/shared.js'

/**
 * The version decision and the notes, measured on the real releases of the shared histories.
 * Floors are today's figures: a change that lowers them fails here.
 */
describe('real histories', () => {
  const histories = loadHistories()
  const replayed = histories.flatMap(history => replayTransitions(history))

  it('has the 124 transitions of the development set', () => {
    expect(replayed.length).toBe(124)
  })

  it('computes the released version for at least 121 of 124 real releases', () => {
    const misses = replayed.filter(r => r.got !== r.transition.next).map(r => `${r.transition.repo} ${r.transition.prev}→${r.transition.next} (${r.transition.bump}) got ${r.got}`)
    // Known: nodejs-paginator v0.1.0→v0.1.1 was a manual release of chores only;
    // release-notes-generator v5.0.0→v5.0.1 shipped a feat commit as a patch;
    // release-notes-generator v11.0.5→v11.0.6 released six chore commits and their six reverts,
    // which our rule cancels pairwise (a revert of a commit in the same range cancels it).
    expect(misses).toEqual([
      'googleapis/nodejs-paginator v0.1.0→v0.1.1 (patch) got none',
      'semantic-release/release-notes-generator v5.0.0→v5.0.1 (patch) got v5.1.0',
      'semantic-release/release-notes-generator v11.0.5→v11.0.6 (patch) got none'
    ])
    expect(replayed.length - misses.length).toBeGreaterThanOrEqual(121)
  })

  it('lists every entry the project\'s own changelog listed (recall)', () => {
    // the notes a maintainer gets for that release (with the bump made explicit where our decision differs)
    const withChangelog = histories.flatMap(history => replayTransitions(history, { explicitBump: true })).filter(r => r.transition.changelog)
    expect(withChangelog.length).toBeGreaterThan(0)
    let total = 0
    const missing: string[] = []
    for (const r of withChangelog) {
      const lines = r.transition.changelog!.split('\n').filter(line => /^\s*[-*]\s+\S/.test(line))
      total += lines.length
      for (const entry of missingEntries(r.transition.changelog!, r.plan.notes)) missing.push(`${r.transition.next}: ${entry}`)
    }
    expect(total).toBeGreaterThan(50)
    expect(missing).toEqual([])
  })
})
