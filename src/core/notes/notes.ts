import type { Change } from '../commits/changes.js'
import {
  COMPLETE_SECTIONS,
  DEFAULT_SECTIONS,
  isFeatureType,
  KNOWN_TYPES,
  MAINTENANCE_KEYS,
  RELEASING_TYPES,
  typeRow,
  type NotesSection
} from '../commits/type-table.js'
import { pep440Version } from '../versioning/ecosystem-versions.js'
import { ConfigurationError } from '../errors.js'
import { renderBreaking } from './breaking.js'
import { entry, entryText, withoutPullNumber } from './entry.js'

export interface NotesInput {
  version: string
  tag: string
  previousTag: string | null
  /** The rendered sections (see renderSections). */
  sections: string
  /** https://host/owner/repo, or null when unknown. */
  repoUrl: string | null
  /** The Python distribution, for a `pip install` line (with the PEP 440 version), or null. */
  packageName: string | null
  /** Other packages the repository publishes, each with its own install line (npm, Swift Package Manager). */
  installs?: Installation[]
  /** YYYY-MM-DD, for the changelog heading. */
  date: string
  /** Extra line under the title, e.g. for hotfixes. */
  banner?: string
}

/** A package of the repository, from its metadata: `npm install name@version`, or a Swift package at its URL. */
export type Installation = { kind: 'npm'; name: string } | { kind: 'swift'; url: string }

/** The install lines of the notes: pip (PEP 440), npm, Swift Package Manager. */
export function installLines(input: Pick<NotesInput, 'packageName' | 'installs' | 'version'>): string[] {
  const lines: string[] = []
  if (input.packageName) {
    const version = pep440Version(input.version) ?? input.version
    lines.push(`**Installation**: \`pip install ${input.packageName}==${version}\``)
  }
  for (const install of input.installs ?? []) {
    if (install.kind === 'npm') lines.push(`**Installation**: \`npm install ${install.name}@${input.version}\``)
    else
      lines.push(
        `**Installation** (Swift Package Manager): \`.package(url: "${install.url}", exact: "${input.version}")\``
      )
  }
  return lines
}

/**
 * The sections below the highlights come from the table of commit types (commits/type-table.ts): by
 * default perf, refactor, fix, docs, revert and dependency updates; a release made by hand lists
 * every change (maintenance and plain messages too). The `notes_sections` input replaces them.
 */
export { COMPLETE_SECTIONS, DEFAULT_SECTIONS, type NotesSection }

const HIGHLIGHTS_TITLE = '✨ Highlights'
/** More dependency updates than this are folded into a `<details>` block. */
const DEPENDENCIES_FOLDED_OVER = 5
/** A subject that changes what users must install: a requirement, a range, a widened pin. */
const RUNTIME_REQUIREMENT =
  /\b(?:requires?|required|widen|widens|relax|relaxes|allow|allows|loosen|loosens)\b|>=|<=|[<>]\s*\d|~=|\bpeer\b|\bengines?\b/i
const DEPENDENCY_SUBJECT = /^(?:update|bump|upgrade|pin|require)\b.*\b(?:dependenc|to v?\d|from v?\d|to version|>=|<)/i

/**
 * The section key of a change: its type; `deps` for a dependency update that ships (a releasing
 * type with the `deps` scope, or a `package` scope update), `revert` for any revert, `other`
 * for a plain message.
 */
export function sectionKey(change: Change): string {
  if (change.isRevert) return 'revert'
  const type = change.type
  // a type written in headers that is not conventional (`deps`) is its own key
  if (type === null || !KNOWN_TYPES.has(type)) return typeRow(type)?.written ? type! : 'other'
  const scope = change.scope?.toLowerCase() ?? null
  const dependency = scope === 'deps' || (scope === 'package' && DEPENDENCY_SUBJECT.test(change.subject))
  if (dependency && RELEASING_TYPES.has(type) && !isFeatureType(type)) return 'deps'
  // a build(deps) that widens or raises a runtime requirement (`require x >= 2`, `allow protobuf 4`) ships
  if (dependency && type === 'build' && RUNTIME_REQUIREMENT.test(change.subject)) return 'deps'
  // development dependencies (dependency bots' chore(deps), build(deps)): hidden unless configured
  if (dependency && !RELEASING_TYPES.has(type)) return 'deps-dev'
  return type
}

