/**
 * The one way this action makes a GitHub client: Octokit from @actions/github with the retry and
 * throttling plugins, at GITHUB_API_URL. Every GitHub port (releases, gates, publisher, Git Data,
 * pull requests, watch) calls through a client made here, so each of them waits out a rate limit as
 * GitHub asks and retries a 5xx answer; each failure becomes a GitHubApiError naming the call.
 */
import { GitHubApiError } from '../../core/errors.js'

/** One API call may take this long before it is abandoned. */
const TIMEOUT_MS = 30_000

/** GitHub.com's REST API, when GITHUB_API_URL is not set. */
export const DEFAULT_API_URL = 'https://api.github.com'

export type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

/** How a client retries and spaces its calls; the defaults are for GitHub itself. */
export interface ClientOptions {
  /**
   * `false` turns the throttling plugin's request spacing (one write a second) and its rate-limit
   * waits off: for tests against a local server, where spacing only costs time.
   */
  throttle?: boolean
  /** Retries of a 5xx answer (or a failed connection) after the first attempt; default 2. */
  retries?: number
  /** The retry plugin's base delay in milliseconds (the nth retry waits n² times it); default 1000. */
  retryDelayMs?: number
  /** Told of each rate-limit wait (the log's warning). */
  onWait?: (message: string) => void
}

/** The API's base URL: GITHUB_API_URL (GitHub Enterprise Server, or a test server), else GitHub.com's. */
export function apiUrlFrom(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_API_URL || DEFAULT_API_URL
}

/** Answers that a retry would not change. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451]

/**
 * Makes an Octokit (loaded on the first call: runs that never call the API don't pay its start-up)
 * with the throttling and retry plugins: a primary or secondary rate limit waits as GitHub asks
 * (twice at most) instead of failing; 5xx answers are retried.
 */
export async function createOctokit(token: string, apiUrl: string, options: ClientOptions = {}): Promise<Octokit> {
  const [github, { throttling }, { retry }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-throttling'),
    import('@octokit/plugin-retry')
  ])
  const onWait = options.onWait ?? (() => undefined)
  const limit =
    (kind: string) =>
    (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount >= 2) return false
      onWait(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`)
      return true
    }
  return github.getOctokit(
    token,
    {
      baseUrl: apiUrl || DEFAULT_API_URL,
      throttle: {
        enabled: options.throttle ?? true,
        onRateLimit: limit('primary'),
        onSecondaryRateLimit: limit('secondary')
      },
      retry: {
        retries: options.retries ?? 2,
        retryAfterBaseValue: options.retryDelayMs ?? 1000,
        doNotRetry: DO_NOT_RETRY
      }
    },
    throttling,
    retry
  )
}

interface RequestFailure {
  status?: number
  message?: string
  response?: { data?: { message?: string } }
}

/** A repository's client, as the ports use it: its owner and name, and `call` around each request. */
export interface GitHubClient {
  readonly owner: string
  readonly repo: string
  /** Per-request options: the timeout. */
  request(): { signal: AbortSignal }
  /** Runs a call; `notFound` is what a 404 means (else it is a failure too). */
  call<T>(call: string, fn: (octokit: Octokit) => Promise<T>, notFound?: () => T): Promise<T>
}

/** The client of `repository` ("owner/name"): Octokit made on the first call, the token never in an error's text. */
export function githubClient(
  token: string,
  repository: string,
  apiUrl: string,
  options: ClientOptions = {}
): GitHubClient {
  const [owner, repo] = repository.split('/')
  let client: Promise<Octokit> | null = null
  const failure = (call: string, error: unknown): GitHubApiError => {
    const cause = error as RequestFailure
    const detail = cause.response?.data?.message ?? cause.message ?? String(error)
    return new GitHubApiError(call, cause.status, detail.split(token).join('***'))
  }
  return {
    owner,
    repo,
    request: () => ({ signal: AbortSignal.timeout(TIMEOUT_MS) }),
    async call(call, fn, notFound) {
      try {
        client ??= createOctokit(token, apiUrl, options)
        return await fn(await client)
      } catch (error) {
        if (error instanceof GitHubApiError) throw error // already named (a malformed answer)
        if (notFound && (error as RequestFailure).status === 404) return notFound()
        throw failure(call, error)
      }
    }
  }
}

/** What an answer lacks to be what the call returns, or null (a malformed answer never counts as done). */
function malformed(data: unknown, fields: Record<string, 'number' | 'string'>): string | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'it is not a JSON object'
  for (const [field, type] of Object.entries(fields)) {
    const value = (data as Record<string, unknown>)[field]
    if (typeof value !== type || (type === 'number' && !Number.isSafeInteger(value)))
      return `it has no ${type} "${field}"`
  }
  return null
}

/** A malformed answer of a call that looked successful: a GitHubApiError saying so (nothing is counted as done). */
export function checkShape(call: string, data: unknown, fields: Record<string, 'number' | 'string'>): void {
  const problem = malformed(data, fields)
  if (problem) {
    throw new GitHubApiError(
      call,
      undefined,
      `GitHub's answer is not what the call returns (${problem}), so the step is not counted as done. Check GITHUB_API_URL (a proxy or a wrong server answers this way)`
    )
  }
}

/** Whether the token may push to the repository (GET /repos/{owner}/{repo}: permissions.push); null when unsaid. */
export function repositoryAccess(api: GitHubClient): Promise<{ push: boolean | null }> {
  return api.call(`GET /repos/${api.owner}/${api.repo}`, async octokit => {
    const { data } = await octokit.rest.repos.get({ owner: api.owner, repo: api.repo, request: api.request() })
    const push = (data as { permissions?: { push?: unknown } }).permissions?.push
    return { push: typeof push === 'boolean' ? push : null }
  })
}
