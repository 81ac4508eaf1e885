import { VERSION_FORMATS, type VersionFileKind } from './version-files/index.js'
import type { Place, VersionFormat, VersionLocation } from './version-files/format.js'

export { VERSION_FORMATS, type VersionFileKind, type Place, type VersionLocation }

function formatOf(path: string): VersionFormat {
  const name = path.split('/').pop() ?? path
  return VERSION_FORMATS.find(format => format.matches(name)) ?? VERSION_FORMATS[VERSION_FORMATS.length - 1]
}

export function kindOf(path: string): VersionFileKind {
  return formatOf(path).kind as VersionFileKind
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

/** The file's text with only the version string changed, or null when it has no version. */
export function replaceVersion(
  path: string,
  text: string,
  newVersion: string
): { text: string; oldVersion: string } | null {
  const format = formatOf(path)
  const location = format.locate(text)
  if (!location) return null
  const updated = text.slice(0, location.start) + newVersion + text.slice(location.end)
  // read it back with the same parser (TOML and JSON through their libraries)
  if (format.locate(updated)?.version !== newVersion) {
    throw new Error(`version edit of ${path} did not read back as ${newVersion}`)
  }
  return { text: updated, oldVersion: location.version }
}
