import { entryDescription, normalizeEntry, replayTransitions, type Replayed } from './replay.js'
import type { History } from './shared.js'

/** Sections of our notes that precision leaves out (the definition). */
const NOT_COUNTED = /highlights|documentation|technical changes/i

export interface NotesEntry {
  section: string
  description: string
}

/** The entries of rendered notes: `- ` lines under `### ` headings (migration texts are indented). */
export function notesEntries(notes: string): NotesEntry[] {
  const entries: NotesEntry[] = []
  let section = ''
  for (const line of notes.split('\n')) {
    const heading = /^#{3,4} (.*)$/.exec(line)
    if (heading) section = heading[1]
    else if (/^- (?!_…and)/.test(line)) entries.push({ section, description: entryDescription(line) })
    else if (/^\s*- \[?[^\]]*\]?.*\(\[?[0-9a-f]{7}/.test(line) && line.startsWith('  - ')) {
      entries.push({ section, description: entryDescription(line.trim()) })
    }
  }
  return entries
}

export interface RepoFigures {
  repo: string
  releases: number
  replayable: number
  agreed: number
  /** Agreement when release commits naming a version are not read (the commits alone decide). */
  agreedByCommits: number
  misses: string[]
  /** The same two agreements with the convention inference off (the standard rules). */
  agreedStandard: number
  agreedByCommitsStandard: number
  /** Releases the inferred convention got wrong where the standard rules were right, and the reverse. */
  worse: string[]
  better: string[]
  withChangelog: number
  theirs: number
  found: number
  counted: number
  published: number
  duplicates: string[]
  missing: string[]
  unpublished: string[]
  /** Breaking changes in the releases, and those whose subject the notes list (issue 19). */
  breaking: number
  breakingKept: number
  breakingLost: string[]
}

/** `learn`: the notes follow what the earlier releases' changelog sections publish (src/core/notes/conventions.ts). */
export function measureHistory(history: History, options: { learn?: boolean; notesOnly?: boolean } = {}): RepoFigures {
  // notesOnly: the version figures stay 0 (they don't depend on the notes)
  const versions = (replay: Parameters<typeof replayTransitions>[1]): Replayed[] =>
    options.notesOnly ? [] : replayTransitions(history, replay)
  const replayed = versions({})
  const explicit = replayTransitions(history, { explicitBump: true, learn: options.learn ?? false })
  const byCommits = versions({ ignoreReleaseCommits: true })
  const standard = versions({ inferConvention: false })
  const byCommitsStandard = versions({ ignoreReleaseCommits: true, inferConvention: false })
  const agreed = (list: Replayed[]): number => list.filter(r => r.got === r.transition.next).length
  const figures: RepoFigures = {
    repo: history.repo,
    releases: history.transitions.length,
    replayable: replayed.length,
    agreed: 0,
    agreedByCommits: agreed(byCommits),
    misses: [],
    agreedStandard: agreed(standard),
    agreedByCommitsStandard: agreed(byCommitsStandard),
    worse: [],
    better: [],
    withChangelog: 0,
    theirs: 0,
    found: 0,
    counted: 0,
    published: 0,
    duplicates: [],
    missing: [],
    unpublished: [],
    breaking: 0,
    breakingKept: 0,
    breakingLost: []
  }
  for (const [label, inferred, plain] of [
    ['', replayed, standard],
    ['(without release commits) ', byCommits, byCommitsStandard]
  ] as const) {
    inferred.forEach((r, index) => {
      const was = plain[index].got === r.transition.next
      const now = r.got === r.transition.next
      const line = `${label}${r.transition.prev}→${r.transition.next} (${r.transition.bump}) got ${r.got}, standard ${plain[index].got}: ${r.plan.reason}`
      if (was && !now) figures.worse.push(line)
      if (!was && now) figures.better.push(line)
    })
  }
  for (const r of replayed) {
    if (r.got === r.transition.next) figures.agreed++
    else
      figures.misses.push(
        `${r.transition.prev}→${r.transition.next} (${r.transition.bump}) got ${r.got}: ${r.plan.reason}`
      )
  }
  for (const r of explicit) {
    const notes = normalizeEntry(r.plan.notes)
    for (const change of r.plan.decision.changes.filter(each => each.breaking)) {
      figures.breaking++
      const subject = normalizeEntry(change.subject.replace(/\s*\(#\d+\)\s*$/, ''))
      if (notes.includes(subject)) figures.breakingKept++
      else figures.breakingLost.push(`${r.transition.next}: ${subject}`)
    }
  }
  explicit
    .filter(r => r.transition.changelog)
    .forEach((r: Replayed) => {
      figures.withChangelog++
      const changelog = r.transition.changelog!
      const theirs = changelog
        .split('\n')
        .filter(line => /^\s*[-*]\s+\S/.test(line))
        .map(entryDescription)
        .filter(d => d.length > 0)
      const ours = notesEntries(r.plan.notes)
      const oursText = ours.map(entry => entry.description).join('\n') + '\n' + normalizeEntry(r.plan.notes)
      figures.theirs += theirs.length
      for (const description of theirs) {
        if (oursText.includes(description)) figures.found++
        else figures.missing.push(`${r.transition.next}: ${description}`)
      }
      const theirText = normalizeEntry(changelog)
      const seen = new Set<string>()
      for (const entry of ours) {
        if (seen.has(entry.description)) figures.duplicates.push(`${r.transition.next}: ${entry.description}`)
        seen.add(entry.description)
        if (NOT_COUNTED.test(entry.section)) continue
        figures.counted++
        if (entry.description.length > 0 && theirText.includes(entry.description)) figures.published++
        else figures.unpublished.push(`${r.transition.next} [${entry.section}]: ${entry.description}`)
      }
    })
  return figures
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`
}
