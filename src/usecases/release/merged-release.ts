/**
 * A release commit no tag names yet, in the range the release reads: an earlier run's that stopped
 * before its tag, or a merged release pull request (squashed under another title, or followed by
 * other commits before this run). The release tags it instead of committing that release again.
 * Reads only.
 */
import { posix } from 'node:path'
import semver from 'semver'
import type { AnalyzedCommit } from '../../core/commits/changes.js'
import { parseTagMessage } from '../../core/record/release-record.js'
import { changelogEntries } from '../../core/release-pr/notes.js'
import type { ReleaseTag } from '../../core/versioning/version.js'
import { followedBy } from '../../core/version-files/files.js'
import type { FileReader, GitReader } from '../ports.js'
import type { HistoryReader } from './history.js'
import { fileVersions } from './never-down.js'
import type { ReleaseSettings } from './types.js'

export interface UntaggedRelease {
  /** The tag it names (`v1.3.0`). */
  tag: string
  sha: string
  /** Its place in the range, newest first: the commits before it (0 at HEAD) wait for the next release. */
  index: number
  /**
   * Named by our own subject at HEAD (`chore(release): v1.3.0`, squashed or merged): a plan that
   * differs is an error. Otherwise it was recognised by its files, and a plan that differs means it
   * is an ordinary commit after all.
   */
  exact: boolean
}

/** How many commits of the range naming a version are checked (each costs a read of its files). */
const CANDIDATES = 5

/**
 * The release commits no tag names in the range, newest first (HEAD's own subject first): the
 * caller takes the oldest whose plan is that release, so that two release pull requests merged
 * before a run are released in turn, neither skipped.
 */
export async function untaggedReleases(
  settings: ReleaseSettings,
  deps: { git: Pick<GitReader, 'show' | 'diffNames'>; files: Pick<FileReader, 'list' | 'bytes'> },
  at: {
    head: string
    /** The tag HEAD's subject names as our release commit's (merged too). */
    headRelease: string | undefined
    commits: readonly AnalyzedCommit[]
    allTags: readonly ReleaseTag[]
    previous: ReleaseTag | null
    /** A hotfix completes its own release commit at HEAD only. */
    hotfix: boolean
  }
): Promise<UntaggedRelease[]> {
  const { tagPrefix } = settings
  const found: UntaggedRelease[] = []
  const tagged = new Set(at.allTags.map(tag => tag.name))
  const versionsAt = (rev: string) => fileVersions(settings, deps.files, deps.git, rev)
  // a release commit changes the release's files only: one that also changes code (a stranger's pull
  // request titled as a release) is an ordinary commit, its changes released and noted as such
  const releaseOnly = async (sha: string, files: readonly { path: string }[]) => {
    const release = new Set<string>([
      ...(settings.changelogFile ? [settings.changelogFile] : []),
      ...settings.versionFiles.filter(file => !file.startsWith('!')),
      ...files.map(entry => entry.path)
    ])
    const changed = await deps.git.diffNames(`${sha}^`, sha).catch(() => null)
    if (changed === null) return false
    const unexplained = changed.filter(
      path => !release.has(path) && !isLockFile(path, release) && !isManifestBeside(path, settings.changelogFile)
    )
    if (unexplained.length === 0) return true
    // a changelog reached through a symlink is committed where it is (git's blob of a link: its target)
    const link = settings.changelogFile ? await deps.git.show(sha, settings.changelogFile) : null
    const target =
      link && !link.includes('\n') ? posix.normalize(posix.join(posix.dirname(settings.changelogFile!), link)) : null
    return unexplained.every(path => path === target)
  }
  const exact = at.headRelease
  if (exact?.startsWith(tagPrefix) && !tagged.has(exact) && at.commits[0]?.sha === at.head) {
    // a subject is not enough (a stranger's merged commit, one typed by hand): a release commit holds
    // its version in the version files; one whose files all hold another version is an ordinary commit
    const version = semver.valid(exact.slice(tagPrefix.length))
    const atHead = await versionsAt('HEAD')
    if (
      (atHead.length === 0 || atHead.some(entry => entry.version === version)) &&
      (await releaseOnly(at.head, atHead))
    )
      found.push({ tag: exact, sha: at.head, index: 0, exact: true })
  }
  // Recognised by what it holds: a commit naming a version above the previous release (any subject a
  // squash merge was given: `Release 1.3.0 (#12)`) whose version files hold that version and whose
  // changelog has its section. A hand-made version bump without the section is left to be released
  // as before (with the changelog written by the release).
  if (!settings.changelogFile || at.hotfix) return found
  let checked = 0
  for (const [index, commit] of at.commits.entries()) {
    if (index === 0 && found.length > 0) continue
    const version = commit.namesVersion ? semver.valid(commit.namesVersion) : null
    // (a version found already: the newest commit holding it, a merge commit rather than its branch's)
    if (!version || tagged.has(`${tagPrefix}${version}`) || found.some(each => each.tag === `${tagPrefix}${version}`))
      continue
    if (at.previous && !semver.gt(version, at.previous.version)) continue
    if (++checked > CANDIDATES) break
    const files = await versionsAt(commit.sha)
    if (files.length === 0 || !files.every(entry => entry.version === version)) continue
    const changelog = await deps.git.show(commit.sha, settings.changelogFile)
    if (changelog === null || changelogEntries(changelog, version) === null) continue
    if (!(await releaseOnly(commit.sha, files))) continue
    found.push({ tag: `${tagPrefix}${version}`, sha: commit.sha, index, exact: false })
  }
  return found
}

/** Manifests whose version a release sets (not code: no `.py`, no other file a format could read). */
const MANIFESTS = new Set(['pyproject.toml', 'setup.cfg', 'package.json', 'Cargo.toml', 'VERSION'])

/**
 * A manifest in the changelog's own folder: a component's release commit (`packages/api/package.json`
 * beside `packages/api/CHANGELOG.md`) sets the version there, where the root's detection does not look.
 */
function isManifestBeside(path: string, changelog: string | null | undefined): boolean {
  if (!changelog) return false
  const folder = posix.dirname(changelog)
  return posix.dirname(path) === folder && MANIFESTS.has(posix.basename(path))
}

/** A lock or manifest file that changes with a version file (package-lock.json, Cargo.lock, uv.lock…). */
function isLockFile(path: string, release: ReadonlySet<string>): boolean {
  const slash = path.lastIndexOf('/')
  const followed = followedBy(path)
  if (followed && release.has(slash >= 0 ? `${path.slice(0, slash)}/${followed}` : followed)) return true
  return /(?:^|\/)(?:[\w.-]+\.lock|[\w.-]+-lock\.(?:json|ya?ml)|npm-shrinkwrap\.json|\.release-please-manifest\.json)$/.test(
    path
  )
}

/** The tag a release commit's subject names (`chore(release): v1.4.0`, squash-merged: `… (#12)`). */
export function releaseSubject(subject: string): string | undefined {
  return /^chore\(release\): (\S+?)(?: \(#\d+\))?$/.exec(subject)?.[1]
}

/** A tag-only release this action made at HEAD (its tag message carries our trailers): the highest. */
export async function ownTagAt(
  git: HistoryReader,
  head: string,
  allTags: ReleaseTag[],
  prereleaseRun: boolean
): Promise<ReleaseTag | undefined> {
  const atHead = allTags.filter(tag => tag.sha === head && (!tag.prerelease || prereleaseRun))
  for (const tag of atHead.sort((a, b) => semver.rcompare(a.version, b.version)))
    if (parseTagMessage(await git.tagMessage(tag.name)).meta) return tag
  return undefined
}
