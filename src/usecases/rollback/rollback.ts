import semver from 'semver'
import { ConfigurationError, GitError, GitHubApiError, adviceFor } from '../../core/errors.js'
import { sanitizeInline } from '../../core/text/sanitize.js'
import { scrubTokens } from '../../core/text/secrets.js'
import { appendRollback, oneLine, parseRollbacks, rollbackCommitMessage } from '../../core/record/release-record.js'
import type { Settings } from '../../core/config/settings.js'
import { highestStable, releaseTags, type ReleaseTag } from '../../core/versioning/version.js'
import { PROTECTED, type ReleaseEnvironment } from '../release/index.js'
import { npmPackageFrom, packageNameFrom } from '../project.js'
import { dockerTag, pep440Version } from '../../core/versioning/ecosystem-versions.js'
import {
  BOT_IDENTITY,
  type FileReader,
  type FileStore,
  type GitHubReleases,
  type GitRemoteReader,
  type GitRemoteWriter,
  type LocalGit,
  type Logger
} from '../ports.js'

/** What the rollback reads of the settings. */
export type RollbackSettings = Pick<
  Settings,
  'dockerImage' | 'dryRun' | 'force' | 'packageName' | 'push' | 'reason' | 'rollbackRecord' | 'tagPrefix' | 'version'
>

const REMOTE = 'origin'

/** The title prefix of an immutable release that was rolled back. */
export const ROLLED_BACK_TITLE = '[Rolled back]'

export type StepStatus = 'done' | 'already done' | 'would do' | 'skipped'

export interface RollbackStep {
  step: string
  status: StepStatus
  detail: string
}

export interface RollbackResult {
  version: string
  tag: string
  /** The version users are back on ('' when no release is left). */
  restoredVersion: string
  dryRun: boolean
  steps: RollbackStep[]
  /** Manual follow-ups (PyPI, Docker), also emitted as a warning. */
  manual: string[]
  recordCommit: string
  pushed: boolean
}

export interface RollbackDeps {
  git: LocalGit
  /** Reads origin's tags: null where the run stays offline (the CLI without --online or --push). */
  remote: Pick<GitRemoteReader, 'remoteHasTag'> | null
  /** Deletes origin's tag and pushes the record: null where the run may not push (the CLI without --push). */
  origin: Pick<GitRemoteWriter, 'pushAtomic' | 'deleteRemoteTag'> | null
  /** Where the package's manifests are read for the manual steps (a component's folder); absent: files. */
  packageFiles?: Pick<FileReader, 'read'>
  files: FileStore
  log: Logger
  env: ReleaseEnvironment
  /** null when no token or repository is known: the GitHub release step is skipped with a warning. */
  github: GitHubReleases | null
  /** Takes the run's secrets out of what is sent (the release's title and body); absent: token-shaped text only. */
  scrub?: (text: string) => string
}

/** The run's writer to origin (runRollback refuses a run that would need it without one). */
function writer(deps: RollbackDeps): NonNullable<RollbackDeps['origin']> {
  if (!deps.origin) throw new ConfigurationError(`This run may not change ${REMOTE}: run the rollback with --push.`)
  return deps.origin
}

function gitDetail(error: unknown): string {
  return error instanceof GitError ? error.stderr.trim().split('\n').slice(-3).join(' | ') : String(error)
}

/**
 * Rolls a release back: records it (docs/ROLLBACKS.md, committed), deletes the tag on origin and
 * locally, deletes the GitHub release, pushes the record, and names the manual steps.
 * Each step checks whether it is already done, so a rerun after a partial rollback completes it.
 */
