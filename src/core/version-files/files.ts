import { VERSION_FORMATS, type VersionFileKind } from './index.js'
import type { Place, VersionFormat, VersionLocation } from './format.js'
import { versionFor, type Ecosystem } from '../versioning/ecosystem-versions.js'

export { VERSION_FORMATS, type VersionFileKind, type Place, type VersionLocation }

function formatOf(path: string): VersionFormat {
  const name = path.split('/').pop() ?? path
  return VERSION_FORMATS.find(format => format.matches(name)) ?? VERSION_FORMATS[VERSION_FORMATS.length - 1]
}

export function kindOf(path: string): VersionFileKind {
  return formatOf(path).kind as VersionFileKind
}

/** Which spelling of the version a file takes (PEP 440 for Python files, else SemVer). */
export function ecosystemOf(path: string): Ecosystem {
  return formatOf(path).ecosystem ?? 'semver'
}

/** The file name this file follows (package-lock.json → package.json), or null. */
export function followedBy(path: string): string | null {
  return formatOf(path).follows ?? null
}

/** Whether a file of this name at this place is updated without being listed in version_files. */
export function detected(name: string, place: Place): boolean {
  return formatOf(name).detect?.(name, place) ?? false
}

/** Where the version string of a file is, or null when it has none. */
export function locateVersion(kind: VersionFileKind, text: string): VersionLocation | null {
  const format = VERSION_FORMATS.find(candidate => candidate.kind === kind)
  return format ? format.locate(text) : null
}

/**
 * The file's text with only the version string(s) changed, or null when it has no version. The
 * release's SemVer version is written in the file's own spelling (`1.3.0rc1` in pyproject.toml).
 */
export function replaceVersion(
  path: string,
  text: string,
  releaseVersion: string
): { text: string; oldVersion: string; newVersion: string } | null {
  const format = formatOf(path)
  const locations = format.locateAll ? format.locateAll(text) : [format.locate(text)].filter(l => l !== null)
  if (locations.length === 0) return null
  const newVersion = versionFor(format.ecosystem ?? 'semver', releaseVersion, path)
  let updated = text
  for (const location of [...locations].sort((a, b) => b.start - a.start)) {
    updated = updated.slice(0, location.start) + newVersion + updated.slice(location.end)
  }
  // read it back with the same parser (TOML and JSON through their libraries)
  if (format.locate(updated)?.version !== newVersion) {
    throw new Error(`version edit of ${path} did not read back as ${newVersion}`)
  }
  return { text: updated, oldVersion: locations[0].version, newVersion }
}
