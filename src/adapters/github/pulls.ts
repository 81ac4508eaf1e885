/** The preview's calls: the pull request, merge settings, its comment, the check run and the status. */
import type { IssueComment, MergeSettings, PullRequestApi, PullRequestData } from '../../usecases/ports.js'
import { checkShape, githubClient, type ClientOptions, type GitHubClient } from './client.js'
import { namedIdentity } from './identity.js'

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function boolOrNull(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null
}

/** An issue comment as GitHub answers it (list, create, update), as the preview reads it. */
function commentOf(comment: {
  id: number
  body?: string | null
  html_url: string
  user?: { login?: string; type?: string } | null
}): IssueComment {
  return {
    id: comment.id,
    body: comment.body ?? '',
    url: comment.html_url,
    author: comment.user?.login ?? '',
    authorIsBot: comment.user?.type === 'Bot'
  }
}

/** The preview's calls: the pull request, the repository's merge settings, the comment, the check. */
export class OctokitPulls implements PullRequestApi {
  private readonly api: GitHubClient

  /** `scrub` keeps the run's secrets out of what is written (the comment, the check's output). */
  constructor(
    token: string,
    repository: string,
    apiUrl: string,
    private readonly scrub: (text: string) => string = text => text,
    client: ClientOptions = {}
  ) {
    this.api = githubClient(token, repository, apiUrl, client)
  }

  pullRequest(number: number): Promise<PullRequestData> {
    const call = `GET /repos/${this.api.owner}/${this.api.repo}/pulls/${number}`
    return this.api.call(call, async octokit => {
      const { data } = await octokit.rest.pulls.get({
        owner: this.api.owner,
        repo: this.api.repo,
        pull_number: number,
        request: this.api.request()
      })
      checkShape(call, data, { number: 'number', title: 'string' })
      checkShape(call, data.head, { sha: 'string' })
      checkShape(call, data.base, { sha: 'string', ref: 'string' })
      return {
        number: data.number,
        title: data.title,
        body: data.body ?? '',
        author: data.user?.login ?? '',
        headSha: data.head.sha,
        headRef: data.head.ref,
        headRepo: data.head.repo?.full_name ?? '',
        baseRef: data.base.ref,
        baseSha: data.base.sha,
        baseRepo: data.base.repo?.full_name ?? ''
      }
    })
  }

  mergeSettings(): Promise<MergeSettings> {
    return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}`, async octokit => {
      const { data } = await octokit.rest.repos.get({
        owner: this.api.owner,
        repo: this.api.repo,
        request: this.api.request()
      })
      const fields = data as unknown as Record<string, unknown>
      return {
        allowSquash: boolOrNull(fields.allow_squash_merge),
        allowMerge: boolOrNull(fields.allow_merge_commit),
        allowRebase: boolOrNull(fields.allow_rebase_merge),
        squashTitle: stringOrNull(fields.squash_merge_commit_title),
        squashMessage: stringOrNull(fields.squash_merge_commit_message)
      }
    })
  }

  /** Who the token is (src/adapters/github/identity.ts); null when GitHub names none. */
  viewer(): Promise<string | null> {
    return namedIdentity(this.api)
  }

  comments(number: number): Promise<IssueComment[]> {
    return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/issues/${number}/comments`, async octokit => {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner: this.api.owner,
        repo: this.api.repo,
        issue_number: number,
        per_page: 100,
        request: this.api.request()
      })
      return comments.map(commentOf)
    })
  }

  createComment(number: number, body: string): Promise<IssueComment> {
    const call = `POST /repos/${this.api.owner}/${this.api.repo}/issues/${number}/comments`
    return this.api.call(call, async octokit => {
      const { data } = await octokit.rest.issues.createComment({
        owner: this.api.owner,
        repo: this.api.repo,
        issue_number: number,
        body: this.scrub(body),
        request: this.api.request()
      })
      checkShape(call, data, { id: 'number', html_url: 'string' })
      return commentOf(data)
    })
  }

  updateComment(id: number, body: string): Promise<IssueComment> {
    const call = `PATCH /repos/${this.api.owner}/${this.api.repo}/issues/comments/${id}`
    return this.api.call(call, async octokit => {
      const { data } = await octokit.rest.issues.updateComment({
        owner: this.api.owner,
        repo: this.api.repo,
        comment_id: id,
        body: this.scrub(body),
        request: this.api.request()
      })
      checkShape(call, data, { id: 'number', html_url: 'string' })
      return commentOf(data)
    })
  }

  createCheckRun(input: {
    name: string
    headSha: string
    conclusion: 'success' | 'failure' | 'neutral'
    title: string
    summary: string
    detailsUrl?: string
  }): Promise<{ id: number; url: string }> {
    const call = `POST /repos/${this.api.owner}/${this.api.repo}/check-runs`
    return this.api.call(call, async octokit => {
      const { data } = await octokit.rest.checks.create({
        owner: this.api.owner,
        repo: this.api.repo,
        name: input.name,
        head_sha: input.headSha,
        status: 'completed',
        conclusion: input.conclusion,
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        output: { title: this.scrub(input.title), summary: this.scrub(input.summary) },
        request: this.api.request()
      })
      checkShape(call, data, { id: 'number' })
      return { id: data.id, url: data.html_url ?? '' }
    })
  }

  createStatus(
    sha: string,
    input: { state: 'success' | 'failure'; context: string; description: string; targetUrl?: string }
  ): Promise<void> {
    return this.api.call(`POST /repos/${this.api.owner}/${this.api.repo}/statuses/${sha}`, async octokit => {
      await octokit.rest.repos.createCommitStatus({
        owner: this.api.owner,
        repo: this.api.repo,
        sha,
        state: input.state,
        context: input.context,
        description: this.scrub(input.description),
        ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
        request: this.api.request()
      })
    })
  }
}
