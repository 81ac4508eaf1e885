import { parse as parseToml } from 'smol-toml'
import { ConfigurationError } from '../errors.js'
import { findInSection, TOML_VERSION_KEY, type VersionFormat } from './format.js'

/**
 * Cargo.toml: [package] version, else a workspace's [workspace.package] version (which members
 * inherit with `version.workspace = true`: such a member has no version of its own).
 */
export const cargo = {
  kind: 'cargo',
  matches: name => name === 'Cargo.toml',
  detect: (_name, place) => place === 'root',
  locate(text) {
    let data: { package?: { version?: unknown }; workspace?: { package?: { version?: unknown } } }
    try {
      data = parseToml(text) as typeof data
    } catch (error) {
      throw new ConfigurationError(`Cargo.toml is not valid TOML: ${(error as Error).message.split('\n')[0]}`)
    }
    if (typeof data.package?.version === 'string') return findInSection(text, /^\s*\[\s*package\s*\]/, TOML_VERSION_KEY)
    if (typeof data.workspace?.package?.version === 'string')
      return findInSection(text, /^\s*\[\s*workspace\.package\s*\]/, TOML_VERSION_KEY)
    return null
  }
} as const satisfies VersionFormat
