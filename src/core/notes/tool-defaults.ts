/**
 * The default sections of the changelog tools whose layout changelog-format.ts reads. When every
 * section the changelog has so far was written by one of them (its titles, its entry layout), the
 * tool's own default set of types is the evidence for the kinds its few sections have not shown yet:
 * a project on python-semantic-release publishes its chores, build and CI changes from its first
 * release on, a project on commitizen publishes features, fixes, refactors and performance changes
 * only. Pure; a plain-object registry.
 */
import { COMPLETE_SECTIONS, type NotesSection } from '../commits/type-table.js'
import type { ChangelogRelease } from './changelog-format.js'

export interface ToolDefaults {
  /** The tool, as the summary names it. */
  name: string
  /** The title of each kind (section key) the tool publishes by default; kinds not here it leaves out. */
  titles: Readonly<Record<string, string>>
  /** The release section was written by this tool with its default template. */
  wrote: (release: ChangelogRelease) => boolean
  /**
   * What a hand-written changelog would not show, needed in one of the sections read at least when
   * `wrote` alone is not it (commitizen's titles are words people write: `### Fix`); absent: `wrote` is.
   */
  signed?: (release: ChangelogRelease) => boolean
}

const entriesOf = (release: ChangelogRelease): string[] => release.groups.flatMap(group => group.entries)

/** More than half of the entries pass the test. */
const most = (entries: readonly string[], test: RegExp): boolean =>
  entries.length > 0 && entries.filter(entry => test.test(entry)).length * 2 > entries.length
const none = (entries: readonly string[], test: RegExp): boolean => !entries.some(entry => test.test(entry))

/** Every group title is one of the tool's (breaking changes have a group of their own in every tool). */
function titledBy(release: ChangelogRelease, titles: ReadonlySet<string>): boolean {
  return (
    release.groups.length > 0 &&
    release.groups.every(group => titles.has(comparableTitle(group.title)) || /^breaking/i.test(group.title))
  )
}

