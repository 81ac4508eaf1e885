import { decideBump } from '../../src/core/versioning/bump.js'
import {
  datadogSeries,
  excerpt,
  jiraKeys,
  slackEscape,
  slackReleaseMessage,
  SLACK_HEADER_LIMIT,
  SLACK_SECTION_LIMIT
} from '../../src/core/notify/integrations.js'
import { computeDora } from '../../src/core/metrics/metrics.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { fetchClient } from '../../src/adapters/http.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { notifyGateFailure, notifyRelease, type ReleaseNotifyInput } from '../../src/usecases/notifiers/notify.js'
import { history } from '../helpers/commits.js'
import { FakeService, jiraHandler } from '../helpers/service.js'

const noWait = { sleep: async () => undefined }

describe('Slack message', () => {
  const changes = decideBump(
    history(
      'feat(api): <https://evil.example|click here> and <!channel> & <@U0123>',
      'fix: a & b',
      'feat!: new config\n\nBREAKING CHANGE: Session takes a SessionConfig <b>now</b>'
    ),
    { bump: 'auto', bumpMinorPreMajor: false, currentMajor: 1 }
  ).changes

  it('escapes commit text so it cannot forge links or mentions', () => {
    expect(slackEscape('<https://x|y> & <!here>')).toBe('&lt;https://x|y&gt; &amp; &lt;!here&gt;')
    // mrkdwn's formatting characters are kept from pairing up: a zero-width space on each side
    expect(slackEscape('src/__init__.py *args ~x~ `y`')).toBe(
      'src/\u200b_\u200b\u200b_\u200binit\u200b_\u200b\u200b_\u200b.py \u200b*\u200bargs \u200b~\u200bx\u200b~\u200b \u200b`\u200by\u200b`\u200b'
    )
    const message = slackReleaseMessage({
      tag: 'v2.0.0',
      repository: 'acme/fastvlm',
      hotfix: false,
      severity: '',
      dryRun: false,
      changes,
      releaseUrl: 'https://github.com/acme/fastvlm/releases/tag/v2.0.0',
      compareUrl: 'https://github.com/acme/fastvlm/compare/v1.2.0...v2.0.0'
    })
    const text = JSON.stringify(message)
    expect(text).not.toContain('<https://evil')
    expect(text).not.toContain('<!channel>')
    expect(text).not.toContain('<@U0123>')
    expect(text).toContain('&lt;https://evil.example|click here&gt; and &lt;!channel&gt; &amp; &lt;@U0123&gt;')
    expect(text).toContain('<https://github.com/acme/fastvlm/releases/tag/v2.0.0|Release notes>')
    // a breaking change is named by its subject, as in the notes (its text is in the release notes)
    expect(text).toContain('⚠️ *Breaking:* new config (`0000000`)')
    expect(text).not.toContain('<b>now')
    expect((message.blocks as Array<{ type: string; text?: { text: string } }>)[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '🚀 Released v2.0.0 of acme/fastvlm', emoji: true }
    })
  })

  it("stays within Slack's limits, cutting between lines and never inside a code block", () => {
    const many = decideBump(
      history(...Array.from({ length: 400 }, (_, i) => `fix: bug number ${i} in a long description of the decoder`)),
      { bump: 'auto', bumpMinorPreMajor: false, currentMajor: 1 }
    ).changes
    const message = slackReleaseMessage({
      tag: 'v1.2.3',
      repository: 'a'.repeat(300),
      hotfix: true,
      severity: 'critical',
      dryRun: false,
      changes: many,
      releaseUrl: null,
      compareUrl: null
    })
    const blocks = message.blocks as Array<{ type: string; text?: { text: string } }>
    expect(blocks[0].text!.text.length).toBeLessThanOrEqual(SLACK_HEADER_LIMIT)
    for (const block of blocks.filter(b => b.type === 'section'))
      expect(block.text!.text.length).toBeLessThanOrEqual(SLACK_SECTION_LIMIT)
    expect(blocks.length).toBeLessThanOrEqual(50)
    expect(JSON.stringify(message)).toMatch(/…and \d+ more line\(s\)/)
    const cut = excerpt(['a', '```', 'code 1', 'code 2', '```', 'b'], 52)
    expect(cut).toBe('a\n_…and 5 more line(s)_')
    expect(excerpt(['a', 'b'], 100)).toBe('a\nb')
  })
})

