/**
 * Who the token is (src/adapters/github/identity.ts), against the local GitHub server: refused
 * answers mean "no login to name"; a failure (a 5xx past the retries) is an error, never a guessed
 * identity that could make the preview post a second comment or the watch a second issue.
 */
import { githubClient } from '../../src/adapters/github/client.js'
import { namedIdentity } from '../../src/adapters/github/identity.js'
import { GitHubApiError } from '../../src/core/errors.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'

const TOKEN = 'ghs_identity_token_0123456789'

describe('namedIdentity', () => {
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
    github.viewerLogin = null // GraphQL viewer refused, as for an installation token
  })
  afterEach(() => github.stop())
  const api = () => githubClient(TOKEN, github.repository, github.url, FAST_CLIENT)

  it('an installation token (viewer refused, GET /user 403) names no login', async () => {
    github.userLogin = null
    await expect(namedIdentity(api())).resolves.toBeNull()
  })

  it('a personal access token is named by GET /user', async () => {
    github.userLogin = 'octocat'
    await expect(namedIdentity(api())).resolves.toBe('octocat')
  })

  it('GET /user failing with 5xx past the retries is an error, not a guess', async () => {
    github.userLogin = 'octocat'
    github.failNext('GET', /^\/user$/, 502, 20)
    await expect(namedIdentity(api())).rejects.toBeInstanceOf(GitHubApiError)
  })
})
