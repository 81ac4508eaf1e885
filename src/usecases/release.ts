import semver from 'semver'
import { analyzeCommit, type AnalyzedCommit } from '../core/commits/changes.js'
import { ConfigurationError, GitError, GitHubApiError } from '../core/errors.js'
import { planRelease, type PlanSettings, type ReleasePlan } from '../core/plan.js'
import { prependChangelog } from '../core/notes.js'
import type { Settings } from '../core/settings.js'
import { highestStable, releaseTags, type ReleaseTag } from '../core/version.js'
import { detected, followedBy, kindOf, locateVersion, replaceVersion, type Place } from '../core/version-files.js'
import { isPlaceholderVersion } from '../core/ecosystem-versions.js'
import { decodeFile, encodeFile, insertable } from '../core/file-text.js'
import { repoUrlFrom } from '../core/repo-url.js'
import { formatTagMessage, oneLine, parseRollbacks, parseTagMessage } from '../core/release-record.js'
import type { GatesReport } from '../core/gates/types.js'
import { DEFAULT_LINES, lineOf, previousInLine, type ReleaseLine } from '../core/release-lines.js'
import { installsFrom, packageNameFrom } from './project.js'
import { BOT_IDENTITY, type FileStore, type GitClient, type GitDataApi, type Logger } from './ports.js'

/** What the release use case reads of the settings. */
export type ReleaseSettings = PlanSettings &
  Pick<
    Settings,
    | 'mode'
    | 'severity'
    | 'allowFeatures'
    | 'packageName'
    | 'versionFiles'
    | 'releaseNotesFile'
    | 'push'
    | 'rollbackRecord'
  > &
  Partial<Pick<Settings, 'releaseCommit' | 'config' | 'baseBranch' | 'sections'>>

export interface ReleaseEnvironment {
  /** GITHUB_SERVER_URL and GITHUB_REPOSITORY, when running in Actions. */
  serverUrl?: string
  repository?: string
  /** GITHUB_REF_NAME: the branch the workflow runs on (else the checked-out branch counts). */
  refName?: string
  /** GITHUB_BASE_REF: the branch a pull request merges into (its run's GITHUB_REF_NAME is `N/merge`). */
  baseRef?: string
  /** GITHUB_ACTOR, for the rollback record. */
  actor?: string
  now: Date
}

export interface ReleaseDeps {
  git: GitClient
  files: FileStore
  log: Logger
  env: ReleaseEnvironment
  /**
   * Publishing: called after the gates with the plan (checks its input, writes nothing) and returns
   * what to run once the release is made (or, in a dry run, to report what it would do).
   */
  publish?: (plan: ReleasePlan, head: string) => Promise<(commitSha: string) => Promise<void>>
  /** The validation gates, run after the plan and before anything is written. */
  gates?: (input: { plan: ReleasePlan; head: string; branch: string | null }) => Promise<GatesReport>
  /** The Git Data API, for release_commit: api (null without a token or GITHUB_REPOSITORY). */
  gitData?: GitDataApi | null
}

export interface VersionFileChange {
  path: string
  from: string
  to: string
}

export interface ReleaseResult {
  plan: ReleasePlan
  dryRun: boolean
  notesFile: string
  versionFiles: VersionFileChange[]
  commitSha: string
  pushed: boolean
  /** An earlier run had tagged HEAD; this one completed it. */
  resumed: boolean
  /** An earlier run had made the release commit (HEAD) but not its tag: this run tags it. */
  committed: boolean
  /** The gates' report (null when no gates ran: no release, or a resumed one). */
  gates: GatesReport | null
  /** A gate failed: the release stopped before anything was written (a result, not an error). */
  stoppedByGates: boolean
  /** Committer times of the released commits (for the lead time of this release). */
  commitTimes: number[]
}

const REMOTE = 'origin'

/**
 * Files that may hold the version, each format saying where it is found (src/core/version-files/):
 * at the root, in src/NAME/ (Python packages), and in Sources/NAME/ of a Swift package at the root
 * or one folder down (ios/Sources/Kit/Version.swift).
 */