describe('JIRA keys and Datadog series', () => {
  it('takes keys of the configured projects only', () => {
    expect(
      jiraKeys(
        [
          'feat: FVLM-12 support UTF-8 and SHA-256',
          'fix: KIT-7, FVLM-12 again; XFVLM-3 and FVLM-99x are not keys',
          'docs: ABC-1'
        ],
        ['FVLM', 'KIT']
      )
    ).toEqual(['FVLM-12', 'KIT-7'])
    expect(jiraKeys(['UTF-8 SHA-256'], [])).toEqual([])
  })
  it('submits the known metrics as gauges with repository, version and type tags', () => {
    const metrics = computeDora(
      [{ tag: 'v1', version: '1.0.0', time: 1000 * 86400, type: 'release', commitTimes: [999 * 86400] }],
      [],
      { now: 1001 * 86400, windowDays: 90 }
    )
    const body = datadogSeries(metrics, {
      repository: 'acme/fastvlm',
      version: '1.0.0',
      releaseType: 'release',
      now: 1001 * 86400
    })
    expect(body.series.map(s => s.metric)).toEqual([
      'release.dora.deployment_frequency',
      'release.dora.lead_time.median',
      'release.dora.lead_time.p90'
    ])
    expect(body.series[1]).toEqual({
      metric: 'release.dora.lead_time.median',
      type: 3,
      unit: 'hour',
      points: [{ timestamp: 1001 * 86400, value: 24 }],
      tags: ['repository:acme/fastvlm', 'version:1.0.0', 'release_type:release']
    })
  })
})

describe('HTTP client', () => {
  let service: FakeService
  beforeAll(async () => {
    service = await new FakeService(() => ({ status: 200 })).start()
  })
  afterAll(() => service.stop())

  it('retries 429 honouring Retry-After, then succeeds', async () => {
    let calls = 0
    const waits: number[] = []
    service.setHandler(() =>
      ++calls < 3
        ? { status: 429, body: { message: 'rate limited' }, headers: { 'retry-after': '2' } }
        : { status: 200, body: { ok: true } }
    )
    const response = await fetchClient({
      sleep: async ms => {
        waits.push(ms)
      }
    }).send({ method: 'POST', url: `${service.url}/x`, label: 'test POST', json: { a: 1 } })
    expect(response.json).toEqual({ ok: true })
    expect(waits).toEqual([2000, 2000])
  })
  it('gives up on a 5xx after its attempts, and does not retry a 4xx', async () => {
    let calls = 0
    service.setHandler(() => {
      calls++
      return { status: 500, body: { message: 'boom' } }
    })
    await expect(
      fetchClient(noWait).send({ method: 'GET', url: `${service.url}/x`, label: 'test GET' })
    ).rejects.toThrow('test GET failed with 500: boom')
    expect(calls).toBe(3)
    calls = 0
    service.setHandler(() => {
      calls++
      return { status: 400, body: 'invalid_payload' }
    })
    await expect(
      fetchClient(noWait).send({ method: 'GET', url: `${service.url}/x`, label: 'test GET' })
    ).rejects.toThrow('failed with 400: invalid_payload')
    expect(calls).toBe(1)
  })
  it('says so when a service cannot be reached or does not answer in time', async () => {
    await expect(
      fetchClient({ ...noWait, attempts: 1 }).send({ method: 'GET', url: 'http://127.0.0.1:9/', label: 'closed port' })
    ).rejects.toThrow(/closed port failed: could not connect/)
    const { createServer } = await import('node:net')
    const silent = createServer(() => undefined)
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    try {
      const port = (silent.address() as { port: number }).port
      await expect(
        fetchClient({ ...noWait, attempts: 1, timeoutMs: 200 }).send({
          method: 'GET',
          url: `http://127.0.0.1:${port}/`,
          label: 'silent service'
        })
      ).rejects.toThrow('silent service failed: no answer within 0.2 s')
    } finally {
      silent.close()
    }
  })
})

