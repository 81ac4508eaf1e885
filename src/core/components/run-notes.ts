import type { ComponentRelease } from './types.js'

/**
 * What the run's notes (the run's notes file, beside each component's own) may take: every
 * component's notes in full when they fit, else each cut to an equal share at a line, pointing to
 * its own notes file, which has all of it. A 200-package release makes no 18 MB file that repeats
 * the components' files, nor holds that text twice in memory.
 */
export const RUN_NOTES_BUDGET = 1_000_000

/** The run's notes: a `## name version` section for each component released, in order. */
export function runNotes(released: readonly ComponentRelease[], budget = RUN_NOTES_BUDGET): string {
  const total = released.reduce((sum, r) => sum + r.notes.length, 0)
  const share = Math.floor(budget / Math.max(1, released.length))
  return released
    .map(r => {
      let notes = r.notes.trim()
      if (total > budget && notes.length > share) {
        const cut = notes.lastIndexOf('\n', share)
        const kept = notes.slice(0, cut > 0 ? cut : 0).trimEnd()
        // a cut inside a code block (a breaking change's migration guide) closes it
        const open = (kept.match(/^\s*(```|~~~)/gm) ?? []).length % 2 === 1 ? '\n```' : ''
        notes = `${kept}${open}\n\n_…cut to fit the run's notes: all of it is in ${r.notesFile}._`
      }
      return `## ${r.name} ${r.version}\n\n${notes}\n`
    })
    .join('\n')
}
