import { findFirst, PYTHON_VERSION_TEXT, type VersionFormat } from './format.js'

/** setup.py: the `version="X.Y.Z"` argument. */
export const setupPy = {
  kind: 'setup.py',
  ecosystem: 'pep440',
  matches: name => name === 'setup.py',
  detect: (_name, place) => place === 'root',
  locate: text => findFirst(text, new RegExp(`\\bversion\\s*=\\s*(?<q>["'])(?<v>${PYTHON_VERSION_TEXT})["']`))
} as const satisfies VersionFormat
