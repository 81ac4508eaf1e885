/**
 * Issue 10, item 3 — secrets stay secret: every secret and every secret-bearing part (a webhook
 * URL's path, a token, user:token in Basic authentication, the URL-encoded forms) is scrubbed from
 * everything the action prints or writes: the log, the error, the outputs, the variables, the job
 * summary (which the runner does not mask), the files it writes, the tag message — including text
 * a remote server echoes back. End to end through dist/index.js, with local servers on 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { cli } from '../../../src/cli.js'
import { secretParts } from '../../../src/core/text/secrets.js'
import { projects, type TestRepo } from '../../helpers/repo.js'
import { FakeGitHub } from '../../helpers/github-server.js'
import { FakeService, type Recorded, type Reply } from '../../helpers/service.js'
import { FAKE_TOKEN, runActionAsync, type RunnerResult } from '../../helpers/runner.js'
import { outsideFolder, worldState } from '../../helpers/trust.js'

const { project, cleanup } = projects()
afterAll(cleanup)

const DD_KEY = 'dd0123456789abcdef0123456789abcd'
const JIRA_USER = 'release-bot@acme.test'
const JIRA_TOKEN = 'ATATT3xFfGF0jiraToken9876543210'
const SLACK_PATH = '/services/T0123ABCD/B0456EFGH/xoxbSecretPart1234567890'
const HOOK_TOKEN = 'whk_1234567890secretValue'

let service: FakeService
let github: FakeGitHub
let echo: (request: Recorded) => Reply = () => ({ status: 200, body: {} })

beforeAll(async () => {
  if (!existsSync(path.join(process.cwd(), 'dist', 'index.js')))
    throw new Error('dist/index.js is missing: run npm run build first')
  service = await new FakeService(request => echo(request)).start()
  github = await new FakeGitHub(FAKE_TOKEN).start()
})
afterAll(async () => {
  await service.stop()
  await github.stop()
})

const slackUrl = () => `${service.url}${SLACK_PATH}`
const hookUrl = () => `${service.url}/hooks/release?token=${HOOK_TOKEN}`

/** Every secret part the scrubber must take out (the ones the runner is told to mask too). */
function parts(): string[] {
  return [
    ...secretParts(FAKE_TOKEN),
    ...secretParts(DD_KEY),
    ...secretParts(JIRA_TOKEN, JIRA_USER),
    ...secretParts(slackUrl()),
    ...secretParts(hookUrl())
  ]
}

/** Everything the run printed or wrote that someone could read, but the runner's ::add-mask:: commands. */
function readable(run: RunnerResult, repo: TestRepo): string {
  const files = ['release-notes.md', 'release-metrics.json', 'CHANGELOG.md', 'dist/SHA256SUMS']
    .map(file => path.join(repo.dir, file))
    .filter(existsSync)
    .map(file => readFileSync(file, 'utf8'))
  const tags = repo.git('for-each-ref', '--format=%(contents)', 'refs/tags')
  return [
    run.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n'),
    run.stderr,
    JSON.stringify(run.outputs),
    JSON.stringify(run.env),
    run.summary,
    ...files,
    tags,
    repo.git('log', '-1', '--format=%B') // our release commit (the commits before it are the user's)
  ].join('\n')
}

function expectNoSecret(text: string): void {
  for (const part of parts()) expect({ part, leaked: text.includes(part) }).toEqual({ part, leaked: false })
}

const ALL_SECRETS = () => ({
  slack_webhook_url: slackUrl(),
  webhook_url: hookUrl(),
  datadog_api_key: DD_KEY,
  datadog_api_url: service.url,
  jira_base_url: service.url,
  jira_user: JIRA_USER,
  jira_token: JIRA_TOKEN,
  jira_projects: 'FVLM'
})

/** Runs a release with the inputs; the server answers with `reply` (which echoes what it got). */
async function release(
  reply: (request: Recorded) => Reply,
  inputs: Record<string, string>,
  message = 'feat: FVLM-1 something'
): Promise<{ run: RunnerResult; repo: TestRepo }> {
  echo = reply
  const repo = project(message)
  const run = await runActionAsync(repo.dir, inputs, { GITHUB_API_URL: github.url })
  return { run, repo }
}

const basic = Buffer.from(`${JIRA_USER}:${JIRA_TOKEN}`).toString('base64')