export function detectVersionFiles(files: FileStore): string[] {
  const found: string[] = []
  const root = files.list('.')
  for (const entry of root) if (!entry.directory && detected(entry.name, 'root')) found.push(entry.name)
  const swiftRoots = [
    'Sources',
    ...root
      .filter(entry => entry.directory && !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .map(entry => `${entry.name}/Sources`)
  ]
  for (const base of ['src', ...swiftRoots]) {
    const place: Place = base === 'src' ? 'package' : 'swift'
    for (const dir of files.list(base).filter(entry => entry.directory)) {
      for (const entry of files.list(`${base}/${dir.name}`)) {
        if (!entry.directory && detected(entry.name, place)) found.push(`${base}/${dir.name}/${entry.name}`)
      }
    }
  }
  return found.sort()
}

function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10)
}

interface PreparedFile {
  path: string
  /** The bytes before the release (null: the file is new). */
  original: Uint8Array | null
  bytes: Uint8Array
}

/** A hotfix patches the release it fixes: no features or breaking changes unless allowed. */
function checkHotfix(
  settings: ReleaseSettings,
  previous: ReleaseTag | null,
  commits: AnalyzedCommit[],
  branch: string
): void {
  if (!previous) {
    throw new ConfigurationError(
      `Hotfix branch ${branch} has no release tag (${settings.tagPrefix}X.Y.Z) in its history, so there is no release to patch. Cut hotfix branches from the release tag they fix: git switch -c hotfix/NAME ${settings.tagPrefix}X.Y.Z.`
    )
  }
  if (settings.allowFeatures) return
  for (const analyzed of commits) {
    if (analyzed.merge || analyzed.skip) continue
    const bad = analyzed.changes.find(change => change.breaking || change.type === 'feat' || change.type === 'feature')
    if (bad) {
      throw new ConfigurationError(
        `Hotfix branch ${branch} has ${bad.breaking ? 'a breaking change' : 'a feature'}: ${analyzed.sha.slice(0, 7)} "${bad.header.slice(0, 100).replace(/[\r\n]/g, ' ')}". ` +
          `A hotfix is a patch of ${previous.name}: move that commit to main, or set allow_features: true to ship it in the patch anyway.`
      )
    }
  }
}

/** Reads history and decides the release; writes nothing. */
export async function readAndPlan(
  settings: ReleaseSettings,
  deps: ReleaseDeps
): Promise<{
  plan: ReleasePlan
  head: string
  resumed: boolean
  committed: boolean
  shallow: boolean
  commitTimes: number[]
}> {
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
  const readRange = async (exclude: ReleaseTag | null): Promise<Set<string>> => {
    commits = []
    return log.group(`Reading history ${exclude ? `since ${exclude.name}` : '(no release tag yet)'}`, async () => {
      // each commit is analyzed as it streams in; its message is not kept
      const boundary = await git.log(exclude?.sha ?? null, commit => commits.push(analyzeCommit(commit)))
      log.info(`${commits.length} commit(s) since ${exclude ? exclude.name : 'the first commit'}`)
      return boundary
    })
  }
  const reachableTags = async (): Promise<ReleaseTag[]> =>
    releaseTags(await git.tags(settings.tagPrefix, 'HEAD'), settings.tagPrefix)
  let previous: ReleaseTag | null = highestStable(allTags)
  let reachable: ReleaseTag[] | null = null
  if (line?.kind === 'maintenance') {
    // a maintenance line's previous release is its own: the highest tag of its range reachable from HEAD
    reachable = await reachableTags()
    previous = previousInLine(line, reachable)
    if (!previous) {
      throw new ConfigurationError(
        `Branch ${line.branch} maintains ${line.name} (${line.range}), but no release of that range (${settings.tagPrefix}X.Y.Z) is in its history. Cut a maintenance branch from the newest release it maintains: git switch -c ${line.branch} ${settings.tagPrefix}${line.name.replace(/\.x$/, line.level === 'minor' ? '.Y.Z' : '.Z')}.`
      )
    }
    if (previous.sha !== head) await readRange(previous)
  } else if (previous && previous.sha !== head && !(await readRange(previous)).has(previous.sha)) {
    previous = highestStable((reachable = await reachableTags()))
    if (previous && previous.sha !== head) await readRange(previous)
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
  const taggedHere = allTags.find(
    tag => tag.sha === head && headSubject === `chore(release): ${tag.name}` && (!tag.prerelease || prereleaseRun)
  )
  if (taggedHere) {
    const madeHere = taggedHere
    const below = highestStable((await reachableTags()).filter(tag => tag.name !== madeHere.name))
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
    return { plan, head, resumed: true, committed: false, shallow, commitTimes: [] }
  }

  // HEAD is a release commit of an earlier run that stopped before its tag: plan without it, and
  // if the plan is that same release, tag it instead of committing a second time.
  const madeHere = /^chore\(release\): (\S+)$/.exec(headSubject)?.[1]
  const committed = Boolean(
    madeHere &&
    madeHere.startsWith(settings.tagPrefix) &&
    !allTags.some(tag => tag.name === madeHere) &&
    commits[0]?.sha === head
  )
  if (committed) commits = commits.slice(1)

  if (hotfix) checkHotfix(settings, previous, commits, branchName)
  // release candidates above the previous release: a stable release promotes the last one reachable
  const above = (tag: ReleaseTag) => tag.prerelease && (!previous || semver.gt(tag.version, previous.version))
  const candidates = allTags.some(above) ? (reachable ?? (await reachableTags())).filter(above) : []
  const burned = await burnedVersions(settings, deps, allTags, originUrl !== null)
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
  const plan = planRelease({
    settings,
    commits,
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
    taken
  })
  if (committed && plan.tag !== madeHere) {
    throw new ConfigurationError(
      `HEAD is the release commit "${headSubject}" of an earlier run that stopped before tagging it, but the history now plans ${plan.tag || 'no release'}. ` +
        `Drop that commit (git reset --keep HEAD~1) and run again, or tag it by hand (git tag -a ${madeHere}).`
    )
  }
  if (committed)
    log.info(
      `HEAD is the release commit of ${plan.tag} from an earlier run that stopped before tagging it: completing it.`
    )
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
    if (clash && clash.sha !== head) {
      throw new ConfigurationError(
        `Tag ${plan.tag} already exists on commit ${clash.sha.slice(0, 12)}, which is not HEAD (${head.slice(0, 12)}). ` +
          'Delete or move that tag if it was a mistake, or release a different version (bump, prerelease or a Release-As footer).'
      )
    }
  }
  return { plan, head, resumed: false, committed, shallow, commitTimes: commits.map(commit => commit.time) }
}

