import { findFirst, PYTHON_VERSION_TEXT, type VersionFormat } from './format.js'

const MODULES = ['__init__.py', '_version.py', 'version.py']

/** A Python module's `__version__ = "X.Y.Z"` (found as __init__.py, _version.py, version.py at the root and in src/NAME/). */
export const python = {
  kind: 'python',
  ecosystem: 'pep440',
  matches: name => name.endsWith('.py'),
  detect: (name, place) => place !== 'swift' && MODULES.includes(name),
  locate: text =>
    findFirst(text, new RegExp(`^__version__\\s*(?::\\s*str\\s*)?=\\s*(?<q>["'])(?<v>${PYTHON_VERSION_TEXT})["']`, 'm'))
} as const satisfies VersionFormat
