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

/** The reference design's release assets, for a version. */
export const DEFAULT_EXPECTED_ASSETS = [
  'fast-vlm-ondevice-{version}.tar.gz',
  'fast_vlm_ondevice-{version}-py3-none-any.whl',
  'FastVLMKit-{version}.zip',
  'models-{version}.zip',
  'benchmarks-{version}.json',
  'SBOM-{version}.json'
]

export function expectedAssetNames(patterns: string[], version: string): string[] {
  return patterns.map(pattern => pattern.replace(/\{version\}/g, version))
}
