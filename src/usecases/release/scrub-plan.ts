/**
 * The texts of a release that come from commit messages (the notes, the changelog section, the
 * reason), with the run's secrets and token-shaped text taken out where they are made: every path
 * that carries them (the local commit, the Git Data API, the tag, the GitHub release, the notes
 * file, the outputs) inherits the scrubbed text.
 */
import { scrubTokens, type Scrub } from '../../core/text/secrets.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'

/** The plan's commit-made texts scrubbed; `scrub` absent: token-shaped text only. */
export function scrubReleaseTexts(plan: ReleasePlan, scrub: Scrub = scrubTokens): ReleasePlan {
  return {
    ...plan,
    reason: scrub(plan.reason),
    notes: scrub(plan.notes),
    changelogSection: scrub(plan.changelogSection)
  }
}
