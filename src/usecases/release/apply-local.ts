/**
 * Applying a plan locally: the edits written and committed, the annotated tag, then one atomic push
 * of the branch and the tag (nothing reaches origin unless both do). A failure before the push puts
 * everything back; a rejected push undoes the local commit and tag.
 */
import { ConfigurationError, GitError } from '../../core/errors.js'
import {
  BOT_IDENTITY,
  type FileReader,
  type FileWriter,
  type GitReader,
  type GitRemoteWriter,
  type GitWriter,
  type Logger
} from '../ports.js'
import { REMOTE, type FileEdit, type Plan } from './types.js'

/** GitHub's refusals of a push to a protected branch or one under a ruleset. */
export const PROTECTED = /GH006|GH013|protected branch|rule violations|repository rule/i

export function pushDetail(error: unknown): string {
  return error instanceof GitError ? error.stderr.trim().split('\n').slice(-4).join(' | ') : String(error)
}

/** What applying a plan made: the release commit (HEAD for a tag-only release) and whether origin has it. */
export interface Applied {
  commitSha: string
  pushed: boolean
}

export interface LocalDeps {
  git: Pick<GitReader, 'configuredIdentity'> & Pick<GitWriter, 'add' | 'commit' | 'tag' | 'deleteTag' | 'resetKeep'>
  files: Pick<FileReader, 'realRelative'> & FileWriter
  /** Pushes to origin; null: the plan does not push. */
  origin: GitRemoteWriter | null
  log: Logger
}

/** Puts the files of these edits back as they were before the release (a new file: removed). */
export function restore(files: FileWriter, edits: readonly FileEdit[]): void {
  for (const file of edits) {
    if (file.before !== null) files.writeBytes(file.path, file.before)
    else files.remove(file.path) // a changelog this run created
  }
}

export function originOf(plan: Plan, origin: GitRemoteWriter | null): GitRemoteWriter | null {
  if (!plan.push) return null
  if (!origin)
    throw new ConfigurationError(
      `push: true, but this run may not push to ${REMOTE} (the CLI pushes only with --push). Nothing was changed.`
    )
  return origin
}

export async function pushRelease(origin: GitRemoteWriter, branch: string, tag: string, log: Logger): Promise<void> {
  await log.group(`Pushing ${branch} and ${tag} to ${REMOTE} (atomic)`, async () => {
    await origin.pushAtomic(REMOTE, [`HEAD:refs/heads/${branch}`, `refs/tags/${tag}:refs/tags/${tag}`])
  })
}

/** release_commit: true — commit (unless an earlier run did), tag, push. */
export async function applyLocal(plan: Plan, deps: LocalDeps): Promise<Applied> {
  const { git, files, log } = deps
  const { release, head, branch } = plan
  const origin = originOf(plan, deps.origin)
  const committed = plan.earlier === 'committed'
  const tag = plan.tags[0]
  const identity = (await git.configuredIdentity()) ? null : BOT_IDENTITY
  let commitSha = ''
  await log.group(`Writing release ${release.tag}`, async () => {
    try {
      if (committed) commitSha = head
      else {
        for (const file of plan.edits) files.writeBytes(file.path, file.bytes)
        // git knows a file by its real path: a changelog reached through a symlink is committed where it is
        const paths = [...new Set(plan.edits.map(file => files.realRelative(file.path)))]
        await git.add(paths)
        commitSha = await git.commit(plan.commitMessage, identity, paths)
      }
    } catch (error) {
      restore(files, plan.edits)
      await git.resetKeep(head).catch(() => undefined)
      throw error
    }
    try {
      // a release commit made earlier is tagged where it is (commits may have followed it)
      await git.tag(tag.name, tag.message, identity, committed ? head : undefined)
    } catch (error) {
      if (!committed) await git.resetKeep(head)
      throw error
    }
    files.write(plan.notesFile, release.notes)
    log.info(`Committed ${commitSha.slice(0, 12)} and tagged ${release.tag}`)
  })

  if (!origin || !branch) return { commitSha, pushed: false }
  try {
    await pushRelease(origin, branch, release.tag, log)
  } catch (error) {
    // Nothing reached the remote (atomic push): undo the local commit and tag too.
    await git.deleteTag(release.tag)
    // (a release commit made before this run stays: an earlier run's or a merged pull request's,
    // on origin already perhaps, it is not this run's to undo)
    if (!committed) await git.resetKeep(head)
    const detail = pushDetail(error)
    throw new ConfigurationError(
      `The push to ${REMOTE} was rejected: ${detail}. Nothing was pushed, and ${committed ? `the local tag ${release.tag} was deleted (the release commit ${head.slice(0, 12)}, made before this run, stays)` : `the local release commit and tag ${release.tag} were undone (HEAD is back at ${head.slice(0, 12)})`}. ` +
        (PROTECTED.test(detail)
          ? `${branch} is protected (a branch protection rule or ruleset). Either release without a release commit (release_commit: false in .github/release-action.yml: only the tag is pushed, no version files or changelog), or make the release commit through the GitHub API (release_commit: api: GitHub makes and signs it, a verified commit, for rules that require signed commits; a rule that requires pull requests refuses it too), or let the workflow push: a GitHub App or deploy key allowed to bypass the rule, its token as github_token and as actions/checkout's token.`
          : 'Bring the branch up to date with the remote (or fix the permission) and run again.')
    )
  }
  return { commitSha, pushed: true }
}

/** A tag at HEAD from an earlier run whose push did not happen: push it (the branch with it). */
export async function applyTagged(plan: Plan, deps: LocalDeps): Promise<Applied> {
  const { files, log } = deps
  const origin = originOf(plan, deps.origin)
  files.write(plan.notesFile, plan.release.notes)
  if (plan.strategy === 'tag') {
    // tag-only: the tag alone (the branch is not this release's to push; up to date if origin has it)
    if (!origin) return { commitSha: plan.head, pushed: false }
    const { tag } = plan.release
    await log.group(`Pushing ${tag} to ${REMOTE}`, () =>
      origin.pushAtomic(REMOTE, [`refs/tags/${tag}:refs/tags/${tag}`])
    )
    return { commitSha: plan.head, pushed: true }
  }
  if (!origin || !plan.branch) return { commitSha: plan.head, pushed: false }
  await pushRelease(origin, plan.branch, plan.release.tag, log)
  return { commitSha: plan.head, pushed: true }
}