function describeLine(line: ReleaseLine): string {
  if (line.kind === 'maintenance')
    return `maintenance ${line.name} (${line.range}, branch ${line.branch} matches ${line.pattern})`
  if (line.kind === 'channel') return `prerelease channel ${line.branch} (-${line.id}.N)`
  return line.kind
}

/**
 * Versions released once that must not be released again: rolled back (the rollback record), or
 * tagged on origin but not here (a tag that existed once). Each with why, for the reason.
 */
async function burnedVersions(
  settings: ReleaseSettings,
  deps: ReleaseDeps,
  localTags: ReleaseTag[],
  hasOrigin: boolean
): Promise<Map<string, string>> {
  const burned = new Map<string, string>()
  const record = deps.files.read(settings.rollbackRecord)
  if (record !== null) {
    for (const entry of parseRollbacks(record))
      burned.set(entry.version, `was rolled back (${settings.rollbackRecord})`)
  }
  // the rollback workflow records on the default branch: a maintenance line or a channel that has
  // not merged it yet must not release a rolled-back version again
  const base = settings.baseBranch || 'main'
  for (const ref of [`refs/remotes/${REMOTE}/${base}`, `refs/heads/${base}`]) {
    for (const entry of parseRollbacks((await deps.git.show(ref, settings.rollbackRecord)) ?? ''))
      if (!burned.has(entry.version))
        burned.set(entry.version, `was rolled back (${settings.rollbackRecord} on ${base})`)
  }
  if (hasOrigin) {
    const local = new Set(localTags.map(tag => tag.name))
    const remote = releaseTags(
      (await deps.git.remoteTags(REMOTE, settings.tagPrefix)).map(name => ({ name, sha: '' })),
      settings.tagPrefix
    )
    for (const tag of remote) {
      if (!local.has(tag.name) && !burned.has(tag.version))
        burned.set(tag.version, `is tagged on ${REMOTE} (${tag.name}) but not here`)
    }
  }
  return burned
}

