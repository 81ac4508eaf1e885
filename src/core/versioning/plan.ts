import semver from 'semver'
import { ConfigurationError } from '../errors.js'
import { decideBump, type BumpDecision } from './bump.js'
import type { AnalyzedCommit } from '../commits/changes.js'
import {
  COMPLETE_SECTIONS,
  DEFAULT_SECTIONS,
  RELEASE_BODY_LIMIT,
  renderChangelogSection,
  renderReleaseNotes,
  renderSections,
  type Installation,
  type NotesSection
} from '../notes/notes.js'
import type { Settings } from '../config/settings.js'
import type { Bump } from '../types.js'
import { nextVersion, type ReleaseTag } from './version.js'
import { checkLineVersion, checkNotTaken, promotionOf, type ReleaseLine } from './release-lines.js'
import type { TagMeta } from '../record/release-record.js'
import { inferConvention, type ReleaseSample } from './convention.js'
import { mergeConventions, parseReleaseRules, STANDARD, type Convention } from './convention-rules.js'

/** What planRelease reads of the settings. */
export type PlanSettings = Pick<
  Settings,
  | 'bump'
  | 'bumpMinorPreMajor'
  | 'initialVersion'
  | 'prerelease'
  | 'tagPrefix'
  | 'changelogFile'
  | 'dryRun'
  | 'notesSections'
  | 'inferConvention'
  | 'releaseRules'
>

export interface PlanInput {
  settings: PlanSettings
  /** The range since the previous release, newest first. */
  commits: AnalyzedCommit[]
  previous: ReleaseTag | null
  allTags: ReleaseTag[]
  repoUrl: string | null
  packageName: string | null
  installs?: Installation[]
  date: string
  /** A hotfix release: always a patch of `previous`. */
  hotfix?: { severity: string }
  /**
   * Versions that were released once and must never be released again (rolled back, or a tag that
   * exists elsewhere), each with why: the next free version is released instead.
   */
  burned?: ReadonlyMap<string, string>
  /** The branch's release line (src/core/versioning/release-lines.ts); absent: the default branch. */
  line?: ReleaseLine
  /** Prerelease tags reachable from HEAD: a stable release promotes the last candidate (promotionOf). */
  candidates?: ReleaseTag[]
  /** A maintenance line: versions whose tag exists elsewhere (here on another commit, or on origin), with where. */
  taken?: ReadonlyMap<string, string>
  /** The repository's own sections (learned from its changelog, core/notes/conventions.ts), instead of the defaults. */
  sections?: readonly NotesSection[]
  /** The sections of a release made by hand, learned with `sections` (every kind the changelog does not leave out); absent: all. */
  handMadeSections?: readonly NotesSection[]
  /**
   * The project's earlier releases (oldest first) and the commits of each, to infer its convention
   * from (convention.ts); absent: none was read (the standard rules and `release_rules` apply).
   */
  releases?: readonly ReleaseSample[]
  /** Tags of the prefix that are not releases (`v1`), for the reason when nothing is inferred. */
  ignoredTags?: number
  /**
   * The version the files hold when it is above `previous` (or above initial_version with no tag),
   * with why: the release goes on from it, never down (src/usecases/release/never-down.ts).
   */
  floor?: { version: string; why: string } | null
}

/** The rules that decide: `release_rules` (explicit), over what the releases show unless infer_convention is off. */
export function conventionOf(input: Pick<PlanInput, 'settings' | 'releases' | 'ignoredTags'>): Convention {
  const explicit = parseReleaseRules(input.settings.releaseRules ?? [])
  const inferred =
    input.settings.inferConvention !== false && input.releases
      ? inferConvention(input.releases, {
          bumpMinorPreMajor: input.settings.bumpMinorPreMajor,
          ignoredTags: input.ignoredTags
        })
      : STANDARD
  return mergeConventions(explicit, inferred)
}

/**
 * The first version from `version` on that is not burned: a stable version moves to its next patch
 * (1.3.0 → 1.3.1, still the same bump over the previous release), a prerelease to its next number.
 */
function skipBurned(
  version: string,
  burned: ReadonlyMap<string, string>,
  taken: ReadonlySet<string>
): { version: string; skipped: string[] } {
  const skipped: string[] = []
  let candidate = version
  while (burned.has(candidate) || (skipped.length > 0 && taken.has(candidate))) {
    skipped.push(candidate)
    candidate = semver.inc(candidate, semver.prerelease(candidate) ? 'prerelease' : 'patch') ?? candidate
    if (skipped.length > 1000) throw new Error(`no free version after ${version}`)
  }
  return { version: candidate, skipped }
}

/**
 * A prerelease of a version already released stable (here, or tagged on origin) comes after it:
 * `1.3.0-rc.2` once `v1.3.0` exists, on a branch that lacks the release (a channel that never merged
 * the promotion back). An error, not a release.
 */
