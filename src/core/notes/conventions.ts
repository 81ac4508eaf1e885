/**
 * The repository's own notes convention, learned from the recent sections of its CHANGELOG.md: which
 * kinds of change it publishes and under which titles, and how an entry looks. A title is mapped to
 * section keys (commit types, `deps`, `deps-dev`, `other`) by matching its entries to the commits of
 * that release when they are given, else by the entry's own `type:` prefix, else by the title's words.
 * A mapping is learned only with evidence from at least EVIDENCE_SECTIONS release sections.
 */
import { analyzeCommit, type Change } from '../commits/changes.js'
import { COMPLETE_SECTIONS, DEFAULT_SECTIONS, isFeatureType, type NotesSection } from '../commits/type-table.js'
import { sectionKey } from './notes.js'
import {
  DEFAULT_ENTRY_STYLE,
  entryShas,
  entryStyleOf,
  entryWords,
  formatOf,
  parseChangelog,
  scopeMark,
  titleKey,
  titleKeys,
  type ChangelogRelease,
  type EntryStyle
} from './changelog-format.js'
import { sanitizeInline } from '../text/sanitize.js'
import { followTool, toolOf, type FollowedTool } from './tool-defaults.js'

export { parseChangelog, type ChangelogRelease }

/** A title ↔ kind mapping needs this many release sections showing it. */
export const EVIDENCE_SECTIONS = 2
/** Publishing a kind the default sections hide (chores, CI, build…) needs this many sections listing it. */
export const EVIDENCE_TO_PUBLISH = 3
const SHOWN_BY_DEFAULT: ReadonlySet<string> = new Set(DEFAULT_SECTIONS.flatMap(section => section.types))
/** How many of the newest release sections are read. */
export const RECENT_SECTIONS = 10

export interface LearnedSection extends NotesSection {
  /** For each type: in how many release sections it was seen under this title. */
  evidence: Record<string, number>
  /** How the types were found: matched to commits, read from the entries' `type:` prefixes, or from the title's words. */
  by: 'commits' | 'entries' | 'title'
}

export interface NotesConventions {
  /** The sections the notes follow: the learned ones, the tool's (below), then the defaults' kinds the changelog never showed. */
  sections: NotesSection[]
  /** The sections of a release made by hand: the same, then every other kind the changelog does not leave out. */
  handMade: NotesSection[]
  learned: LearnedSection[]
  /** Kinds the changelog leaves out although their commits were there (in ≥ EVIDENCE_SECTIONS releases). */
  hidden: string[]
  /** The release sections read (versions, newest first). */
  from: string[]
  /** How the entries are written (scope, commit links): the notes write theirs the same way. */
  style: EntryStyle
  /**
   * Every section read was written by this tool's default template: the kinds they have not shown
   * often enough to learn follow its default sections (published under its titles, or left out).
   */
  tool: FollowedTool | null
}

