import semver from 'semver'
import type { AnalyzedCommit, Change } from '../commits/changes.js'
import { KNOWN_TYPES, releasingTypesList, typeBump } from '../commits/type-table.js'
import { ConfigurationError } from '../errors.js'
import { BUMP_ORDER, type Bump, type BumpLevel } from '../types.js'
import { describeRule, ruleFor, ruleKeys, STANDARD, type Convention, type ReleaseRule } from './convention-rules.js'

export type BumpInput = 'auto' | BumpLevel

export interface Driver {
  change: Change
  level: BumpLevel
  why: string
  /** The project's rule that set this level (convention-rules.ts), when it differs from the standard one. */
  rule?: ReleaseRule
  /** The level the standard rules give (set with `rule`; 'none': the standard rules release nothing for it). */
  standard?: Bump
}

export interface BumpDecision {
  bump: Bump
  /** Changes that go into the notes, oldest first (merges, skipped and cancelled commits left out). */
  changes: Change[]
  /** Changes that called for a release, strongest first. */
  drivers: Driver[]
  /** Shas of commits cancelled by a revert in the same range (the revert included). */
  cancelled: Set<string>
  /** Shas excluded by `[skip release]`. */
  skipped: string[]
  /**
   * The version the range asks for explicitly, and the commit that asks: the newest
   * `Release-As` footer, else a release commit at the head of the range that names the next version.
   */
  releaseAs: { version: string; sha: string; source: 'footer' | 'release commit' } | null
  /** One sentence that explains the decision. */
  reason: string
  /** HEAD is a plain release commit (`1.2.0`, `Release v1.2.0`): its notes list every change. */
  handMade: boolean
  /** No commit of the range is conventional: the plain messages that made the release are listed. */
  manualEra: boolean
}

export interface BumpOptions {
  bump: BumpInput
  /** Below 1.0.0, breaking changes bump minor instead of major. */
  bumpMinorPreMajor: boolean
  /** The current (previous release) major version, for the pre-major rule. */
  currentMajor: number
  /** The previous release's version (null for a first release), to check a release commit's version. */
  previous?: string | null
  /** The project's release rules (explicit or inferred from its releases); absent: the standard rules. */
  convention?: Convention
}

/** `named` is `previous` bumped by one level (a prerelease of that counts too). */
/** Text a person wrote: a letter, and no control characters or undecodable bytes. */
function hasText(header: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /\p{L}/u.test(header) && !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(header)
}

/** The level between two versions (`previous` bumped to `next`). */
function levelBetween(previous: string, next: string): BumpLevel {
  const from = semver.parse(previous)!
  const to = semver.parse(next)!
  return to.major !== from.major ? 'major' : to.minor !== from.minor ? 'minor' : 'patch'
}

function isNextStep(previous: string, named: string): boolean {
  const version = semver.parse(named)
  if (!version || !semver.valid(previous)) return false
  const base = `${version.major}.${version.minor}.${version.patch}`
  return (['patch', 'minor', 'major'] as const).some(level => semver.inc(previous, level) === base)
}

/** What a change bumps: breaking → major; else what its type bumps (commits/type-table.ts); a revert → patch. */
function standardLevelOf(change: Change): { level: BumpLevel; why: string } | null {
  if (change.breaking) return { level: 'major', why: 'breaking change' }
  const byType = typeBump(change.type)
  if (byType) return byType
  if (change.isRevert) return typeBump('revert')
  return null
}

/**
 * What a change bumps under the project's rules: the standard level unless a rule (explicit or
 * inferred) says otherwise; `{ level: null }` with the rule when the rule releases nothing for it.
 */
function levelOf(
  change: Change,
  preMajor: boolean,
  convention: Convention
): { level: BumpLevel | null; why: string; rule?: ReleaseRule; standard?: Bump } | null {
  const standard = standardLevelOf(change)
  const conventional = isConventional(change) || change.isRevert
  const rule = conventional ? ruleFor(change, preMajor, convention) : convention.rules.get('plain')
  if (!rule || rule.level === (standard?.level ?? 'none')) return standard
  const why = standard?.why ?? (conventional ? (change.type ?? 'change') : 'plain message')
  return { level: rule.level === 'none' ? null : rule.level, why, rule, standard: standard?.level ?? 'none' }
}

/** A change written as a conventional commit (a known type, or a breaking change). */
function isConventional(change: Change): boolean {
  return change.breaking || (change.type !== null && KNOWN_TYPES.has(change.type))
}

function shortSha(sha: string): string {
  return sha.slice(0, 7)
}

/**
 * Reverts, newest first: a live revert cancels its target (named by sha, full or abbreviated to
 * 7+ characters, or else by the quoted header of an older commit in range, as when history was
 * rebased); a cancelled revert cancels nothing. Only the shas and headers the reverts name are
 * indexed, in one pass over the range.
 */