/** A version file's edit, or an error naming the file, why it can't be read and what to do. */
function editVersionFile(file: string, text: string, version: string, listed: boolean) {
  try {
    return replaceVersion(file, text, version)
  } catch (error) {
    const cause = (error as Error).message.replace(/\.$/, '')
    throw new ConfigurationError(
      `${file} (${listed ? 'listed in version_files' : 'found as a version file'}) can't be read, so its version can't be updated: ${cause}. ` +
        `Fix the file (a ${kindOf(file)} file this action edits in place)${listed ? ', or remove it from version_files' : ''}, and run again. Nothing was changed.`
    )
  }
}

/**
 * Computes every file edit in memory, so that bad input fails before anything is written. Files
 * are edited as bytes (src/core/file-text.ts): only the version string or the new changelog
 * section changes; an encoding, a byte-order mark and CRLF line endings stay as they were.
 */
function prepareFiles(
  settings: ReleaseSettings,
  plan: ReleasePlan,
  files: FileStore
): { prepared: PreparedFile[]; changes: VersionFileChange[] } {
  const prepared: PreparedFile[] = []
  const changes: VersionFileChange[] = []
  const listed = new Set(settings.versionFiles.filter(file => !file.startsWith('!')))
  const off = new Set(settings.versionFiles.filter(file => file.startsWith('!')).map(file => file.slice(1)))
  for (const file of listed) {
    if (files.bytes(file) === null)
      throw new ConfigurationError(
        `version_files names ${file}, which does not exist. Fix the path or remove it from version_files.`
      )
  }
  const candidates = [...new Set([...listed, ...detectVersionFiles(files).filter(file => !off.has(file))])]
  const edit = (file: string, text: string): ReturnType<typeof replaceVersion> => {
    if (!listed.has(file)) {
      let found: ReturnType<typeof locateVersion> = null
      try {
        found = locateVersion(kindOf(file), text)
      } catch {
        // an auto-detected file we can't read is named in an error, never skipped while the release goes on
        return editVersionFile(file, text, plan.version, false)
      }
      // a placeholder (0.0.0-development) is filled in at build time: not ours to change
      if (!found || isPlaceholderVersion(found.version)) return null
    }
    return editVersionFile(file, text, plan.version, listed.has(file))
  }
  for (const file of candidates) {
    const raw = files.bytes(file)
    if (raw === null) continue
    const decoded = decodeFile(raw)
    const change = edit(file, decoded.text)
    if (!change) {
      if (listed.has(file)) {
        throw new ConfigurationError(
          `version_files names ${file}, but it holds no version string this action can update (${kindOf(file)} file). Add one, such as version = "${plan.previousVersion || '0.0.0'}", or remove it from version_files.`
        )
      }
      continue
    }
    prepared.push({ path: file, original: raw, bytes: encodeFile(decoded, change.text) })
    changes.push({ path: file, from: change.oldVersion, to: change.newVersion })
  }
  // files that follow another (package-lock.json follows package.json) change with it, and only then
  for (const change of [...changes]) {
    const slash = change.path.lastIndexOf('/')
    const folder = slash >= 0 ? change.path.slice(0, slash) : '.'
    const name = change.path.slice(slash + 1)
    for (const entry of files.list(folder)) {
      const file = folder === '.' ? entry.name : `${folder}/${entry.name}`
      if (entry.directory || followedBy(file) !== name || off.has(file) || listed.has(file)) continue
      const raw = files.bytes(file)
      if (raw === null) continue
      const decoded = decodeFile(raw)
      let follow: ReturnType<typeof replaceVersion> = null
      try {
        follow = replaceVersion(file, decoded.text, plan.version)
      } catch {
        follow = null // a lock file we cannot read is left as it is
      }
      if (!follow) continue
      prepared.push({ path: file, original: raw, bytes: encodeFile(decoded, follow.text) })
      changes.push({ path: file, from: follow.oldVersion, to: follow.newVersion })
    }
  }
  if (settings.changelogFile && !settings.dryRun) {
    const original = files.bytes(settings.changelogFile)
    const decoded = original ? decodeFile(original) : { text: '', binary: false, bom: false, eol: '\n' as const }
    const text = prependChangelog(
      original ? decoded.text : null,
      insertable(decoded, plan.changelogSection),
      decoded.eol
    )
    prepared.push({ path: settings.changelogFile, original, bytes: encodeFile(decoded, text) })
  }
  return { prepared, changes }
}

function restore(files: FileStore, prepared: PreparedFile[]): void {
  for (const file of prepared) {
    if (file.original !== null) files.writeBytes(file.path, file.original)
    else files.remove(file.path) // a changelog this run created
  }
}

