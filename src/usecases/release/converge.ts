/**
 * Before the plan of a release that may reach origin: this clone brought up to what origin knows
 * of the release, so that no version is released twice and a rerun finds what an earlier run made.
 * - A release tag on origin that this clone lacks is judged by its commit: HEAD or in HEAD's
 *   history, it is a release of these commits: fetched (the plan then finds nothing to release, or
 *   resumes it); elsewhere (or unknown here), it stays burned (the plan reads origin's tags).
 * - The default branch's commits on origin are fetched (no ref moves): the rollback record there
 *   burns rolled-back versions even in a clone fetched before the rollback.
 * - release_commit: api: a release commit an earlier run made on GitHub (origin's branch is a
 *   `chore(release): TAG` commit whose only parent is HEAD) is followed, as the run would have.
 * The plan itself stays read-only (plan.ts); only this step fetches, before it.
 */
import { REMOTE, type ReleaseSettings } from './types.js'
import type { GitReader, GitRemoteReader, GitWriter, Logger } from '../ports.js'

export interface ConvergeDeps {
  git: Pick<
    GitReader,
    'head' | 'branch' | 'tagMessages' | 'hasCommit' | 'countMissing' | 'subject' | 'parents' | 'remoteUrl'
  > &
    Pick<GitWriter, 'resetKeep'>
  remote: Pick<GitRemoteReader, 'remoteTagCommits' | 'fetchTag' | 'remoteBranch' | 'fetchObjects'>
  log: Logger
}

/** Whether `sha` is HEAD or in its history (false when this clone does not have it). */
async function inHistory(git: ConvergeDeps['git'], sha: string, head: string): Promise<boolean> {
  if (sha === head) return true
  return (await git.hasCommit(sha)) && (await git.countMissing(head, sha)) === 0
}

/** Follows a release commit an earlier API run made on origin's branch (its parent is HEAD). */
async function followApiRelease(settings: ReleaseSettings, deps: ConvergeDeps, head: string): Promise<string> {
  const { git, remote, log } = deps
  const branch = await git.branch()
  if (!branch) return head
  const tip = await remote.remoteBranch(REMOTE, branch)
  if (!tip || tip === head) return head
  await remote.fetchObjects(REMOTE, branch)
  const subject = await git.subject(tip)
  const made = /^chore\(release\): (\S+)$/.exec(subject)?.[1]
  if (!made?.startsWith(settings.tagPrefix)) return head
  const parents = await git.parents(tip)
  if (parents.length !== 1 || parents[0] !== head) return head
  log.info(
    `${branch} on ${REMOTE} is the release commit of ${made} (${tip.slice(0, 12)}) an earlier run made through the GitHub API on this HEAD: following it.`
  )
  await git.resetKeep(tip)
  return tip
}

/** Brings this clone up to what origin knows of the release (see above). Returns the names of the tags fetched. */
export async function convergeWithOrigin(settings: ReleaseSettings, deps: ConvergeDeps): Promise<string[]> {
  const { git, remote, log } = deps
  if ((await git.remoteUrl(REMOTE)) === null) return []
  let head = await git.head()
  if (!head) return []
  // the default branch's commits (no ref moves): the plan reads its rollback record there
  await remote.fetchObjects(REMOTE, settings.baseBranch || 'main').catch(() => undefined)
  if (settings.releaseCommit === 'api' && settings.push) head = await followApiRelease(settings, deps, head)
  const onOrigin = (await remote.remoteTagCommits(REMOTE, settings.tagPrefix)).filter(
    tag => !tag.name.slice(settings.tagPrefix.length).includes('/')
  )
  // which of them are here: read by name, uncached (a reader that keeps its tag list would miss the fetch)
  const local = await git.tagMessages(onOrigin.map(tag => tag.name))
  const fetched: string[] = []
  for (const tag of onOrigin) {
    if (local.has(tag.name)) continue
    if (!(await inHistory(git, tag.sha, head))) continue
    await remote.fetchTag(REMOTE, tag.name)
    fetched.push(tag.name)
  }
  if (fetched.length > 0)
    log.info(
      `${fetched.join(', ')} ${fetched.length === 1 ? 'is' : 'are'} on ${REMOTE} but ${fetched.length === 1 ? 'was' : 'were'} not here: fetched (${fetched.length === 1 ? 'it tags' : 'they tag'} HEAD or its history, a release of these commits).`
    )
  return fetched
}
