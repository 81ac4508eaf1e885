/** mode: release_pr's calls: the release branch (Git references) and its pull request. */
import type { ReleasePull, ReleasePullApi, RemoteCommit } from '../../usecases/release-pr/ports.js'
import { checkShape, githubClient, type ClientOptions, type GitHubClient } from './client.js'

function pullOf(data: {
  number: number
  html_url: string
  title: string
  body?: string | null
  user?: { login?: string } | null
}): ReleasePull {
  return {
    number: data.number,
    url: data.html_url,
    title: data.title,
    body: data.body ?? '',
    author: data.user?.login ?? ''
  }
}

export class OctokitReleasePulls implements ReleasePullApi {
  private readonly api: GitHubClient

  /** `scrub` keeps the run's secrets out of what is written (titles, bodies, comments). */
  constructor(
    token: string,
    repository: string,
    apiUrl: string,
    private readonly scrub: (text: string) => string = text => text,
    client: ClientOptions = {}
  ) {
    this.api = githubClient(token, repository, apiUrl, client)
  }

  private get repoPath(): string {
    return `/repos/${this.api.owner}/${this.api.repo}`
  }

  branchHead(branch: string): Promise<string | null> {
    const call = `GET ${this.repoPath}/git/ref/heads/${branch}`
    return this.api.call(
      call,
      async octokit => {
        const { data } = await octokit.rest.git.getRef({
          owner: this.api.owner,
          repo: this.api.repo,
          ref: `heads/${branch}`,
          request: this.api.request()
        })
        checkShape(call, data.object, { sha: 'string' })
        return data.object.sha
      },
      () => null
    )
  }

  commit(sha: string): Promise<RemoteCommit | null> {
    const call = `GET ${this.repoPath}/git/commits/${sha}`
    return this.api.call(
      call,
      async octokit => {
        const { data } = await octokit.rest.git.getCommit({
          owner: this.api.owner,
          repo: this.api.repo,
          commit_sha: sha,
          request: this.api.request()
        })
        checkShape(call, data, { message: 'string' })
        return { message: data.message, parents: (data.parents ?? []).map(parent => parent.sha) }
      },
      () => null
    )
  }

  async setBranch(branch: string, sha: string, exists: boolean): Promise<void> {
    if (exists) {
      await this.api.call(`PATCH ${this.repoPath}/git/refs/heads/${branch}`, async octokit => {
        await octokit.rest.git.updateRef({
          owner: this.api.owner,
          repo: this.api.repo,
          ref: `heads/${branch}`,
          sha,
          force: true,
          request: this.api.request()
        })
      })
      return
    }
    await this.api.call(`POST ${this.repoPath}/git/refs`, async octokit => {
      await octokit.rest.git.createRef({
        owner: this.api.owner,
        repo: this.api.repo,
        ref: `refs/heads/${branch}`,
        sha,
        request: this.api.request()
      })
    })
  }

  openPull(head: string, base: string): Promise<ReleasePull | null> {
    const call = `GET ${this.repoPath}/pulls?head=${this.api.owner}:${head}&base=${base}&state=open`
    return this.api.call(call, async octokit => {
      const { data } = await octokit.rest.pulls.list({
        owner: this.api.owner,
        repo: this.api.repo,
        head: `${this.api.owner}:${head}`,
        base,
        state: 'open',
        per_page: 10,
        request: this.api.request()
      })
      if (!Array.isArray(data)) checkShape(call, data, {})
      const first = data[0]
      if (!first) return null
      checkShape(call, first, { number: 'number', title: 'string', html_url: 'string' })
      return pullOf(first)
    })
  }

  createPull(input: { title: string; body: string; head: string; base: string }): Promise<ReleasePull> {
    const call = `POST ${this.repoPath}/pulls`
    return this.api.call(call, async octokit => {
      const { data } = await octokit.rest.pulls.create({
        owner: this.api.owner,
        repo: this.api.repo,
        title: this.scrub(input.title),
        body: this.scrub(input.body),
        head: input.head,
        base: input.base,
        request: this.api.request()
      })
      checkShape(call, data, { number: 'number', title: 'string', html_url: 'string' })
      return pullOf(data)
    })
  }

  async updatePull(number: number, fields: { title?: string; body?: string; state?: 'closed' }): Promise<void> {
    await this.api.call(`PATCH ${this.repoPath}/pulls/${number}`, async octokit => {
      await octokit.rest.pulls.update({
        owner: this.api.owner,
        repo: this.api.repo,
        pull_number: number,
        ...(fields.title !== undefined ? { title: this.scrub(fields.title) } : {}),
        ...(fields.body !== undefined ? { body: this.scrub(fields.body) } : {}),
        ...(fields.state ? { state: fields.state } : {}),
        request: this.api.request()
      })
    })
  }

  async comment(number: number, body: string): Promise<void> {
    await this.api.call(`POST ${this.repoPath}/issues/${number}/comments`, async octokit => {
      await octokit.rest.issues.createComment({
        owner: this.api.owner,
        repo: this.api.repo,
        issue_number: number,
        body: this.scrub(body),
        request: this.api.request()
      })
    })
  }
}
