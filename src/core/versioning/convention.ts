/**
 * Inferring a project's convention from its own releases: the commits of each of its last
 * releases, and the level the project released them at. Where the project consistently released
 * differently from the standard rules (breaking changes as minor releases, dependency updates as
 * patches, plain messages never), the convention becomes rules (convention-rules.ts) that decide the
 * next release; where the evidence is thin or contradicts itself, nothing is inferred and the note
 * says why. Pure: the releases are read by the caller (src/usecases/release/convention-window.ts).
 */
import semver from 'semver'
import type { AnalyzedCommit, Change } from '../commits/changes.js'
import { KNOWN_TYPES, typeBump } from '../commits/type-table.js'
import type { Bump, BumpLevel } from '../types.js'
import { decideBump } from './bump.js'
import { typeKey, type Convention, type ReleaseRule } from './convention-rules.js'

/** One earlier release: the versions, and the commits of its range (newest first). */
export interface ReleaseSample {
  /** The previous release and this one: tag names (for the evidence) and versions. */
  prev: { name: string; version: string }
  next: { name: string; version: string }
  commits: AnalyzedCommit[]
}

/**
 * A rule is inferred from at least this many releases, with none against it. Measured on the seven
 * shared histories, each release replayed with only its earlier releases (`MEASURE=1 …
 * __tests__/histories.test.ts`): 1 changes a release for the worse (gcp-metadata v0.9.0, from
 * `0.x feat=patch` and `build=patch` each learned from a single release); 2, 3 and 4 change none.
 * 3 keeps a margin over the lowest safe value; git-cliff's 2.x line has 7 such releases.
 */
export const MIN_EVIDENCE = 3
/** The releases read back: the last 20 (the cost follows this window, not the history's length). */
export const WINDOW = 20

interface Observed {
  sample: ReleaseSample
  real: BumpLevel
  preMajor: boolean
  breaking: boolean
  feature: boolean
  /** The level the standard rules give (plain messages of a manual era left out). */
  standard: Bump
  plainOnly: boolean
  /** Some commit of the range is conventional. */
  conventional: boolean
  /** Keys (`chore`, `chore(deps)`) of the conventional commits that release nothing under the standard rules. */
  quiet: Set<string>
}

function levelBetween(prev: semver.SemVer, next: semver.SemVer): BumpLevel | null {
  if (semver.inc(prev, 'major') === next.version) return 'major'
  if (semver.inc(prev, 'minor') === next.version) return 'minor'
  if (semver.inc(prev, 'patch') === next.version) return 'patch'
  return null
}

function isConventional(change: Change): boolean {
  return change.breaking || (change.type !== null && KNOWN_TYPES.has(change.type))
}

function observe(sample: ReleaseSample): Observed | null {
  const prev = semver.parse(sample.prev.version)
  const next = semver.parse(sample.next.version)
  if (!prev || !next || prev.prerelease.length > 0 || next.prerelease.length > 0) return null
  const real = levelBetween(prev, next)
  if (!real) return null
  let decision: ReturnType<typeof decideBump>
  try {
    decision = decideBump(sample.commits, { bump: 'auto', bumpMinorPreMajor: false, currentMajor: prev.major })
  } catch {
    // an earlier release's commits this run cannot decide (a Release-As footer that is no version):
    // already released, they say nothing of the project's rules, and never stop today's release
    return null
  }
  // a footer chose the version: it says nothing of the project's rules
  if (decision.releaseAs?.source === 'footer') return null
  const drivers = decision.drivers.filter(driver => driver.why !== 'plain message')
  const quiet = new Set<string>()
  for (const change of decision.changes) {
    if (change.breaking || change.type === null || !KNOWN_TYPES.has(change.type) || typeBump(change.type)) continue
    const scoped = typeKey(change.type, change.scope)
    const bare = typeKey(change.type, null)
    if (scoped) quiet.add(scoped)
    if (bare) quiet.add(bare)
  }
  return {
    sample,
    real,
    preMajor: prev.major === 0,
    breaking: drivers.some(driver => driver.why === 'breaking change'),
    feature: drivers.some(driver => driver.level === 'minor'),
    standard: drivers[0]?.level ?? 'none',
    plainOnly: decision.manualEra,
    conventional: decision.changes.some(isConventional),
    quiet
  }
}

function since(observed: Observed[]): string {
  return observed.length > 0 ? ` since ${observed[0].sample.prev.name}` : ''
}

/** A level rule for one kind of release: all of them at `level`, at least MIN_EVIDENCE, none against. */
function levelRule(
  key: string,
  what: string,
  observed: Observed[],
  level: BumpLevel,
  contested: Map<string, string>
): ReleaseRule | null {
  const at = observed.filter(entry => entry.real === level)
  if (at.length === 0) return null
  if (at.length < observed.length) {
    contested.set(
      key,
      `no convention inferred for ${what}: the releases contradict each other (${level} in ${at.length} of ${observed.length} releases${since(observed)}); the standard rules apply`
    )
    return null
  }
  if (at.length < MIN_EVIDENCE) return null
  return {
    key,
    level,
    source: 'inferred',
    evidence: `${what} released as ${level} in ${at.length} of ${observed.length} releases${since(observed)}`
  }
}

