/**
 * The repository's notes convention for planning: its changelog read through the FileReader, the
 * commits of its newest release sections read between their tags, and the learning itself
 * (src/core/notes/conventions.ts, pure). Reads only; nothing when `notes_sections` is set.
 */
import semver from 'semver'
import { analyzeCommit, type Change } from '../../core/commits/changes.js'
import {
  learnConventions,
  parseChangelog,
  RECENT_SECTIONS,
  type NotesConventions
} from '../../core/notes/conventions.js'
import { releaseTags, type ReleaseTag } from '../../core/versioning/version.js'
import type { FileReader, GitReader } from '../ports.js'
import type { ReleaseSettings } from './types.js'

export interface LearnedConventions {
  /** The changelog the convention was learned from. */
  file: string
  conventions: NotesConventions
}

/** The convention of the repository's changelog, or null (none, `notes_sections` set, or too little evidence). */
export async function readConventions(
  settings: Pick<ReleaseSettings, 'notesSections' | 'changelogFile' | 'tagPrefix'>,
  git: Pick<GitReader, 'tags' | 'log'>,
  files: Pick<FileReader, 'read'>
): Promise<LearnedConventions | null> {
  if (settings.notesSections !== null) return null
  const file = settings.changelogFile ?? 'CHANGELOG.md'
  const text = files.read(file)
  if (!text || !text.trim()) return null
  const versions = parseChangelog(text)
    .slice(0, RECENT_SECTIONS)
    .map(release => release.version)
  // one section may be enough (a tool's default layout): the learning decides
  if (versions.length === 0) return null
  const tags = releaseTags(await git.tags(settings.tagPrefix), settings.tagPrefix).filter(tag => !tag.prerelease)
  // a heading's version is a stranger's text (`1.0.1.post1`, `v1.0.1: hotfix`): compared only when it is one
  const previousOf = (version: string) =>
    tags
      .filter(each => semver.valid(version) !== null && semver.lt(each.version, version))
      .sort((a, b) => semver.rcompare(a.version, b.version))[0]
  // each section's release and the one before it (the first release's range, the whole history, is not read)
  const ranges = versions
    .map(version => ({ version, tag: tags.find(each => each.version === version), previous: previousOf(version) }))
    .filter(
      (range): range is { version: string; tag: ReleaseTag; previous: ReleaseTag } => !!range.tag && !!range.previous
    )
  const changes = new Map<string, Change[]>()
  if (ranges.length > 0) {
    // one log for every range: from the oldest range's start to the sections' tags
    const oldest = ranges.reduce((a, b) => (semver.lt(a.previous.version, b.previous.version) ? a : b)).previous
    const parents = new Map<string, string[]>()
    const changesOf = new Map<string, Change[]>()
    await git.log(
      oldest.sha,
      commit => {
        parents.set(commit.sha, commit.parents)
        const analyzed = analyzeCommit(commit)
        // a release commit (`chore(main): release 1.2.0`) is in no tool's changelog, nor in the notes
        changesOf.set(
          commit.sha,
          analyzed.merge || analyzed.skip || analyzed.namesVersion !== null ? [] : analyzed.changes
        )
      },
      [...new Set(ranges.map(range => range.tag.sha))]
    )
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
    for (const range of ranges) {
      const before = reach(range.previous.sha)
      const found = [...reach(range.tag.sha)].filter(sha => !before.has(sha)).flatMap(sha => changesOf.get(sha) ?? [])
      changes.set(range.version, found)
    }
  }
  const conventions = learnConventions(text, version => changes.get(version) ?? null)
  return conventions ? { file, conventions } : null
}
