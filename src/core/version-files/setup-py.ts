import { findFirst, SEMVER_TEXT, type VersionFormat } from './format.js'

/** setup.py: the `version="X.Y.Z"` argument. */
export const setupPy = {
  kind: 'setup.py',
  matches: name => name === 'setup.py',
  detect: (_name, place) => place === 'root',
  locate: text => findFirst(text, new RegExp(`\\bversion\\s*=\\s*(?<q>["'])(?<v>${SEMVER_TEXT})["']`))
} as const satisfies VersionFormat
