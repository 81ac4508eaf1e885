import semver from 'semver'
import { ConfigurationError } from '../../core/errors.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'
import { parseTagMessage } from '../../core/record/release-record.js'
import { repoUrlFrom } from '../../core/publish/repo-url.js'
import type { Settings } from '../../core/config/settings.js'
import { highestStable, releaseTags } from '../../core/versioning/version.js'
import {
  executePublish,
  preparePublish,
  type PublishDeps,
  type PublishSettings,
  type PublishResult,
  type PublishTarget
} from './publish.js'
import type { ReleaseEnvironment } from '../release/index.js'
import type { GitReader } from '../ports.js'

/** What finding the release to publish reads of git: local reads only. */
export type TargetGit = Pick<GitReader, 'remoteUrl' | 'tags' | 'head' | 'tagMessage'>

/** What finding the release to publish reads of the settings. */
export type TargetSettings = Pick<Settings, 'releaseNotesFile' | 'tagPrefix' | 'version'>

async function common(
  git: TargetGit,
  settings: TargetSettings,
  env: ReleaseEnvironment
): Promise<{ repoUrl: string | null; highest: string | null }> {
  const [origin, refs] = await Promise.all([git.remoteUrl('origin'), git.tags(settings.tagPrefix)])
  return {
    repoUrl: repoUrlFrom(env.serverUrl, env.repository, origin),
    highest: highestStable(releaseTags(refs, settings.tagPrefix))?.version ?? null
  }
}

/** What a release run publishes: the release it is making. */
export async function publishTarget(
  git: TargetGit,
  plan: ReleasePlan,
  head: string,
  env: ReleaseEnvironment,
  settings: TargetSettings
): Promise<PublishTarget> {
  const { repoUrl, highest } = await common(git, settings, env)
  const highestVersion = highest && semver.gt(highest, plan.version) ? highest : plan.version
  return {
    tag: plan.tag,
    version: plan.version,
    notes: plan.notes,
    notesFile: settings.releaseNotesFile,
    commitSha: head,
    hotfix: plan.hotfix,
    highestVersion,
    maintenance: Boolean(plan.maintenanceLine),
    repoUrl,
    created: env.now
  }
}

/** mode: publish — the release tag named by `version`, else the one at HEAD; the notes from its annotation. */
export async function existingReleaseTarget(
  git: TargetGit,
  settings: TargetSettings,
  env: ReleaseEnvironment
): Promise<PublishTarget> {
  const head = await git.head()
  const all = releaseTags(await git.tags(settings.tagPrefix), settings.tagPrefix)
  const tag = settings.version
    ? all.find(candidate => candidate.version === settings.version)
    : all.filter(candidate => candidate.sha === head).sort((a, b) => semver.rcompare(a.version, b.version))[0]
  if (!tag) {
    throw new ConfigurationError(
      settings.version
        ? `mode: publish: there is no release tag ${settings.tagPrefix}${settings.version}. Make the release first, or fix the version input.`
        : `mode: publish: no release tag (${settings.tagPrefix}X.Y.Z) points at HEAD. Run it after the release step, on the release commit, or name the version input.`
    )
  }
  const { notes, meta } = parseTagMessage(await git.tagMessage(tag.name))
  const { repoUrl, highest } = await common(git, settings, env)
  return {
    tag: tag.name,
    version: tag.version,
    notes,
    notesFile: settings.releaseNotesFile,
    commitSha: tag.sha,
    hotfix: meta?.type === 'hotfix',
    highestVersion: highest,
    // a release (not a hotfix) below the highest was made by a maintenance line: never "latest"
    maintenance: meta?.type === 'release',
    repoUrl,
    created: env.now
  }
}

/**
 * The `publish` step of a release run: prepared after the gates (checks its input, writes
 * nothing), executed once the release is made; `done` receives the result.
 */
export function releasePublisher(
  settings: TargetSettings & PublishSettings,
  git: TargetGit,
  env: ReleaseEnvironment,
  deps: PublishDeps,
  done: (result: PublishResult) => void
) {
  return async (plan: ReleasePlan, head: string): Promise<(commitSha: string) => Promise<void>> => {
    const target = await publishTarget(git, plan, head, env, settings)
    const prepared = await preparePublish(settings, target, deps)
    return async (commitSha: string) => {
      const sha = commitSha || head
      done(
        await executePublish(
          settings,
          { ...target, commitSha: sha },
          { ...prepared, release: { ...prepared.release, targetCommitish: sha } },
          deps
        )
      )
    }
  }
}