export async function runRelease(settings: ReleaseSettings, deps: ReleaseDeps): Promise<ReleaseResult> {
  const { git, files, log } = deps
  const { plan, head, resumed, committed, commitTimes } = await readAndPlan(settings, deps)
  const result: ReleaseResult = {
    plan,
    dryRun: settings.dryRun,
    notesFile: settings.releaseNotesFile,
    versionFiles: [],
    commitSha: '',
    pushed: false,
    resumed,
    committed,
    gates: null,
    stoppedByGates: false,
    commitTimes
  }
  if (!plan.released) return result

  const branch = await git.branch()
  if (settings.push && !branch) {
    throw new ConfigurationError(
      'push: true needs a branch, but HEAD is detached. Check out the branch to release (actions/checkout with ref: main), or set push: false.'
    )
  }

  if (resumed) {
    const finish = deps.publish ? await deps.publish(plan, head) : null
    files.write(settings.releaseNotesFile, plan.notes)
    if (settings.releaseCommit === 'api' && !settings.dryRun) {
      // the commit and tag were made through the API: on GitHub already, or the tag is made there now
      if (!(await git.remoteHasTag(REMOTE, plan.tag))) {
        const api = await apiPreconditions(deps, settings, head, branch)
        await releaseThroughApi(deps, settings, result, { ...api, head, committed: true, prepared: [] })
      }
      result.pushed = true
    } else if (settings.push && !settings.dryRun && branch) {
      await pushRelease(git, branch, plan.tag, log)
      result.pushed = true
    }
    result.commitSha = settings.dryRun ? '' : head
    await finish?.(result.commitSha)
    return result
  }

  // a tag-only release (release_commit: false) writes no file: the tag goes on HEAD as it is
  const tagOnly = settings.releaseCommit === false
  // release_commit: api: what can fail is checked before anything is written (a dry run calls no API)
  const api =
    settings.releaseCommit === 'api' && !settings.dryRun ? await apiPreconditions(deps, settings, head, branch) : null
  const { prepared, changes, stray } =
    committed || tagOnly
      ? { prepared: [], changes: [], stray: [] }
      : await withoutStrayEdits(plan, deps, prepareFiles(settings, plan, files), view =>
          prepareFiles(settings, plan, view)
        )
  if (tagOnly) log.info(`release_commit: false: no version files or changelog; ${plan.tag} goes on HEAD.`)
  result.versionFiles = changes
  // the old version is a file's text (a pull request's, in a preview): one line, never a workflow command
  for (const change of changes) log.info(`${change.path}: ${oneLine(change.from)} → ${change.to}`)

  // the gates decide before anything is written; a dry run runs them too (a faithful rehearsal)
  if (deps.gates) {
    result.gates = await deps.gates({ plan, head, branch: branch || deps.env.refName || null })
    if (result.gates.failed) {
      result.stoppedByGates = true
      return result
    }
  }
  if (stray.length > 0) {
    throw new ConfigurationError(
      `Uncommitted changes in ${stray.join(', ')}, which the release of ${plan.tag} rewrites and commits: the release would commit them too. ` +
        `Commit them first, or discard them (git checkout -- ${stray.join(' ')}; a new file: delete it), then run again. Nothing was changed.`
    )
  }
  const finish = deps.publish ? await deps.publish(plan, head) : null

  if (settings.dryRun) {
    files.write(settings.releaseNotesFile, plan.notes)
    log.info(`Dry run: wrote ${settings.releaseNotesFile} only.`)
    if (settings.releaseCommit === 'api')
      log.info(`Dry run: ${plan.tag} would be committed and tagged through the GitHub API (no API call made).`)
    await finish?.('')
    return result
  }

  if (api) {
    await releaseThroughApi(deps, settings, result, { ...api, head, committed, prepared })
    await finishAfterRelease(finish, result, settings)
    return result
  }

  const identity = (await git.configuredIdentity()) ? null : BOT_IDENTITY
  if (tagOnly) {
    await git.tag(plan.tag, formatTagMessage(plan.notes, plan.tagMeta), identity)
    files.write(settings.releaseNotesFile, plan.notes)
    result.commitSha = head
    if (settings.push) {
      try {
        await git.pushAtomic(REMOTE, [`refs/tags/${plan.tag}:refs/tags/${plan.tag}`])
        result.pushed = true
      } catch (error) {
        await git.deleteTag(plan.tag)
        throw new ConfigurationError(
          `The push of ${plan.tag} to ${REMOTE} was rejected: ${pushDetail(error)}. Nothing was pushed, and the local tag was deleted. Check that the token may create tags (a tag ruleset), and run again.`
        )
      }
    }
    await finishAfterRelease(finish, result, settings)
    return result
  }
  await log.group(`Writing release ${plan.tag}`, async () => {
    try {
      if (committed) result.commitSha = head
      else {
        for (const file of prepared) files.writeBytes(file.path, file.bytes)
        // git knows a file by its real path: a changelog reached through a symlink is committed where it is
        const paths = [...new Set(prepared.map(file => files.realRelative(file.path)))]
        await git.add(paths)
        result.commitSha = await git.commit(`chore(release): ${plan.tag}`, identity, paths)
      }
    } catch (error) {
      restore(files, prepared)
      await git.resetKeep(head).catch(() => undefined)
      throw error
    }
    try {
      await git.tag(plan.tag, formatTagMessage(plan.notes, plan.tagMeta), identity)
    } catch (error) {
      if (!committed) await git.resetKeep(head)
      throw error
    }
    files.write(settings.releaseNotesFile, plan.notes)
    log.info(`Committed ${result.commitSha.slice(0, 12)} and tagged ${plan.tag}`)
  })

  if (settings.push && branch) {
    try {
      await pushRelease(git, branch, plan.tag, log)
      result.pushed = true
    } catch (error) {
      // Nothing reached the remote (atomic push): undo the local commit and tag too.
      await git.deleteTag(plan.tag)
      await git.resetKeep(committed ? `${head}~1` : head)
      const detail = pushDetail(error)
      throw new ConfigurationError(
        `The push to ${REMOTE} was rejected: ${detail}. Nothing was pushed, and the local release commit and tag ${plan.tag} were undone (HEAD is back at ${head.slice(0, 12)}). ` +
          (PROTECTED.test(detail)
            ? `${branch} is protected (a branch protection rule or ruleset). Either release without a release commit (release_commit: false in .github/release-action.yml: only the tag is pushed, no version files or changelog), or make the release commit through the GitHub API (release_commit: api: GitHub makes and signs it, a verified commit, for rules that require signed commits; a rule that requires pull requests refuses it too), or let the workflow push: a GitHub App or deploy key allowed to bypass the rule, its token as github_token and as actions/checkout's token.`
            : 'Bring the branch up to date with the remote (or fix the permission) and run again.')
      )
    }
  }
  await finishAfterRelease(finish, result, settings)
  return result
}

