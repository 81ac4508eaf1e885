import semver from 'semver'
import type { BumpDecision } from './bump.js'
import { ConfigurationError } from '../errors.js'
import type { ReleaseTag } from './version.js'

/**
 * Release lines: which kind of release a branch makes. The default branch (base_branch, else main)
 * releases as always; a maintenance branch (`1.x`, `1.2.x`, `support/1.x`) releases inside its
 * range from the line's own tags; a prerelease channel (`next` → `rc`) releases `X.Y.Z-rc.N`;
 * `hotfix/*` stays a hotfix. Configured in the configuration file:
 *
 * ```yaml
 * release_lines:
 *   maintenance: ['*.x', '*.*.x']   # the default
 *   channels:
 *     next: rc
 *     beta: beta
 * ```
 *
 * In a pattern `*` stands for one part of a name: any characters but `/` and `.`. Without a
 * `release_lines` block the default maintenance patterns apply and any other branch releases as
 * the default branch does; with one, a branch that matches no line is an error.
 */

export interface ReleaseLinesConfig {
  /** Branch patterns of maintenance lines; the branch's last part names the range (`1.x`, `1.2.x`). */
  maintenance: string[]
  /** Prerelease channels: a branch pattern and its prerelease identifier. */
  channels: Array<{ branch: string; id: string }>
  /** A release_lines block was written: every branch must then match a line. */
  configured: boolean
  /** With components: the component its lines release (src/core/components/target.ts); absent: the branch says. */
  component?: string
}

export const DEFAULT_MAINTENANCE: readonly string[] = ['*.x', '*.*.x']

export const DEFAULT_LINES: ReleaseLinesConfig = {
  maintenance: [...DEFAULT_MAINTENANCE],
  channels: [],
  configured: false
}

/** The JSON Schema of the configuration file's release_lines block. */
export const RELEASE_LINES_SCHEMA: Record<string, unknown> = {
  description:
    'release lines: maintenance branch patterns (default *.x and *.*.x) and prerelease channels (branch: identifier)',
  type: 'object',
  additionalProperties: false,
  properties: {
    maintenance: {
      description:
        'branch patterns of maintenance lines (* is one part of a name); the branch name ends in N.x or N.N.x, its range',
      anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }]
    },
    channels: {
      description: 'prerelease channels: branch (or pattern) → prerelease identifier, such as next: rc',
      type: 'object',
      additionalProperties: { type: 'string' }
    },
    component: {
      description:
        'with components: the component these lines release (else a branch such as api/1.x names it by its first part)',
      type: 'string'
    }
  }
}

/** A prerelease identifier, as the prerelease input takes it. */
export const PRERELEASE_ID = /^[A-Za-z][0-9A-Za-z-]*$/

