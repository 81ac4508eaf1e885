import semver from 'semver'
import { ConfigurationError } from '../../core/errors.js'
import type { Settings } from '../../core/config/settings.js'
import { releaseTags } from '../../core/versioning/version.js'
import { BOT_IDENTITY, type GitReader, type GitRemoteWriter, type GitWriter, type Logger } from '../ports.js'
import type { ReleaseResult } from '../release/index.js'

const REMOTE = 'origin'

export interface MajorTagResult {
  /** The major tag, such as v1. */
  tag: string
  status: 'moved' | 'would move' | 'unchanged' | 'skipped'
  detail: string
}

/**
 * The moving major tag of an action repository (`uses: owner/action@v1`): after a stable release,
 * `{prefix}{major}` points at its commit, and is force-pushed with `push`. A prerelease, or a
 * release below the newest of its major (a hotfix of an older minor), leaves it where it is. A rerun
 * finds it in place and pushes it again: it converges.
 */
export async function moveMajorTag(
  settings: Pick<Settings, 'majorTag' | 'tagPrefix' | 'dryRun' | 'push'>,
  result: ReleaseResult,
  git: Pick<GitReader, 'tags' | 'configuredIdentity'> & Pick<GitWriter, 'forceTag'>,
  /** Pushes to origin: null where the run may not push. */
  origin: Pick<GitRemoteWriter, 'pushAtomic'> | null,
  log: Logger
): Promise<MajorTagResult | null> {
  const { plan } = result
  if (!settings.majorTag || !plan.released) return null
  const parsed = semver.parse(plan.version)
  if (!parsed) return null
  const tag = `${settings.tagPrefix}${parsed.major}`
  if (parsed.prerelease.length > 0) return { tag, status: 'skipped', detail: `${plan.version} is a prerelease` }
  const newer = releaseTags(await git.tags(settings.tagPrefix), settings.tagPrefix).filter(
    other => !other.prerelease && semver.major(other.version) === parsed.major && semver.gt(other.version, plan.version)
  )
  if (newer.length > 0) {
    return { tag, status: 'skipped', detail: `${newer[0].name} is newer in major ${parsed.major}` }
  }
  if (settings.dryRun) return { tag, status: 'would move', detail: `${tag} → ${plan.tag}` }
  const target = result.commitSha
  const current = (await git.tags(tag)).find(ref => ref.name === tag)
  if (current?.sha !== target) {
    const identity = (await git.configuredIdentity()) ? null : BOT_IDENTITY
    await git.forceTag(tag, target, `${tag}: ${plan.tag}\n`, identity)
  }
  if (settings.push) {
    if (!origin)
      throw new ConfigurationError(
        `push: true, but this run may not push to ${REMOTE} (the CLI pushes only with --push): ${tag} was moved here only.`
      )
    try {
      await origin.pushAtomic(REMOTE, [`+refs/tags/${tag}:refs/tags/${tag}`])
    } catch (error) {
      throw new ConfigurationError(
        `${plan.tag} is released, but the push of the moved ${tag} to ${REMOTE} was rejected: ${(error as Error).message.split('\n')[0]}. A tag protection rule or ruleset may forbid moving tags: allow ${tag} to be updated, then run the release again (it converges).`
      )
    }
  }
  log.info(`${tag} → ${plan.tag} (${target.slice(0, 7)})${settings.push ? ', pushed' : ''}`)
  return {
    tag,
    status: current?.sha === target && !settings.push ? 'unchanged' : 'moved',
    detail: `${tag} → ${plan.tag}`
  }
}
