import { findInSection, PYTHON_VERSION_TEXT, type VersionFormat } from './format.js'

/** setup.cfg: `version = X.Y.Z` in [metadata]. */
export const setupCfg = {
  kind: 'setup.cfg',
  ecosystem: 'pep440',
  matches: name => name === 'setup.cfg',
  detect: (_name, place) => place === 'root',
  locate: text =>
    findInSection(
      text,
      /^\s*\[\s*metadata\s*\]/,
      new RegExp(`^\\s*version\\s*[=:]\\s*(?<q>)(?<v>${PYTHON_VERSION_TEXT})\\s*$`)
    )
} as const satisfies VersionFormat
