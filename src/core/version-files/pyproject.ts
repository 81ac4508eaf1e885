import { parse as parseToml } from 'smol-toml'
import { ConfigurationError } from '../errors.js'
import { findInSection, TOML_VERSION_KEY, type VersionFormat } from './format.js'

/** pyproject.toml: [project] version, or [tool.poetry] version; read with a TOML parser, edited in place. */
export const pyproject = {
  kind: 'pyproject',
  ecosystem: 'pep440',
  matches: name => name === 'pyproject.toml',
  detect: (_name, place) => place === 'root',
  locate(text) {
    let data: Record<string, unknown>
    try {
      data = parseToml(text) as Record<string, unknown>
    } catch (error) {
      throw new ConfigurationError(`pyproject.toml is not valid TOML: ${(error as Error).message.split('\n')[0]}`)
    }
    const project = data.project as Record<string, unknown> | undefined
    if (project && typeof project.version === 'string') {
      return findInSection(text, /^\s*\[\s*project\s*\]/, TOML_VERSION_KEY)
    }
    const poetry = (data.tool as Record<string, unknown> | undefined)?.poetry as Record<string, unknown> | undefined
    if (poetry && typeof poetry.version === 'string') {
      return findInSection(text, /^\s*\[\s*tool\.poetry\s*\]/, TOML_VERSION_KEY)
    }
    return null
  }
} as const satisfies VersionFormat