function checkNotReleased(
  version: string,
  allTags: ReleaseTag[],
  burned: ReadonlyMap<string, string> | undefined,
  tagPrefix: string
): void {
  const parsed = semver.parse(version)
  if (!parsed || parsed.prerelease.length === 0) return
  const stable = `${parsed.major}.${parsed.minor}.${parsed.patch}`
  const here = allTags.some(tag => !tag.prerelease && tag.version === stable)
  if (!here && !burned?.get(stable)?.startsWith('is tagged on')) return
  const tag = `${tagPrefix}${stable}`
  throw new ConfigurationError(
    `${version} would be a prerelease of ${stable}, which is already released (${tag}${here ? '' : ' on origin'}): this branch's history lacks that release. ` +
      `Merge it into this branch (git fetch --tags, then git merge ${tag}) and run again: the next candidate is then of the next version.`
  )
}

export interface ReleasePlan {
  released: boolean
  version: string
  tag: string
  previousVersion: string
  previousTag: string
  bump: Bump
  reason: string
  decision: BumpDecision
  notes: string
  changelogSection: string
  commitCount: number
  hotfix: boolean
  /** What the annotated tag says about the release (its trailers). */
  tagMeta: TagMeta
  /** A release of a maintenance line (`1.x`): never "latest" while a higher release exists. */
  maintenanceLine?: string
  /** The release candidate this stable release promotes (its tag), such as v1.3.0-rc.3. */
  promotedFrom?: string
}

