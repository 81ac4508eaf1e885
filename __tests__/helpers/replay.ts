import semver from 'semver'
import { analyzeCommit, type AnalyzedCommit } from '../../src/core/commits/changes.js'
import { planRelease, type ReleasePlan } from '../../src/core/versioning/plan.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { releaseTags } from '../../src/core/versioning/version.js'
import { learnConventions, type NotesConventions } from '../../src/core/notes/conventions.js'
import type { Change } from '../../src/core/commits/changes.js'
import type { History } from './shared.js'

export interface Replayed {
  transition: History['transitions'][number]
  plan: ReleasePlan
  got: string
  /** With `learn`: the convention learned from the earlier releases' changelog sections. */
  conventions?: NotesConventions | null
}

/**
 * Replays each real release of a history through the core: the commits reachable from the
 * release commit and not from the previous tag, newest first, with only the tags older than the release.
 */
export function replayTransitions(
  history: History,
  options: {
    explicitBump?: boolean
    ignoreReleaseCommits?: boolean
    learn?: boolean
    inferConvention?: boolean
    /** Plans this range instead of the release's own (its earlier releases stay as they were). */
    range?: AnalyzedCommit[]
  } = {}
): Replayed[] {
  /** The changes of each replayed release (by version without the prefix), for learning. */
  const changesByVersion = new Map<string, Change[]>()
  /** The changelog sections of the releases replayed so far, newest first: "the repository's changelog". */
  const earlierSections: string[] = []
  const position = new Map(history.commits.map((commit, index) => [commit.sha, index]))
  const parents = new Map(history.commits.map(commit => [commit.sha, commit.parents]))
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>()
    const stack = [start]
    while (stack.length > 0) {
      const sha = stack.pop()!
      if (seen.has(sha) || !parents.has(sha)) continue
      seen.add(sha)
      stack.push(...parents.get(sha)!)
    }
    return seen
  }
  const repoUrl = `https://github.com/${history.repo}`
  const tags = releaseTags(history.tags, 'v')
  // releases made from a maintenance branch whose commits are not in the default branch's history can't be replayed
  const bySha = new Map(history.commits.map(commit => [commit.sha, commit]))
  // each release's range (and what reaches its tag), read once: the earlier ones are the samples a
  // later release learns the project's convention from, as the action's window read gives them
  const ranges = replayable(history).map(transition => {
    const prev = tags.find(tag => tag.name === transition.prev)!
    const inRelease = reach(transition.sha)
    const inPrevious = reach(prev.sha)
    const range = [...inRelease].filter(sha => !inPrevious.has(sha)).sort((a, b) => position.get(b)! - position.get(a)!)
    const commits = range.map(sha => {
      const commit = bySha.get(sha)!
      const analyzed = analyzeCommit({
        sha,
        parents: commit.parents,
        time: Date.parse(commit.date) / 1000,
        author: '',
        message: commit.message
      })
      return options.ignoreReleaseCommits ? { ...analyzed, namesVersion: null } : analyzed
    })
    return { transition, prev, inRelease, commits }
  })
  return ranges.map(({ transition, prev, inRelease, commits }) => {
    const older = tags.filter(tag => tag.name !== transition.next && inRelease.has(tag.sha))
    const settings = parseSettings(name =>
      name === 'bump' && options.explicitBump
        ? transition.bump
        : name === 'infer_convention' && options.inferConvention === false
          ? 'false'
          : undefined
    )
    // the earlier releases a run at this release commit sees: both tags older and reachable
    const olderNames = new Set(older.map(tag => tag.name))
    const releases = ranges
      .filter(earlier => olderNames.has(earlier.transition.next) && olderNames.has(earlier.transition.prev))
      .map(earlier => ({
        prev: { name: earlier.transition.prev, version: earlier.transition.prev.slice(1) },
        next: { name: earlier.transition.next, version: earlier.transition.next.slice(1) },
        commits: earlier.commits
      }))
      .sort((a, b) => semver.compare(a.next.version, b.next.version))
    let conventions: NotesConventions | null | undefined
    if (options.learn) {
      // only the sections of earlier releases: never the release's own
      conventions = learnConventions(earlierSections.join('\n\n'), version => changesByVersion.get(version) ?? null)
      changesByVersion.set(
        transition.next.replace(/^v/, ''),
        commits
          .filter(commit => !commit.merge && !commit.skip && commit.namesVersion === null)
          .flatMap(commit => commit.changes)
      )
      if (transition.changelog)
        earlierSections.unshift(`## ${transition.next.replace(/^v/, '')}\n\n${transition.changelog}`)
    }
    const plan = planRelease({
      settings,
      commits: options.range ?? commits,
      previous: prev,
      allTags: older,
      // as a run at the release commit reads them: a stable release promotes the last candidate
      candidates: older.filter(tag => tag.prerelease),
      repoUrl,
      packageName: null,
      date: '2020-01-01',
      sections: conventions?.sections,
      handMadeSections: conventions?.handMade,
      releases
    })
    return { transition, plan, got: plan.released ? `v${plan.version}` : 'none', conventions }
  })
}

/** The releases whose commits and previous tag are in the history. */
export function replayable(history: History): History['transitions'] {
  const known = new Set(history.commits.map(commit => commit.sha))
  const tagged = new Set(releaseTags(history.tags, 'v').map(tag => tag.name))
  return history.transitions.filter(transition => known.has(transition.sha) && tagged.has(transition.prev))
}

export function normalizeEntry(text: string): string {
  return normalize(text)
}

/** The text as it renders: backslash escapes, links, emphasis and code marks and entities resolved. */
function normalize(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links to their text
    .replace(/[*`_]/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim()
}

/** The description of a changelog entry, without type prefix, links, pull request and commit references. */
export function entryDescription(line: string): string {
  let text = line.replace(/^\s*[-*]\s+/, '')
  text = text.replace(/\(\[[0-9a-f]{7,40}\]\([^)]*\)\)/g, '') // commit link
  text = text.replace(/\(\[#\d+\]\([^)]*\)\)/g, '') // pull request link
  text = text.replace(/\(#\d+\)/g, '')
  text = text.replace(/,?\s*closes\s+\S+\s*$/i, '') // old release-please: ", closes #12"
  text = text.replace(/\(\[[0-9a-f]{7,40}\]\([^)]*\)(?:,\s*\[[0-9a-f]{7,40}\]\([^)]*\))*\)/g, '') // our commit links
  text = text.replace(/^\*\*[^*]+:\*\*\s*/, '') // **scope:**
  text = text.replace(/^\w+(?:\([^)]*\))?!?:\s+/, '') // type(scope):
  return normalize(text)
}

/** Changelog entries of the project's own tool that our notes do not list. */
export function missingEntries(changelog: string, notes: string): string[] {
  const ours = normalize(notes)
  return changelog
    .split('\n')
    .filter(line => /^\s*[-*]\s+\S/.test(line))
    .map(entryDescription)
    .filter(description => description.length > 0 && !ours.includes(description))
}
