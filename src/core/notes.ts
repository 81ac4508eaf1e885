import type { Change } from './changes.js'
import { sanitizeBlock, sanitizeInline } from './sanitize.js'

export interface NotesInput {
  version: string
  tag: string
  previousTag: string | null
  /** The rendered sections (see renderSections). */
  sections: string
  /** https://host/owner/repo, or null when unknown. */
  repoUrl: string | null
  packageName: string | null
  /** YYYY-MM-DD, for the changelog heading. */
  date: string
  /** Extra line under the title, e.g. for hotfixes. */
  banner?: string
}

interface Section {
  title: string
  types: string[]
}

export const SECTIONS: Section[] = [
  { title: '🚀 New Features', types: ['feat', 'feature'] },
  { title: '🐛 Bug Fixes', types: ['fix'] },
  { title: '⚡ Performance', types: ['perf'] },
  { title: '⏪ Reverts', types: ['revert'] },
  { title: '📚 Documentation', types: ['docs'] },
  { title: '🔧 Maintenance', types: ['refactor'] },
  { title: '🧪 Testing', types: ['test'] },
  { title: '🔄 CI/CD', types: ['ci'] },
  { title: '📦 Build System', types: ['build'] },
  { title: '💄 Styling', types: ['style'] },
  { title: '🏠 Chores', types: ['chore'] }
]
const OTHER_TITLE = '📝 Other Changes'

function linkReferences(text: string, repoUrl: string | null): string {
  if (!repoUrl || !text.includes('#')) return text
  return text.replace(/(?<![\w/[])#(\d+)\b(?!\])/g, (_all, number: string) => `[#${number}](${repoUrl}/issues/${number})`)
}

const KNOWN = new Set(SECTIONS.flatMap(section => section.types))
const SECTION_OF = new Map(SECTIONS.flatMap((section, index) => section.types.map(type => [type, index] as const)))

function entry(change: Change, repoUrl: string | null, text: string, marker = ''): string {
  const scope = change.scope ? `**${sanitizeInline(change.scope)}:** ` : ''
  const short = change.sha.slice(0, 7)
  const sha = repoUrl ? `([${short}](${repoUrl}/commit/${change.sha}))` : `(${short})`
  return `- ${marker}${scope}${linkReferences(sanitizeInline(text), repoUrl)} ${sha}`
}

/** The notes line of a change (its subject, or the whole header when it is not conventional). */
export function entryLine(change: Change, repoUrl: string | null): string {
  return entry(change, repoUrl, change.type !== null && KNOWN.has(change.type) ? change.subject : change.header)
}

function indent(text: string): string {
  return text.split('\n').map(line => (line ? `  ${line}` : line)).join('\n')
}

/** GitHub rejects a release body over 125,000 characters; release notes stay below it. */
export const RELEASE_BODY_LIMIT = 125_000

function breakingEntry(change: Change, repoUrl: string | null): string {
  const [first, ...rest] = change.breakingNotes
  const lines = [entry(change, repoUrl, first.split('\n')[0], '⚠️ **BREAKING:** ')]
  const migration = [first.split('\n').slice(1).join('\n'), ...rest].filter(text => text.trim()).join('\n\n')
  if (migration.trim()) lines.push('', indent(linkReferences(sanitizeBlock(migration.trim()), repoUrl)), '')
  return lines.join('\n')
}

/**
 * The sections of a release (highlights, then one section a type), without the title, newest
 * first. With `maxChars`, entries that do not fit are counted instead of listed (breaking changes
 * are always listed in full), so a huge release still makes a release body GitHub accepts.
 */
export function renderSections(changes: Change[], repoUrl: string | null, maxChars = Infinity, moreText = 'see the full changelog'): string {
  const groups: Change[][] = [...SECTIONS, { title: OTHER_TITLE, types: [] }].map(() => [])
  const breaking: Change[] = []
  const features: Change[] = []
  for (let index = changes.length - 1; index >= 0; index--) {
    const change = changes[index]
    const section = change.type === null ? undefined : SECTION_OF.get(change.type)
    groups[section ?? SECTIONS.length].push(change)
    if (change.breaking) breaking.push(change)
    else if (section === 0) features.push(change)
  }
  let budget = maxChars
  /** Adds rendered entries to `lines` while the budget lasts, then one line that counts the rest. */
  const add = (lines: string[], members: Change[], render: (change: Change) => string, always = false): void => {
    let shown = 0
    for (const change of members) {
      const line = render(change)
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
  const line = (change: Change): string => entryLine(change, repoUrl)
  const parts: string[] = []
  if (breaking.length > 0 || features.length > 0) {
    const lines = ['### ✨ Highlights', '']
    add(lines, breaking, change => breakingEntry(change, repoUrl), true)
    add(lines, features, line)
    parts.push(lines.join('\n'))
  }
  groups.forEach((members, index) => {
    if (members.length === 0) return
    const lines = [`### ${index < SECTIONS.length ? SECTIONS[index].title : OTHER_TITLE}`, '']
    add(lines, members, line)
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
  if (input.packageName) footer.push(`**Installation**: \`pip install ${input.packageName}==${input.version}\``)
  parts.push(footer.join('\n'))
  return parts.join('\n\n') + '\n'
}

/** One section of CHANGELOG.md. */
export function renderChangelogSection(input: NotesInput): string {
  const title = input.repoUrl && input.previousTag
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
export function prependChangelog(existing: string | null, section: string): string {
  if (existing === null || existing.trim() === '') return `# Changelog\n\n${section}`
  const lines = existing.split('\n')
  let offset = 0
  for (const line of lines) {
    if (/^## /.test(line) && !/^## \[?unreleased\]?/i.test(line)) {
      return existing.slice(0, offset) + section + '\n' + existing.slice(offset)
    }
    offset += line.length + 1
  }
  const separator = existing.endsWith('\n\n') ? '' : existing.endsWith('\n') ? '\n' : '\n\n'
  return existing + separator + section
}