/** GitHub's refusals of a push to a protected branch or one under a ruleset. */
export const PROTECTED = /GH006|GH013|protected branch|rule violations|repository rule/i

function pushDetail(error: unknown): string {
  return error instanceof GitError ? error.stderr.trim().split('\n').slice(-4).join(' | ') : String(error)
}

/**
 * Publishing after the point of no return: a failure says plainly what is already made and what a
 * rerun finishes (it finds the tag at HEAD and resumes).
 */
async function finishAfterRelease(
  finish: ((commitSha: string) => Promise<void>) | null,
  result: ReleaseResult,
  settings: ReleaseSettings
): Promise<void> {
  try {
    await finish?.(result.commitSha)
  } catch (error) {
    const { tag } = result.plan
    const made = result.pushed
      ? `${tag} was released and pushed to ${REMOTE} (commit ${result.commitSha.slice(0, 12)} and tag ${tag})`
      : `${tag} was committed and tagged here (commit ${result.commitSha.slice(0, 12)})${settings.push ? '' : ', not pushed (push: false)'}`
    const message = error instanceof Error ? error.message : String(error)
    throw new ConfigurationError(
      `${made}, but publishing it failed: ${message.replace(/\.?$/, '.')} ` +
        `Fix that and run again at this commit: the rerun finds ${tag} at HEAD, makes no new commit or tag, reports resumed: true and finishes publishing (the GitHub release is updated or created).`
    )
  }
}

/**
 * Uncommitted changes in a file the release rewrites: the release would commit someone's edits, so
 * they are `stray` (the release refuses, after the gates have reported), unless they are exactly
 * the edits of this release from an earlier run that stopped before its commit: then the files go
 * back to HEAD's text and the release, computed from it, completes them.
 */