describe('notifications after a release', () => {
  let datadog: FakeService
  let slack: FakeService
  let jira: FakeService
  const auth = `Basic ${Buffer.from('bot@acme.dev:jira-secret-token').toString('base64')}`
  let jiraState: Parameters<typeof jiraHandler>[0]
  beforeAll(async () => {
    datadog = await new FakeService(() => ({ status: 202, body: { errors: [] } })).start()
    slack = await new FakeService(() => ({ status: 200, body: 'ok' })).start()
    jira = await new FakeService(() => ({ status: 404 })).start()
  })
  beforeEach(() => {
    jiraState = {
      projects: { FVLM: '10001', KIT: '10002' },
      versions: { FVLM: ['v1.2.0'], KIT: ['v1.3.0'] },
      issues: { 'FVLM-12': { fixVersions: [], status: 'In Review' }, 'KIT-7': { fixVersions: [], status: 'Released' } },
      auth
    }
    jira.setHandler(jiraHandler(jiraState))
    for (const service of [datadog, slack, jira]) service.requests.length = 0
  })
  afterAll(async () => {
    await datadog.stop()
    await slack.stop()
    await jira.stop()
  })

  const changes = decideBump(history('feat(api): streaming FVLM-12', 'fix: KIT-7 crash; UTF-8 names'), {
    bump: 'auto',
    bumpMinorPreMajor: false,
    currentMajor: 1
  })
  const metrics = computeDora(
    [{ tag: 'v1.3.0', version: '1.3.0', time: 2_000_000_000, type: 'release', commitTimes: [1_999_990_000] }],
    [],
    { now: 2_000_000_100, windowDays: 90 }
  )
  const input: ReleaseNotifyInput = {
    release: { tag: 'v1.3.0', version: '1.3.0', hotfix: false, changes: changes.changes },
    metrics,
    messages: ['feat(api): streaming FVLM-12', 'fix: KIT-7 crash; UTF-8 names'],
    repository: 'acme/fastvlm',
    releaseUrl: 'https://github.com/acme/fastvlm/releases/tag/v1.3.0',
    compareUrl: null,
    now: new Date(2_000_000_100 * 1000)
  }
  const settingsWith = (extra: Record<string, string> = {}) =>
    parseSettings(
      name =>
        ({
          datadog_api_key: 'dd-secret-key',
          datadog_api_url: datadog.url,
          slack_webhook_url: `${slack.url}/services/T000/B000/slack-secret`,
          jira_base_url: jira.url,
          jira_user: 'bot@acme.dev',
          jira_token: 'jira-secret-token',
          jira_projects: 'FVLM,KIT',
          ...extra
        })[name]
    )

  it('sends each service its real request shape', async () => {
    const report = await notifyRelease(settingsWith(), input, { http: fetchClient(noWait), log: silentLogger })
    expect([report.datadog.status, report.slack.status, report.jira.status]).toEqual(['sent', 'sent', 'sent'])
    expect(datadog.requests).toHaveLength(1)
    expect(datadog.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/v2/series',
      headers: expect.objectContaining({ 'dd-api-key': 'dd-secret-key', 'content-type': 'application/json' })
    })
    expect((datadog.requests[0].body as { series: Array<{ type: number }> }).series.every(s => s.type === 3)).toBe(true)
    expect(slack.requests[0]).toMatchObject({ method: 'POST', path: '/services/T000/B000/slack-secret' })
    expect((slack.requests[0].body as { blocks: unknown[] }).blocks.length).toBeGreaterThan(1)
    expect(jira.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /rest/api/3/project/FVLM',
      'GET /rest/api/3/project/FVLM/versions',
      'POST /rest/api/3/version',
      'GET /rest/api/3/project/KIT',
      'GET /rest/api/3/project/KIT/versions',
      'PUT /rest/api/3/issue/FVLM-12',
      'GET /rest/api/3/issue/FVLM-12/transitions',
      'POST /rest/api/3/issue/FVLM-12/transitions',
      'PUT /rest/api/3/issue/KIT-7',
      'GET /rest/api/3/issue/KIT-7/transitions'
    ])
    expect(jira.requests[2].body).toMatchObject({ name: 'v1.3.0', projectId: 10001, released: true })
    expect(jiraState.issues['FVLM-12']).toEqual({ fixVersions: ['v1.3.0'], status: 'Released' })
    expect(report.jira.issues).toEqual([
      { key: 'FVLM-12', status: 'updated', detail: 'fixVersions += v1.3.0, moved through "Released"' },
      {
        key: 'KIT-7',
        status: 'updated',
        detail: 'fixVersions += v1.3.0; no "Released" transition is available from its status'
      }
    ])
  })

  it('in a dry run returns the payloads and sends nothing', async () => {
    const report = await notifyRelease(settingsWith({ dry_run: 'true' }), input, {
      http: fetchClient(noWait),
      log: silentLogger
    })
    expect([report.datadog.status, report.slack.status, report.jira.status]).toEqual([
      'would send',
      'would send',
      'would send'
    ])
    expect(report.slack.payload).toBeDefined()
    expect([datadog.requests.length, slack.requests.length, jira.requests.length]).toEqual([0, 0, 0])
  })

  it('lists per-issue failures without failing the release, unless jira_strict', async () => {
    delete jiraState.issues['KIT-7']
    const report = await notifyRelease(settingsWith(), input, { http: fetchClient(noWait), log: silentLogger })
    expect(report.jira.status).toBe('failed')
    expect(report.jira.issues[1]).toEqual({
      key: 'KIT-7',
      status: 'failed',
      detail:
        'JIRA PUT /rest/api/3/issue/KIT-7 failed with 404: Issue does not exist or you do not have permission to see it.'
    })
    await expect(
      notifyRelease(settingsWith({ jira_strict: 'true' }), input, { http: fetchClient(noWait), log: silentLogger })
    ).rejects.toThrow(/KIT-7: JIRA PUT .* \(jira_strict: true\)/)
  })

  it('treats a malformed JIRA answer as a failure of that project', async () => {
    jiraState.malformed = true
    const report = await notifyRelease(settingsWith(), input, { http: fetchClient(noWait), log: silentLogger })
    expect(report.jira.detail).toMatch(
      /0 of 2 issue\(s\) updated; FVLM: JIRA GET \/rest\/api\/3\/project\/FVLM failed: the answer has no project id/
    )
  })

  it('warns on a Datadog failure unless datadog_strict, and on a Slack failure', async () => {
    datadog.setHandler(() => ({ status: 403, body: { errors: ['Forbidden'] } }))
    slack.setHandler(() => ({ status: 404, body: 'no_service' }))
    const warnings: string[] = []
    const log = {
      ...silentLogger,
      warning: (m: string) => {
        warnings.push(m)
      }
    }
    const report = await notifyRelease(settingsWith(), input, { http: fetchClient(noWait), log })
    expect(report.datadog).toMatchObject({
      status: 'failed',
      detail: expect.stringMatching(/^Datadog POST .*\/api\/v2\/series failed with 403/)
    })
    expect(report.slack).toMatchObject({ status: 'failed', detail: 'Slack webhook POST failed with 404: no_service' })
    expect(warnings.join('\n')).not.toContain('slack-secret')
    await expect(
      notifyRelease(settingsWith({ datadog_strict: 'true' }), input, { http: fetchClient(noWait), log })
    ).rejects.toThrow(/datadog_strict: true/)
    datadog.setHandler(() => ({ status: 202, body: { errors: [] } }))
    slack.setHandler(() => ({ status: 200, body: 'ok' }))
  })

  it('tells Slack about failed gates with slack_on_failure', async () => {
    const failure = {
      tag: 'v1.3.0',
      failures: [{ gate: 'coverage', reason: 'line coverage 50 % < 80 %' }],
      repository: 'acme/fastvlm',
      runUrl: 'https://github.com/acme/fastvlm/actions/runs/1'
    }
    const sent = await notifyGateFailure(settingsWith({ slack_on_failure: 'true' }), failure, {
      http: fetchClient(noWait),
      log: silentLogger
    })
    expect(sent.slack.status).toBe('sent')
    expect(JSON.stringify(slack.requests[0].body)).toContain('*coverage*: line coverage 50 % &lt; 80 %')
    const none = { tag: 'v1.3.0', failures: [], repository: null, runUrl: null }
    expect(
      (await notifyGateFailure(settingsWith(), none, { http: fetchClient(noWait), log: silentLogger })).slack.status
    ).toBe('off')
  })
})

