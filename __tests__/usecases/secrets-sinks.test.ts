/**
 * Secrets never reach another service: a token in a released commit's message, in a rollback reason
 * or in what Datadog answers is absent from every request body the run sends (the Git Data API's
 * commit, tree and tag, the GitHub release, the rollback's PATCH, the watch's issue, Slack), whether
 * it is a masked input's value or only looks like a token (ghp_…, xoxb-…, a Datadog key).
 */
import { FakeGitHub } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { runActionFromSource } from '../helpers/runner.js'
import { FakeService, type Recorded, type Reply } from '../helpers/service.js'

/** The github_token input: a masked value that looks like no known token. */
const TOKEN = 'tok-masked-0123456789-value'
/** Token-shaped text that is not the run's own (built so no scanner takes this file for a leak). */
const GHP = ['ghp', '_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('')
const XOXB = ['xoxb', '-', '123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'].join('')
const API_KEY = 'dd0api0key0123456789abcdef012345'
const APP_KEY = 'dd0app0key0123456789abcdef0123456789abcd'
const OTHER_DD_KEY = '0123456789abcdef0123456789abcdef'

const SECRETS = [TOKEN, GHP, XOXB, API_KEY, APP_KEY, OTHER_DD_KEY]

function leaks(bodies: string[]): string[] {
  return SECRETS.filter(secret => bodies.some(body => body.includes(secret)))
}

describe('secrets reach no other service', () => {
  let github: FakeGitHub
  const repos: TestRepo[] = []
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function project(messages: string[]): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n' })
    repo.tag('v1.2.0')
    messages.forEach((message, index) => repo.commit(message, { [`f${index}.txt`]: message }))
    repo.publish('main', '--tags')
    github.gitDir = repo.origin
    return repo
  }

  it('release_commit: api: the commit, tree, tag and GitHub release carry no secret from a commit message', async () => {
    const repo = project([
      `feat: cache the model (the CI token ${TOKEN} works)`,
      `fix: retry uploads, token ${GHP}`,
      `fix: slack retries\n\nThe bot token ${XOXB} is rotated.\nDD_API_KEY=${OTHER_DD_KEY}`
    ])
    const run = await runActionFromSource(
      repo.dir,
      { github_token: TOKEN, release_commit: 'api', push: 'true', create_release: 'true' },
      { GITHUB_API_URL: github.url }
    )
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    expect(run.outputs.tag).toBe('v1.3.0')
    expect(github.bodies.map(request => `${request.method} ${request.path}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^POST .*\/git\/blobs$/),
        expect.stringMatching(/^POST .*\/git\/commits$/),
        expect.stringMatching(/^POST .*\/git\/tags$/),
        expect.stringMatching(/^POST .*\/releases$/)
      ])
    )
    // the blobs are base64: decoded, as the bodies are read
    const decoded = github.bodies.map(({ body }) => {
      const json = body.startsWith('{') ? (JSON.parse(body) as { content?: unknown; encoding?: unknown }) : {}
      return json.encoding === 'base64' && typeof json.content === 'string'
        ? Buffer.from(json.content, 'base64').toString('utf8')
        : body
    })
    expect(decoded.some(body => body.includes('retry uploads'))).toBe(true)
    expect(leaks(decoded)).toEqual([])
    // what GitHub made: the changelog of the release commit and the tag's message
    const changelog = repo.gitIn(repo.origin, 'show', 'refs/heads/main:CHANGELOG.md')
    const tagMessage = repo.gitIn(repo.origin, 'cat-file', '-p', 'refs/tags/v1.3.0')
    expect(changelog).toContain('retry uploads')
    expect(leaks([changelog, tagMessage, run.outputs.notes, run.summary])).toEqual([])
  })

  it('rollback: a token written in the reason is not in the PATCH of the immutable release', async () => {
    const repo = project(['feat: streaming'])
    repo.tag('v1.3.0')
    repo.publish('--tags')
    github.addRelease('v1.2.0')
    github.addRelease('v1.3.0', { immutable: true, latest: true })
    const run = await runActionFromSource(
      repo.dir,
      {
        github_token: TOKEN,
        mode: 'rollback',
        version: '1.3.0',
        push: 'true',
        reason: `crash on start; paged with ${GHP}, see ${TOKEN}`
      },
      { GITHUB_API_URL: github.url }
    )
    expect(run.code).toBe(0)
    const patches = github.bodies.filter(request => request.method === 'PATCH')
    expect(patches.some(request => request.body.includes('Rolled back'))).toBe(true)
    expect(patches.some(request => request.body.includes('crash on start'))).toBe(true)
    expect(leaks(github.bodies.map(request => request.body))).toEqual([])
    expect(leaks([repo.gitIn(repo.origin, 'log', '-1', '--format=%B', 'main'), run.summary])).toEqual([])
  })

  it('watch: keys Datadog echoes in an error reach neither the issue nor Slack', async () => {
    const H = 3600
    const previous = Date.UTC(2026, 10, 24, 10) / 1000
    const release = Date.UTC(2026, 10, 25, 9) / 1000
    const repo = TestRepo.create()
    repos.push(repo)
    repo.write(
      '.github/release-gates.yml',
      'release_gates:\n  automatic_rollback_triggers:\n    - error_rate_spike: "> 5%"\n    - performance_degradation: "> 20%"\n'
    )
    repo.git('add', '.')
    repo.commitAt('chore: initial', previous - 3 * 24 * H)
    for (const [file, text] of Object.entries(pythonProject('1.2.0'))) repo.write(file, text)
    repo.git('add', '.')
    repo.commitAt('chore: 1.2.0', previous - 60)
    repo.tagAt('v1.2.0', previous)
    repo.commitAt('feat: streaming', release - 60)
    repo.tagAt('v1.3.0', release)
    repo.publish('main', '--tags')
    // the error rate fires; the latency query is refused with an answer that quotes the keys
    const datadog = await new FakeService((request: Recorded): Reply => {
      const query = request.query.get('query') ?? ''
      if (query.includes('duration'))
        return {
          status: 400,
          body: { errors: [`Invalid query for api_key ${API_KEY} application_key=${APP_KEY} (${GHP})`] }
        }
      const from = Number(request.query.get('from'))
      const points = Math.floor((Number(request.query.get('to')) - from) / 600)
      const value = query.includes('1.3.0') ? 3 : 2
      return {
        status: 200,
        body: {
          status: 'ok',
          series: [
            { pointlist: Array.from({ length: points }, (_, i) => [(from + i * 600) * 1000, value]), interval: 600 }
          ]
        }
      }
    }).start()
    const slack = await new FakeService(() => ({ status: 200, body: 'ok' })).start()
    try {
      const run = await runActionFromSource(
        repo.dir,
        {
          github_token: TOKEN,
          mode: 'watch',
          datadog_api_key: API_KEY,
          datadog_app_key: APP_KEY,
          datadog_api_url: datadog.url,
          watch_error_rate_query: 'sum:trace.http.request.errors{version:{version}}.as_rate()',
          watch_latency_query: 'p95:trace.http.request.duration{version:{version}}',
          slack_webhook_url: `${slack.url}/services/T0000000/B0000000/abcdefghijklmnopqrstuvwx`
        },
        { GITHUB_API_URL: github.url, SOURCE_DATE_EPOCH: String(release + 3 * H) }
      )
      expect(run.code).toBe(0)
      expect(run.outputs.watch_verdict).toBe('fired')
      const issue = github.bodies.find(request => request.method === 'POST' && request.path.endsWith('/issues'))
      expect(issue?.body).toContain('Invalid query')
      expect(slack.requests).toHaveLength(1)
      expect(leaks([...github.bodies.map(request => request.body), ...slack.requests.map(r => r.raw)])).toEqual([])
      expect(leaks([run.outputs.watch_report, run.summary])).toEqual([])
    } finally {
      await Promise.all([datadog.stop(), slack.stop()])
    }
  })
})
