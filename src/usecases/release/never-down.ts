/**
 * Never down: the release goes on from the highest of the last release tag and the version the
 * files hold, and a version lower than either is refused before anything changes. With no tag of
 * tag_prefix, tags that look like releases under another prefix (`2.5.0` when tag_prefix is `v`)
 * are named with the setting that would read them.
 */
import semver from 'semver'
import { ConfigurationError } from '../../core/errors.js'
import { oneLine } from '../../core/record/release-record.js'
import { isPlaceholderVersion, semverOfFileVersion } from '../../core/versioning/ecosystem-versions.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'
import { releaseTags, type ReleaseTag } from '../../core/versioning/version.js'
import { ecosystemOf, kindOf, locateVersion } from '../../core/version-files/files.js'
import { cargoMemberFiles } from '../../core/version-files/layout.js'
import type { FileReader, GitReader } from '../ports.js'
import { detectVersionFiles } from './files.js'
import type { ReleaseSettings } from './types.js'

/** A version a file holds: as written, and as SemVer for comparing. */
export interface FileVersion {
  path: string
  text: string
  version: string
  /** A Python file's version (PEP 440's order: a dev release below the prereleases of its version). */
  pep440?: boolean
}

/**
 * The two spellings of a plain release tag (`2.5.0`, `v2.5.0`): tags under the one that is not ours
 * are the same releases written another way, named in the reason. Longer prefixes (`release-`,
 * `kit-v`) are left alone: in a monorepo they are another component's releases.
 */
const COMMON_PREFIXES = ['', 'v', 'V']

/**
 * The versions the version files hold at `rev` (HEAD; the commit before an earlier run's release
 * commit): listed and found files, not the crates of a workspace versioned on their own, not placeholders.
 */
export async function fileVersions(
  settings: Pick<ReleaseSettings, 'versionFiles'>,
  files: Pick<FileReader, 'list' | 'bytes'>,
  git: Pick<GitReader, 'show'>,
  rev: string
): Promise<FileVersion[]> {
  const off = new Set(settings.versionFiles.filter(file => file.startsWith('!')).map(file => file.slice(1)))
  const listed = settings.versionFiles.filter(file => !file.startsWith('!'))
  const tree = {
    list: (dir: string) => files.list(dir),
    read: (path: string) => files.bytes(path)?.toString('utf8') ?? null
  }
  const members = new Set(cargoMemberFiles(tree))
  const paths = [...new Set([...listed, ...detectVersionFiles(files)])].filter(
    path => !off.has(path) && !members.has(path)
  )
  const found = await Promise.all(
    paths.map(async (path): Promise<FileVersion | null> => {
      const text = await git.show(rev, path)
      if (text === null) return null
      let located: ReturnType<typeof locateVersion> = null
      try {
        located = locateVersion(kindOf(path), text)
      } catch {
        return null // a file we can't read is named when the release edits it
      }
      if (!located || isPlaceholderVersion(located.version)) return null
      const version = semverOfFileVersion(located.version)
      return version ? { path, text: located.version, version, pep440: ecosystemOf(path) === 'pep440' } : null
    })
  )
  return found.filter((entry): entry is FileVersion => entry !== null)
}

/**
 * A version as it sorts: PEP 440 orders a dev release (`1.3.0.dev0`, read as `1.3.0-dev.0`) below
 * every prerelease of its version (`1.3.0a1`), SemVer orders `dev` above `alpha` and `beta`: for
 * a PEP 440 file, a numeric first identifier sorts it below them, as PEP 440 does.
 */
function ordered(version: string, pep440 = true): string {
  if (!pep440) return version
  return version.replace(/^(\d+\.\d+\.\d+)-dev\./, '$1-0.dev.')
}

function highest(versions: FileVersion[]): FileVersion | null {
  let best: FileVersion | null = null
  for (const entry of versions)
    if (!best || semver.gt(ordered(entry.version, entry.pep440), ordered(best.version, best.pep440))) best = entry
  return best
}

/** The stable version the files hold when it is above the last tag (or initial_version with no tag): the release goes on from it. */
export function floorOf(
  versions: FileVersion[],
  previous: ReleaseTag | null,
  initialVersion: string
): { version: string; why: string } | null {
  const top = highest(versions.filter(entry => semver.prerelease(entry.version) === null))
  if (!top) return null
  const above = previous ? semver.gt(top.version, previous.version) : semver.gt(top.version, initialVersion)
  if (!above) return null
  return {
    version: top.version,
    why: `${top.path} holds ${oneLine(top.text)}, above ${previous ? `the last release tag ${previous.name}` : `initial_version ${initialVersion}`}: a release never goes down`
  }
}

/** Tags that look like releases under another common prefix, highest first (read only when no tag has ours). */
export async function otherPrefixReleases(
  git: Pick<GitReader, 'tags'>,
  prefix: string
): Promise<Array<{ prefix: string; tags: ReleaseTag[] }>> {
  const all = await git.tags('')
  const found: Array<{ prefix: string; tags: ReleaseTag[] }> = []
  for (const other of COMMON_PREFIXES) {
    if (other === prefix) continue
    const tags = releaseTags(all, other)
      .filter(tag => !tag.prerelease)
      .sort((a, b) => semver.rcompare(a.version, b.version))
    if (tags.length > 0) found.push({ prefix: other, tags })
  }
  return found.sort((a, b) => semver.rcompare(a.tags[0].version, b.tags[0].version))
}

/** What the reason says of tags under another prefix. */
export function otherPrefixNote(others: Array<{ prefix: string; tags: ReleaseTag[] }>, prefix: string): string {
  if (others.length === 0) return ''
  const [first] = others
  const names = first.tags.slice(0, 3).map(tag => tag.name)
  return `; no ${prefix}X.Y.Z tag, but ${names.join(', ')}${first.tags.length > 3 ? ` and ${first.tags.length - 3} more` : ''} look like releases under another prefix: set tag_prefix: "${first.prefix}" to go on from them`
}

/**
 * Refuses a release lower than a version the files hold, or not above a release tagged under
 * another prefix: one error saying what and how to fix it, before anything changes.
 */
export function checkNeverDown(
  plan: ReleasePlan,
  versions: FileVersion[],
  others: Array<{ prefix: string; tags: ReleaseTag[] }>,
  prefix: string
): void {
  if (!plan.released) return
  const top = highest(versions)
  if (top && semver.lt(ordered(plan.version, top.pep440), ordered(top.version, top.pep440))) {
    throw new ConfigurationError(
      `The release ${plan.tag} would take the version down: ${top.path} holds ${oneLine(top.text)}, above ${plan.version}. ` +
        `Release at least ${top.version} (a Release-As: ${semver.prerelease(top.version) ? top.version.replace(/-.*$/, '') : top.version} footer, or initial_version for a first release), or correct ${top.path} if its version is wrong. Nothing was changed.`
    )
  }
  const tagged = others[0]?.tags[0]
  if (tagged && semver.lte(plan.version, tagged.version)) {
    throw new ConfigurationError(
      `The release ${plan.tag} would not be above ${tagged.name}, a release tagged without the tag_prefix "${prefix}" (${others[0].tags.length} such tag(s)). ` +
        `Set tag_prefix: "${others[0].prefix}" to go on from those tags, or release above ${tagged.version} (initial_version, or a Release-As footer). Nothing was changed.`
    )
  }
}