export async function runRollback(
  given: RollbackSettings & { component?: string },
  deps: RollbackDeps
): Promise<RollbackResult> {
  const { git, files, log } = deps
  const scrub = deps.scrub ?? scrubTokens
  // the reason is the user's text: a token pasted into it reaches no record, commit or release body
  const settings = { ...given, reason: scrub(given.reason) }
  if (!(await git.isRepository())) {
    throw new ConfigurationError(
      'This directory is not a git repository. Check the repository out first (actions/checkout with fetch-depth: 0).'
    )
  }
  const version = settings.version
  const tag = `${settings.tagPrefix}${version}`
  // a component's rollback is recorded as name@version: two components may share a version
  const recordVersion = given.component ? `${given.component}@${version}` : version
  const [head, branch, originUrl, localRefs] = await Promise.all([
    git.head(),
    git.branch(),
    git.remoteUrl(REMOTE),
    git.tags(settings.tagPrefix)
  ])
  if (!head) throw new ConfigurationError('The repository has no commits: there is nothing to roll back.')
  if (settings.push && !branch) {
    throw new ConfigurationError(
      'push: true needs a branch to push the rollback record to, but HEAD is detached. Check out the default branch (actions/checkout with ref: main), or set push: false.'
    )
  }
  const localTags = releaseTags(localRefs, settings.tagPrefix)
  const localTag = localTags.find(candidate => candidate.name === tag) ?? null
  // origin is read and changed only where the run may (the types say so): a dry run may stay offline
  if (originUrl && !settings.dryRun && (!deps.remote || !deps.origin))
    throw new ConfigurationError(
      `A rollback deletes ${tag} on ${REMOTE} and pushes its record, but this run may not change ${REMOTE} (the CLI does only with --push). Run it with --push, or as a dry run. Nothing was changed.`
    )
  // null: not known (a dry run that may not read origin)
  const onRemote = originUrl ? ((await deps.remote?.remoteHasTag(REMOTE, tag)) ?? null) : false
  const origin = {
    pushAtomic: (refspecs: string[]) => writer(deps).pushAtomic(REMOTE, refspecs),
    deleteTag: () => writer(deps).deleteRemoteTag(REMOTE, tag)
  }
  // the record as committed decides (an entry written but not committed, by a run that stopped
  // in between, is written again and committed); anyone else's uncommitted edit stops the rollback
  const lists = (text: string | null): boolean =>
    text !== null && parseRollbacks(text).some(entry => entry.version === recordVersion)
  const working = files.read(settings.rollbackRecord)
  const recordText = await git.show('HEAD', settings.rollbackRecord)
  const recorded = lists(recordText)
  if (working !== recordText && !(lists(working) && !recorded)) {
    throw new ConfigurationError(
      `${settings.rollbackRecord} has uncommitted changes, and the rollback commits that file: commit or discard them (git checkout -- ${settings.rollbackRecord}), then run the rollback again. Nothing was changed.`
    )
  }

  if (!localTag && onRemote === false && !recorded) {
    const known = localTags.filter(candidate => !candidate.prerelease).map(candidate => candidate.name)
    throw new ConfigurationError(
      `There is no release tag ${tag} here or on ${REMOTE}, and no rollback of ${version} is recorded in ${settings.rollbackRecord}: nothing to roll back. ` +
        (known.length > 0
          ? `Release tags: ${known.slice(-10).join(', ')}.`
          : `This repository has no ${settings.tagPrefix}X.Y.Z release tags.`)
    )
  }
  // a stable release is judged among stable releases; a candidate (a channel's X.Y.Z-rc.N) among all
  const latest = localTag?.prerelease
    ? localTags.reduce<ReleaseTag | null>((top, t) => (!top || semver.gt(t.version, top.version) ? t : top), null)
    : highestStable(localTags)
  if (localTag && latest && latest.name !== tag && !settings.force) {
    throw new ConfigurationError(
      `${tag} is not the latest release (${latest.name} is). Rolling back an older release leaves ${latest.name} in place; if that is what you want, set force: true.`
    )
  }
  const restored = highestStable(
    localTags.filter(candidate => candidate.name !== tag && semver.lt(candidate.version, version))
  )
  const restoredVersion = restored?.version ?? ''
  const steps: RollbackStep[] = []
  const step = (name: string, status: StepStatus, detail: string): void => {
    steps.push({ step: name, status, detail })
    log.info(`${name}: ${status}${detail ? ` (${detail})` : ''}`)
  }
  const dry = settings.dryRun
  let recordCommit = ''
  const doneSoFar = (): string =>
    steps
      .filter(s => s.status === 'done')
      .map(s => s.step)
      .join(', ') || 'nothing'
  const apiFailure = (error: unknown): never => {
    if (!(error instanceof GitHubApiError)) throw error
    throw new ConfigurationError(
      `${error.message}. Done so far: ${doneSoFar()}. ${adviceFor(error.status)} Running the rollback again resumes where it stopped.`
    )
  }

  // The GitHub release first: an immutable one keeps its tag for ever (GitHub refuses to delete or
  // reuse it), so the rollback marks the release instead of deleting tags it can't delete.
  const release = deps.github ? await deps.github.findReleaseByTag(tag).catch(apiFailure) : null
  const immutable = release?.immutable === true

  // 1. the record, first: it marks the rollback as under way, so a rerun knows to finish it
  if (recorded) step('record', 'already done', `${settings.rollbackRecord} lists ${recordVersion}`)
  else if (dry) step('record', 'would do', `append ${recordVersion} to ${settings.rollbackRecord} and commit it`)
  else {
    const made = localTag ? (await git.tagDetails(tag)).find(detail => detail.name === tag)?.time : undefined
    const entry = {
      version: recordVersion,
      date: deps.env.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      reason: settings.reason,
      actor: deps.env.actor || (await git.configuredIdentity())?.name || 'unknown',
      restored: restoredVersion,
      ...(made ? { released: new Date(made * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') } : {})
    }
    files.write(settings.rollbackRecord, appendRollback(recordText, entry))
    try {
      await git.add([settings.rollbackRecord])
      const identity = (await git.configuredIdentity()) ? null : BOT_IDENTITY
      recordCommit = await git.commit(rollbackCommitMessage(tag, restoredVersion, settings.reason), identity, [
        settings.rollbackRecord
      ])
    } catch (error) {
      await git.unstage([settings.rollbackRecord])
      if (working === null) files.remove(settings.rollbackRecord)
      else files.write(settings.rollbackRecord, working)
      throw error
    }
    step('record', 'done', `${settings.rollbackRecord} (commit ${recordCommit.slice(0, 12)})`)
  }

  // 2. the tag on origin. With push: true its deletion and the record travel in ONE atomic push: origin
  // never has the tag gone without the record (a watch or a rerun would then take the release users are
  // back on for the bad one), nor the record without the tag gone.
  let pushed = false
  const together = settings.push && !dry && !immutable && onRemote === true && Boolean(branch)
  if (immutable)
    step(
      'remote tag',
      'skipped',
      `the GitHub release of ${tag} is immutable: its tag stays, and ${version} is never released again`
    )
  else if (onRemote === false)
    step(
      'remote tag',
      originUrl ? 'already done' : 'skipped',
      originUrl ? `${REMOTE} has no ${tag}` : `no ${REMOTE} remote`
    )
  else if (dry)
    step(
      'remote tag',
      'would do',
      `delete ${tag} on ${REMOTE}${onRemote === null ? ` (if it is there: ${REMOTE} was not read)` : ''}`
    )
  else {
    try {
      if (together) await origin.pushAtomic([`HEAD:refs/heads/${branch}`, `:refs/tags/${tag}`])
      else await origin.deleteTag()
    } catch (error) {
      if (recordCommit) await git.resetKeep(head) // takes the record file back to what it was
      if (together && error instanceof GitError && PROTECTED.test(error.stderr))
        throw new ConfigurationError(
          `${branch} is protected (a branch protection rule or ruleset): ${REMOTE} refused the rollback record, pushed with the deletion of tag ${tag} in one atomic push. Nothing was changed${recordCommit ? ' (the record commit was undone)' : ''}. ` +
            `Let the workflow push to ${branch} (a GitHub App or deploy key allowed to bypass the rule, its token as github_token and as actions/checkout's token) and run the rollback again (${gitDetail(error)}).`
        )
      throw new ConfigurationError(
        `${REMOTE} refused to delete tag ${tag}${together ? ` (one atomic push with the rollback record to ${branch})` : ''}: ${gitDetail(error)}. Nothing was changed${recordCommit ? ' (the record commit was undone)' : ''}. ` +
          `Allow tag deletion for this token (branch/tag protection rules, receive.denyDeletes)${together ? `, bring ${branch} up to date if origin moved,` : ''} and run the rollback again.`
      )
    }
    pushed = together
    step('remote tag', 'done', `deleted ${tag} on ${REMOTE}${together ? `, with the record pushed to ${branch}` : ''}`)
  }

  // 3. the local tag
  if (immutable) step('local tag', 'skipped', `kept, as on ${REMOTE} (immutable release)`)
  else if (!localTag) step('local tag', 'already done', `no local ${tag}`)
  else if (dry) step('local tag', 'would do', `delete ${tag} locally`)
  else {
    await git.deleteTag(tag)
    step('local tag', 'done', `deleted ${tag}`)
  }

  // 4. the GitHub release: deleted, or (immutable) marked rolled back and no longer the latest
  if (!deps.github)
    step(
      'GitHub release',
      'skipped',
      'no github_token or GITHUB_REPOSITORY: delete the release by hand if there is one'
    )
  else if (!release) step('GitHub release', 'already done', `no release for ${tag}`)
  else if (immutable) {
    const github = deps.github
    const restoredRelease = restored ? await github.findReleaseByTag(restored.name).catch(apiFailure) : null
    if ((release.name ?? '').startsWith(ROLLED_BACK_TITLE))
      step('GitHub release', 'already done', `${release.url} is marked rolled back`)
    else if (dry)
      step(
        'GitHub release',
        'would do',
        `mark ${release.url} rolled back (title and notes), not latest${restoredRelease ? `; make ${restored?.name} latest` : ''}`
      )
    else {
      const banner = `> [!CAUTION]\n> **Rolled back** on ${deps.env.now.toISOString().slice(0, 10)}${settings.reason.trim() ? `: ${sanitizeInline(oneLine(settings.reason))}` : ''}. Users are back on ${restored?.name ?? 'no release'}; ${version} is never released again.\n\n`
      await github
        .editRelease(release.id, {
          name: scrub(`${ROLLED_BACK_TITLE} ${release.name || tag}`),
          body: scrub(`${banner}${release.body ?? ''}`),
          makeLatest: 'false'
        })
        .catch(apiFailure)
      if (restoredRelease) await github.editRelease(restoredRelease.id, { makeLatest: 'true' }).catch(apiFailure)
      step(
        'GitHub release',
        'done',
        `marked ${release.url} rolled back (immutable: kept)${restoredRelease ? `; ${restored?.name} is the latest release again` : ''}`
      )
    }
  } else if (dry) step('GitHub release', 'would do', `delete ${release.url}`)
  else {
    await deps.github.deleteRelease(release.id).catch(apiFailure)
    step('GitHub release', 'done', `deleted ${release.url}`)
  }

  // 5. push the record (done in step 2 when the tag was deleted with it)
  if (!settings.push) step('push record', 'skipped', 'push: false')
  else if (pushed) step('push record', 'done', `pushed ${branch} with the deletion of ${tag}`)
  else if (dry) step('push record', 'would do', `push ${branch} to ${REMOTE}`)
  else {
    try {
      await origin.pushAtomic([`HEAD:refs/heads/${branch}`])
      pushed = true
      step('push record', 'done', `pushed ${branch}`)
    } catch (error) {
      throw new ConfigurationError(
        `The push of the rollback record to ${REMOTE} was rejected: ${gitDetail(error)}. Done so far: ${doneSoFar()}. Bring ${branch} up to date and run the rollback again.`
      )
    }
  }

  // 6. what only a person can do
  // only for what the repository publishes: a Python distribution, an npm package, a Docker image
  const packageFiles = deps.packageFiles ?? files
  const packageName = settings.packageName || packageNameFrom(packageFiles)
  const manual: string[] = []
  if (packageName) {
    const pyVersion = pep440Version(version) ?? version
    manual.push(
      `PyPI: a release cannot be deleted by this action. Yank ${packageName}==${pyVersion} at https://pypi.org/manage/project/${packageName}/release/${pyVersion}/ (Options → Yank), giving the reason.`
    )
  }
  const npmPackage = npmPackageFrom(packageFiles)
  if (npmPackage) {
    manual.push(
      `npm: deprecate the release (npm deprecate ${npmPackage}@${version} "rolled back"), and point the latest dist-tag back${restoredVersion ? ` (npm dist-tag add ${npmPackage}@${restoredVersion} latest)` : ''}.`
    )
  }
  if (settings.dockerImage) {
    const bad = dockerTag(version)
    const good = restoredVersion ? dockerTag(restoredVersion) : ''
    manual.push(
      `Docker: retag ${settings.dockerImage}:latest to ${good ? `${settings.dockerImage}:${good}` : 'the last good image'} (docker buildx imagetools create -t ${settings.dockerImage}:latest ${settings.dockerImage}:${good || 'GOOD'}) and consider removing ${settings.dockerImage}:${bad}.`
    )
  }
  return { version, tag, restoredVersion, dryRun: dry, steps, manual, recordCommit, pushed }
}