describe('integration inputs', () => {
  const bad: Array<[Record<string, string>, RegExp]> = [
    [{ metrics_window: '0' }, /Input metrics_window has the invalid value "0"/],
    [{ metrics_window: 'ninety' }, /Input metrics_window has the invalid value "ninety"/],
    [
      { slack_webhook_url: 'http://hooks.slack.com/services/x' },
      /Input slack_webhook_url must be an https:\/\/ URL \(http:\/\/ is allowed only for 127\.0\.0\.1\)\./
    ],
    [{ jira_base_url: 'not a url' }, /Input jira_base_url is not a URL/],
    [{ jira_projects: 'fvlm' }, /Input jira_projects has the invalid project key "fvlm"/],
    [{ datadog_site: 'https://datadoghq.com' }, /Input datadog_site has the invalid value/]
  ]
  it.each(bad)('rejects %j', (inputs, message) => {
    expect(() => parseSettings(name => inputs[name])).toThrow(message)
  })
  it('never echoes a webhook URL in its error', () => {
    expect(() => parseSettings(name => ({ slack_webhook_url: 'http://hooks.example/T/B/secret-part' })[name])).toThrow(
      /^(?!.*secret-part)/
    )
  })
})

describe('webhook after a release', () => {
  let hook: FakeService
  beforeAll(async () => {
    hook = await new FakeService(() => ({ status: 204 })).start()
  })
  beforeEach(() => {
    hook.requests.length = 0
    hook.setHandler(() => ({ status: 204 }))
  })
  afterAll(async () => hook.stop())

  const changes = decideBump(history('feat(api)!: streaming', 'fix: crash'), {
    bump: 'auto',
    bumpMinorPreMajor: false,
    currentMajor: 1
  }).changes
  const input: ReleaseNotifyInput = {
    release: { tag: 'v2.0.0', version: '2.0.0', hotfix: false, changes },
    metrics: null,
    messages: [],
    repository: 'acme/fastvlm',
    releaseUrl: 'https://github.com/acme/fastvlm/releases/tag/v2.0.0',
    compareUrl: 'https://github.com/acme/fastvlm/compare/v1.2.0...v2.0.0',
    now: new Date(2_000_000_100 * 1000)
  }
  const settingsWith = (extra: Record<string, string> = {}) =>
    parseSettings(name => ({ webhook_url: `${hook.url}/hooks/release-secret`, ...extra })[name])

  it('posts the release as JSON', async () => {
    const report = await notifyRelease(settingsWith(), input, { http: fetchClient(noWait), log: silentLogger })
    expect(report.webhook).toMatchObject({ status: 'sent', detail: 'release event' })
    expect(hook.requests).toHaveLength(1)
    expect(hook.requests[0]).toMatchObject({
      method: 'POST',
      path: '/hooks/release-secret',
      headers: expect.objectContaining({ 'content-type': 'application/json' })
    })
    expect(hook.requests[0].body).toEqual({
      event: 'release',
      dry_run: false,
      repository: 'acme/fastvlm',
      tag: 'v2.0.0',
      version: '2.0.0',
      hotfix: false,
      severity: '',
      release_url: 'https://github.com/acme/fastvlm/releases/tag/v2.0.0',
      compare_url: 'https://github.com/acme/fastvlm/compare/v1.2.0...v2.0.0',
      change_count: 2,
      changes: [
        { type: 'feat', scope: 'api', subject: 'streaming', breaking: true, sha: changes[0].sha },
        { type: 'fix', scope: null, subject: 'crash', breaking: false, sha: changes[1].sha }
      ]
    })
  })

  it('shows the payload in a dry run and sends nothing; is off without a URL; a failure is a warning', async () => {
    const dry = await notifyRelease(settingsWith({ dry_run: 'true' }), input, {
      http: fetchClient(noWait),
      log: silentLogger
    })
    expect(dry.webhook).toMatchObject({
      status: 'would send',
      payload: expect.objectContaining({ tag: 'v2.0.0', dry_run: true })
    })
    expect(
      (
        await notifyRelease(
          parseSettings(() => undefined),
          input,
          { http: fetchClient(noWait), log: silentLogger }
        )
      ).webhook.status
    ).toBe('off')
    expect(hook.requests).toHaveLength(0)
    hook.setHandler(() => ({ status: 410, body: { message: 'gone' } }))
    const warnings: string[] = []
    const log = { ...silentLogger, warning: (message: string) => void warnings.push(message) }
    const failed = await notifyRelease(settingsWith(), input, { http: fetchClient(noWait), log })
    expect(failed.webhook).toMatchObject({ status: 'failed', detail: 'Webhook POST failed with 410: gone' })
    expect(warnings).toEqual(
      ['Webhook POST failed with 410: gone'].map(text => `Webhook: ${text}; the release is not failed for it.`)
    )
  })

  it('takes only an https URL (http for 127.0.0.1), never echoing it', () => {
    expect(() => settingsWith({ webhook_url: 'http://hooks.example.com/x-secret' })).toThrow(
      /^Input webhook_url must be an https:\/\/ URL/
    )
    expect(() => settingsWith({ webhook_url: 'not a url secret' })).toThrow(
      /^Input webhook_url is not a URL\. Use an https:\/\/ URL\.$/
    )
  })
})
