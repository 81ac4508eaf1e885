import { modify, parse as parseJsonc, type ParseError } from 'jsonc-parser'
import { parse as parseToml } from 'smol-toml'
import { ConfigurationError } from './errors.js'

export type VersionFileKind = 'pyproject' | 'setup.cfg' | 'setup.py' | 'python' | 'package.json' | 'swift' | 'generic'

export interface VersionLocation {
  version: string
  start: number
  end: number
}

const SEMVER_TEXT = '\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?'

export function kindOf(path: string): VersionFileKind {
  const name = path.split('/').pop() ?? path
  if (name === 'pyproject.toml') return 'pyproject'
  if (name === 'setup.cfg') return 'setup.cfg'
  if (name === 'setup.py') return 'setup.py'
  if (name === 'package.json') return 'package.json'
  if (name.endsWith('.py')) return 'python'
  if (name.endsWith('.swift')) return 'swift'
  return 'generic'
}

/** Offsets of each line start, and the lines. */
function lineStarts(text: string): { lines: string[], starts: number[] } {
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
function findInSection(text: string, section: RegExp, key: RegExp): VersionLocation | null {
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

function findFirst(text: string, pattern: RegExp): VersionLocation | null {
  const match = pattern.exec(text)
  if (!match?.groups?.v) return null
  const start = match.index + match[0].length - match.groups.v.length - (match.groups.q ? 1 : 0)
  return { version: match.groups.v, start, end: start + match.groups.v.length }
}

function locatePyproject(text: string): VersionLocation | null {
  let data: Record<string, unknown>
  try {
    data = parseToml(text) as Record<string, unknown>
  } catch (error) {
    throw new ConfigurationError(`pyproject.toml is not valid TOML: ${(error as Error).message.split('\n')[0]}`)
  }
  const tomlKey = /^\s*version\s*=\s*(?<q>["'])(?<v>[^"'\n]*)["']/
  const project = data.project as Record<string, unknown> | undefined
  if (project && typeof project.version === 'string') {
    return findInSection(text, /^\s*\[\s*project\s*\]/, tomlKey)
  }
  const poetry = (data.tool as Record<string, unknown> | undefined)?.poetry as Record<string, unknown> | undefined
  if (poetry && typeof poetry.version === 'string') {
    return findInSection(text, /^\s*\[\s*tool\.poetry\s*\]/, tomlKey)
  }
  return null
}

function locatePackageJson(text: string): VersionLocation | null {
  const errors: ParseError[] = []
  const data = parseJsonc(text, errors, { allowTrailingComma: false }) as Record<string, unknown> | undefined
  if (errors.length > 0 || !data || typeof data !== 'object') throw new ConfigurationError('package.json is not valid JSON')
  if (typeof data.version !== 'string') return null
  const edits = modify(text, ['version'], '\u0000', {})
  if (edits.length !== 1) return null
  const { offset, length } = edits[0]
  const version = data.version
  // the edit replaces the quoted value; the version sits inside the quotes
  return { version, start: offset + 1, end: offset + length - 1 }
}

/** Where the version string of a file is, or null when it has none. */
export function locateVersion(kind: VersionFileKind, text: string): VersionLocation | null {
  switch (kind) {
    case 'pyproject':
      return locatePyproject(text)
    case 'setup.cfg':
      return findInSection(text, /^\s*\[\s*metadata\s*\]/, new RegExp(`^\\s*version\\s*[=:]\\s*(?<q>)(?<v>${SEMVER_TEXT})\\s*$`))
    case 'setup.py':
      return findFirst(text, new RegExp(`\\bversion\\s*=\\s*(?<q>["'])(?<v>${SEMVER_TEXT})["']`))
    case 'python':
      return findFirst(text, new RegExp(`^__version__\\s*(?::\\s*str\\s*)?=\\s*(?<q>["'])(?<v>${SEMVER_TEXT})["']`, 'm'))
    case 'package.json':
      return locatePackageJson(text)
    case 'swift':
      return findFirst(text, new RegExp(`\\b(?:let|var)\\s+\\w*[vV]ersion\\s*(?::\\s*String\\s*)?=\\s*(?<q>")(?<v>${SEMVER_TEXT})"`))
    case 'generic':
      return findFirst(text, new RegExp(`\\bversion\\b["']?\\s*[=:]\\s*(?<q>["']?)(?<v>${SEMVER_TEXT})\\k<q>`, 'i'))
  }
}

/** The file's text with only the version string changed, or null when it has no version. */
export function replaceVersion(path: string, text: string, newVersion: string): { text: string, oldVersion: string } | null {
  const kind = kindOf(path)
  const location = locateVersion(kind, text)
  if (!location) return null
  const updated = text.slice(0, location.start) + newVersion + text.slice(location.end)
  // read it back with the same parser (TOML and JSON through their libraries)
  if (locateVersion(kind, updated)?.version !== newVersion) throw new Error(`version edit of ${path} did not read back as ${newVersion}`)
  return { text: updated, oldVersion: location.version }
}