function resolveReverts(commits: AnalyzedCommit[]): { cancelled: Set<string>; revertPairs: Set<string> } {
  const cancelled = new Set<string>()
  const revertPairs = new Set<string>()
  const reverts: number[] = []
  for (let index = 0; index < commits.length; index++) {
    const commit = commits[index]
    if (!commit.merge && !commit.skip && commit.changes[0].isRevert) reverts.push(index)
  }
  if (reverts.length === 0) return { cancelled, revertPairs }

  const hashes = new Set<string>()
  const headers = new Map<string, number[]>()
  for (const index of reverts) {
    const { revertOf, revertHeader } = commits[index].changes[0]
    if (revertOf && revertOf.length >= 7) hashes.add(revertOf.toLowerCase())
    if (revertHeader) headers.set(revertHeader, [])
  }
  const abbreviated = new Set([...hashes].filter(hash => hash.length < 40).map(hash => hash.slice(0, 7)))
  const bySha = new Map<string, string[]>() // a named hash → the shas it matches
  for (let index = 0; index < commits.length; index++) {
    const { sha, merge, changes } = commits[index]
    if (hashes.has(sha)) bySha.set(sha, [sha])
    if (abbreviated.size > 0 && abbreviated.has(sha.slice(0, 7))) {
      for (const hash of hashes) {
        if (hash.length < 40 && sha.startsWith(hash)) bySha.set(hash, [...(bySha.get(hash) ?? []), sha])
      }
    }
    if (!merge) headers.get(changes[0].header)?.push(index) // ascending positions
  }

  for (const index of reverts) {
    const { sha } = commits[index]
    if (cancelled.has(sha)) continue
    const main = commits[index].changes[0]
    const matches = main.revertOf ? bySha.get(main.revertOf.toLowerCase()) : undefined
    let target = matches?.length === 1 ? matches[0] : null
    if (!target && main.revertHeader) {
      // the nearest older commit with that header that is still live
      for (const position of headers.get(main.revertHeader) ?? []) {
        if (position > index && !cancelled.has(commits[position].sha)) {
          target = commits[position].sha
          break
        }
      }
    }
    if (target && target !== sha) {
      cancelled.add(target)
      revertPairs.add(sha)
    }
  }
  return { cancelled, revertPairs }
}

/**
 * Decides the bump for the commits of a range.
 * @param commits the range as `git log` lists it, newest first
 */
