/** Applying a plan as a tag only (release_commit: false): no file is written or committed. */
import { ConfigurationError } from '../../core/errors.js'
import { BOT_IDENTITY } from '../ports.js'
import { originOf, pushDetail, type Applied, type LocalDeps } from './apply-local.js'
import { REMOTE, type Plan } from './types.js'

/** release_commit: false — the annotated tag on HEAD as it is, and its push. */
export async function applyTag(plan: Plan, deps: LocalDeps): Promise<Applied> {
  const { git, files } = deps
  const { release, head } = plan
  const origin = originOf(plan, deps.origin)
  const tag = plan.tags[0]
  const identity = (await git.configuredIdentity()) ? null : BOT_IDENTITY
  // (a release commit found untagged, with commits after it: the tag goes on it, not on HEAD)
  await git.tag(tag.name, tag.message, identity, plan.waiting > 0 ? head : undefined)
  files.write(plan.notesFile, release.notes)
  if (!origin) return { commitSha: head, pushed: false }
  try {
    await origin.pushAtomic(REMOTE, [`refs/tags/${release.tag}:refs/tags/${release.tag}`])
  } catch (error) {
    await git.deleteTag(release.tag)
    throw new ConfigurationError(
      `The push of ${release.tag} to ${REMOTE} was rejected: ${pushDetail(error)}. Nothing was pushed, and the local tag was deleted. Check that the token may create tags (a tag ruleset), and run again.`
    )
  }
  return { commitSha: head, pushed: true }
}
