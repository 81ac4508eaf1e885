/**
 * The one table of commit types: what each type bumps, where the notes list it, the words that mean
 * it, and what the preview's lint suggests. Every decision about a type reads this table (bump.ts,
 * notes.ts, changes.ts, the preview's lint, the default `notes_sections`); adding a notes section
 * or a type is one row here. Modelled on release-please's changelog sections (type, section, hidden).
 *
 * Besides the conventional types the table holds the notes' pseudo-types: `deps` (a dependency
 * update that ships), `deps-dev` (a development dependency update) and `other` (a plain message).
 */
import type { Bump } from '../types.js'
import type { EntryStyle } from '../notes/changelog-format.js'

/** Where the notes list a kind of change. */
export type NotesPlace =
  /** With the breaking changes, under the highlights title. */
  | 'highlights'
  /**
   * A section below the highlights: sections follow `order` (rows of one section share title and
   * order). `hidden`: only in the complete notes of a release made by hand, not by default.
   */
  | { title: string; order: number; hidden?: true }

export interface CommitTypeRow {
  /** The type as written, lower case. */
  type: string
  /** A conventional type (a header with it is a conventional commit); false for pseudo-types. */
  conventional: boolean
  /** Can be written as a header's type (the lint allows it when its section is shown); false for `other`, `deps-dev`. */
  written: boolean
  /** What it bumps on its own (a breaking change is major whatever its type). */
  bump: Bump
  /** The word the bump's reason uses for it (`feature`); the type by default. */
  reason?: string
  notes: NotesPlace
  /** Other types read as this one (`feature` is a feat). */
  synonyms?: readonly string[]
  /** Lint advice: types people write that mean this one (`bugfix`: suggest `fix:`). */
  aliases?: readonly string[]
  /** Lint advice: first words of a plain message that say it is this type (`Fix crash`: suggest `fix: crash`). */
  words?: readonly string[]
}

const HIGHLIGHTS = 'highlights'
const PERF = { title: '📊 Performance Improvements', order: 1 }
const TECHNICAL = { title: '🔧 Technical Changes', order: 2 }
const FIXES = { title: '🐛 Bug Fixes', order: 3 }
const DOCS = { title: '📚 Documentation Updates', order: 4 }
const REVERTS = { title: '⏪ Reverts', order: 5 }
const DEPENDENCIES = { title: '📦 Dependencies', order: 6 }
const MAINTENANCE = { title: '🏠 Maintenance', order: 7, hidden: true } as const
const OTHER = { title: '📝 Other Changes', order: 8, hidden: true } as const

/** The table. Within a section (and in reasons), types are listed in this order. */
export const COMMIT_TYPES: readonly CommitTypeRow[] = Object.freeze([
  {
    type: 'feat',
    conventional: true,
    written: true,
    bump: 'minor',
    reason: 'feature',
    notes: HIGHLIGHTS,
    synonyms: ['feature'],
    aliases: ['features'],
    words: [
      'add',
      'adds',
      'added',
      'implement',
      'implements',
      'introduce',
      'introduces',
      'support',
      'supports',
      'allow',
      'allows',
      'enable',
      'enables',
      'new',
      'create',
      'creates'
    ]
  },
  {
    type: 'fix',
    conventional: true,
    written: true,
    bump: 'patch',
    notes: FIXES,
    aliases: ['bugfix', 'hotfix', 'bug'],
    words: [
      'fix',
      'fixes',
      'fixed',
      'correct',
      'corrects',
      'resolve',
      'resolves',
      'repair',
      'prevent',
      'prevents',
      'handle',
      'handles',
      'bug'
    ]
  },
  {
    type: 'perf',
    conventional: true,
    written: true,
    bump: 'patch',
    notes: PERF,
    aliases: ['performance'],
    words: ['speed', 'faster', 'optimize', 'optimise', 'optimizes', 'perf', 'performance']
  },
  {
    type: 'refactor',
    conventional: true,
    written: true,
    bump: 'none',
    notes: TECHNICAL,
    aliases: ['refactoring'],
    words: [
      'refactor',
      'refactors',
      'rename',
      'renames',
      'move',
      'moves',
      'simplify',
      'simplifies',
      'extract',
      'clean',
      'cleanup'
    ]
  },
  {
    type: 'docs',
    conventional: true,
    written: true,
    bump: 'none',
    notes: DOCS,
    aliases: ['doc'],
    words: ['doc', 'docs', 'document', 'documents', 'readme', 'typo']
  },
  { type: 'revert', conventional: true, written: true, bump: 'patch', notes: REVERTS },
  { type: 'deps', conventional: false, written: true, bump: 'none', notes: DEPENDENCIES },
  {
    type: 'chore',
    conventional: true,
    written: true,
    bump: 'none',
    notes: MAINTENANCE,
    aliases: ['dependencies', 'deps'],
    words: ['bump', 'update', 'updates', 'upgrade', 'upgrades', 'pin']
  },
  { type: 'build', conventional: true, written: true, bump: 'none', notes: MAINTENANCE },
  { type: 'ci', conventional: true, written: true, bump: 'none', notes: MAINTENANCE },
  {
    type: 'test',
    conventional: true,
    written: true,
    bump: 'none',
    notes: MAINTENANCE,
    aliases: ['tests'],
    words: ['test', 'tests', 'testing']
  },
  { type: 'style', conventional: true, written: true, bump: 'none', notes: MAINTENANCE },
  { type: 'deps-dev', conventional: false, written: false, bump: 'none', notes: MAINTENANCE },
  { type: 'other', conventional: false, written: false, bump: 'none', notes: OTHER }
] satisfies CommitTypeRow[])

