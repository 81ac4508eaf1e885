import { ConfigurationError } from '../errors.js'
import { DEFAULTS, specOf, type InputName } from './keys.js'

/**
 * A key's raw value: an input's text, or what the configuration file holds (a boolean, a number, a
 * list) as YAML or JSON typed it. Each key's reader below takes either, with one rule per key: no
 * value is turned back into a string to be split again.
 */
export type RawValue = string | number | boolean | readonly unknown[]

/** Returns a key's raw value, or undefined when it was not given at all. */
export type ValueReader = (name: string) => RawValue | undefined

function invalid(name: string, value: RawValue, allowed: string): ConfigurationError {
  return new ConfigurationError(`Input ${name} has the invalid value "${String(value)}". ${allowed}`)
}

/** The value, or the key's default; a string trimmed. */
export function rawOf(read: ValueReader, name: InputName): RawValue {
  const value = read(name) ?? DEFAULTS[name]
  return typeof value === 'string' ? value.trim() : value
}

/** A string key (a YAML number or boolean where a string is meant reads as its text). */
export function textOf(read: ValueReader, name: InputName): string {
  const value = rawOf(read, name)
  if (Array.isArray(value)) throw invalid(name, value.join(', '), 'Use one value, not a list.')
  return String(value)
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

export function boolValue(name: string, value: RawValue): boolean {
  if (typeof value === 'boolean') return value
  if (typeof value === 'string' && TRUE.includes(value)) return true
  if (typeof value === 'string' && FALSE.includes(value)) return false
  throw invalid(name, value, 'Allowed values: true, false.')
}

export function boolOf(read: ValueReader, name: InputName): boolean {
  return boolValue(name, rawOf(read, name))
}

/** One of the key's choices; a YAML true/false is the choice `true`/`false`. */
export function choiceOf<T extends string>(read: ValueReader, name: InputName, allowed: readonly T[]): T {
  const raw = rawOf(read, name)
  const value = typeof raw === 'boolean' ? String(raw) : raw
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  const shown = allowed.map(a => (a === '' ? '(empty)' : a)).join(', ')
  throw invalid(name, value, `Allowed values: ${shown}.`)
}

/** A number within the key's range: one rule for the input's text and the file's number. */
export function numberOf(read: ValueReader, name: InputName): number {
  const range = specOf(name).range
  if (!range) throw new Error(`${name} has no range`)
  const raw = rawOf(read, name)
  const pattern = range.integer ? /^\d+$/ : /^\d+(\.\d+)?$/
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && pattern.test(raw) ? Number(raw) : NaN
  const low = range.exclusiveMin ? value <= range.min : value < range.min
  if (!Number.isFinite(value) || low || value > range.max || (range.integer && !Number.isInteger(value))) {
    const bounds = range.exclusiveMin
      ? `above ${range.min} and at most ${range.max}`
      : `from ${range.min} to ${range.max}`
    throw invalid(name, raw, `Use ${range.unit} ${bounds}, such as ${range.example}.`)
  }
  return value
}

const SPLIT = { lines: /\r?\n/, 'lines-commas': /[\n,]/, words: /[\s,]+/ } as const

/** A list key: the file's list item by item; an input's text split by the key's rule. */
export function listOf(read: ValueReader, name: InputName): string[] {
  const raw = rawOf(read, name)
  const items = Array.isArray(raw)
    ? raw.map(item => String(item))
    : String(raw).split(SPLIT[specOf(name).split ?? 'lines-commas'])
  return items.map(item => item.trim()).filter(Boolean)
}
