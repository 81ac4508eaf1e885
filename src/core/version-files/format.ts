/** Where a file sits: the repository root, a Python package (src/NAME/), Swift sources (Sources/NAME/, DIR/Sources/NAME/). */
export type Place = 'root' | 'package' | 'swift'

export interface VersionLocation {
  version: string
  start: number
  end: number
}

/** A kind of file that holds the version: one file under src/core/version-files/ each, listed in VERSION_FORMATS. */
export interface VersionFormat {
  kind: string
  /** Whether a file of this name (no folder) is of this kind; the first format that matches is the file's. */
  matches(name: string): boolean
  /** Whether such a file at this place is updated without being listed in version_files. */
  detect?(name: string, place: Place): boolean
  /** Where the version string is, or null when the file has none. */
  locate(text: string): VersionLocation | null
}

export const SEMVER_TEXT = '\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?'

/** Offsets of each line start, and the lines. */
function lineStarts(text: string): { lines: string[]; starts: number[] } {
  const lines = text.split('\n')
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  return { lines, starts }
}

/** Finds `key = "value"` inside an INI/TOML section. */
export function findInSection(text: string, section: RegExp, key: RegExp): VersionLocation | null {
  const { lines, starts } = lineStarts(text)
  let inSection = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (/^\s*\[/.test(line)) {
      inSection = section.test(line)
      continue
    }
    if (!inSection) continue
    const match = key.exec(line)
    if (match?.groups?.v !== undefined) {
      const start = starts[i] + (match.index ?? 0) + match[0].length - match.groups.v.length - (match.groups.q ? 1 : 0)
      return { version: match.groups.v, start, end: start + match.groups.v.length }
    }
  }
  return null
}

/** The first match of a pattern with the groups `v` (the version) and `q` (its closing quote, if any). */
export function findFirst(text: string, pattern: RegExp): VersionLocation | null {
  const match = pattern.exec(text)
  if (!match?.groups?.v) return null
  const start = match.index + match[0].length - match.groups.v.length - (match.groups.q ? 1 : 0)
  return { version: match.groups.v, start, end: start + match.groups.v.length }
}

/** `version = "X.Y.Z"` in TOML (either quote). */
export const TOML_VERSION_KEY = /^\s*version\s*=\s*(?<q>["'])(?<v>[^"'\n]*)["']/