/** Why a branch pattern is not valid, or null. */
export function patternProblem(pattern: string): string | null {
  if (pattern === '') return 'is empty'
  if (!/^[A-Za-z0-9._/*-]+$/.test(pattern))
    return 'has characters other than letters, digits, ".", "_", "-", "/" and "*"'
  if (pattern.includes('**')) return 'has "**" (a * already stands for one part of a name)'
  if (/\.\.|\/\/|^[/.-]|\/$|\.$|\.lock$|\/\./.test(pattern)) return 'is not a valid branch name'
  return null
}

/**
 * Whether the branch matches the pattern (`*`: one part of a name, no `/` or `.`). A walk over the
 * pattern's positions, linear in the name: a pattern such as `*-*-*-*` turned into a regular
 * expression would backtrack exponentially on a long name.
 */
export function branchMatches(pattern: string, branch: string): boolean {
  const inPart = (char: string) => char !== '/' && char !== '.'
  // at: pattern positions reached; inStar: the `*` positions that have taken one character or more
  let at = new Set([0])
  let inStar = new Set<number>()
  for (const char of branch) {
    const nextAt = new Set<number>()
    const nextStar = new Set<number>()
    for (const i of at) {
      if (pattern[i] === '*') {
        if (inPart(char)) nextStar.add(i)
      } else if (pattern[i] === char) nextAt.add(i + 1)
    }
    for (const i of inStar) if (inPart(char)) nextStar.add(i)
    for (const i of nextStar) nextAt.add(i + 1)
    if (nextAt.size === 0 && nextStar.size === 0) return false
    at = nextAt
    inStar = nextStar
  }
  return at.has(pattern.length)
}

/** The range a maintenance branch's name states: its last part is `N.x`, `N.x.x` or `N.N.x`. */
export function maintenanceRange(branch: string): { name: string; major: number; minor: number | null } | null {
  const last = branch.slice(branch.lastIndexOf('/') + 1)
  const match = /^(0|[1-9]\d*)\.(?:(0|[1-9]\d*)\.x|x(?:\.x)?)$/.exec(last)
  if (!match) return null
  return { name: last, major: Number(match[1]), minor: match[2] === undefined ? null : Number(match[2]) }
}

/**
 * The release_lines block as validated by the schema (src/core/config/config-file.ts), checked further:
 * patterns, identifiers. `where` names the file for the messages.
 */
export function releaseLinesFrom(block: Record<string, unknown> | undefined | null, where: string): ReleaseLinesConfig {
  if (!block) return DEFAULT_LINES
  const raw = block.maintenance
  const maintenance =
    raw === undefined || raw === null
      ? [...DEFAULT_MAINTENANCE]
      : (Array.isArray(raw) ? raw.map(String) : [String(raw)]).map(p => p.trim()).filter(Boolean)
  for (const pattern of maintenance) {
    const problem = patternProblem(pattern)
    if (problem)
      throw new ConfigurationError(
        `${where}: release_lines.maintenance: the pattern "${pattern}" ${problem}. Use a branch name or pattern such as 1.x, *.x or support/*.x.`
      )
    if (!/(^|\/)[^/]*\.x$/.test(pattern))
      throw new ConfigurationError(
        `${where}: release_lines.maintenance: the pattern "${pattern}" does not end in ".x", so the branch name cannot say which versions it maintains. Use patterns such as *.x (1.x: 1.*), *.*.x (1.2.x: 1.2.*) or support/*.x.`
      )
  }
  const channels: Array<{ branch: string; id: string }> = []
  for (const [branch, value] of Object.entries((block.channels as Record<string, unknown> | undefined) ?? {})) {
    const id = String(value).trim()
    const problem = patternProblem(branch)
    if (problem)
      throw new ConfigurationError(
        `${where}: release_lines.channels: the branch "${branch}" ${problem}. Use a branch name or pattern such as next or beta.`
      )
    if (!PRERELEASE_ID.test(id))
      throw new ConfigurationError(
        `${where}: release_lines.channels.${branch}: "${id}" is not a prerelease identifier. Use letters, digits and hyphens, starting with a letter, such as rc, beta or alpha.`
      )
    channels.push({ branch, id })
  }
  const component = typeof block.component === 'string' ? block.component.trim() : ''
  return { maintenance, channels, configured: true, ...(component ? { component } : {}) }
}

export type ReleaseLine =
  | { kind: 'default'; branch: string }
  | { kind: 'hotfix'; branch: string }
  | { kind: 'other'; branch: string }
  | { kind: 'channel'; branch: string; pattern: string; id: string }
  | {
      kind: 'maintenance'
      branch: string
      pattern: string
      /** `1.x` or `1.2.x`. */
      name: string
      /** The semver range of the line, such as `>=1.0.0 <2.0.0`. */
      range: string
      /** The largest step inside the line: minor on `1.x`, patch on `1.2.x`. */
      level: 'minor' | 'patch'
    }

interface Entry {
  what: string
  pattern: string
  /** How the error listing the lines names it. */
  label: string
}

function entriesOf(config: ReleaseLinesConfig, baseBranch: string): Entry[] {
  return [
    { what: 'the default branch (base_branch)', pattern: baseBranch, label: 'default branch' },
    { what: 'hotfix branches', pattern: 'hotfix/*', label: 'hotfix' },
    ...config.maintenance.map(pattern => ({ what: `maintenance pattern ${pattern}`, pattern, label: 'maintenance' })),
    ...config.channels.map(channel => ({
      what: `channel ${channel.branch} (${channel.id})`,
      pattern: channel.branch,
      label: `channel, ${channel.id}`
    }))
  ]
}

/** One name each pattern matches (`*` as `1`): two patterns that match each other's names overlap. */
function overlaps(entries: Entry[]): { a: Entry; b: Entry; example: string } | null {
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, b] = [entries[i], entries[j]]
      const sampleA = a.pattern.replace(/\*/g, '1')
      const sampleB = b.pattern.replace(/\*/g, '1')
      if (branchMatches(b.pattern, sampleA)) return { a, b, example: sampleA }
      if (branchMatches(a.pattern, sampleB)) return { a, b, example: sampleB }
      if (a.pattern === b.pattern) return { a, b, example: a.pattern }
    }
  }
  return null
}

