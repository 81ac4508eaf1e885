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
import { releaseTags } from '../../core/versioning/version.js'
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
  if (versions.length < 2) return null
  const tags = releaseTags(await git.tags(settings.tagPrefix), settings.tagPrefix).filter(tag => !tag.prerelease)
  const changes = new Map<string, Change[]>()
  for (const version of versions) {
    const tag = tags.find(each => each.version === version)
    if (!tag) continue
    // the release's range: from the nearest older release tag to its own
    const previous = tags
      .filter(each => semver.lt(each.version, version))
      .sort((a, b) => semver.rcompare(a.version, b.version))[0]
    if (!previous) continue // the first release's range is the whole history: not read for this
    const found: Change[] = []
    await git.log(
      previous.sha,
      commit => {
        const analyzed = analyzeCommit(commit)
        if (!analyzed.merge && !analyzed.skip) found.push(...analyzed.changes)
      },
      [tag.sha]
    )
    changes.set(version, found)
  }
  const conventions = learnConventions(text, version => changes.get(version) ?? null)
  return conventions ? { file, conventions } : null
}
