import { findFirst, SEMVER_TEXT, type VersionFormat } from './format.js'

/** A Swift constant such as `let version = "X.Y.Z"` or `static let sdkVersion: String = "X.Y.Z"`. */
export const swift = {
  kind: 'swift',
  matches: name => name.endsWith('.swift'),
  detect: () => true,
  locate: text =>
    findFirst(
      text,
      new RegExp(`\\b(?:let|var)\\s+\\w*[vV]ersion\\s*(?::\\s*String\\s*)?=\\s*(?<q>")(?<v>${SEMVER_TEXT})"`)
    )
} as const satisfies VersionFormat
