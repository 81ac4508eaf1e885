import { modify, parse as parseJsonc, type ParseError } from 'jsonc-parser'
import { ConfigurationError } from '../errors.js'
import type { VersionFormat, VersionLocation } from './format.js'

/** Where jsonc-parser would write a string at `path`: the characters inside its quotes. */
function stringAt(text: string, path: Array<string>, version: string): VersionLocation | null {
  const edits = modify(text, path, '\u0000', {})
  if (edits.length !== 1) return null
  const { offset, length } = edits[0]
  return { version, start: offset + 1, end: offset + length - 1 }
}

/**
 * package-lock.json (and npm-shrinkwrap.json): the top-level "version" and the root package's
 * `packages[""].version`. It follows package.json: changed only when package.json is.
 */
function locateAll(text: string): VersionLocation[] {
  const errors: ParseError[] = []
  const data = parseJsonc(text, errors, { allowTrailingComma: false }) as
    { version?: unknown; packages?: Record<string, { version?: unknown }> } | undefined
  if (errors.length > 0 || !data || typeof data !== 'object')
    throw new ConfigurationError('package-lock.json is not valid JSON')
  const found: VersionLocation[] = []
  if (typeof data.version === 'string') {
    const at = stringAt(text, ['version'], data.version)
    if (at) found.push(at)
  }
  const root = data.packages?.['']
  if (root && typeof root.version === 'string') {
    const at = stringAt(text, ['packages', '', 'version'], root.version)
    if (at) found.push(at)
  }
  return found
}

export const packageLock = {
  kind: 'package-lock.json',
  matches: name => name === 'package-lock.json' || name === 'npm-shrinkwrap.json',
  follows: 'package.json',
  locate: text => locateAll(text)[0] ?? null,
  locateAll
} as const satisfies VersionFormat