/**
 * `breaking=minor`: every release of the current major line (the previous release's major) with a
 * breaking change was a minor, at least MIN_EVIDENCE of them. The major release that started the
 * line is no contradiction; a breaking change released as a patch in the line is.
 */
function breakingRule(observed: Observed[], contested: Map<string, string>): ReleaseRule | null {
  const newest = observed.at(-1)
  const major = newest ? semver.major(newest.sample.next.version) : 0
  if (major === 0) return null
  const line = observed.filter(entry => entry.breaking && semver.major(entry.sample.prev.version) === major)
  const minor = line.filter(entry => entry.real === 'minor')
  if (minor.length === 0) return null
  const start = observed.find(entry => entry.sample.next.version === `${major}.0.0`)
  const since = ` since ${start ? start.sample.next.name : line[0].sample.prev.name}`
  if (minor.length < line.length) {
    contested.set(
      'breaking',
      `no convention inferred for breaking changes: the releases contradict each other (minor in ${minor.length} of ${line.length} releases${since}); the standard rules apply`
    )
    return null
  }
  if (minor.length < MIN_EVIDENCE) return null
  return {
    key: 'breaking',
    level: 'minor',
    source: 'inferred',
    evidence: `breaking changes released as minor in ${minor.length} of ${line.length} releases${since}`
  }
}

/**
 * The project's convention, from its earlier releases (oldest first; the last WINDOW are read).
 * @param ignoredTags tags of the prefix that are not releases (`v1`), for the note
 */
export function inferConvention(
  samples: readonly ReleaseSample[],
  options: { bumpMinorPreMajor: boolean; ignoredTags?: number }
): Convention {
  const observed = samples
    .slice(-WINDOW)
    .map(observe)
    .filter((entry): entry is Observed => entry !== null)
  const ignored =
    options.ignoredTags && options.ignoredTags > 0
      ? ` (${options.ignoredTags} tag(s) of the prefix, such as a floating major tag, are not releases)`
      : ''
  if (observed.length < MIN_EVIDENCE) {
    return {
      rules: new Map(),
      note: `no convention inferred: ${observed.length} earlier release(s) to learn from, ${MIN_EVIDENCE} needed${ignored}; the standard rules apply`
    }
  }
  const rules: ReleaseRule[] = []
  const contested = new Map<string, string>()
  const add = (rule: ReleaseRule | null): void => {
    if (rule) rules.push(rule)
  }
  // breaking changes at and above 1.0.0: the current major line's releases (a major release starts
  // a line, as git-cliff's 2.0.0 did before it released breaking changes as minor throughout 2.x)
  add(breakingRule(observed, contested))
  if (!options.bumpMinorPreMajor)
    add(
      levelRule(
        '0.x breaking',
        'breaking changes below 1.0.0',
        observed.filter(entry => entry.breaking && entry.preMajor),
        'minor',
        contested
      )
    )
  add(
    levelRule(
      '0.x feat',
      'features below 1.0.0',
      observed.filter(entry => entry.feature && !entry.breaking && entry.preMajor),
      'patch',
      contested
    )
  )

  // types (and scopes) that released a patch on their own: releases the standard rules would not have made
  const unexplained = observed.filter(entry => entry.standard === 'none' && !entry.plainOnly && entry.real === 'patch')
  const explained = new Set<Observed>()
  for (const scoped of [true, false]) {
    const counts = new Map<string, Observed[]>()
    for (const entry of unexplained) {
      if (explained.has(entry)) continue
      for (const key of entry.quiet)
        if (key.includes('(') === scoped) counts.set(key, [...(counts.get(key) ?? []), entry])
    }
    for (const [key, entries] of [...counts].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
      const left = entries.filter(entry => !explained.has(entry))
      if (left.length < MIN_EVIDENCE) continue
      for (const entry of left) explained.add(entry)
      rules.push({
        key,
        level: 'patch',
        source: 'inferred',
        evidence: `${key} commits alone released a patch in ${left.length} releases (${left
          .slice(-3)
          .map(entry => entry.sample.next.name)
          .join(', ')}${left.length > 3 ? ', …' : ''})`
      })
    }
  }

  // plain messages: a repository whose releases since its last manual-era release were all
  // conventional releases nothing for them (a manual era released them as patches)
  const lastPlain = observed.map(entry => entry.plainOnly).lastIndexOf(true)
  const conventional = observed.slice(lastPlain + 1)
  if (conventional.length >= MIN_EVIDENCE && conventional.every(entry => entry.conventional)) {
    const era = lastPlain >= 0 ? `, after plain-message releases up to ${observed[lastPlain].sample.next.name}` : ''
    rules.push({
      key: 'plain',
      level: 'none',
      source: 'inferred',
      evidence: `all ${conventional.length} releases${since(conventional)} had conventional commits${era}`
    })
  }
  return { rules: new Map(rules.map(rule => [rule.key, rule])), note: '', contested }
}
