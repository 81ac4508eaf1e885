import { findFirst, SEMVER_TEXT, type VersionFormat } from './format.js'

/** A VERSION file: the version alone (white space around it is kept). */
export const plain = {
  kind: 'VERSION',
  matches: name => name === 'VERSION',
  detect: (_name, place) => place === 'root',
  locate: text => findFirst(text, new RegExp(`^\\s*(?<v>${SEMVER_TEXT})(?=\\s*$)`))
} as const satisfies VersionFormat