/** Lower case letters and digits of an entry's words (scope, type, links and references dropped): for matching it to a commit. */
function plain(text: string): string {
  return entryWords(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
}

/** The section key of one entry: from the commit it names or describes, else its own `type:` prefix; null if neither says. */
function entryKey(entry: string, changes: readonly Change[] | null): { key: string; by: 'commits' | 'entries' } | null {
  if (changes && changes.length > 0) {
    const text = plain(entry)
    for (const sha of entryShas(entry)) {
      // a commit with changes in its body has several: the one the entry's words are, else its header's
      const ofCommit = changes.filter(each => each.sha.startsWith(sha))
      const change =
        ofCommit.find(each => text.length > 0 && (plain(each.subject) === text || plain(each.header) === text)) ??
        ofCommit.find(each => each.nested === 0)
      if (change) return { key: keyOf(change), by: 'commits' }
    }
    if (text.length >= 8) {
      const change = changes.find(each => plain(each.subject) === text || plain(each.header) === text)
      if (change) return { key: keyOf(change), by: 'commits' }
    }
  }
  const prefixed = /^(?:\*\*[^*]{1,80}\*\*:?\s*)?([A-Za-z]+)(?:\(([^)]*)\))?!?:\s+\S/.exec(entry)
  if (!prefixed) return null
  const change = analyzeCommit({
    sha: '',
    parents: [],
    time: 0,
    author: '',
    message: entry.replace(/^\*\*[^*]{1,80}\*\*:?\s*/, '').replace(/^(\w+)s\(/, '$1(')
  }).changes[0]
  return change.type === null ? null : { key: keyOf(change), by: 'entries' }
}

/**
 * Publishing a kind the defaults hide also needs a title that says it: its own (`Build System`,
 * `Continuous Integration`) or maintenance at large (`Chores`, `⚙️ Miscellaneous Tasks`). A catch-all
 * such as `Internal / Testing Changes`, where a tool listed every commit, publishes only what it names.
 */
function namesKind(title: string, key: string): boolean {
  // a flat changelog has no titles: its entries' types say what it lists
  if (title === '') return true
  const named = titleKeys(title)
  if (named.includes(key)) return true
  // development dependencies are chores or build changes (`chore(deps)`, `build(deps)`)
  if (key === 'deps-dev' && named.some(each => each === 'build' || each === 'ci')) return true
  return named.includes('chore') && MAINTENANCE_KINDS.has(key)
}
const MAINTENANCE_KINDS: ReadonlySet<string> = new Set(['chore', 'build', 'ci', 'test', 'style', 'deps-dev'])

/** The title a kind listed in a flat changelog is published under: its section of the complete sections. */
function flatTitle(key: string): string {
  return COMPLETE_SECTIONS.find(section => section.types.includes(key))?.title ?? key
}

function keyOf(change: Change): string {
  if (change.breaking) return 'breaking'
  return isFeatureType(change.type) && !change.isRevert ? 'feat' : sectionKey(change)
}

/**
 * Learns the repository's notes convention from its changelog; null when there is none, or nothing
 * was learned with enough evidence (a new repository gets the default sections).
 * `changesOf(version)` gives the changes of that release when known (newest first), else null.
 */
export function learnConventions(
  changelog: string | null,
  changesOf: (version: string) => readonly Change[] | null = () => null
): NotesConventions | null {
  if (!changelog || !changelog.trim()) return null
  const written = parseChangelog(changelog).filter(release => release.groups.some(group => group.entries.length > 0))
  // the current convention: the newest sections written the way the newest one is (a new tool, a new era)
  const era = written.length > 0 ? formatOf(written[0]) : ''
  const end = written.findIndex(release => formatOf(release) !== era)
  const releases = written.slice(0, end === -1 ? RECENT_SECTIONS : Math.min(end, RECENT_SECTIONS))
  // sections all written by one tool's default template: one is evidence enough of its defaults
  const writer = toolOf(releases)
  if (releases.length < EVIDENCE_SECTIONS && !writer) return null
  /**
   * For each kind, what each release (newest first) says of it: listed under a title, or left out
   * although its commits were there (null). Kinds without commits in a release say nothing there.
   */
  const said = new Map<string, Array<{ title: string; by: LearnedSection['by'] } | null>>()
  const titleOrder = new Map<string, number>()
  const entries: string[] = []
  for (const release of releases) {
    const changes = changesOf(release.version)
    /** For each kind, the groups listing it and how many of its entries each holds. */
    const listed = new Map<string, Array<{ title: string; by: LearnedSection['by']; count: number }>>()
    const list = (key: string, title: string, by: LearnedSection['by']): void => {
      const groups = listed.get(key) ?? []
      const group = groups.find(each => each.title === title)
      if (group) group.count++
      else groups.push({ title, by, count: 1 })
      listed.set(key, groups)
    }
    let unknown = 0
    for (const group of release.groups) {
      const titled = titleKey(group.title)
      if (titled === 'breaking') continue
      if (!titleOrder.has(group.title.toLowerCase())) titleOrder.set(group.title.toLowerCase(), titleOrder.size)
      let known = 0
      for (const entry of group.entries) {
        entries.push(entry)
        const found = entryKey(entry, changes)
        if (!found) continue
        known++
        list(found.key, group.title, found.by)
      }
      if (known === 0 && titled && group.entries.length > 0 && !listed.has(titled)) list(titled, group.title, 'title')
      else unknown += group.entries.length - known
    }
    // a kind's home in this release: the group holding most of its entries (a stray one elsewhere does not move it)
    const here = new Map(
      [...listed].map(([key, groups]) => [key, groups.reduce((best, each) => (each.count > best.count ? each : best))])
    )
    // a kind left out is only seen where the section's entries were recognised: a reworded entry may be it
    const testifies = unknown * 10 <= release.groups.reduce((sum, group) => sum + group.entries.length, 0)
    const present = new Set((changes ?? []).map(keyOf))
    for (const key of new Set([...here.keys(), ...(testifies ? present : [])])) {
      if (!said.has(key)) said.set(key, [])
      const home = here.get(key)
      said.get(key)!.push(home ? { title: home.title, by: home.by } : null)
    }
  }
  // a kind follows its newest EVIDENCE_SECTIONS releases when they agree: listed under one title, or left out
  const homes = new Map<string, { title: string; by: LearnedSection['by'] }>()
  const hidden: string[] = []
  for (const [key, says] of said) {
    // features and breaking changes are the highlights; plain messages follow the manual-era rules (reworded by hand)
    if (key === 'feat' || key === 'breaking' || key === 'other' || says.length < EVIDENCE_SECTIONS) continue
    const newest = says.slice(0, EVIDENCE_SECTIONS)
    if (newest.every(say => say === null)) hidden.push(key)
    else {
      // publishing a kind the defaults hide takes more evidence: a tool's change of era costs less
      const shown = SHOWN_BY_DEFAULT.has(key)
      const needed = shown ? EVIDENCE_SECTIONS : EVIDENCE_TO_PUBLISH
      const agree = says.slice(0, needed)
      if (
        agree.length === needed &&
        agree.every(say => say !== null && say.title.toLowerCase() === agree[0]!.title.toLowerCase()) &&
        (shown || namesKind(agree[0]!.title, key))
      )
        homes.set(key, agree[0]!)
    }
  }
  const tool = writer ? followTool(writer, new Set([...homes.keys(), ...hidden]), key => said.get(key)?.[0]) : null
  const titles = new Map<string, LearnedSection>()
  const order = new Map<string, number>()
  for (const [key, home] of homes) {
    // a flat changelog's kinds (no title) go under the titles of the complete sections
    const title = home.title || flatTitle(key)
    const name = title.toLowerCase()
    let section = titles.get(name)
    if (!section) titles.set(name, (section = { title, types: [], evidence: {}, by: home.by }))
    if (!order.has(name)) order.set(name, titleOrder.get(home.title.toLowerCase()) ?? titleOrder.size)
    section.types.push(key)
    section.evidence[key] = said.get(key)!.filter(say => say?.title.toLowerCase() === home.title.toLowerCase()).length
    if (home.by === 'commits' || (home.by === 'entries' && section.by === 'title')) section.by = home.by
  }
  const learned = [...titles.entries()]
    .sort((a, b) => order.get(a[0])! - order.get(b[0])!)
    .map(([, section]) => section)
  const style = entryStyleOf(entries)
  const restyled =
    style.scope !== DEFAULT_ENTRY_STYLE.scope ||
    style.commitLinks !== DEFAULT_ENTRY_STYLE.commitLinks ||
    style.typePrefix === true
  if (learned.length === 0 && hidden.length === 0 && !restyled && !tool) return null
  const taken = new Set([...homes.keys(), ...hidden, ...(tool?.sections.flatMap(section => section.types) ?? [])])
  for (const key of tool?.hidden ?? []) taken.add(key)
  // the learned sections, the tool's kinds joining a learned section of the same title
  const followed: NotesSection[] = learned.map(({ title, types }) => ({ title, types: [...types] }))
  for (const section of tool?.sections ?? []) {
    const same = followed.find(each => each.title.toLowerCase() === section.title.toLowerCase())
    if (same) same.types.push(...section.types)
    else followed.push({ title: section.title, types: [...section.types] })
  }
  // then the kinds nothing decided, as the defaults have them; each section writes its entries the way the changelog does
  const withRest = (defaults: readonly NotesSection[]): NotesSection[] =>
    [
      ...followed,
      ...defaults
        .map(section => ({ title: section.title, types: section.types.filter(type => !taken.has(type)) }))
        .filter(section => section.types.length > 0)
    ].map(section => (restyled ? { ...section, style } : { ...section }))
  return {
    sections: withRest(DEFAULT_SECTIONS),
    handMade: withRest(COMPLETE_SECTIONS),
    learned,
    hidden,
    from: releases.map(release => release.version),
    style,
    tool
  }
}

/** One line for the summary: what was learned and from which sections. */
export function describeConventions(conventions: NotesConventions | null, file: string): string[] {
  if (!conventions) return []
  const { learned, from } = conventions
  // the versions are the headings' text: shown literally
  const range =
    from.length > 1
      ? `${sanitizeInline(from[from.length - 1]!)} to ${sanitizeInline(from[0]!)}`
      : sanitizeInline(from[0]!)
  const lines = [
    `Notes sections follow ${file} (learned from its ${from.length} newest release sections, ${range}; a kind of change needs the same title in the newest ${EVIDENCE_SECTIONS} that have it, ${EVIDENCE_TO_PUBLISH} for kinds the default sections hide):`,
    ''
  ]
  for (const section of learned)
    lines.push(
      `- ${section.title}: ${section.types.map(type => `\`${type}\` (${section.evidence[type]} sections)`).join(', ')}, by ${section.by === 'commits' ? 'matching commits' : section.by === 'entries' ? 'the entries’ types' : 'the title'}`
    )
  if (conventions.tool) {
    const { name, sections, hidden } = conventions.tool
    const listed = sections.map(
      section => `${section.types.map(type => `\`${type}\``).join(', ')} under ${section.title}`
    )
    lines.push(
      `- every section read is ${name}'s default layout: the kinds they have not shown often enough follow its default sections${listed.length > 0 ? ` (${listed.join('; ')})` : ''}${hidden.length > 0 ? `, leaving out ${hidden.map(type => `\`${type}\``).join(', ')}` : ''}`
    )
  }
  if (conventions.hidden.length > 0)
    lines.push(`- not published: ${conventions.hidden.map(type => `\`${type}\``).join(', ')}`)
  const { scope, commitLinks, typePrefix } = conventions.style
  lines.push(
    `- entries written as in ${file}: ${typePrefix ? 'with their type, as `type(scope): text`' : `scope as \`${scopeMark('scope', scope).trim()}\``}, ${commitLinks ? 'commits linked' : 'no commit links'}`
  )
  return lines
}