/**
 * Kinds whose same text is one entry: the same fix twice merges, a fix and a feat don't; the same
 * text under any hidden (maintenance) section does.
 */
function groupKind(change: Change): string {
  if (isFeatureType(change.type) && !change.isRevert) return 'feat'
  const key = sectionKey(change)
  return MAINTENANCE_KEYS.has(key) ? 'maintenance' : key
}

/**
 * Parses the `notes_sections` input: one section a line, `type[,type…]: Title`
 * (`fix: 🐛 Bug Fixes`, `chore,build: 🏠 Maintenance`, `other: 📝 Other Changes`).
 */
export function parseNotesSections(text: string): NotesSection[] {
  const sections: NotesSection[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    const match = /^([\w-]+(?:\s*,\s*[\w-]+)*)\s*:\s*(\S.*)$/.exec(line)
    if (!match) {
      throw new ConfigurationError(
        `notes_sections: "${line.slice(0, 80)}" is not "type[,type…]: Title". Write one section a line, for example "fix: 🐛 Bug Fixes".`
      )
    }
    sections.push({ title: match[2].trim(), types: match[1].split(',').map(type => type.trim().toLowerCase()) })
  }
  return sections
}

/** The notes line of a change (its subject, or the whole header when it is not conventional). */
export function entryLine(change: Change, repoUrl: string | null): string {
  return entry([change], repoUrl, entryText(change))
}

/** GitHub rejects a release body over 125,000 characters; release notes stay below it. */
export const RELEASE_BODY_LIMIT = 125_000

/** Changes with the same scope and text (the same fix landed twice, a cherry-pick) are one entry. */
function grouped(changes: Change[]): Change[][] {
  const groups = new Map<string, Change[]>()
  for (const change of changes) {
    const key = `${groupKind(change)}\u0000${change.scope?.toLowerCase() ?? ''}\u0000${withoutPullNumber(entryText(change)).toLowerCase()}`
    const group = groups.get(key)
    if (group) group.push(change)
    else groups.set(key, [change])
  }
  return [...groups.values()]
}

/**
 * The sections of a release (highlights, then the configured sections), without the title,
 * newest first. Each change appears once: breaking changes and features only in the highlights.
 * With `maxChars`, entries that do not fit are counted instead of listed (breaking changes are
 * always listed in full), so a huge release still makes a release body GitHub accepts.
 */
