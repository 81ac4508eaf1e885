/**
 * Reading the history: the previous release, the commits since, the release line, the versions
 * that must not be released again, what an earlier run left at HEAD; then the decision
 * (src/core/versioning/plan.ts). Reads only: the local clone and files, and origin's tags only when given a
 * remote reader.
 */
import semver from 'semver'
import { analyzeCommit, type AnalyzedCommit } from '../../core/commits/changes.js'
import type { NotesSection } from '../../core/commits/type-table.js'
import { ConfigurationError } from '../../core/errors.js'
import { planRelease, type ReleasePlan } from '../../core/versioning/plan.js'
import { repoUrlFrom } from '../../core/publish/repo-url.js'
import { parseTagMessage } from '../../core/record/release-record.js'
import { DEFAULT_LINES, lineOf, previousInLine, type ReleaseLine } from '../../core/versioning/release-lines.js'
import { highestStable, releaseTags, type ReleaseTag } from '../../core/versioning/version.js'
import { installsFrom, packageNameFrom } from '../project.js'
import { checkNeverDown, fileVersions, floorOf, otherPrefixNote, otherPrefixReleases } from './never-down.js'
import { burnedVersions, checkHotfix } from './burned.js'
import { ownTagAt, releaseSubject, untaggedReleases, type UntaggedRelease } from './merged-release.js'
import type { FileReader, GitReader, GitRemoteReader, Logger } from '../ports.js'
import { reachableFrom } from './reachable.js'
import { REMOTE, type Earlier, type ReleaseEnvironment, type ReleaseSettings } from './types.js'
import type { ReleaseSample } from '../../core/versioning/convention.js'
import { readReleaseWindow, windowStart } from './convention-window.js'

/** The local reads the planning of a release makes (a pull request's preview gives a view of the merged history). */
export type HistoryReader = Pick<
  GitReader,
  | 'isRepository'
  | 'isShallow'
  | 'head'
  | 'branch'
  | 'tags'
  | 'tagMessage'
  | 'log'
  | 'subject'
  | 'remoteUrl'
  | 'show'
  | 'diffNames'
  | 'isAncestor'
>

export interface HistoryDeps {
  git: HistoryReader
  files: Pick<FileReader, 'read' | 'bytes' | 'list'>
  log: Logger
  env: ReleaseEnvironment
  /** Origin's tags (versions tagged there but not here are burned); absent: no remote is read. */
  remote?: Pick<GitRemoteReader, 'remoteTags'> & Partial<Pick<GitRemoteReader, 'remoteBranch'>>
  /** The repository's own notes sections (learned from its changelog: conventions.ts), instead of the defaults. */
  sections?: readonly NotesSection[]
  /** And those of a release made by hand (every kind the changelog does not leave out). */
  handMadeSections?: readonly NotesSection[]
}

export interface History {
  plan: ReleasePlan
  head: string
  earlier: Earlier
  shallow: boolean
  /** Commits after the release commit an earlier run or a merged pull request left untagged: the next release's. */
  waiting: number
  commitTimes: number[]
}