export function planRelease(input: PlanInput): ReleasePlan {
  const { settings, commits, previous, hotfix } = input
  const convention = hotfix ? STANDARD : conventionOf(input)
  const floor = input.floor ?? null
  const from = floor?.version ?? previous?.version ?? null
  const decision = decideBump(commits, {
    bump: hotfix ? 'patch' : settings.bump,
    bumpMinorPreMajor: settings.bumpMinorPreMajor,
    currentMajor: from ? Number(from.split('.')[0]) : 0,
    previous: from,
    convention
  })
  // nothing inferred: the reason says why (too few releases, releases that contradict each other)
  // (at the end of the reason, after the version it decided)
  const conventionNote =
    convention.note && settings.bump === 'auto' && !decision.releaseAs ? ` (${convention.note})` : ''
  const line = input.line
  const prerelease = settings.prerelease || (line?.kind === 'channel' ? line.id : '')
  // a candidate's own release commit at HEAD names the candidate: a stable release promotes it instead
  const candidateCommit =
    !prerelease && decision.releaseAs?.source === 'release commit' && semver.prerelease(decision.releaseAs.version)
  const releaseAs =
    settings.bump === 'auto' && !hotfix && !candidateCommit ? (decision.releaseAs?.version ?? null) : null
  let next = nextVersion({
    previous: from,
    bump: decision.bump,
    initialVersion: settings.initialVersion,
    prerelease,
    allTags: input.allTags,
    releaseAs
  })
  // a stable release after release candidates releases the last candidate's X.Y.Z, not a re-decided level
  const promotion =
    !prerelease && !hotfix && !releaseAs
      ? promotionOf(
          previous,
          input.candidates ?? [],
          next?.version ?? null,
          line?.kind === 'maintenance' ? line.range : null
        )
      : null
  if (promotion) {
    next = nextVersion({
      previous: from,
      bump: 'none',
      initialVersion: settings.initialVersion,
      prerelease: '',
      allTags: input.allTags,
      releaseAs: promotion.version
    })
  }
  if (next && prerelease) checkNotReleased(next.version, input.allTags, input.burned, settings.tagPrefix)
  // a candidate of a version a rollback burned would never be released: candidates of the next free version
  let candidateNote = ''
  const stable = next && prerelease && !releaseAs ? next.version.replace(/-.*$/, '') : ''
  const rolledBack = stable && input.burned ? input.burned.get(stable) : undefined
  if (next && input.burned && rolledBack && !rolledBack.startsWith('is tagged on')) {
    const free = skipBurned(stable, input.burned, new Set(input.allTags.map(tag => tag.version))).version
    const moved = nextVersion({
      previous: from,
      bump: 'none',
      initialVersion: settings.initialVersion,
      prerelease,
      allTags: input.allTags,
      releaseAs: free
    })
    if (moved) {
      candidateNote = `; ${stable} ${rolledBack}, and a version is never reused, nor are its candidates: ${moved.version} instead`
      next = { ...moved, bump: next.bump }
    }
  }
  if (next && line?.kind === 'maintenance')
    checkLineVersion(line, {
      version: next.version,
      previous: previous?.version ?? '',
      decision,
      bumpInput: settings.bump,
      tagPrefix: settings.tagPrefix
    })
  const burned = input.burned ?? new Map<string, string>()
  let burnedNote = ''
  if (next && burned.has(next.version)) {
    if (releaseAs) {
      throw new ConfigurationError(
        `Release-As: ${releaseAs} names a version that was already released once (${burned.get(next.version)}): a version is never reused, since installers and registries such as PyPI keep the first. ` +
          'Amend or revert the commit with that footer, or name a later version.'
      )
    }
    const free = skipBurned(next.version, burned, new Set(input.allTags.map(tag => tag.version)))
    burnedNote = `; ${free.skipped.map(version => `${version} ${burned.get(version) ?? 'is taken'}`).join('; ')}, and a version is never reused: ${free.version} instead`
    next.version = free.version
  }
  if (next && line?.kind === 'maintenance') checkNotTaken(line, next.version, input.taken ?? new Map())
  const tagMeta: TagMeta = hotfix
    ? { type: 'hotfix', severity: hotfix.severity, hotfixOf: previous?.name }
    : { type: 'release' }
  const base = {
    previousVersion: previous?.version ?? '',
    previousTag: previous?.name ?? '',
    decision,
    commitCount: commits.length,
    hotfix: Boolean(hotfix),
    tagMeta,
    ...(line?.kind === 'maintenance' ? { maintenanceLine: line.name } : {})
  }
  if (!next) {
    return {
      ...base,
      released: false,
      version: '',
      tag: '',
      bump: 'none',
      reason: decision.reason,
      notes: '',
      changelogSection: ''
    }
  }
  const tag = `${settings.tagPrefix}${next.version}`
  const why = hotfix
    ? `hotfix (severity: ${hotfix.severity}) of ${previous?.name}, always a patch`
    : promotion
      ? `promotes release candidate ${promotion.candidate.name} to ${promotion.version} (the level its candidates decided; the notes gather everything since ${previous?.name ?? 'the first commit'})`
      : decision.reason
  const linePrefix =
    line?.kind === 'maintenance'
      ? `maintenance line ${line.name} (branch ${line.branch}): `
      : line?.kind === 'channel' && !settings.prerelease
        ? `prerelease channel ${line.branch} (${line.id}): `
        : ''
  const reason =
    linePrefix +
    (floor
      ? `${why}: ${floor.version} → ${next.version} (${floor.why})`
      : previous
        ? `${why}: ${previous.version} → ${next.version}`
        : `${why}: first release ${next.version} (no earlier ${settings.tagPrefix}X.Y.Z tag)`) +
    candidateNote +
    burnedNote +
    (promotion || hotfix ? '' : conventionNote)
  const notesInput = {
    version: next.version,
    tag,
    previousTag: previous?.name ?? null,
    sections: '',
    repoUrl: input.repoUrl,
    packageName: input.packageName,
    installs: input.installs,
    date: input.date,
    banner: hotfix
      ? `> **🚑 Hotfix** (severity: ${hotfix.severity}) of ${previous?.name}.`
      : promotion
        ? `> Promotes release candidate ${promotion.candidate.name}: every change since ${previous?.name ?? 'the first commit'}.`
        : undefined
  }
  // release notes become the GitHub release body, which has a size limit; the changelog has no limit
  const changelogNote = settings.changelogFile
    ? `all of them are in ${settings.changelogFile}`
    : 'see the full changelog'
  // a release made by hand lists every change, as the hand-made changelogs of real projects do
  const sections =
    settings.notesSections ??
    (decision.handMade ? (input.handMadeSections ?? COMPLETE_SECTIONS) : (input.sections ?? DEFAULT_SECTIONS))
  // a manual era's plain messages are not listed (projects reworded them by hand), but counted
  const plainOnly =
    decision.manualEra && settings.notesSections === null && !decision.handMade
      ? `_${decision.changes.length} commit(s) without a conventional type (such as \`fix:\` or \`feat:\`): see the full changelog._`
      : ''
  const withPlain = (text: string): string => text || plainOnly
  const notesSections = withPlain(
    renderSections(decision.changes, input.repoUrl, RELEASE_BODY_LIMIT - 1_000, changelogNote, sections)
  )
  const writeChangelog = !settings.dryRun && settings.changelogFile !== null
  return {
    ...base,
    released: true,
    ...(promotion ? { promotedFrom: promotion.candidate.name } : {}),
    version: next.version,
    tag,
    bump: next.bump,
    reason,
    notes: renderReleaseNotes({ ...notesInput, sections: notesSections }),
    // a dry run writes no changelog, so it renders none
    changelogSection: writeChangelog
      ? renderChangelogSection({
          ...notesInput,
          sections: withPlain(renderSections(decision.changes, input.repoUrl, Infinity, '', sections))
        })
      : ''
  }
}
