import { findFirst, SEMVER_TEXT, type VersionFormat } from './format.js'

/** Any other listed text file: the first `version = "X.Y.Z"` or `version: X.Y.Z` (never found without being listed). */
export const generic = {
  kind: 'generic',
  matches: () => true,
  locate: text =>
    findFirst(text, new RegExp(`\\bversion\\b["']?\\s*[=:]\\s*(?<q>["']?)(?<v>${SEMVER_TEXT})\\k<q>`, 'i'))
} as const satisfies VersionFormat