async function withoutStrayEdits(
  plan: ReleasePlan,
  deps: ReleaseDeps,
  planned: { prepared: PreparedFile[]; changes: VersionFileChange[] },
  prepare: (view: FileStore) => { prepared: PreparedFile[]; changes: VersionFileChange[] }
): Promise<{ prepared: PreparedFile[]; changes: VersionFileChange[]; stray: string[] }> {
  const { git, files, log } = deps
  const dirty = new Set(await git.changedPaths())
  const touched = planned.prepared.filter(file => dirty.has(file.path)).map(file => file.path)
  if (touched.length === 0) return { ...planned, stray: [] }
  const atHead = new Map<string, string | null>()
  for (const file of touched) atHead.set(file, await git.show('HEAD', file))
  const headBytes = (file: string): Buffer | null => {
    const text = atHead.get(file)
    return text === null || text === undefined ? null : Buffer.from(text, 'utf8')
  }
  const headView: FileStore = {
    read: file => (atHead.has(file) ? atHead.get(file)! : files.read(file)),
    bytes: file => (atHead.has(file) ? headBytes(file) : files.bytes(file)),
    write: () => undefined,
    writeBytes: () => undefined,
    remove: () => undefined,
    confine: (what, file) => files.confine(what, file),
    realRelative: file => files.realRelative(file),
    list: dir => files.list(dir),
    absolute: file => files.absolute(file),
    glob: pattern => files.glob(pattern)
  }
  const fromHead = prepare(headView)
  const same = (a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean =>
    a !== null && a !== undefined && b !== null && b !== undefined && Buffer.compare(a, b) === 0
  // the files as they are now are exactly what this release makes from HEAD's text: an earlier run's edits
  const stray = touched.filter(file => {
    const plannedBytes = fromHead.prepared.find(candidate => candidate.path === file)?.bytes
    return !same(planned.prepared.find(candidate => candidate.path === file)?.original, plannedBytes)
  })
  if (stray.length > 0) return { ...planned, stray }
  log.info(
    `${touched.join(', ')} already hold${touched.length === 1 ? 's' : ''} the edits of ${plan.tag} from an earlier run that stopped before its commit: completing them.`
  )
  // back to HEAD's text first, so that the gates (clean_tree) judge the tree as the release finds it
  for (const file of touched) {
    const text = atHead.get(file) ?? null
    if (text === null) files.remove(file)
    else files.write(file, text)
  }
  await git.unstage(touched)
  return { ...fromHead, stray: [] }
}

async function pushRelease(git: GitClient, branch: string, tag: string, log: Logger): Promise<void> {
  await log.group(`Pushing ${branch} and ${tag} to ${REMOTE} (atomic)`, async () => {
    await git.pushAtomic(REMOTE, [`HEAD:refs/heads/${branch}`, `refs/tags/${tag}:refs/tags/${tag}`])
  })
}

/**
 * release_commit: api, before anything is written: a branch, push: true, a token and
 * GITHUB_REPOSITORY, a token that may write contents, and HEAD on GitHub (its tree is the base of
 * the release commit's).
 */
async function apiPreconditions(
  deps: ReleaseDeps,
  settings: ReleaseSettings,
  head: string,
  branch: string | null
): Promise<{ gitData: GitDataApi; branch: string; baseTree: string }> {
  if (!settings.push) {
    throw new ConfigurationError(
      'release_commit: api makes the release commit and tag on GitHub, which is a push: set push: true (the CLI: --push), or release_commit: true for a local commit.'
    )
  }
  if (!branch) {
    throw new ConfigurationError(
      'release_commit: api needs a branch to move, but HEAD is detached. Check out the branch to release (actions/checkout with ref: main).'
    )
  }
  const gitData = deps.gitData
  if (!gitData) {
    throw new ConfigurationError(
      'release_commit: api calls the GitHub API, which needs a token (github_token, or GITHUB_TOKEN) and GITHUB_REPOSITORY (owner/name; set by Actions). Give both, or set release_commit: true. Nothing was changed.'
    )
  }
  const access = await gitData.repositoryAccess().catch((error: unknown) => {
    throw new ConfigurationError(`release_commit: api: ${apiDetail(error)}. ${TOKEN_FIX} Nothing was changed.`)
  })
  if (access.push === false) {
    throw new ConfigurationError(
      `release_commit: api: the token may not write to the repository. ${TOKEN_FIX} Nothing was changed.`
    )
  }
  const baseTree = await gitData.commitTree(head).catch((error: unknown) => {
    throw new ConfigurationError(`release_commit: api: ${apiDetail(error)}. ${TOKEN_FIX} Nothing was changed.`)
  })
  if (!baseTree) {
    throw new ConfigurationError(
      `release_commit: api: GitHub does not have HEAD (${head.slice(0, 12)}), the parent of the release commit. Push ${branch} first, or release from a checkout of the branch on GitHub. Nothing was changed.`
    )
  }
  return { gitData, branch, baseTree }
}

const TOKEN_FIX =
  'Give the workflow permissions: contents: write (or a GitHub App token that may write contents) as github_token.'

function apiDetail(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '')
}