function describeEntries(entries: Entry[]): string {
  return entries.map(entry => `${entry.pattern} (${entry.label})`).join(', ')
}

/**
 * Whether a release run could start from this branch: without a release_lines block every branch can
 * (as the default branch does); with one, only the branches of its lines. A pull request into any
 * other branch (stacked on a feature branch) releases nothing when merged.
 */
export function isReleaseBranch(branch: string, config: ReleaseLinesConfig, baseBranch: string): boolean {
  if (!config.configured || branch === '' || branch === (baseBranch || 'main')) return true
  return entriesOf(config, baseBranch || 'main').some(entry => branchMatches(entry.pattern, branch))
}

/**
 * The line of a branch ('' when unknown: a detached HEAD without GITHUB_REF_NAME releases as the
 * default branch does). Overlapping patterns and, with a release_lines block, a branch of no line
 * are errors.
 */
export function lineOf(branch: string, config: ReleaseLinesConfig, baseBranch: string): ReleaseLine {
  const base = baseBranch || 'main'
  const entries = entriesOf(config, base)
  const overlap = overlaps(entries)
  if (overlap) {
    throw new ConfigurationError(
      `release_lines: ${overlap.a.what} and ${overlap.b.what} overlap (a branch such as ${overlap.example} matches both), so a branch could be two lines at once. Make the patterns distinct.`
    )
  }
  if (branch === '' || branch === base) return { kind: branch === '' ? 'other' : 'default', branch }
  const matching = entries.filter(entry => branchMatches(entry.pattern, branch))
  if (matching.length > 1) {
    throw new ConfigurationError(
      `Branch ${branch} matches ${matching.map(entry => entry.what).join(' and ')}: it can be only one release line. Make the patterns distinct.`
    )
  }
  const entry = matching[0]
  if (!entry) {
    if (!config.configured) return { kind: 'other', branch }
    throw new ConfigurationError(
      `Branch ${branch} matches no release line of release_lines: ${describeEntries(entries)}. ` +
        `Release from one of these branches, or add the branch (or a pattern) to release_lines.maintenance or release_lines.channels; if it is the repository's default branch, set base_branch: ${branch}.`
    )
  }
  if (entry.pattern === 'hotfix/*') return { kind: 'hotfix', branch }
  const channel = config.channels.find(c => c.branch === entry.pattern)
  if (channel) return { kind: 'channel', branch, pattern: channel.branch, id: channel.id }
  const range = maintenanceRange(branch)
  if (!range) {
    throw new ConfigurationError(
      `Branch ${branch} matches the maintenance pattern ${entry.pattern}, but its name does not say which versions it maintains: name it N.x (1.x: every 1.* release) or N.N.x (1.2.x: patches of 1.2), such as support/1.x.`
    )
  }
  const { major, minor } = range
  return minor === null
    ? {
        kind: 'maintenance',
        branch,
        pattern: entry.pattern,
        name: range.name,
        range: `>=${major}.0.0 <${major + 1}.0.0`,
        level: 'minor'
      }
    : {
        kind: 'maintenance',
        branch,
        pattern: entry.pattern,
        name: range.name,
        range: `>=${major}.${minor}.0 <${major}.${minor + 1}.0`,
        level: 'patch'
      }
}

type Maintenance = Extract<ReleaseLine, { kind: 'maintenance' }>

/** The base version `X.Y.Z` of a version. */
function core(version: string): string {
  const parsed = semver.parse(version)!
  return `${parsed.major}.${parsed.minor}.${parsed.patch}`
}

