import { parse as parseToml } from 'smol-toml'
import { ConfigurationError } from '../errors.js'
import { findInSection, TOML_VERSION_KEY, type VersionFormat } from './format.js'

/** Cargo.toml: [package] version (a crate that inherits `version.workspace = true` has none of its own). */
export const cargo = {
  kind: 'cargo',
  matches: name => name === 'Cargo.toml',
  detect: (_name, place) => place === 'root',
  locate(text) {
    let data: { package?: { version?: unknown } }
    try {
      data = parseToml(text) as typeof data
    } catch (error) {
      throw new ConfigurationError(`Cargo.toml is not valid TOML: ${(error as Error).message.split('\n')[0]}`)
    }
    if (typeof data.package?.version !== 'string') return null
    return findInSection(text, /^\s*\[\s*package\s*\]/, TOML_VERSION_KEY)
  }
} as const satisfies VersionFormat
