import { dockerTag, pep440Version } from '../versioning/ecosystem-versions.js'

/** `sha256sum` format: one "<hex>  <name>" line a file, sorted by name. */
export function sha256sums(entries: Array<{ name: string; sha256: string }>): string {
  return [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(entry => `${entry.sha256}  ${entry.name}\n`)
    .join('')
}

/** What slsa-github-generator's generic generator takes as base64-subjects: the sums file, base64. */
export function base64Subjects(sums: string): string {
  return Buffer.from(sums, 'utf8').toString('base64')
}

const CONTENT_TYPES: Array<[RegExp, string]> = [
  [/\.whl$/, 'application/zip'],
  [/\.zip$/, 'application/zip'],
  [/\.(tar\.gz|tgz)$/, 'application/gzip'],
  [/\.json$/, 'application/json'],
  [/\.(txt|md)$|SHA256SUMS$/, 'text/plain'],
  [/\.(sig|pem|crt)$/, 'application/octet-stream'],
  [/\.intoto\.jsonl$/, 'application/json']
]

export function contentType(name: string): string {
  return CONTENT_TYPES.find(([pattern]) => pattern.test(name))?.[1] ?? 'application/octet-stream'
}

/**
 * The expected asset names of a release: `{version}` is the SemVer version (npm, Swift, tags),
 * `{pep440_version}` the Python spelling wheels and sdists carry (`1.3.0rc1`), `{docker_version}`
 * the Docker tag form.
 */
export function expectedAssetNames(patterns: string[], version: string): string[] {
  const pep440 = pep440Version(version) ?? version
  return patterns.map(pattern =>
    pattern
      .replace(/\{version\}/g, version)
      .replace(/\{pep440_version\}/g, pep440)
      .replace(/\{docker_version\}/g, dockerTag(version))
  )
}
