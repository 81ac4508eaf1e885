import type { ValidateFunction } from 'ajv'
import { gatesConfigFrom, gatesSchema, type GatesConfig, type GateSpec } from './gates/config.js'
import { CONFIG_KEYS, INPUTS, scopeOf, type InputName, type InputSpec } from './inputs.js'
import type { InputReader } from './settings.js'
import { compileSchema, parseYamlWithSchema } from './yaml-schema.js'
import { RELEASE_LINES_SCHEMA, releaseLinesFrom } from './release-lines.js'

/**
 * The configuration file (.github/release-action.yml by default): what belongs to the repository —
 * tag prefix, version files, notes sections, gates (the reference design's `release_gates` block),
 * publishing, integrations — under the names of the inputs (src/core/inputs.ts, scope `repo` or
 * `both`). Its JSON Schema is generated from the input table and the gates' registry and ships as
 * release-action.schema.json (a test keeps the file equal to it).
 */
export const SCHEMA_FILE = 'release-action.schema.json'

function keySchema(name: InputName): Record<string, unknown> {
  const spec = INPUTS[name] as InputSpec
  const description = spec.doc.replace(/`/g, '')
  if (spec.cli === 'boolean') return { description, type: 'boolean', default: spec.default === 'true' }
  // choices with true and false (release_commit: true | false | api, make_latest: auto | true | false | legacy):
  // YAML's true and false are booleans, so the file may write them unquoted
  if (spec.choices && (spec.choices.includes('true') || spec.choices.includes('false'))) {
    const yaml = (value: string): string | boolean => (value === 'true' ? true : value === 'false' ? false : value)
    return { description, enum: spec.choices.map(yaml), default: yaml(spec.default) }
  }
  if (spec.choices) return { description, enum: [...spec.choices], default: spec.default }
  if (spec.number) return { description, type: 'integer', minimum: 1, default: Number(spec.default) }
  if (spec.list) {
    return {
      description,
      anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      ...(spec.default !== '' ? { default: spec.default } : {})
    }
  }
  return { description, type: 'string', default: spec.default }
}

/** The configuration file's JSON Schema (draft-07). */
export function configSchema(gates: readonly GateSpec[]): Record<string, unknown> {
  const gatesBlock = (gatesSchema(gates).properties as Record<string, unknown>).release_gates
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://github.com/fastvlm-release-action/${SCHEMA_FILE}`,
    title: 'Release action configuration',
    description:
      'What belongs to the repository. Inputs of the same name, given in the workflow, win over these values (the job summary lists each).',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'this schema, for editors' },
      ...Object.fromEntries(CONFIG_KEYS.map(name => [name, keySchema(name)])),
      release_lines: RELEASE_LINES_SCHEMA,
      release_gates: { ...(gatesBlock as object), description: "the reference design's release_gates block" }
    }
  }
}

export interface ConfigFile {
  file: string
  /** Each key as the input's text (lists one item a line, booleans true/false). */
  values: Partial<Record<InputName, string>>
  /** The release_gates block, or null. */
  gates: GatesConfig | null
}

const compiled = new WeakMap<readonly GateSpec[], ValidateFunction>()

/** Parses and validates the configuration file; an error names file, line, key and the allowed keys or type. */
export function parseConfigFile(text: string, file: string, gates: readonly GateSpec[]): ConfigFile {
  let validate = compiled.get(gates)
  if (!validate) {
    validate = compileSchema(configSchema(gates))
    compiled.set(gates, validate)
  }
  const data = parseYamlWithSchema(text, file, validate, `configuration file ${file}`) as Record<string, unknown>
  const values: Partial<Record<InputName, string>> = {}
  for (const name of CONFIG_KEYS) {
    const value = data[name]
    if (value === undefined || value === null) continue
    values[name] = Array.isArray(value) ? value.map(String).join('\n') : String(value)
  }
  // release_lines is read by the release (src/core/release-lines.ts); its patterns are checked now
  if (data.release_lines) releaseLinesFrom(data.release_lines as Record<string, unknown>, file)
  const block = data.release_gates as Record<string, unknown> | undefined
  return { file, values, gates: block ? gatesConfigFrom(block, gates) : null }
}

export interface Override {
  name: InputName
  input: string
  file: string
}

/**
 * Inputs over the configuration file over the defaults: a reader for parseSettings, and where an
 * input and the file disagree (the input wins; the summary says so). An empty input of scope
 * `both` (action.yml's default) is "not given".
 */
export function layered(input: InputReader, config: ConfigFile | null): { read: InputReader; overrides: Override[] } {
  const given = (name: string): string | undefined => {
    const value = input(name)
    if (value === undefined) return undefined
    if (value.trim() === '' && scopeOf(name as InputName) === 'both') return undefined
    return value
  }
  const overrides: Override[] = []
  for (const [name, file] of Object.entries(config?.values ?? {}) as Array<[InputName, string]>) {
    const value = given(name)
    if (value !== undefined && normalized(value) !== normalized(file)) overrides.push({ name, input: value, file })
  }
  return {
    read: name => given(name) ?? config?.values[name as InputName],
    overrides
  }
}

function normalized(value: string): string {
  return value
    .split(/[\n,]/)
    .map(part => part.trim())
    .filter(Boolean)
    .join('\n')
}

/** The summary's lines for inputs that won over the configuration file. */
export function overrideLines(overrides: Override[], file: string): string[] {
  const shown = (value: string) => `"${value.replace(/\n/g, ', ')}"`
  return overrides.map(
    ({ name, input, file: value }) => `Input ${name} (${shown(input)}) overrides ${name}: ${shown(value)} of ${file}.`
  )
}
