/**
 * Reading the changelog formats real tools write (pure): release-please and
 * conventional-changelog / standard-version (`* **scope:** text ([abc1234](…))`),
 * python-semantic-release v7–v10 (`### Chores`, `- **scope**: text` wrapped onto a second line with
 * ``([`abc1234`](…))``), git-cliff (`### ⚙️ Miscellaneous Tasks`, `- *(scope)* text`), commitizen
 * (`### Feat`, `- **scope**: text`) and keep-a-changelog (`## [1.2.0] - date`, `### Added`).
 * What a title means, what an entry says once its scope and references are dropped, and how the
 * entries are written (the style the notes then follow).
 */
import { typeRow } from '../commits/type-table.js'
import { sanitizeInline } from '../text/sanitize.js'

export interface ChangelogRelease {
  version: string
  groups: Array<{ title: string; entries: string[] }>
}

/** How an entry writes its scope: `**scope:**` (release-please), `**scope**:` (python-semantic-release, commitizen), `*(scope)*` (git-cliff). */
export type ScopeStyle = 'bold-colon' | 'bold' | 'italic-paren'

export interface EntryStyle {
  scope: ScopeStyle
  /** The entries link their commits. */
  commitLinks: boolean
  /** The entries keep their commit's type: `- fix(io): close the file` (releasetool's, flat changelogs'); absent: no. */
  typePrefix?: true
}

/** The style of the notes when nothing was learned: release-please's. */
export const DEFAULT_ENTRY_STYLE: EntryStyle = Object.freeze({ scope: 'bold-colon', commitLinks: true })

