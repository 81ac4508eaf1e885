/**
 * The pull request of a preview: the event payload read into a pull request, the merge method the
 * preview assumes, and the commits the merge would put on the base branch (a squash commit made of
 * the title and body, or the pull request's own commits).
 */
import { ConfigurationError } from '../errors.js'
import type { RawCommit } from '../types.js'
import { firstLine } from './text.js'

export type MergeMethod = 'squash' | 'merge' | 'rebase'

export interface PullRequest {
  number: number
  title: string
  body: string
  /** The author's login. */
  author: string
  headSha: string
  headRef: string
  /** owner/name of the head's repository ('' when the fork was deleted). */
  headRepo: string
  baseRef: string
  baseSha: string
  baseRepo: string
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/**
 * The pull request of a `pull_request` or `pull_request_target` event payload (GITHUB_EVENT_PATH).
 * Shas are checked (they become git arguments); every text stays untrusted.
 */
export function pullRequestFromEvent(eventName: string | undefined, payload: unknown): PullRequest {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') {
    throw new ConfigurationError(
      `mode: preview runs on pull_request or pull_request_target events, but this run is ${eventName ? `a ${eventName} event` : 'not a workflow run (GITHUB_EVENT_NAME is not set)'}. ` +
        'Run it from a workflow with on: pull_request (see Preview on pull requests in the README).'
    )
  }
  const pull = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request
  const head = pull?.head as Record<string, unknown> | undefined
  const base = pull?.base as Record<string, unknown> | undefined
  const number = pull?.number
  if (!pull || typeof number !== 'number' || !Number.isSafeInteger(number) || !head || !base) {
    throw new ConfigurationError(
      `The ${eventName} event payload (GITHUB_EVENT_PATH) has no pull_request with a number, head and base: mode: preview needs the event of a pull request.`
    )
  }
  const headSha = text(head.sha)
  const baseSha = text(base.sha)
  if (!SHA.test(headSha) || !SHA.test(baseSha)) {
    throw new ConfigurationError(
      `The ${eventName} event payload has no commit sha for the head or the base of pull request #${number}.`
    )
  }
  const repo = (side: Record<string, unknown>) => text((side.repo as Record<string, unknown> | null)?.full_name)
  return {
    number,
    title: text(pull.title),
    body: text(pull.body),
    author: text((pull.user as Record<string, unknown> | null)?.login),
    headSha,
    headRef: text(head.ref),
    headRepo: repo(head),
    baseRef: text(base.ref),
    baseSha,
    baseRepo: repo(base)
  }
}

/** A pull request from another repository (a fork); a deleted fork counts as one. */
export function isFork(pr: Pick<PullRequest, 'headRepo' | 'baseRepo'>): boolean {
  return pr.headRepo === '' || pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase()
}

export interface RepoMergeSettings {
  allowSquash: boolean | null
  allowMerge: boolean | null
  allowRebase: boolean | null
  squashTitle: string | null
  squashMessage: string | null
}

/**
 * The merge method the preview assumes. `auto` reads the repository's settings: merge commits
 * allowed (or not said) → merge; otherwise squash when allowed, else rebase. The first is also
 * GitHub's default button; a repository that allows only squash merging gets the title's preview.
 */
export function chooseMergeMethod(
  setting: 'auto' | MergeMethod,
  repo: RepoMergeSettings | null
): { method: MergeMethod; why: string } {
  if (setting !== 'auto') return { method: setting, why: `preview_merge_method: ${setting}` }
  if (!repo) return { method: 'merge', why: "the repository's merge settings could not be read: merge commits assumed" }
  if (repo.allowMerge === false && repo.allowSquash === true)
    return {
      method: 'squash',
      why: repo.allowRebase
        ? 'the repository does not allow merge commits'
        : 'the repository allows only squash merging'
    }
  if (repo.allowMerge === false && repo.allowRebase === true)
    return { method: 'rebase', why: 'the repository allows only rebase merging' }
  if (repo.allowMerge === null)
    return {
      method: 'merge',
      why: "the repository's merge settings are not visible to the token: merge commits assumed"
    }
  return { method: 'merge', why: 'the repository allows merge commits' }
}

/** A commit of the pull request as git has it. */
export interface PullCommit {
  sha: string
  parents: string[]
  message: string
}

/**
 * The squash commit's message as GitHub writes it: the title (the PR's, or with COMMIT_OR_PR_TITLE
 * the one commit's subject) followed by ` (#N)`, then the body: the PR's description (PR_BODY, and
 * when GitHub does not say), the commits' messages as bullets (COMMIT_MESSAGES), or nothing (BLANK).
 * `commits` newest first, as git lists them.
 */
export function squashMessage(pr: PullRequest, commits: PullCommit[], repo: RepoMergeSettings | null): string {
  const own = commits.filter(commit => commit.parents.length < 2)
  const title =
    repo?.squashTitle === 'COMMIT_OR_PR_TITLE' && own.length === 1 ? firstLine(own[0].message) : pr.title.trim()
  const header = `${title.replace(/[\r\n]+/g, ' ')} (#${pr.number})`
  const body =
    repo?.squashMessage === 'BLANK'
      ? ''
      : repo?.squashMessage === 'COMMIT_MESSAGES'
        ? [...own]
            .reverse()
            .map(commit => `* ${commit.message.trim()}`)
            .join('\n\n')
        : pr.body.replace(/\r\n/g, '\n').trim()
  return body ? `${header}\n\n${body}` : header
}

/** The sha the synthetic merge commit gets (it is a merge: it never shows in notes or reasons). */
export const MERGE_SHA = '0'.repeat(40)

/**
 * The commits a merge of the pull request puts on the base branch, newest first: one squash commit
 * (shown with the PR head's sha, since it does not exist yet), or a merge commit over the pull
 * request's commits, or those commits alone (rebase). None when the pull request has no commits.
 */
export function mergedCommits(
  method: MergeMethod,
  pr: PullRequest,
  commits: RawCommit[],
  base: string,
  now: Date,
  repo: RepoMergeSettings | null
): RawCommit[] {
  if (commits.length === 0) return []
  const time = Math.floor(now.getTime() / 1000)
  if (method === 'squash')
    return [{ sha: pr.headSha, parents: [base], time, author: pr.author, message: squashMessage(pr, commits, repo) }]
  if (method === 'rebase') return commits
  const from = `${pr.headRepo.split('/')[0] || 'fork'}/${pr.headRef}`
  return [
    {
      sha: MERGE_SHA,
      parents: [base, pr.headSha],
      time,
      author: pr.author,
      message: `Merge pull request #${pr.number} from ${from}\n\n${pr.title}`
    },
    ...commits
  ]
}