export function renderSections(
  changes: Change[],
  repoUrl: string | null,
  maxChars = Infinity,
  moreText = 'see the full changelog',
  sections: readonly NotesSection[] = DEFAULT_SECTIONS
): string {
  const sectionOf = new Map<string, number>()
  sections.forEach((section, index) => section.types.forEach(type => sectionOf.has(type) || sectionOf.set(type, index)))
  const groups: Change[][][] = sections.map(() => [])
  const breaking: Change[] = []
  const features: Change[][] = []
  const newestFirst: Change[] = []
  for (let index = changes.length - 1; index >= 0; index--) {
    if (changes[index].breaking) breaking.push(changes[index])
    else newestFirst.push(changes[index])
  }
  const isFeature = (change: Change): boolean => isFeatureType(change.type) && !change.isRevert
  const visible = newestFirst.filter(change => isFeature(change) || sectionOf.has(sectionKey(change)))
  // the same text twice (a fix landed twice, a cherry-pick) is one entry, where its newest copy goes
  for (const group of grouped(visible)) {
    if (isFeature(group[0])) features.push(group)
    else groups[sectionOf.get(sectionKey(group[0]))!].push(group)
  }
  let budget = maxChars
  /** Adds rendered entries to `lines` while the budget lasts, then one line that counts the rest. */
  const add = (lines: string[], members: Change[][], render: (group: Change[]) => string, always = false): void => {
    let shown = 0
    for (const group of members) {
      const line = render(group)
      if (!always && budget - line.length < 200) break
      budget -= line.length + 1
      lines.push(line)
      shown++
    }
    if (shown < members.length) {
      const more = `- _…and ${(members.length - shown).toLocaleString('en-US')} more: ${moreText}._`
      budget -= more.length + 1
      lines.push(more)
    }
  }
  // the highlights follow the style the sections learned from the changelog
  const learnedStyle = sections.find(section => section.style)?.style
  const line = (group: Change[], style = learnedStyle): string => entry(group, repoUrl, entryText(group[0]), '', style)
  const parts: string[] = []
  if (breaking.length > 0 || features.length > 0) {
    const lines = [`### ${HIGHLIGHTS_TITLE}`, '']
    // every breaking change is listed, its text once however many commits carry it
    for (const block of renderBreaking(breaking, repoUrl, learnedStyle)) {
      budget -= block.length + 1
      lines.push(block)
    }
    add(lines, features, line)
    parts.push(lines.join('\n'))
  }
  groups.forEach((members, index) => {
    if (members.length === 0) return
    const entries = members
    const lines = [`### ${sections[index].title}`, '']
    const fold = sections[index].types.includes('deps') && entries.length > DEPENDENCIES_FOLDED_OVER
    if (fold) lines.push(`<details><summary>${entries.length} dependency updates</summary>`, '')
    add(lines, entries, group => line(group, sections[index].style))
    if (fold) lines.push('', '</details>')
    parts.push(lines.join('\n'))
  })
  return parts.join('\n\n')
}

function compareLine(input: NotesInput): string {
  const { repoUrl, previousTag, tag } = input
  if (repoUrl) {
    return previousTag
      ? `**Full Changelog**: ${repoUrl}/compare/${previousTag}...${tag}`
      : `**Full Changelog**: ${repoUrl}/commits/${tag}`
  }
  return `**Full Changelog**: ${previousTag ? `${previousTag}...${tag}` : tag}`
}

/** release-notes.md: the reference design's template. */
export function renderReleaseNotes(input: NotesInput): string {
  const parts = [`## What's Changed in ${input.tag}`]
  if (input.banner) parts.push(input.banner)
  parts.push(input.sections || '_No notable changes._')
  const footer = [compareLine(input)]
  footer.push(...installLines(input))
  // separate paragraphs: a standard renderer joins consecutive lines into one
  parts.push(footer.join('\n\n'))
  return parts.join('\n\n') + '\n'
}

/** One section of CHANGELOG.md. */
export function renderChangelogSection(input: NotesInput): string {
  const title =
    input.repoUrl && input.previousTag
      ? `## [${input.version}](${input.repoUrl}/compare/${input.previousTag}...${input.tag}) (${input.date})`
      : `## ${input.version} (${input.date})`
  const parts = [title]
  if (input.banner) parts.push(input.banner)
  parts.push(input.sections || '_No notable changes._')
  return parts.join('\n\n') + '\n'
}

/**
 * Puts a section at the top of an existing changelog (after its title, before the first
 * release section) so that everything that was there stays byte-identical.
 */
export function prependChangelog(existing: string | null, section: string, eol: '\n' | '\r\n' = '\n'): string {
  if (existing === null || existing.trim() === '') return `# Changelog${eol}${eol}${section}`
  const lines = existing.split('\n')
  let offset = 0
  for (const line of lines) {
    if (/^## /.test(line) && !/^## \[?unreleased\]?/i.test(line)) {
      return existing.slice(0, offset) + section + eol + existing.slice(offset)
    }
    offset += line.length + 1
  }
  const separator = existing.endsWith(eol + eol) ? '' : existing.endsWith(eol) ? eol : eol + eol
  return existing + separator + section
}
