/**
 * Who a token is, for trusting only what it wrote itself (the preview's comment, the watch's issue):
 * GraphQL's `viewer`, else GET /user (a personal access token). GitHub tells an installation token
 * (GITHUB_TOKEN, an app's) neither: its identity is then taken to be the workflow token's,
 * `github-actions[bot]` (the github_token input's default), so another login's text is never ours.
 */
import { GitHubApiError } from '../../core/errors.js'
import type { GitHubClient } from './client.js'

/** The login `GITHUB_TOKEN` writes as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/** The token's login as GitHub names it (GraphQL, else GET /user), or null when it names none. */
export async function namedIdentity(api: GitHubClient): Promise<string | null> {
  const graphql = await api
    .call('POST /graphql (viewer)', async octokit => {
      const data = await octokit.graphql<{ viewer?: { login?: unknown } | null }>('query { viewer { login } }', {
        request: api.request()
      })
      return typeof data?.viewer?.login === 'string' && data.viewer.login ? data.viewer.login : null
    })
    .catch(() => null)
  if (graphql) return graphql
  return api
    .call('GET /user', async octokit => {
      const { data } = await octokit.rest.users.getAuthenticated({ request: api.request() })
      return typeof data?.login === 'string' && data.login ? data.login : null
    })
    .catch((error: unknown) => {
      // refused (an installation token): no login to name. Anything else (a 5xx past the retries, the
      // network) is a failure: guessing an identity then could post a second comment or issue
      if (error instanceof GitHubApiError && [401, 403, 404].includes(error.status ?? 0)) return null
      throw error
    })
}
