import type { ValidateFunction } from 'ajv'
import { gatesConfigFrom, type GateSpec } from '../gates/config.js'
import { CONFIG_KEYS, scopeOf, type InputName } from './keys.js'
import { configSchema } from './schema.js'
import type { RawValue, ValueReader } from './values.js'
import { DEFAULT_LINES, releaseLinesFrom } from '../versioning/release-lines.js'
import type { ConfigSections, InputReader } from './settings.js'
import { compileSchema, parseYamlWithSchema } from './yaml-schema.js'
import { componentsFrom } from '../components/config.js'

export { configSchema, SCHEMA_FILE } from './schema.js'

/**
 * The configuration file (.github/release-action.yml by default): what belongs to the repository —
 * tag prefix, version files, notes sections, gates (the reference design's `release_gates` block),
 * publishing, integrations — under the names of the keys of the table (src/core/config/keys.ts,
 * scope `repo` or `both`). It is read once per run (src/compose.ts): the keys keep the types YAML or
 * JSON gave them (a list stays a list, a number a number) for the settings' readers, and the blocks
 * (release_lines, release_gates) are parsed into their typed sections here. A key is found however
 * the file spells it (quoted, escaped, a JSON file): the parsed document decides, never the text.
 */
export interface ConfigFile {
  file: string
  /** Each key of the table the file sets, as YAML or JSON typed it. */
  values: Partial<Record<InputName, RawValue>>
  /** The release_gates block, or null. */
  gates: ConfigSections['releaseGates']
  /** The release_lines block (the defaults when there is none). */
  releaseLines: ConfigSections['releaseLines']
  /** The components and component_groups blocks (src/core/components/), or null. */
  components?: ConfigSections['components']
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
  const values: Partial<Record<InputName, RawValue>> = {}
  for (const name of CONFIG_KEYS) {
    const value = data[name]
    if (value === undefined || value === null) continue
    values[name] = value as RawValue
  }
  const lines = data.release_lines as Record<string, unknown> | undefined
  const block = data.release_gates as Record<string, unknown> | undefined
  return {
    file,
    values,
    gates: block ? gatesConfigFrom(block, gates) : null,
    releaseLines: lines ? releaseLinesFrom(lines, file) : DEFAULT_LINES,
    components: componentsFrom(data.components, data.component_groups, file)
  }
}

/** The sections a run passes down: the file's blocks, or the defaults without a file. */
export function sectionsOf(config: ConfigFile | null): ConfigSections {
  return {
    file: config?.file ?? null,
    releaseLines: config?.releaseLines ?? DEFAULT_LINES,
    releaseGates: config?.gates ?? null,
    components: config?.components ?? null
  }
}

export interface Override {
  name: InputName
  input: string
  file: string
}

/** A value as the summary shows it and as an input and the file are compared. */
function shownValue(value: RawValue): string {
  return Array.isArray(value) ? value.map(String).join('\n') : String(value)
}

/**
 * Inputs over the configuration file over the defaults: a reader for parseSettings, and where an
 * input and the file disagree (the input wins; the summary says so). An empty input of scope
 * `both` (action.yml's default) is "not given".
 */
export function layered(input: InputReader, config: ConfigFile | null): { read: ValueReader; overrides: Override[] } {
  const given = (name: string): string | undefined => {
    const value = input(name)
    if (value === undefined) return undefined
    if (value.trim() === '' && scopeOf(name as InputName) === 'both') return undefined
    return value
  }
  const overrides: Override[] = []
  for (const [name, raw] of Object.entries(config?.values ?? {}) as Array<[InputName, RawValue]>) {
    const value = given(name)
    const file = shownValue(raw)
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
