import { modify, parse as parseJsonc, type ParseError } from 'jsonc-parser'
import { ConfigurationError } from '../errors.js'
import type { VersionFormat } from './format.js'

/** package.json: the top-level "version", edited with jsonc-parser. */
export const packageJson = {
  kind: 'package.json',
  matches: name => name === 'package.json',
  detect: (_name, place) => place === 'root',
  locate(text) {
    const errors: ParseError[] = []
    const data = parseJsonc(text, errors, { allowTrailingComma: false }) as Record<string, unknown> | undefined
    if (errors.length > 0 || !data || typeof data !== 'object')
      throw new ConfigurationError('package.json is not valid JSON')
    if (typeof data.version !== 'string') return null
    const edits = modify(text, ['version'], '\u0000', {})
    if (edits.length !== 1) return null
    const { offset, length } = edits[0]
    // the edit replaces the quoted value; the version sits inside the quotes
    return { version: data.version, start: offset + 1, end: offset + length - 1 }
  }
} as const satisfies VersionFormat
