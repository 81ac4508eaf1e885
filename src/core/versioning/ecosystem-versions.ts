import semver from 'semver'
import { ConfigurationError } from '../errors.js'

/**
 * One release, in each ecosystem's own spelling. Tags, package.json, Cargo.toml and Swift take the
 * SemVer version itself; Python files take its PEP 440 form (what `python -m build` puts in the
 * wheel's name); Docker tags take a form without `+`, which a Docker tag cannot hold.
 */
export type Ecosystem = 'semver' | 'pep440'

/** SemVer prerelease labels and their PEP 440 spelling (PEP 440's own normalisation of a, b, c, pre, preview). */
const PRE_LABELS: Record<string, 'a' | 'b' | 'rc'> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc'
}

/**
 * The prerelease labels a PEP 440 version can express (for error messages and the README). Not
 * `post`: a SemVer `1.3.0-post.1` is a candidate that sorts before 1.3.0, but PEP 440's
 * `1.3.0.post1` sorts after it, so pip would install the candidate over the final release.
 */
export const PEP440_LABELS = [...Object.keys(PRE_LABELS), 'dev']

/** Splits `rc.1` / `rc1` / `rc` into a label and a number (0 when absent); null when it is not that shape. */
function labelAndNumber(identifiers: ReadonlyArray<string | number>): { label: string; n: number } | null {
  const [first, second, ...rest] = identifiers.map(String)
  if (rest.length > 0 || first === undefined) return null
  const glued = /^([A-Za-z]+)(\d+)$/.exec(first)
  if (glued && second === undefined) return { label: glued[1].toLowerCase(), n: Number(glued[2]) }
  if (!/^[A-Za-z]+$/.test(first)) return null
  if (second === undefined) return { label: first.toLowerCase(), n: 0 }
  if (!/^\d+$/.test(second)) return null
  return { label: first.toLowerCase(), n: Number(second) }
}

/**
 * The PEP 440 form of a SemVer version: `1.3.0-rc.1` → `1.3.0rc1`, `1.3.0-beta.2` → `1.3.0b2`,
 * `1.3.0-dev.2` → `1.3.0.dev2`, build metadata `+g1a2b` → local `+g1a2b`. Null when the prerelease has
 * no PEP 440 spelling that sorts as it does (`1.3.0-nightly.3`; `1.3.0-post.1`, whose `1.3.0.post1`
 * would sort after 1.3.0).
 */
export function pep440Version(version: string): string | null {
  const parsed = semver.parse(version)
  if (!parsed) return null
  let text = `${parsed.major}.${parsed.minor}.${parsed.patch}`
  if (parsed.prerelease.length > 0) {
    const pre = labelAndNumber(parsed.prerelease)
    if (!pre) return null
    if (pre.label === 'dev') text += `.dev${pre.n}`
    else if (PRE_LABELS[pre.label]) text += `${PRE_LABELS[pre.label]}${pre.n}`
    else return null
  }
  if (parsed.build.length > 0) {
    const local = parsed.build.join('.').toLowerCase().replace(/-/g, '.')
    text += `+${local}`
  }
  return text
}

/** The Docker tag form: the SemVer version with `+` (not allowed in a tag) turned into `-`. */
export function dockerTag(version: string): string {
  return version.replace(/\+/g, '-')
}

/** The version as an ecosystem writes it; a ConfigurationError naming the fix when Python cannot spell it. */
export function versionFor(ecosystem: Ecosystem, version: string, file: string): string {
  if (ecosystem === 'semver') return version
  const form = pep440Version(version)
  if (form === null && /^post/i.test(semver.prerelease(version)?.join('.') ?? '')) {
    throw new ConfigurationError(
      `The version ${version} is a candidate of ${version.replace(/-.*$/, '')}, but its PEP 440 spelling in the Python file ${file} would be a post-release (${version.replace(/-.*$/, '')}.postN), which pip sorts after ${version.replace(/-.*$/, '')} and would install over the final release. Use a prerelease identifier that comes before the release (${PEP440_LABELS.join(', ')}), or turn the file off with version_files: "!${file}".`
    )
  }
  if (form === null) {
    throw new ConfigurationError(
      `The version ${version} has no PEP 440 form for the Python file ${file}. Use a prerelease identifier Python understands (${PEP440_LABELS.join(', ')}), or turn the file off with version_files: "!${file}".`
    )
  }
  return form
}

/**
 * A placeholder such as `0.0.0-development`, `0.0.0-semantic-release` or `0.0.0.dev0`: the real
 * version is put in at build time (from the tag), so an auto-detected file holding one is left alone.
 */
export function isPlaceholderVersion(version: string): boolean {
  return /^0\.0\.0(?:[-+.]|dev)/.test(version)
}

/**
 * A version as a file holds it (SemVer, or PEP 440 such as `1.3.0rc1`, `1.3.dev2`, `2.0`), as SemVer,
 * for comparing with tags; null when it is neither. A post-release (`1.3.0.post1`) or a local part
 * counts as its release (at least 1.3.0); an epoch or more than three numbers is not compared.
 */
export function semverOfFileVersion(text: string): string | null {
  const clean = semver.valid(text)
  if (clean) return clean
  const match =
    /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d*))?(?:[-_.]?post[-_.]?\d*)?(?:[-_.]?dev[-_.]?(\d*))?(?:\+[0-9a-z.]+)?$/i.exec(
      text.trim()
    )
  if (!match) return null
  const [, major, minor = '0', patch = '0', label, n, dev] = match
  const core = `${Number(major)}.${Number(minor)}.${Number(patch)}`
  if (label)
    return `${core}-${PRE_LABELS[label.toLowerCase()]}.${Number(n || 0)}${dev !== undefined ? `.dev.${Number(dev || 0)}` : ''}`
  if (dev !== undefined) return `${core}-dev.${Number(dev || 0)}`
  return core
}