/**
 * The release commit through the Git Data API (blobs, a tree on HEAD's, the commit with HEAD as
 * parent), the branch moved to it (a fast-forward only), then the annotated tag. Until the branch
 * moves, nothing is released: blobs, trees and commits on no ref are invisible. Afterwards the
 * local clone is brought to the release commit and tag (fetch, then reset --keep).
 */
async function releaseThroughApi(
  deps: ReleaseDeps,
  settings: ReleaseSettings,
  result: ReleaseResult,
  input: {
    gitData: GitDataApi
    branch: string
    baseTree: string
    head: string
    committed: boolean
    prepared: PreparedFile[]
  }
): Promise<void> {
  const { git, files, log } = deps
  const { gitData, branch, head } = input
  const { plan } = result
  await log.group(`Writing release ${plan.tag} through the GitHub API`, async () => {
    let commit = head
    if (!input.committed) {
      const paths = input.prepared.map(file => files.realRelative(file.path))
      const modes = await git.fileModes('HEAD', paths)
      try {
        commit = await gitData.createCommit({
          message: `chore(release): ${plan.tag}`,
          baseTree: input.baseTree,
          parent: head,
          files: input.prepared.map((file, index) => ({
            path: paths[index],
            mode: modes.get(paths[index]) ?? '100644',
            content: file.bytes
          }))
        })
        await gitData.updateBranch(branch, commit)
      } catch (error) {
        const detail = apiDetail(error)
        const status = error instanceof GitHubApiError ? error.status : undefined
        const why = /fast.forward/i.test(detail)
          ? `${branch} on GitHub moved since ${head.slice(0, 12)} (another push came first). Run the release again on the new ${branch}.`
          : PROTECTED.test(detail)
            ? `${branch} is protected against this update too (a rule that requires pull requests, or a ruleset without the token in its bypass list). Use release_commit: false (a tag-only release), or a GitHub App token allowed to bypass the rule.`
            : status === 403 || status === 404
              ? TOKEN_FIX
              : 'Fix that and run the release again.'
        throw new ConfigurationError(
          `The release commit of ${plan.tag} through the GitHub API failed: ${detail}. Nothing was released: ${branch} and the tags on GitHub are as they were, and nothing here changed. ${why}`
        )
      }
      log.info(`Committed ${commit.slice(0, 12)} on ${branch} through the GitHub API (a verified commit)`)
    }
    result.commitSha = commit
    try {
      await gitData.createTag({ tag: plan.tag, message: formatTagMessage(plan.notes, plan.tagMeta), commit })
    } catch (error) {
      throw new ConfigurationError(
        `The release commit ${commit.slice(0, 12)} of ${plan.tag} is on ${branch} on GitHub, but its tag could not be made: ${apiDetail(error)}. ` +
          `Fix that and run again on the new ${branch} (a new checkout, or git pull): the rerun finds the release commit at HEAD and tags it.`
      )
    }
    result.pushed = true
    log.info(`Tagged ${plan.tag} on GitHub`)
  })
  files.write(settings.releaseNotesFile, plan.notes)
  // the local clone follows: the release commit and the tag, as a push would have left it
  try {
    await git.fetchObjects(REMOTE, branch)
    await git.fetchTag(REMOTE, plan.tag)
    if (result.commitSha !== head) await git.resetKeep(result.commitSha)
  } catch (error) {
    log.warning(
      `${plan.tag} is released on GitHub (commit ${result.commitSha.slice(0, 12)}), but this clone was not brought up to date (${apiDetail(error)}): git pull --tags to see it here.`
    )
  }
}