function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/** Reads history and decides the release; writes nothing. */
export async function readHistory(settings: ReleaseSettings, deps: HistoryDeps): Promise<History> {
  const { git, log } = deps
  const branchName = deps.env.refName || (await git.branch()) || ''
  const hotfix = settings.mode === 'hotfix' || (settings.mode === 'release' && branchName.startsWith('hotfix/'))
  if (hotfix && !settings.severity) {
    throw new ConfigurationError(
      `A hotfix release (${settings.mode === 'hotfix' ? 'mode: hotfix' : `branch ${branchName}`}) needs the severity input: critical, high or medium.`
    )
  }
  if (!(await git.isRepository())) {
    throw new ConfigurationError(
      'This directory is not a git repository. Check the repository out first (actions/checkout with fetch-depth: 0), or run from inside a clone.'
    )
  }
  const [head, shallow, originUrl, allRefs] = await Promise.all([
    git.head(),
    git.isShallow(),
    git.remoteUrl(REMOTE),
    git.tags(settings.tagPrefix)
  ])
  if (!head) throw new ConfigurationError('The repository has no commits yet: there is nothing to release.')
  const allTags = releaseTags(allRefs, settings.tagPrefix)
  // the branch's release line (maintenance, prerelease channel), from the configuration file's release_lines
  const line: ReleaseLine | undefined =
    settings.mode === 'hotfix'
      ? undefined
      : lineOf(
          // a pull request's run (GITHUB_REF_NAME 12/merge) previews the line it merges into; else the
          // checked-out branch is the one released and pushed (a run on main that checks out 1.x), then GITHUB_REF_NAME
          deps.env.baseRef && /^\d+\/merge$/.test(branchName) ? deps.env.baseRef : (await git.branch()) || branchName,
          settings.sections?.releaseLines ?? DEFAULT_LINES,
          settings.baseBranch ?? ''
        )
  if (line?.kind === 'maintenance' || line?.kind === 'channel') log.info(`Release line: ${describeLine(line)}`)
  const repoUrl = repoUrlFrom(deps.env.serverUrl, deps.env.repository, originUrl)
  const packageName = settings.packageName || packageNameFrom(deps.files)
  const installs = installsFrom(deps.files, repoUrl)

  // The previous release is the highest stable tag reachable from HEAD. The highest tag of all
  // usually is: its log with --boundary proves it (the tag is a boundary commit of its range),
  // so one walk serves both. Otherwise ask git which tags are reachable, and read again.
  let commits: AnalyzedCommit[] = []
  // the earlier releases, to infer the project's convention from: read in the same log (convention-window.ts)
  let releases: ReleaseSample[] | undefined
  const readRange = async (exclude: ReleaseTag | null, withWindow = false, proven = false): Promise<Set<string>> => {
    commits = []
    const start = withWindow && exclude && settings.inferConvention !== false ? windowStart(exclude, allTags) : null
    if (exclude && start) {
      const read = await log.group(`Reading history since ${exclude.name} (and the releases since ${start.name})`, () =>
        readReleaseWindow(git, exclude, start, allTags)
      )
      if (read.reachable) {
        commits = read.commits
        releases = read.releases
        log.info(`${commits.length} commit(s) since ${exclude.name}; ${releases.length} earlier release(s) read`)
        return new Set([exclude.sha])
      }
      // not reachable: the caller asks git which tags are; a tag proven reachable that the window's
      // stream missed (the tag below it on a later commit) is read the plain way
      if (!proven) return new Set()
    }
    if (withWindow) releases = []
    return log.group(`Reading history ${exclude ? `since ${exclude.name}` : '(no release tag yet)'}`, async () => {
      // each commit is analyzed as it streams in; its message is not kept
      const boundary = await git.log(exclude?.sha ?? null, commit => commits.push(analyzeCommit(commit)))
      log.info(`${commits.length} commit(s) since ${exclude ? exclude.name : 'the first commit'}`)
      return boundary
    })
  }
  // which tags HEAD's history holds: asked of the highest candidates only (src/usecases/release/reachable.ts)
  const reachable = reachableFrom(git, allTags, head)
  let previous: ReleaseTag | null = highestStable(allTags)
  if (line?.kind === 'maintenance') {
    // a maintenance line's previous release is its own: the highest tag of its range reachable from HEAD
    previous = await reachable.highest(tag => previousInLine(line, [tag]) !== null)
    if (!previous) {
      throw new ConfigurationError(
        `Branch ${line.branch} maintains ${line.name} (${line.range}), but no release of that range (${settings.tagPrefix}X.Y.Z) is in its history. Cut a maintenance branch from the newest release it maintains: git switch -c ${line.branch} ${settings.tagPrefix}${line.name.replace(/\.x$/, line.level === 'minor' ? '.Y.Z' : '.Z')}.`
      )
    }
    if (previous.sha !== head) await readRange(previous)
  } else if (previous && previous.sha !== head && !(await readRange(previous, true)).has(previous.sha)) {
    previous = await reachable.highest(tag => !tag.prerelease)
    if (previous && previous.sha !== head) await readRange(previous, true, true)
  }
  if (!previous && shallow) {
    throw new ConfigurationError(
      'This is a shallow clone and no release tag is reachable from HEAD, so the previous release cannot be found. ' +
        'Check out the full history: actions/checkout with fetch-depth: 0 (or git fetch --unshallow --tags).'
    )
  }
  if (!previous) await readRange(null)

  // A tag at HEAD made by an earlier run of this action (a prerelease too) whose push did not happen.
  const headSubject = await git.subject('HEAD')
  // (a candidate at HEAD is completed only by a prerelease run: a stable run promotes it; a run that
  // knows no branch, such as a tag push's detached checkout, completes it as before, never promotes)
  const prereleaseRun = settings.prerelease !== '' || line?.kind === 'channel' || line?.branch === ''
  // the tag HEAD's subject names as a release commit's; merged from a release pull request too (a
  // squash adds ` (#12)`; a merge commit has the release commit as its second parent)
  const headRelease =
    releaseSubject(headSubject) ??
    (/^Merge /.test(headSubject) ? releaseSubject(await git.subject('HEAD^2').catch(() => '')) : undefined)
  const taggedHere =
    allTags.find(tag => tag.sha === head && headRelease === tag.name && (!tag.prerelease || prereleaseRun)) ??
    (settings.releaseCommit === false ? await ownTagAt(git, head, allTags, prereleaseRun) : undefined)
  if (taggedHere) {
    const madeHere = taggedHere
    const below = await reachable.highest(tag => !tag.prerelease && tag.name !== madeHere.name)
    const { notes, meta } = parseTagMessage(await git.tagMessage(madeHere.name))
    log.info(`${madeHere.name} already tags HEAD (a release commit of an earlier run): completing it.`)
    const plan: ReleasePlan = {
      released: true,
      version: madeHere.version,
      tag: madeHere.name,
      previousVersion: below?.version ?? '',
      previousTag: below?.name ?? '',
      bump: 'none',
      reason: `${madeHere.name} was already made at HEAD by an earlier run`,
      decision: {
        bump: 'none',
        changes: [],
        drivers: [],
        cancelled: new Set(),
        skipped: [],
        releaseAs: null,
        reason: '',
        handMade: false,
        manualEra: false
      },
      notes,
      changelogSection: '',
      commitCount: 0,
      hotfix: meta?.type === 'hotfix',
      tagMeta: meta ?? { type: 'release' }
    }
    return { plan, head, earlier: 'tagged', waiting: 0, shallow, commitTimes: [] }
  }

  if (hotfix) checkHotfix(settings, previous, commits, branchName)
  // release candidates above the previous release: a stable release promotes the last one reachable
  const above = (tag: ReleaseTag) => tag.prerelease && (!previous || semver.gt(tag.version, previous.version))
  const candidates = allTags.some(above) ? await reachable.all(above) : []
  const burned = await burnedVersions(settings, deps, allTags, originUrl !== null ? deps.remote : undefined)
  const taken = new Map<string, string>()
  if (line?.kind === 'maintenance') {
    // on a maintenance line a version another line took is an error, not skipped
    for (const tag of allTags)
      if (tag.sha !== head) taken.set(tag.version, `${tag.name} on commit ${tag.sha.slice(0, 12)}`)
    for (const [version, why] of burned) {
      if (!why.startsWith('is tagged on')) continue
      taken.set(version, why.slice(3))
      burned.delete(version)
    }
  }
  const others = allTags.length === 0 ? await otherPrefixReleases(git, settings.tagPrefix) : []
  // HEAD, or a commit of the range, is a release commit no tag names yet: an earlier run's that stopped
  // before its tag, or a merged release pull request (merged-release.ts). Plan without it and the
  // commits after it; if the plan is that same release, tag it instead of committing it again.
  const found = await untaggedReleases(settings, deps, { head, headRelease, commits, allTags, previous, hotfix })
  const decide = async (made: UntaggedRelease | undefined) => {
    const own = made ? commits.slice(made.index + 1) : commits
    // never down: the version the files hold (before the release commit), and tags under another prefix
    const versions = await fileVersions(settings, deps.files, git, made ? `${made.sha}^` : 'HEAD')
    const plan = planRelease({
      settings,
      commits: own,
      previous,
      allTags,
      repoUrl,
      packageName,
      installs,
      date: isoDate(deps.env.now),
      hotfix: hotfix ? { severity: settings.severity } : undefined,
      burned,
      line,
      candidates,
      taken,
      sections: deps.sections,
      handMadeSections: deps.handMadeSections,
      releases,
      ignoredTags: allRefs.length - allTags.length,
      // a rolled-back version the files still hold is burned: the release skips it, never goes on from it
      floor: hotfix
        ? null
        : floorOf(
            versions.filter(entry => !burned.has(entry.version)),
            previous,
            settings.initialVersion
          )
    })
    checkNeverDown(plan, versions, others, settings.tagPrefix)
    plan.reason += otherPrefixNote(others, settings.tagPrefix)
    return { plan, own }
  }
  // the oldest whose plan is its release: the commits after it are the next run's
  let made: UntaggedRelease | undefined
  let decided: Awaited<ReturnType<typeof decide>> | undefined
  for (const candidate of [...found].reverse()) {
    const tried = await decide(candidate)
    if (tried.plan.tag === candidate.tag) {
      made = candidate
      decided = tried
      break
    }
    if (candidate.exact)
      throw new ConfigurationError(
        `HEAD is the release commit "${headSubject}" of an earlier run that stopped before tagging it, but the history now plans ${tried.plan.tag || 'no release'}. ` +
          `Drop that commit (git reset --keep HEAD~1) and run again, or tag it by hand (git tag -a ${candidate.tag}).`
      )
    // (recognised by its files only: an ordinary commit after all)
  }
  const { plan, own } = decided ?? (await decide(undefined))
  if (made?.index === 0)
    log.info(`HEAD is the release commit of ${plan.tag}, made earlier and not tagged yet: completing it.`)
  else if (made)
    log.info(
      `${made.sha.slice(0, 12)} is the release commit of ${plan.tag}, merged and not tagged yet: tagging it. ` +
        `The ${made.index} commit(s) after it are released by the next run.`
    )
  const tip = made?.sha ?? head
  log.info(
    plan.released
      ? `Next version: ${plan.version} (${plan.bump}${hotfix ? `, hotfix of ${previous?.name}` : ''})`
      : 'No release'
  )

  if (plan.released) {
    const clash = allTags.find(tag => tag.name === plan.tag)
    if (clash && hotfix) {
      throw new ConfigurationError(
        `Hotfix tag ${plan.tag} already exists (commit ${clash.sha.slice(0, 12)}): ${previous?.name} already has that patch release. ` +
          'Cut the hotfix branch from the newest release it should fix (the tag itself), or release from main.'
      )
    }
    if (clash && clash.sha !== tip) {
      throw new ConfigurationError(
        `Tag ${plan.tag} already exists on commit ${clash.sha.slice(0, 12)}, which is not HEAD (${tip.slice(0, 12)}). ` +
          'Delete or move that tag if it was a mistake, or release a different version (bump, prerelease or a Release-As footer).'
      )
    }
  }
  return {
    plan,
    head: tip,
    earlier: made ? 'committed' : 'none',
    waiting: made?.index ?? 0,
    shallow,
    commitTimes: own.map(commit => commit.time)
  }
}

function describeLine(line: ReleaseLine): string {
  if (line.kind === 'maintenance')
    return `maintenance ${line.name} (${line.range}, branch ${line.branch} matches ${line.pattern})`
  if (line.kind === 'channel') return `prerelease channel ${line.branch} (-${line.id}.N)`
  return line.kind
}