describe('item 3: text a server echoes back is scrubbed everywhere', () => {
  it.each<[string, (request: Recorded) => Reply]>([
    [
      'the full webhook URL in a text body',
      request => ({ status: 500, body: `no such hook: ${slackUrl()} (${request.path})` })
    ],
    [
      'the URL path as JSON message',
      request => ({ status: 400, body: { message: `invalid_token for ${request.path}` } })
    ],
    ['the secret path segment alone', () => ({ status: 404, body: 'no_service: xoxbSecretPart1234567890' })],
    ['the URL-encoded webhook URL', () => ({ status: 400, body: `bad url=${encodeURIComponent(slackUrl())}` })]
  ])('Slack answering with %s: a warning and a summary without the secret', async (_name, reply) => {
    const { run, repo } = await release(reply, { slack_webhook_url: slackUrl() })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning::Slack: Slack webhook POST failed with \d+: .*\*\*\*/)
    expect(run.summary).toContain('***')
    expectNoSecret(readable(run, repo))
  })

  it.each<[string, Reply]>([
    [
      'the API key in a JSON error',
      { status: 403, body: { errors: [`Forbidden: key ${DD_KEY}`], message: `bad key ${DD_KEY}` } }
    ],
    ['the key as a header dump', { status: 400, body: `DD-API-KEY: ${DD_KEY}\nContent-Type: application/json` }]
  ])('Datadog (datadog_strict) answering with %s: the failure names Datadog, not the key', async (_name, reply) => {
    const { run, repo } = await release(() => reply, {
      datadog_api_key: DD_KEY,
      datadog_api_url: service.url,
      datadog_strict: 'true'
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*Datadog.*\(datadog_strict: true\)/)
    expectNoSecret(readable(run, repo))
  })

  it('Datadog (not strict) echoing the key: a warning without it', async () => {
    const { run, repo } = await release(() => ({ status: 403, body: { message: `key ${DD_KEY} revoked` } }), {
      datadog_api_key: DD_KEY,
      datadog_api_url: service.url
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning::Datadog: .*key \*\*\* revoked/)
    expectNoSecret(readable(run, repo))
  })

  it.each<[string, (request: Recorded) => Reply]>([
    [
      'the Authorization header it got',
      request => ({ status: 401, body: { errorMessages: [`bad credentials: ${request.headers.authorization}`] } })
    ],
    ['the raw token', () => ({ status: 401, body: { errorMessages: [`token ${JIRA_TOKEN} expired`] } })],
    ['user:token decoded', () => ({ status: 403, body: `denied for ${JIRA_USER}:${JIRA_TOKEN}` })]
  ])('JIRA (jira_strict) answering with %s', async (_name, reply) => {
    const { run, repo } = await release(reply, {
      jira_base_url: service.url,
      jira_user: JIRA_USER,
      jira_token: JIRA_TOKEN,
      jira_projects: 'FVLM',
      jira_strict: 'true'
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*JIRA: /)
    expect(service.requests.some(request => request.headers.authorization === `Basic ${basic}`)).toBe(true)
    expectNoSecret(readable(run, repo))
  })

  it.each<[string, () => Reply]>([
    ['the query token', () => ({ status: 500, body: `rejected ?token=${HOOK_TOKEN}` })],
    [
      'the whole URL, URL-encoded',
      () => ({ status: 502, body: { message: `upstream ${encodeURIComponent(hookUrl())}` } })
    ]
  ])('a webhook answering with %s', async (_name, reply) => {
    const { run, repo } = await release(reply, { webhook_url: hookUrl() })
    expect(run.stdout).toMatch(/webhook/i)
    expectNoSecret(readable(run, repo))
  })

  it('GitHub echoing the token in an error message (create_release)', async () => {
    github.failCreate = { status: 422, message: `Validation Failed for token ${FAKE_TOKEN}` }
    try {
      const { run, repo } = await release(() => ({ status: 200 }), { create_release: 'true' })
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/::error::.*422/)
      expectNoSecret(readable(run, repo))
    } finally {
      github.failCreate = null
    }
  })

  it('GITHUB_TOKEN from the environment (no github_token input) echoed by GitHub', async () => {
    github.failCreate = { status: 422, message: `bad credentials ${FAKE_TOKEN}` }
    try {
      echo = () => ({ status: 200 })
      const repo = project('feat: x')
      const run = await runActionAsync(
        repo.dir,
        { create_release: 'true', github_token: '' },
        { GITHUB_API_URL: github.url, GITHUB_TOKEN: FAKE_TOKEN }
      )
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(`::add-mask::${FAKE_TOKEN}`)
      expectNoSecret(readable(run, repo))
    } finally {
      github.failCreate = null
    }
  })
})

describe('item 3: secrets that reach our own text are scrubbed', () => {
  it('a commit message that carries the token: notes, changelog, tag message, outputs and summary', async () => {
    const { run, repo } = await release(() => ({ status: 200, body: {} }), {}, `feat: rotate ${FAKE_TOKEN} out`)
    expect(run.code).toBe(0)
    expect(repo.read('release-notes.md')).toContain('rotate *** out')
    expect(repo.read('CHANGELOG.md')).toContain('rotate *** out')
    expect(repo.git('for-each-ref', '--format=%(contents)', 'refs/tags/v1.3.0')).toContain('rotate *** out')
    expectNoSecret(readable(run, repo))
  })

  it('a commit message carrying the Slack path and the Basic credentials', async () => {
    const { run, repo } = await release(
      () => ({ status: 200, body: {} }),
      ALL_SECRETS(),
      `fix: FVLM-2 hook ${SLACK_PATH} auth ${basic}`
    )
    expectNoSecret(readable(run, repo))
  })

  it('a dry run with every secret set: the payloads in the summary carry none', async () => {
    const { run, repo } = await release(() => ({ status: 500 }), { ...ALL_SECRETS(), dry_run: 'true' })
    expect(run.code).toBe(0)
    expectNoSecret(readable(run, repo))
  })

  it('every secret part is given to the runner to mask (::add-mask::), Basic credentials included', async () => {
    const { run } = await release(() => ({ status: 200, body: {} }), { ...ALL_SECRETS(), dry_run: 'true' })
    const masked = run.stdout
      .split('\n')
      .filter(line => line.startsWith('::add-mask::'))
      .map(line => line.slice('::add-mask::'.length))
    for (const part of [SLACK_PATH, 'xoxbSecretPart1234567890', HOOK_TOKEN, basic, JIRA_TOKEN, DD_KEY, FAKE_TOKEN])
      expect(masked).toContain(part)
  })

  it('an invalid secret input is refused without echoing it', async () => {
    const { run, repo } = await release(() => ({ status: 200 }), {
      slack_webhook_url: `ftp://hooks.example${SLACK_PATH}`
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Input slack_webhook_url must be an https:// URL')
    expectNoSecret(readable(run, repo))
  })

  it('an origin URL that embeds the token: the failure to reach it does not show it, and nothing changes', async () => {
    echo = () => ({ status: 200 })
    const repo = project('feat: x')
    const outside = outsideFolder(repo)
    repo.git('remote', 'set-url', 'origin', `http://x-access-token:${FAKE_TOKEN}@127.0.0.1:9/acme/fastvlm.git`)
    const before = worldState(repo, outside.dir)
    const run = await runActionAsync(repo.dir, { push: 'true' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::(1 release gate\(s\) failed, nothing was changed: up_to_date \(could not read origin\/main|git ls-remote failed: the remote could not be reached)/
    )
    expect(worldState(repo, outside.dir)).toEqual(before)
    expectNoSecret(readable(run, repo))
  })
})

describe('item 3: what we send is scrubbed too', () => {
  it('a commit carrying the token: the GitHub release body, the Slack message and the webhook payload carry ***', async () => {
    const sent = service.requests.length
    const { run, repo } = await release(
      () => ({ status: 200, body: {} }),
      { create_release: 'true', slack_webhook_url: slackUrl(), webhook_url: hookUrl() },
      `feat: drop ${FAKE_TOKEN} from the config`
    )
    expect(run.code).toBe(0)
    const body = github.release('v1.3.0')?.body ?? ''
    expect(body).toContain('drop *** from the config')
    const posted = service.requests.slice(sent).filter(request => request.method === 'POST')
    expect(posted.map(request => request.path).sort()).toEqual(['/hooks/release', SLACK_PATH])
    for (const request of posted) expect(request.raw).not.toContain(FAKE_TOKEN)
    expect(posted.some(request => request.raw.includes('drop *** from the config'))).toBe(true)
    expectNoSecret(readable(run, repo))
    github.removeRelease('v1.3.0')
  })
})

describe('item 3: the CLI scrubs its stdout and stderr', () => {
  it('SLACK_WEBHOOK_URL from the environment, echoed by the server, is not printed', async () => {
    echo = request => ({ status: 500, body: `bad hook ${request.path}` })
    const repo = project('feat: x')
    const result = await cli(['apply', '-C', repo.dir], {
      ...process.env,
      GITHUB_WORKSPACE: '',
      SLACK_WEBHOOK_URL: slackUrl(),
      SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 25) / 1000)
    })
    expect(result.code).toBe(0)
    expect(`${result.stdout}${result.stderr}`).not.toContain('xoxbSecretPart1234567890')
  })

  it('a JIRA_TOKEN echoed in a strict failure is not printed on stderr', async () => {
    echo = () => ({ status: 401, body: { errorMessages: [`token ${JIRA_TOKEN}`] } })
    const repo = project('feat: FVLM-3 x')
    const result = await cli(
      [
        'apply',
        '-C',
        repo.dir,
        '--jira-base-url',
        service.url,
        '--jira-user',
        JIRA_USER,
        '--jira-projects',
        'FVLM',
        '--jira-strict'
      ],
      { ...process.env, GITHUB_WORKSPACE: '', JIRA_TOKEN }
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: .*JIRA: FVLM-3: /m)
    expect(result.stderr).not.toContain(JIRA_TOKEN)
  })
})