/** A title without its emoji, spaces collapsed, lower case (git-cliff's `⛰️  Features` and `🚀 Features` are one title). */
export function comparableTitle(title: string): string {
  return title
    .replace(/[^\p{L}\p{N}\s/&-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** python-semantic-release's commit links: ``[`abc1234`](…)``. */
const BACKTICKED_SHA_LINK = /\[`[0-9a-f]{7,40}`\]\(/
const COMMIT_LINK = /\[`?[0-9a-f]{7,40}`?\]\(/
/** A leading scope as git-cliff writes it, and as the other tools do. */
const CLIFF_SCOPE = /^\*\([^)]{1,80}\)\*/
const BOLD_SCOPE = /^\*\*[^*]{1,80}/
/** commitizen's scope: `**scope**: text`. */
const COMMITIZEN_SCOPE = /^\*\*[^*]{1,80}\*\*:\s/

const PSR_TITLES: Readonly<Record<string, string>> = Object.freeze({
  feat: 'Features',
  fix: 'Bug Fixes',
  deps: 'Bug Fixes',
  perf: 'Performance Improvements',
  refactor: 'Refactoring',
  docs: 'Documentation',
  chore: 'Chores',
  'deps-dev': 'Chores',
  build: 'Build System',
  ci: 'Continuous Integration',
  test: 'Testing',
  style: 'Code Style'
})

const CLIFF_TITLES: Readonly<Record<string, string>> = Object.freeze({
  feat: '🚀 Features',
  fix: '🐛 Bug Fixes',
  deps: '🐛 Bug Fixes',
  perf: '⚡ Performance',
  refactor: '🚜 Refactor',
  docs: '📚 Documentation',
  style: '🎨 Styling',
  test: '🧪 Testing',
  chore: '⚙️ Miscellaneous Tasks',
  ci: '⚙️ Miscellaneous Tasks',
  build: '⚙️ Miscellaneous Tasks',
  revert: '◀️ Revert'
})

const COMMITIZEN_TITLES: Readonly<Record<string, string>> = Object.freeze({
  feat: 'Feat',
  fix: 'Fix',
  deps: 'Fix',
  refactor: 'Refactor',
  perf: 'Perf'
})

const titleSet = (titles: Readonly<Record<string, string>>, more: readonly string[] = []): ReadonlySet<string> =>
  new Set([...Object.values(titles), ...more].map(comparableTitle))

const PSR_SET = titleSet(PSR_TITLES)
const CLIFF_SET = titleSet(CLIFF_TITLES, ['Security'])
const COMMITIZEN_SET = titleSet(COMMITIZEN_TITLES)

/** The tools, in the order they are tried (their layouts do not overlap). */
export const TOOL_DEFAULTS: readonly ToolDefaults[] = Object.freeze([
  {
    // v8 and later: every type of the angular parser, the commits linked as ``[`abc1234`](…)``
    name: 'python-semantic-release',
    titles: PSR_TITLES,
    wrote: release => titledBy(release, PSR_SET) && most(entriesOf(release), BACKTICKED_SHA_LINK)
  },
  {
    // the default cliff.toml: emoji titles, `*(scope)*`, no commit links; chore(deps) skipped
    name: 'git-cliff',
    titles: CLIFF_TITLES,
    wrote: release =>
      titledBy(release, CLIFF_SET) &&
      release.groups.some(group => /^[^\p{L}\p{N}]/u.test(group.title)) &&
      none(entriesOf(release), COMMIT_LINK) &&
      none(entriesOf(release), BOLD_SCOPE)
  },
  {
    // cz_conventional_commits: `### Feat`, `### Fix`, `### Refactor`, `### Perf`, no commit links
    name: 'commitizen',
    titles: COMMITIZEN_TITLES,
    wrote: release =>
      titledBy(release, COMMITIZEN_SET) &&
      none(entriesOf(release), COMMIT_LINK) &&
      none(entriesOf(release), CLIFF_SCOPE),
    // a `### Fix` section of sentences (`Fixed the crash.`) may be anyone's: commitizen's own scope mark
    // says it is its, or entries that read as commit subjects do (most start in lower case, as subjects do)
    signed: release =>
      entriesOf(release).some(entry => COMMITIZEN_SCOPE.test(entry)) || most(entriesOf(release), /^[a-z]/)
  }
])

/** The tool that wrote every one of the sections (newest first), or null (none, or several tools, or edited by hand). */
export function toolOf(releases: readonly ChangelogRelease[]): ToolDefaults | null {
  if (releases.length === 0) return null
  return (
    TOOL_DEFAULTS.find(
      tool => releases.every(release => tool.wrote(release)) && (!tool.signed || releases.some(tool.signed))
    ) ?? null
  )
}

/** What following a tool's defaults decided: the kinds it publishes (under its titles), those it leaves out. */
export interface FollowedTool {
  name: string
  sections: NotesSection[]
  hidden: string[]
}

/**
 * The kinds the sections did not decide (not in `decided`), as the tool that wrote them all has them:
 * the newest section that says anything of the kind first (listed under a title, or left out although
 * its commits were there: `newest` gives null), else the tool's default set. Every kind of the
 * complete sections is decided, plain messages included (the tools list conventional commits only),
 * so that a release made by hand lists what the tool would have listed.
 */
export function followTool(
  tool: ToolDefaults,
  decided: ReadonlySet<string>,
  newest: (key: string) => { title: string } | null | undefined
): FollowedTool {
  const sections: NotesSection[] = []
  const hidden: string[] = []
  const kinds = new Set([...Object.keys(tool.titles), ...COMPLETE_SECTIONS.flatMap(section => section.types)])
  for (const key of kinds) {
    // features and breaking changes are the highlights, whatever the tool
    if (key === 'feat' || key === 'breaking' || decided.has(key)) continue
    const said = newest(key)
    const title = said ? said.title : said === null ? null : (tool.titles[key] ?? null)
    if (title === null) {
      hidden.push(key)
      continue
    }
    const section = sections.find(each => each.title.toLowerCase() === title.toLowerCase())
    if (section) section.types.push(key)
    else sections.push({ title, types: [key] })
  }
  return { name: tool.name, sections, hidden }
}
