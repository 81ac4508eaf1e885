import { findFirst, PYTHON_VERSION_TEXT, type VersionFormat } from './format.js'
import { PYTHON_VERSION_MODULES as MODULES } from './layout.js'

/** A Python module's `__version__ = "X.Y.Z"` (found as __init__.py, __version__.py, _version.py, version.py, __about__.py at the root, in src/NAME/ and in the package folder the metadata names). */
export const python = {
  kind: 'python',
  ecosystem: 'pep440',
  matches: name => name.endsWith('.py'),
  detect: (name, place) => place !== 'swift' && MODULES.includes(name),
  locate: text =>
    findFirst(text, new RegExp(`^__version__\\s*(?::\\s*str\\s*)?=\\s*(?<q>["'])(?<v>${PYTHON_VERSION_TEXT})["']`, 'm'))
} as const satisfies VersionFormat