/** `## [1.2.3](…) (date)`, `## v1.2.3 (date)`, `### [1.0.1]` (standard-version's patches), `## Version 1.2.3`. */
const RELEASE_HEADING = /^(#{1,3})\s+(?:\[\s*)?(?:(?:version|release)\s+)?v?(\d+\.\d+\.\d+[^\]\s)]*)/i
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/
/** A code fence's opening or closing line (CommonMark: three spaces of indentation at most), and what follows it. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/
/** An HTML comment's first line: up to its `-->`, nothing is the changelog's. */
const COMMENT = /^ {0,3}<!--/
/** A top-level list item (one space of indentation at most). */
const ITEM = /^ ?[-*+]\s+(\S.*)$/

/** The release sections of a changelog, newest first (as written), each with its titled groups of entries. */
export function parseChangelog(text: string): ChangelogRelease[] {
  const releases: ChangelogRelease[] = []
  let current: ChangelogRelease | null = null
  let level = 0
  let group: { title: string; entries: string[] } | null = null
  /** The entry the next indented line continues (python-semantic-release wraps its entries), else null. */
  let open = false
  /** Inside a code fence (its character and length) or an HTML comment: nothing there is the changelog's. */
  let fence: { char: string; length: number } | null = null
  let comment = false
  for (const raw of text.split(/\r?\n/)) {
    // a heading or an entry is read from its first 2,000 characters: the patterns stay linear on a 1 MB line
    const line = raw.slice(0, 2_000).trimEnd()
    if (fence) {
      const close = FENCE.exec(line)
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && !close[2]) fence = null
      continue
    }
    if (comment) {
      comment = !raw.includes('-->')
      continue
    }
    const opened = FENCE.exec(line)
    if (opened && !(opened[1][0] === '`' && opened[2].includes('`'))) {
      fence = { char: opened[1][0], length: opened[1].length }
      open = false
      continue
    }
    if (COMMENT.test(line)) {
      comment = !raw.includes('-->', raw.indexOf('<!--') + 4)
      open = false
      continue
    }
    const release = RELEASE_HEADING.exec(line)
    if (release) {
      current = { version: release[2], groups: [] }
      level = release[1].length
      releases.push(current)
      group = null
      open = false
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      open = false
      // `## Unreleased`, `## Older releases`: the release ends (a `### Bug Fixes` under standard-version's `### [1.0.1]` does not)
      if (heading[1].length <= Math.min(level, 2)) {
        current = null
        group = null
        continue
      }
      if (!current) continue
      // cut before it is made literal: a cut after could leave a code span open (and a mention in it free)
      group = { title: sanitizeInline(heading[2].replace(/[*_`]/g, '').trim().slice(0, 80).trim()), entries: [] }
      current.groups.push(group)
      continue
    }
    if (!current) continue
    const item = ITEM.exec(line)
    // a flat changelog: entries right under the release heading are one group without a title
    if (!group && item) current.groups.push((group = { title: '', entries: [] }))
    if (!group) continue
    if (item) {
      group.entries.push(item[1].slice(0, 1_000))
      open = true
    } else if (open && /^\s{2,}\S/.test(line) && !/^\s+[-*+]\s/.test(line)) {
      const last = group.entries.length - 1
      if (group.entries[last].length < 1_000)
        group.entries[last] = `${group.entries[last]} ${line.trim()}`.slice(0, 1_000)
    } else open = false
  }
  return releases
}

/** The words of titles that mean a kind of change, when no entry says it (the titles the tools above write). */
const TITLE_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/breaking/i, 'breaking'],
  [/feat|addition|\badded\b/i, 'feat'],
  [/bug|fix/i, 'fix'],
  [/perf/i, 'perf'],
  [/revert/i, 'revert'],
  [/doc/i, 'docs'],
  [/depend/i, 'deps'],
  [/refactor/i, 'refactor'],
  [/styl|formatting/i, 'style'],
  [/test/i, 'test'],
  [/continuous integration|\bci\b/i, 'ci'],
  [/build|packag/i, 'build'],
  [/chore|maintenance|misc|\btasks\b/i, 'chore']
]

/** The kind a group's title names, or null (`Changed`, `Security`, `Other`: the entries must say). */
export function titleKey(title: string): string | null {
  return TITLE_WORDS.find(([words]) => words.test(title))?.[1] ?? null
}

/** Every kind a title's words name (`Chores / CI`: chore and ci). */
export function titleKeys(title: string): string[] {
  return TITLE_WORDS.filter(([words]) => words.test(title)).map(([, key]) => key)
}

/** A leading scope, in any of the tools' ways: `**scope:**`, `**scope**:`, `*(scope)*`, `**(scope)**`. */
const SCOPE_MARK = /^(?:\*\*[^*]{1,80}:\*\*|\*\*[^*]{1,80}\*\*:|\*\*?\([^)]{1,80}\)\*\*?:?)\s*/
/** Trailing references: `(#12)`, `(#12, abc1234)`, `([#12](…), [abc1234](…))`, `, closes #12`. */
const TRAILING_REFERENCES = /(?:\s*\((?:[\s,]*(?:#\d+|[0-9a-f]{7,40}\b|PR#\d+))+\s*\)|,?\s+closes\s+#\d+)\s*$/i

/** The entry's words: links to their text, no code marks, no scope, no type prefix, no trailing references. */
export function entryWords(entry: string): string {
  // white space collapsed first: the trailing references' `\s*` is quadratic on a run of spaces
  let text = entry
    .replace(/\s+/g, ' ')
    .replace(/\[([^\]]{0,200})\]\([^)\s]{0,500}\)/g, '$1')
    .replace(/`/g, '')
    .replace(/^\[\*\*breaking\*\*\]\s*/i, '')
  for (let strip = 0; strip < 4; strip++) {
    const next = text.replace(TRAILING_REFERENCES, '')
    if (next === text) break
    text = next
  }
  text = text.replace(SCOPE_MARK, '').replace(/^\[\*\*breaking\*\*\]\s*/i, '')
  text = text.replace(/^[A-Za-z]+(?:\([^)]{0,80}\))?!?:\s+/, '')
  return text.trim()
}

/** The commit shas an entry names (links or bare). */
export function entryShas(entry: string): string[] {
  return [...entry.matchAll(/\[`?([0-9a-f]{7,40})`?\]\(|\b([0-9a-f]{7,40})\b/g)].map(match => match[1] ?? match[2])
}

const COMMIT_LINK = /\[`?[0-9a-f]{7,40}`?\]\(/
const TYPE_PREFIX = /^(?:\*\*[^*]{1,80}\*\*:?\s*)?[a-z]+(?:\([^)]{0,80}\))?!?:\s/
/** An entry that is its commit's header: `fix(io): close the file`, `chores(build): …` (the type is then checked). */
const KEPT_TYPE = /^([a-z]{1,20})(?:\([^)]{0,80}\))?!?:\s/

/** How a release section's entries are written: with a `type:` prefix or not, with commit links or not. */
export function formatOf(release: ChangelogRelease): string {
  const entries = release.groups.flatMap(group => group.entries)
  const share = (test: RegExp): boolean => entries.filter(entry => test.test(entry)).length * 2 > entries.length
  return `${share(TYPE_PREFIX)}/${share(COMMIT_LINK)}`
}

/** The entry style most entries show (a scope style needs entries with a scope to say). */
export function entryStyleOf(entries: readonly string[]): EntryStyle {
  const counts: Record<ScopeStyle, number> = { 'bold-colon': 0, bold: 0, 'italic-paren': 0 }
  let links = 0
  for (const entry of entries) {
    if (COMMIT_LINK.test(entry)) links++
    if (/^\*\*[^*]{1,80}:\*\*/.test(entry)) counts['bold-colon']++
    else if (/^\*\*[^*]{1,80}\*\*:/.test(entry)) counts.bold++
    else if (/^\*\(([^)]{1,80})\)\*/.test(entry)) counts['italic-paren']++
  }
  const scoped = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] as [ScopeStyle, number]
  const prefixed = entries.filter(entry => {
    const type = KEPT_TYPE.exec(entry)?.[1] ?? null
    return (typeRow(type) ?? typeRow(type?.replace(/s$/, '') ?? null))?.written
  }).length
  return {
    scope: scoped[1] > 0 ? scoped[0] : DEFAULT_ENTRY_STYLE.scope,
    commitLinks: entries.length === 0 || links * 2 >= entries.length,
    // most entries keep their type: so do ours
    ...(entries.length > 0 && prefixed * 2 > entries.length ? { typePrefix: true as const } : {})
  }
}

/** A change's scope as the style writes it (the scope already sanitized), with the space after it. */
export function scopeMark(scope: string, style: ScopeStyle): string {
  switch (style) {
    case 'bold':
      return `**${scope}**: `
    case 'italic-paren':
      return `*(${scope})* `
    default:
      return `**${scope}:** `
  }
}
