/** The GitHub REST calls of this action, behind a small interface (tests use a local server). */

export interface GitHubRelease {
  id: number
  url: string
}

export interface GitHubReleases {
  findReleaseByTag(tag: string): Promise<GitHubRelease | null>
  deleteRelease(id: number): Promise<void>
}

/** A failed API call: which call, the HTTP status and GitHub's message (never the token). */
export class GitHubApiError extends Error {
  constructor(
    readonly call: string,
    readonly status: number | undefined,
    detail: string
  ) {
    super(`GitHub API ${call} failed${status ? ` with ${status}` : ''}: ${detail}`)
    this.name = 'GitHubApiError'
  }
}

/** One API call may take this long before it is abandoned. */
const TIMEOUT_MS = 30_000

/** What to do about a failed call, by status. */
export function adviceFor(status: number | undefined): string {
  if (status === 401) return 'The token is invalid or expired: check github_token.'
  if (status === 403 || status === 404) return 'The token needs contents: write on this repository (permissions: contents: write in the workflow).'
  return 'GitHub failed or did not answer in time: run again later.'
}

interface RequestFailure {
  status?: number
  message?: string
  response?: { data?: { message?: string } }
}

/**
 * Octokit from @actions/github, loaded only when a call is made (runs that never call the API
 * don't pay its start-up). `apiUrl` is GITHUB_API_URL (GitHub Enterprise Server, or a test server).
 */
export class OctokitReleases implements GitHubReleases {
  private readonly owner: string
  private readonly repo: string
  private client: Promise<ReturnType<typeof import('@actions/github').getOctokit>> | null = null

  constructor(
    private readonly token: string,
    repository: string,
    private readonly apiUrl: string
  ) {
    const [owner, repo] = repository.split('/')
    this.owner = owner
    this.repo = repo
  }

  private octokit(): Promise<ReturnType<typeof import('@actions/github').getOctokit>> {
    this.client ??= import('@actions/github').then(github => github.getOctokit(this.token, { baseUrl: this.apiUrl }))
    return this.client
  }

  private failure(call: string, error: unknown): GitHubApiError {
    const failure = error as RequestFailure
    const detail = failure.response?.data?.message ?? failure.message ?? String(error)
    return new GitHubApiError(call, failure.status, detail.replace(this.token, '***'))
  }

  async findReleaseByTag(tag: string): Promise<GitHubRelease | null> {
    const call = `GET /repos/${this.owner}/${this.repo}/releases/tags/${tag}`
    try {
      const { data } = await (await this.octokit()).rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag, request: { signal: AbortSignal.timeout(TIMEOUT_MS) } })
      return { id: data.id, url: data.html_url }
    } catch (error) {
      if ((error as RequestFailure).status === 404) return null
      throw this.failure(call, error)
    }
  }

  async deleteRelease(id: number): Promise<void> {
    const call = `DELETE /repos/${this.owner}/${this.repo}/releases/${id}`
    try {
      await (await this.octokit()).rest.repos.deleteRelease({ owner: this.owner, repo: this.repo, release_id: id, request: { signal: AbortSignal.timeout(TIMEOUT_MS) } })
    } catch (error) {
      if ((error as RequestFailure).status === 404) return // already gone
      throw this.failure(call, error)
    }
  }
}
