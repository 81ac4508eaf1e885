/** GitHub releases as mode: rollback and the watch read and change them. */
import type { GitHubRelease, GitHubReleases } from '../../usecases/ports.js'
import { checkShape, githubClient, type ClientOptions, type GitHubClient } from './client.js'

export class OctokitReleases implements GitHubReleases {
  private readonly api: GitHubClient

  constructor(token: string, repository: string, apiUrl: string, client: ClientOptions = {}) {
    this.api = githubClient(token, repository, apiUrl, client)
  }

  findReleaseByTag(tag: string): Promise<GitHubRelease | null> {
    return this.api.call(
      `GET /repos/${this.api.owner}/${this.api.repo}/releases/tags/${tag}`,
      async octokit => {
        const { data } = await octokit.rest.repos.getReleaseByTag({
          owner: this.api.owner,
          repo: this.api.repo,
          tag,
          request: this.api.request()
        })
        checkShape(`GET /repos/${this.api.owner}/${this.api.repo}/releases/tags/${tag}`, data, { id: 'number' })
        const immutable = (data as { immutable?: unknown }).immutable === true
        return { id: data.id, url: data.html_url, name: data.name ?? '', body: data.body ?? '', immutable }
      },
      () => null
    )
  }

  editRelease(id: number, fields: { name?: string; body?: string; makeLatest?: 'true' | 'false' }): Promise<void> {
    return this.api.call(`PATCH /repos/${this.api.owner}/${this.api.repo}/releases/${id}`, async octokit => {
      await octokit.rest.repos.updateRelease({
        owner: this.api.owner,
        repo: this.api.repo,
        release_id: id,
        ...(fields.name === undefined ? {} : { name: fields.name }),
        ...(fields.body === undefined ? {} : { body: fields.body }),
        ...(fields.makeLatest === undefined ? {} : { make_latest: fields.makeLatest }),
        request: this.api.request()
      })
    })
  }

  deleteRelease(id: number): Promise<void> {
    return this.api.call(
      `DELETE /repos/${this.api.owner}/${this.api.repo}/releases/${id}`,
      async octokit => {
        await octokit.rest.repos.deleteRelease({
          owner: this.api.owner,
          repo: this.api.repo,
          release_id: id,
          request: this.api.request()
        })
      },
      () => undefined
    ) // already gone
  }
}
