/**
 * Applying a release of several components locally: every component's edits written and committed
 * in one release commit, one annotated tag per component, then one atomic push of the branch and
 * every tag (nothing reaches origin unless all do). A failure before the push puts everything back;
 * a rejected push undoes the commit and the tags. A rerun after a crash finds the release commit
 * at HEAD (its subject names each `name version`) and makes only the tags still missing.
 */
import { ConfigurationError } from '../../core/errors.js'
import { BOT_IDENTITY, type FileWriter } from '../ports.js'
import { originOf, pushDetail, restore, PROTECTED, type Applied, type LocalDeps } from '../release/apply-local.js'
import { REMOTE, type Plan } from '../release/types.js'

/** Each released component's notes, in its own file (the run's notes file has them all, or each cut to its share: run-notes.ts). */
export function writeComponentNotes(plan: Plan, files: Pick<FileWriter, 'write'>): void {
  for (const release of plan.components ?? []) if (release.released) files.write(release.notesFile, release.notes)
}

export async function applyComponents(plan: Plan, deps: LocalDeps): Promise<Applied> {
  const { git, files, log } = deps
  if (plan.strategy !== 'local')
    throw new ConfigurationError(
      `components are released with a local release commit (release_commit: true); release_commit: ${plan.strategy === 'tag' ? 'false' : 'api'} is not supported with components yet. Nothing was changed.`
    )
  const origin = originOf(plan, deps.origin)
  const { head, branch } = plan
  const resumed = plan.earlier !== 'none'
  const identity = (await git.configuredIdentity()) ? null : BOT_IDENTITY
  const made: string[] = []
  let commitSha = head
  const names = (plan.components ?? []).filter(r => r.released).map(r => r.tag)
  await log.group(`Writing release ${plan.commitMessage}`, async () => {
    try {
      if (!resumed) {
        for (const file of plan.edits) files.writeBytes(file.path, file.bytes)
        const paths = [...new Set(plan.edits.map(file => files.realRelative(file.path)))]
        await git.add(paths)
        commitSha = await git.commit(plan.commitMessage, identity, paths)
      }
      for (const tag of plan.tags) {
        await git.tag(tag.name, tag.message, identity)
        made.push(tag.name)
      }
    } catch (error) {
      for (const tag of made) await git.deleteTag(tag).catch(() => undefined)
      if (!resumed) {
        restore(files, plan.edits)
        await git.resetKeep(head).catch(() => undefined)
      }
      throw error
    }
    files.write(plan.notesFile, plan.release.notes)
    writeComponentNotes(plan, files)
    log.info(`Committed ${commitSha.slice(0, 12)} and tagged ${names.join(', ')}`)
  })
  if (!origin || !branch) return { commitSha, pushed: false }
  try {
    await log.group(`Pushing ${branch} and ${names.length} tag(s) to ${REMOTE} (atomic)`, async () => {
      await origin.pushAtomic(REMOTE, [
        `HEAD:refs/heads/${branch}`,
        ...names.map(name => `refs/tags/${name}:refs/tags/${name}`)
      ])
    })
  } catch (error) {
    for (const tag of made) await git.deleteTag(tag).catch(() => undefined)
    if (!resumed) await git.resetKeep(head)
    const detail = pushDetail(error)
    throw new ConfigurationError(
      `The push to ${REMOTE} was rejected: ${detail}. Nothing was pushed, and the local release commit and tags (${names.join(', ')}) were undone (HEAD is back at ${head.slice(0, 12)}). ` +
        (PROTECTED.test(detail)
          ? `${branch} is protected: let the workflow push with a token allowed to bypass the rule.`
          : 'Bring the branch up to date with the remote (or fix the permission) and run again.')
    )
  }
  return { commitSha, pushed: true }
}
