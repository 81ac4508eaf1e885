/**
 * The release_lines block read from a configuration file's text on its own (apart from
 * release-lines.ts, which every run loads: the YAML parser and the schema validator are loaded only
 * where a file is parsed).
 */
import type { ValidateFunction } from 'ajv'
import { compileSchema, parseYamlWithSchema } from '../config/yaml-schema.js'
import { DEFAULT_LINES, RELEASE_LINES_SCHEMA, releaseLinesFrom, type ReleaseLinesConfig } from './release-lines.js'

let compiled: ValidateFunction | null = null

/** The release_lines block of a configuration file's text (the defaults when there is none). */
export function parseReleaseLines(text: string | null, file: string): ReleaseLinesConfig {
  // the key may be spelled "release_lines", 'release_lines' or in a JSON file: the YAML decides
  if (text === null || !text.includes('release_lines')) return DEFAULT_LINES
  compiled ??= compileSchema({ type: 'object', properties: { release_lines: RELEASE_LINES_SCHEMA } })
  const data = parseYamlWithSchema(text, file, compiled, `configuration file ${file}`) as Record<string, unknown>
  if (!('release_lines' in data)) return DEFAULT_LINES
  return releaseLinesFrom(data.release_lines as Record<string, unknown> | null | undefined, file)
}