export function decideBump(commits: AnalyzedCommit[], options: BumpOptions): BumpDecision {
  const { cancelled, revertPairs } = resolveReverts(commits)
  for (const sha of revertPairs) cancelled.add(sha)

  const changes: Change[] = []
  const drivers: Driver[] = []
  const skipped: string[] = []
  const convention = options.convention ?? STANDARD
  const preMajor = options.currentMajor === 0
  /** Rules that lowered a change below its standard level, or released nothing for it. */
  const lowered: Driver[] = []
  /** Why no rule decided some change: its kind's releases contradict each other. */
  const contested = new Set<string>()
  let releaseAs: BumpDecision['releaseAs'] = null
  for (let index = commits.length - 1; index >= 0; index--) {
    const analyzed = commits[index]
    const sha = analyzed.sha
    if (analyzed.skip) {
      skipped.push(sha)
      continue
    }
    if (analyzed.merge) continue
    if (cancelled.has(sha)) {
      // a revert and its target leave the notes together, but the revert still releases a patch:
      // the projects in the real histories released such ranges (a reverted chore included)
      if (revertPairs.has(sha)) drivers.push({ change: analyzed.changes[0], level: 'patch', why: 'revert' })
      continue
    }
    if (analyzed.releaseAs !== null) {
      const version = semver.valid(analyzed.releaseAs)
      if (!version) {
        throw new ConfigurationError(
          `Commit ${shortSha(sha)} has the footer "Release-As: ${analyzed.releaseAs.slice(0, 80)}", which is not a version. ` +
            'Write Release-As: X.Y.Z (for example Release-As: 2.0.0), or revert that commit.'
        )
      }
      releaseAs = { version, sha, source: 'footer' } // the newest wins
    }
    // a release commit (`chore: release 1.2.0`, `1.2.0`) is neither a change nor a reason to release
    if (analyzed.namesVersion !== null) continue
    for (const change of analyzed.changes) {
      if (change.type === null && !hasText(change.header)) continue // an empty or binary message is no change
      changes.push(change)
      const decided = levelOf(change, preMajor, convention)
      if (convention.contested && !decided?.rule)
        for (const key of ruleKeys(change, preMajor)) {
          const note = convention.contested.get(key)
          if (note) contested.add(note)
        }
      if (!decided) continue
      const { level, ...rest } = decided
      if (level) drivers.push({ change, level, ...rest })
      if (decided.rule && BUMP_ORDER[level ?? 'none'] < BUMP_ORDER[decided.standard ?? 'none'])
        lowered.push({ change, level: level ?? 'patch', ...rest })
    }
  }

  // A range without a single conventional commit is a manual era (plain messages, released by
  // hand): the real histories released every such range, so each plain message counts as a patch.
  // Among conventional commits, a plain message releases nothing (as a chore would).
  // A rule for plain messages (plain=none: a conventional-commits repository) replaces this.
  const plainRule = convention.rules.get('plain')
  // (a rule that releases them, plain=patch, made their drivers already)
  const noConventional = changes.length > 0 && !changes.some(isConventional)
  const manualEra = noConventional && (plainRule ? plainRule.level !== 'none' : drivers.length === 0)
  if (manualEra && !plainRule)
    for (const change of changes) drivers.push({ change, level: 'patch', why: 'plain message' })

  // strongest first, in history order within a level (a stable bucket sort)
  const byLevel: Record<BumpLevel, Driver[]> = { major: [], minor: [], patch: [] }
  for (const driver of drivers) byLevel[driver.level].push(driver)
  drivers.length = 0
  drivers.push(...byLevel.major, ...byLevel.minor, ...byLevel.patch)
  let bump: Bump = drivers.length > 0 ? drivers[0].level : 'none'
  if (bump === 'major' && options.bumpMinorPreMajor && options.currentMajor === 0) bump = 'minor'

  // A release commit at HEAD itself (`1.2.0`, `chore: release 1.2.0`, a release tool's commit; not a
  // commit further down, which a merged branch could bring) names the version its maintainer
  // chose, when it is one step above the previous release; a footer still wins. Maintainers in the
  // real histories released below what the commits called for (a feat as 0.6.2), so the commit
  // is followed, and the reason says so.
  const head = commits.length > 0 && !commits[0].merge ? commits[0] : undefined
  let belowCommits = ''
  if (!releaseAs && head?.namesVersion && options.previous && isNextStep(options.previous, head.namesVersion)) {
    releaseAs = { version: semver.valid(head.namesVersion)!, sha: head.sha, source: 'release commit' }
    const named = levelBetween(options.previous, head.namesVersion)
    if (BUMP_ORDER[named] < BUMP_ORDER[bump]) belowCommits = ` (a ${named}, below the ${bump} the commits call for)`
  }

  let reason: string
  if (options.bump !== 'auto') {
    reason = `bump input set to ${options.bump}`
    bump = options.bump
  } else if (releaseAs) {
    reason =
      releaseAs.source === 'footer'
        ? `Release-As: ${releaseAs.version} footer in ${shortSha(releaseAs.sha)}`
        : `release commit ${shortSha(releaseAs.sha)} names ${releaseAs.version}${belowCommits}`
    if (bump === 'none') bump = 'patch'
  } else if (bump === 'none') {
    reason =
      changes.length === 0
        ? 'no commits to release since the previous release'
        : `no releasable commits: none of the ${changes.length} change(s) is a ${releasingTypesList()} or breaking change`
    // a conventional-commits repository: plain messages alone release nothing (today's rule released a patch)
    if (plainRule?.level === 'none' && !changes.some(isConventional))
      reason +=
        ` (${changes.length} plain message(s), such as ${shortSha(changes[0].sha)}, release nothing here; ` +
        `write the commit message or pull request title as a conventional commit, such as "fix: …" for a patch or "feat: …" for a minor; ${describeRule(plainRule)})`
  } else {
    const strongest = drivers.filter(driver => driver.level === drivers[0].level)
    const listed = strongest
      .slice(0, 5)
      .map(driver => `${shortSha(driver.change.sha)} ${driver.why}`)
      .join(', ')
    const more = strongest.length > 5 ? ` and ${strongest.length - 5} more` : ''
    reason = `${bump} because of ${listed}${more}`
    if (manualEra && !plainRule) reason += ' (no conventional commits in the range: plain messages release a patch)'
    if (drivers[0].level === 'major' && bump === 'minor')
      reason += ' (breaking changes bump minor before 1.0.0: bump_minor_pre_major)'
  }
  // the project's rules that decided this release: those of the deciding level, and those that lowered a stronger one
  if (options.bump === 'auto' && !releaseAs) {
    const applied = new Set<ReleaseRule>()
    for (const driver of [...drivers, ...lowered]) {
      if (!driver.rule) continue
      const decides = driver.level === bump && BUMP_ORDER[driver.standard ?? 'none'] < BUMP_ORDER[driver.level]
      if (decides || BUMP_ORDER[driver.standard ?? 'none'] > BUMP_ORDER[bump]) applied.add(driver.rule)
    }
    for (const rule of applied) reason += `; ${describeRule(rule)}`
    for (const note of contested) reason += `; ${note}`
  }
  if (cancelled.size > 0) reason += `; ${cancelled.size} commit(s) cancelled by reverts in the range`
  if (skipped.length > 0) reason += `; ${skipped.length} commit(s) skipped by [skip release]`
  const handMade = releaseAs?.source === 'release commit' && head?.changes[0].type === null
  return { bump, changes, drivers, cancelled, skipped, releaseAs, reason, handMade, manualEra }
}
