/**
 * What a run does with its configuration file once parsed (config-file.ts parses it): the sections
 * passed down, the inputs layered over the file's keys, the summary's lines for inputs that won.
 * Apart from the parser, so that a run without a file never loads the YAML parser and the validator.
 */
import { scopeOf, type InputName } from './keys.js'
import type { RawValue, ValueReader } from './values.js'
import { DEFAULT_LINES } from '../versioning/release-lines.js'
import type { ConfigSections, InputReader } from './settings.js'
import type { ConfigFile } from './config-file.js'

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