// ---------------------------------------------------------------------------------------------
// What the rest of the code reads, derived from the table once

/** A type as written (a synonym included) → its row. */
const ROW_OF = new Map<string, CommitTypeRow>()
for (const row of COMMIT_TYPES) {
  ROW_OF.set(row.type, row)
  for (const synonym of row.synonyms ?? []) ROW_OF.set(synonym, row)
}

/** The row of a type as written (lower case), synonyms included; undefined for an unknown type. */
export function typeRow(type: string | null): CommitTypeRow | undefined {
  return type === null ? undefined : ROW_OF.get(type)
}

/** Conventional types, synonyms included: a header with one of them is a conventional commit. */
export const KNOWN_TYPES: ReadonlySet<string> = new Set(
  COMMIT_TYPES.filter(row => row.conventional).flatMap(row => [row.type, ...(row.synonyms ?? [])])
)

/** Types (synonyms included) that release by themselves: what a `deps` scope turns into a shipped dependency update. */
export const RELEASING_TYPES: ReadonlySet<string> = new Set(
  COMMIT_TYPES.filter(row => row.bump !== 'none').flatMap(row => [row.type, ...(row.synonyms ?? [])])
)

/** Types (synonyms included) listed with the highlights (features). */
export const HIGHLIGHT_TYPES: ReadonlySet<string> = new Set(
  COMMIT_TYPES.filter(row => row.notes === HIGHLIGHTS).flatMap(row => [row.type, ...(row.synonyms ?? [])])
)

/** A feature: a type the highlights list (a revert of one is a revert). */
export function isFeatureType(type: string | null): boolean {
  return type !== null && HIGHLIGHT_TYPES.has(type)
}

/** Section keys of hidden sections: the same text under any of them is one entry (maintenance). */
export const MAINTENANCE_KEYS: ReadonlySet<string> = new Set(
  COMMIT_TYPES.filter(row => row.notes !== HIGHLIGHTS && row.notes.hidden).map(row => row.type)
)

/** What a type bumps on its own, and the word the reason uses; null for none. */
export function typeBump(type: string | null): { level: Exclude<Bump, 'none'>; why: string } | null {
  const row = typeRow(type)
  if (!row || row.bump === 'none') return null
  return { level: row.bump, why: row.reason ?? type! }
}

/** `feat, fix, perf, revert`: the types that release, for reasons. */
export function releasingTypesList(): string {
  return COMMIT_TYPES.filter(row => row.bump !== 'none')
    .map(row => row.type)
    .join(', ')
}

/** A section of the notes below the highlights: the changes of these types, under this title. */
export interface NotesSection {
  title: string
  /** Conventional types; `deps` for dependency updates, `other` for plain (non-conventional) messages. */
  types: string[]
  /** How its entries are written (learned from the repository's changelog); release-please's by default. */
  style?: EntryStyle
}

function sectionsOf(rows: readonly CommitTypeRow[]): NotesSection[] {
  const sections: Array<NotesSection & { order: number }> = []
  for (const row of rows) {
    if (row.notes === HIGHLIGHTS) continue
    const { title, order } = row.notes
    const section = sections.find(each => each.title === title)
    if (section) section.types.push(row.type)
    else sections.push({ title, order, types: [row.type] })
  }
  return sections.sort((a, b) => a.order - b.order).map(({ title, types }) => ({ title, types }))
}

/** The default `notes_sections`: every section the table does not hide, in order. */
export const DEFAULT_SECTIONS: readonly NotesSection[] = Object.freeze(
  sectionsOf(COMMIT_TYPES.filter(row => row.notes === HIGHLIGHTS || !row.notes.hidden))
)

/** Every section, hidden ones included: the notes of a release made by hand list every change. */
export const COMPLETE_SECTIONS: readonly NotesSection[] = Object.freeze(sectionsOf(COMMIT_TYPES))

/** The `notes_sections` text of the defaults (`perf: 📊 Performance Improvements`, one a line). */
export function sectionsText(sections: readonly NotesSection[]): string {
  return sections.map(section => `${section.types.join(',')}: ${section.title}`).join('\n')
}

/** Types that are never written in a header (`other`, `deps-dev`): the lint does not allow them. */
export const UNWRITTEN_TYPES: ReadonlySet<string> = new Set(
  COMMIT_TYPES.filter(row => !row.written).map(row => row.type)
)

/** Lint advice: a type people write → the type it means (`bugfix` → `fix`; synonyms too: `feature` → `feat`). */
export const LINT_ALIASES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    COMMIT_TYPES.flatMap(row => [...(row.synonyms ?? []), ...(row.aliases ?? [])].map(alias => [alias, row.type]))
  )
)

/** Lint advice: the first words that say what kind of change a plain message is, in table order. */
export const LINT_GUESSES: ReadonlyArray<readonly [RegExp, string]> = Object.freeze(
  COMMIT_TYPES.filter(row => row.words && row.words.length > 0).map(
    row => [new RegExp(`^(?:${row.words!.join('|')})\\b`, 'i'), row.type] as const
  )
)
