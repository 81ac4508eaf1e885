/** Where a file sits: the repository root, a Python package (src/NAME/), Swift sources (Sources/NAME/, DIR/Sources/NAME/). */
export type Place = 'root' | 'package' | 'swift'

import type { Ecosystem } from '../versioning/ecosystem-versions.js'

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
  /** Every place the version is written, when more than the one `locate` finds (package-lock.json). */
  locateAll?(text: string): VersionLocation[]
  /** Which spelling of the version the file takes: SemVer (the default) or PEP 440 (Python files). */
  ecosystem?: Ecosystem
  /**
   * The file this one follows: updated only together with that file in the same folder, never on its
   * own (package-lock.json follows package.json).
   */
  follows?: string
}

export const SEMVER_TEXT = '\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?'

/** A PEP 440 public version with an optional local part (`1.3.0rc1`, `1.3.0.dev2`, `2.0.0.post1+g1a2b`). */
export const PEP440_TEXT =
  '\\d+(?:\\.\\d+)*(?:(?:a|b|rc)\\d+)?(?:\\.post\\d+)?(?:\\.dev\\d+)?(?:\\+[0-9a-z]+(?:\\.[0-9a-z]+)*)?'

/** What a Python file may hold: its own PEP 440 spelling, or a SemVer version written earlier. */
export const PYTHON_VERSION_TEXT = `(?:${SEMVER_TEXT}|${PEP440_TEXT})`

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
