/**
 * Every GitHub port goes through one client factory (src/adapters/github/client.ts) with retry and
 * throttling: a preview comment and a watch issue survive one 502 as the publisher always did, and
 * more 502s than the retries are one error naming the call. Against the local GitHub server; the
 * retry delay is a millisecond (FAST_CLIENT), so nothing here depends on the clock.
 */
import { GitHubApiError } from '../../src/core/errors.js'
import { apiUrlFrom, DEFAULT_API_URL, OctokitPulls, OctokitWatch } from '../../src/adapters/github/index.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'

const TOKEN = 'ghs_client_token_0123456789'

describe('the GitHub client factory', () => {
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())

  const tries = (method: string, end: string) =>
    github.requests.filter(request => request.method === method && request.path.endsWith(end)).length

  it('a preview comment survives one 502', async () => {
    github.addPull({ number: 7, title: 'feat: sessions', headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) })
    github.failNext('POST', /\/issues\/7\/comments$/)
    const pulls = new OctokitPulls(TOKEN, github.repository, github.url, undefined, FAST_CLIENT)
    const comment = await pulls.createComment(7, 'the release this pull request makes')
    expect(comment).toMatchObject({ body: 'the release this pull request makes' })
    expect(tries('POST', '/issues/7/comments')).toBe(2)
    expect(await pulls.comments(7)).toHaveLength(1) // made once
  })

  it('a watch issue survives one 502', async () => {
    github.failNext('POST', /\/issues$/)
    const watch = new OctokitWatch(TOKEN, github.repository, github.url, FAST_CLIENT)
    const issue = await watch.createIssue({ title: 'v1.3.0: error rate', body: 'marker', labels: ['release-watch'] })
    expect(issue).toMatchObject({ number: 1, state: 'open' })
    expect(tries('POST', '/issues')).toBe(2)
    expect(github.issues).toHaveLength(1)
  })

  it('more 502s than retries: one error naming the call, the token not in it', async () => {
    github.failNext('POST', /\/issues$/, 502, 3)
    const watch = new OctokitWatch(TOKEN, github.repository, github.url, FAST_CLIENT)
    const attempt = watch.createIssue({ title: 't', body: 'b', labels: [] })
    await expect(attempt).rejects.toThrow(GitHubApiError)
    await expect(attempt).rejects.toThrow(/POST \/repos\/acme\/fastvlm\/issues failed with 502/)
    expect(tries('POST', '/issues')).toBe(3)
    expect(github.issues).toHaveLength(0)
  })

  it('a 4xx is not retried', async () => {
    github.failNext('POST', /\/issues$/, 422)
    const watch = new OctokitWatch(TOKEN, github.repository, github.url, FAST_CLIENT)
    await expect(watch.createIssue({ title: 't', body: 'b', labels: [] })).rejects.toThrow(/failed with 422/)
    expect(tries('POST', '/issues')).toBe(1)
  })

  it('GITHUB_API_URL names the server, else GitHub.com', () => {
    expect(apiUrlFrom({ GITHUB_API_URL: 'https://ghe.example.com/api/v3' })).toBe('https://ghe.example.com/api/v3')
    expect(apiUrlFrom({})).toBe(DEFAULT_API_URL)
    expect(DEFAULT_API_URL).toBe('https://api.github.com')
  })
})