/** The line's previous release: the highest stable tag within its range reachable from HEAD. */
export function previousInLine(line: Maintenance, reachable: ReleaseTag[]): ReleaseTag | null {
  let best: ReleaseTag | null = null
  for (const tag of reachable) {
    if (tag.prerelease || !semver.satisfies(tag.version, line.range)) continue
    if (!best || semver.gt(tag.version, best.version)) best = tag
  }
  return best
}

/**
 * A release of a maintenance line stays inside its range: the commit that would take it out (a
 * feature on 1.2.x, a breaking change on either) is named. `version` is the planned version.
 */
export function checkLineVersion(
  line: Maintenance,
  input: { version: string; previous: string; decision: BumpDecision; bumpInput: string; tagPrefix: string }
): void {
  if (semver.satisfies(core(input.version), line.range)) return
  const allowed =
    line.level === 'patch'
      ? `only fixes (patches of ${line.name.replace(/\.x$/, '')})`
      : `features and fixes within ${line.name.replace(/\.x$/, '')} (no breaking change)`
  const where = `Branch ${line.branch} maintains ${line.name} (${line.range}) and takes ${allowed}`
  const releaseAs = input.decision.releaseAs
  if (releaseAs && core(input.version) === core(releaseAs.version)) {
    throw new ConfigurationError(
      `${where}, but commit ${releaseAs.sha.slice(0, 7)} asks for ${releaseAs.version} (Release-As), outside the line. Amend or revert that commit, or release ${releaseAs.version} from the default branch.`
    )
  }
  const driver = input.decision.drivers.find(
    d => d.level === 'major' || (d.level === 'minor' && line.level === 'patch')
  )
  if (driver) {
    throw new ConfigurationError(
      `${where}, but commit ${driver.change.sha.slice(0, 7)} "${driver.change.header.slice(0, 100).replace(/[\r\n]/g, ' ')}" is a ${driver.why}: ${input.previous} → ${input.version} leaves the line. ` +
        `Move that commit to the default branch (or to a ${line.level === 'patch' ? `${line.name.replace(/\.\d+\.x$/, '.x')} ` : 'newer '}line), or revert it here.`
    )
  }
  throw new ConfigurationError(
    `${where}, but this release would be ${input.version} (bump: ${input.bumpInput}), outside the line. Use a smaller bump on this branch.`
  )
}

/**
 * A version another line already took: its tag exists here (on another commit) or on origin.
 * `taken` maps a version to where its tag is.
 */
export function checkNotTaken(line: Maintenance, version: string, taken: ReadonlyMap<string, string>): void {
  const where = taken.get(version)
  if (!where) return
  throw new ConfigurationError(
    `Branch ${line.branch} (line ${line.name}) would release ${version}, but that version is already released by another line (${where}): a version is never released twice. ` +
      `If that release belongs to this line (a hotfix of it), merge its tag into ${line.branch} first; otherwise release only fixes here (patches of the line's newest release), or ship this change from the line that owns ${version.replace(/\.\d+$/, '.x')}.`
  )
}

export interface Promotion {
  /** The candidate promoted, such as v1.3.0-rc.3. */
  candidate: ReleaseTag
  /** Its stable version, such as 1.3.0. */
  version: string
}

/**
 * A stable release after release candidates promotes the last one: when the highest prerelease
 * reachable from HEAD above the previous stable release is for `X.Y.Z` and the commits alone
 * would release `X.Y.Z` or less (or nothing), the release is `X.Y.Z` — the level the candidates
 * decided, not re-decided. A higher computed version (a breaking change after a minor's
 * candidate) supersedes the candidate: null. On a maintenance line only its range's candidates count.
 */
export function promotionOf(
  previous: ReleaseTag | null,
  reachable: ReleaseTag[],
  computed: string | null,
  range: string | null = null
): Promotion | null {
  let candidate: ReleaseTag | null = null
  for (const tag of reachable) {
    if (!tag.prerelease) continue
    if (range && !semver.satisfies(core(tag.version), range)) continue
    if (previous && !semver.gt(core(tag.version), previous.version)) continue
    if (!candidate || semver.gt(tag.version, candidate.version)) candidate = tag
  }
  if (!candidate) return null
  const version = core(candidate.version)
  if (computed !== null && semver.gt(core(computed), version)) return null
  return { candidate, version }
}
