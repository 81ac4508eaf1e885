import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { ConfigurationError } from '../../src/core/errors.js'
import { parseRollbacks } from '../../src/core/record/release-record.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { OctokitReleases, OctokitWatch } from '../../src/adapters/github/index.js'
import { fetchClient } from '../../src/adapters/http.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runWatch, WATCH_LABEL } from '../../src/usecases/watch/watch.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { FAKE_TOKEN, runActionAsync, runActionFromSource } from '../helpers/runner.js'
import { FakeService, type Recorded, type Reply } from '../helpers/service.js'

const H = 3600
/** v1.2.0 on 24 November 10:00, v1.3.0 on 25 November 09:00; the watch runs three hours later. */
const PREVIOUS = Date.UTC(2026, 10, 24, 10) / 1000
const RELEASE = Date.UTC(2026, 10, 25, 9) / 1000
const NOW = new Date((RELEASE + 3 * H) * 1000)
const API_KEY = 'dd0api0key0123456789abcdef012345'
const APP_KEY = 'dd0app0key0123456789abcdef0123456789abcd'
const ERRORS = 'sum:trace.http.request.errors{service:fastvlm,version:{version}}.as_rate()'
const LATENCY = 'p95:trace.http.request.duration{service:fastvlm,version:{version}}'
const TRIGGERS = `release_gates:
  automatic_rollback_triggers:
    - error_rate_spike: "> 5%"
    - performance_degradation: "> 20%"
    - critical_security_alert: true
`

/** A Python project released as v1.2.0 and v1.3.0 at known times, pushed to its bare origin. */
function released(triggers = TRIGGERS, older = false): TestRepo {
  const repo = TestRepo.create()
  repo.write('.github/release-gates.yml', triggers)
  repo.git('add', '.')
  repo.commitAt('chore: initial', PREVIOUS - 3 * 24 * H)
  if (older) repo.tagAt('v1.1.0', PREVIOUS - 2 * 24 * H)
  for (const [file, text] of Object.entries(pythonProject('1.2.0'))) repo.write(file, text)
  repo.git('add', '.')
  repo.commitAt('chore: 1.2.0', PREVIOUS - 60)
  repo.tagAt('v1.2.0', PREVIOUS)
  repo.commitAt('feat: streaming', RELEASE - 60)
  repo.tagAt('v1.3.0', RELEASE)
  repo.publish('main', '--tags')
  return repo
}

type Values = (version: string, metric: 'errors' | 'latency', index: number, count: number) => number | null

/**
 * Datadog's GET /api/v1/query: a point every 10 minutes from `from` to `to`, each from `values` by
 * the version in the query; 403 without both keys, as Datadog answers.
 */
function datadogHandler(values: Values) {
  return (request: Recorded): Reply => {
    if (request.headers['dd-api-key'] !== API_KEY || request.headers['dd-application-key'] !== APP_KEY)
      return { status: 403, body: { errors: ['Forbidden'] } }
    if (request.method !== 'GET' || request.path !== '/api/v1/query')
      return { status: 404, body: { errors: ['Not found'] } }
    const from = Number(request.query.get('from'))
    const to = Number(request.query.get('to'))
    const query = request.query.get('query') ?? ''
    const version = /version:([0-9.]+)/.exec(query)?.[1] ?? ''
    const metric = query.includes('errors') ? 'errors' : 'latency'
    const count = Math.floor((to - from) / 600)
    const pointlist: Array<[number, number | null]> = []
    for (let i = 0; i < count; i++) pointlist.push([(from + i * 600) * 1000, values(version, metric, i, count)])
    const series = pointlist.some(([, value]) => value !== null)
      ? [
          {
            unit: null,
            query_index: 0,
            aggr: metric === 'errors' ? 'sum' : 'p95',
            metric: metric === 'errors' ? 'trace.http.request.errors' : 'trace.http.request.duration',
            tag_set: [],
            expression: query,
            scope: `service:fastvlm,version:${version}`,
            interval: 600,
            length: pointlist.length,
            start: from * 1000,
            end: to * 1000,
            pointlist,
            display_name: metric
          }
        ]
      : []
    return {
      status: 200,
      body: {
        status: 'ok',
        res_type: 'time_series',
        resp_version: 1,
        query,
        from_date: from * 1000,
        to_date: to * 1000,
        series,
        values: [],
        times: [],
        message: '',
        group_by: []
      }
    }
  }
}

/** Steady values: errors 2 → `errors`, latency 100 → `latency` (per version). */
function steady(errors: number, latency: number): Values {
  return (version, metric) =>
    version === '1.2.0' ? (metric === 'errors' ? 2 : 100) : metric === 'errors' ? errors : latency
}

describe('mode: watch', () => {
  let datadog: FakeService
  let slack: FakeService
  let github: FakeGitHub
  const repos: TestRepo[] = []
  beforeAll(async () => {
    datadog = await new FakeService(datadogHandler(steady(2, 100))).start()
    slack = await new FakeService(() => ({ status: 200, body: 'ok' })).start()
    github = await new FakeGitHub(FAKE_TOKEN).start()
  })
  afterAll(async () => {
    await Promise.all([datadog.stop(), slack.stop(), github.stop()])
    repos.forEach(repo => repo.cleanup())
  })
  beforeEach(() => {
    datadog.requests.length = 0
    slack.requests.length = 0
    github.alerts.length = 0
    github.issues.length = 0
    github.requests.length = 0
    github.clearReleases()
    github.codeScanningError = null
  })

  function repo(triggers?: string, older = false): TestRepo {
    const made = released(triggers, older)
    repos.push(made)
    return made
  }

  function inputs(extra: Record<string, string> = {}): Record<string, string> {
    return {
      mode: 'watch',
      datadog_api_key: API_KEY,
      datadog_app_key: APP_KEY,
      datadog_api_url: datadog.url,
      watch_error_rate_query: ERRORS,
      watch_latency_query: LATENCY,
      slack_webhook_url: `${slack.url}/services/T0000000/B0000000/abcdefghijklmnopqrstuvwx`,
      push: 'true',
      ...extra
    }
  }

  function watch(on: TestRepo, extra: Record<string, string> = {}, options: { github?: boolean; now?: Date } = {}) {
    const settings = parseSettings(name => inputs(extra)[name])
    const api = options.github === false
    return runWatch(settings, {
      git: new ExecGit(on.dir),
      remote: new ExecGit(on.dir),
      origin: new ExecGit(on.dir),
      files: new LocalFiles(on.dir),
      http: fetchClient({ sleep: async () => undefined }),
      log: silentLogger,
      env: { now: options.now ?? NOW, repository: 'acme/fastvlm', serverUrl: 'https://github.com', runId: '77' },
      github: {
        releases: api ? null : new OctokitReleases(FAKE_TOKEN, 'acme/fastvlm', github.url, FAST_CLIENT),
        watch: api ? null : new OctokitWatch(FAKE_TOKEN, 'acme/fastvlm', github.url, FAST_CLIENT)
      }
    })
  }

  it('compares the first two hours of each release, with the version templated in, and decides ok', async () => {
    datadog.setHandler(datadogHandler(steady(2.05, 110)))
    const result = await watch(repo())
    expect(result.report.verdict).toBe('ok')
    expect(result.report.windows).toEqual({
      release: { from: RELEASE, to: RELEASE + 2 * H },
      baseline: { from: PREVIOUS, to: PREVIOUS + 2 * H },
      note: ''
    })
    expect(
      result.report.triggers.map(row => [row.trigger, row.status, row.baseline, row.current, row.changePercent])
    ).toEqual([
      ['error_rate_spike', 'ok', 2, 2.05, 2.5],
      ['performance_degradation', 'ok', 100, 110, 10],
      ['critical_security_alert', 'ok', undefined, undefined, undefined]
    ])
    expect(datadog.requests.map(r => [r.query.get('from'), r.query.get('to'), r.query.get('query')])).toEqual([
      [String(PREVIOUS), String(PREVIOUS + 2 * H), ERRORS.replace('{version}', '1.2.0')],
      [String(RELEASE), String(RELEASE + 2 * H), ERRORS.replace('{version}', '1.3.0')],
      [String(PREVIOUS), String(PREVIOUS + 2 * H), LATENCY.replace('{version}', '1.2.0')],
      [String(RELEASE), String(RELEASE + 2 * H), LATENCY.replace('{version}', '1.3.0')]
    ])
    expect(result.issue).toBeNull()
    expect(slack.requests).toHaveLength(0)
  })

  it('shows a young release its numbers so far, and decides only once its window has elapsed', async () => {
    const on = repo()
    github.addRelease('v1.3.0')
    datadog.setHandler(datadogHandler(steady(3, 100)))
    const before = on.snapshot()
    // ten minutes after the release: a minute or two of points is noise, not a reason to roll back
    const young = await watch(on, { watch_action: 'rollback' }, { now: new Date((RELEASE + 600) * 1000) })
    expect(young.report.windows.release).toEqual({ from: RELEASE, to: RELEASE + 600 })
    expect(young.report.triggers[0]).toMatchObject({
      status: 'no-decision',
      baseline: 2,
      current: 3,
      changePercent: 50,
      detail: 'so far +50% is > 5%; decided once the window ends (2026-11-25T11:00:00Z)'
    })
    expect(young.report.verdict).toBe('no-decision')
    expect(young.rollback).toBeNull()
    expect(on.snapshot()).toEqual(before)
    expect(slack.requests).toHaveLength(0)
    // the window elapsed: decided
    const grown = await watch(on, { watch_action: 'rollback' }, { now: new Date((RELEASE + 2 * H) * 1000) })
    expect(grown.report.triggers[0]).toMatchObject({ status: 'fired', changePercent: 50 })
    expect(grown.rollback).toMatchObject({ tag: 'v1.3.0' })
  })

  it('does not fire "> 5%" at exactly 5 %, and fires ">= 5%" there', async () => {
    datadog.setHandler(datadogHandler(steady(2.1, 100)))
    const strict = await watch(repo())
    expect(strict.report.triggers[0]).toMatchObject({ status: 'ok', changePercent: 5, detail: '+5% is not > 5%' })
    expect(strict.report.verdict).toBe('ok')
    const inclusive = await watch(repo(TRIGGERS.replace('"> 5%"', '">= 5%"')))
    expect(inclusive.report.triggers[0]).toMatchObject({ status: 'fired', changePercent: 5, detail: '+5% is >= 5%' })
    expect(inclusive.report.verdict).toBe('fired')
  })

  it('opens one issue and tells Slack once; a second run finds the issue and does neither again', async () => {
    const on = repo()
    datadog.setHandler(datadogHandler(steady(3, 100)))
    const before = on.snapshot()
    const first = await watch(on)
    expect(first.report.verdict).toBe('fired')
    expect(first.issue).toMatchObject({ number: 1, created: true })
    expect(github.issues).toHaveLength(1)
    expect(github.issues[0].labels).toEqual([WATCH_LABEL])
    expect(github.issues[0].title).toBe('Release watch: v1.3.0 fired error_rate_spike')
    expect(github.issues[0].body).toContain('<!-- fastvlm-release-watch: v1.3.0 -->')
    expect(github.issues[0].body).toContain('| error_rate_spike | 2 | 3 | +50% | > 5% | fired | +50% is > 5% |')
    expect(slack.requests).toHaveLength(1)
    expect(JSON.stringify(slack.requests[0].body)).toContain('error_rate_spike')
    expect(first.report.action).toBe('opened issue #1 (https://github.com/acme/fastvlm/issues/1)')

    github.issues[0].state = 'closed' // handled by a person: still found, not opened again
    const second = await watch(on)
    expect(second.report.verdict).toBe('fired')
    expect(second.issue).toMatchObject({ number: 1, created: false })
    expect(second.report.action).toMatch(/^issue #1 \(closed\) already reports v1\.3\.0: not opened again/)
    expect(github.issues).toHaveLength(1)
    expect(slack.requests).toHaveLength(1)
    expect(on.snapshot()).toEqual(before) // the issue path changes nothing in the repository
  })

  it("a stranger's issue carrying the watch's marker does not silence the alert: only the token's own issue counts", async () => {
    const on = repo()
    datadog.setHandler(datadogHandler(steady(3, 100)))
    github.issues.push({
      number: 1,
      title: 'unrelated',
      body: '<!-- fastvlm-release-watch: v1.3.0 -->\nnothing to see here',
      labels: [WATCH_LABEL],
      state: 'closed',
      author: 'mallory'
    })
    const fired = await watch(on)
    expect(fired.issue).toMatchObject({ number: 2, created: true })
    expect(github.issues.map(issue => issue.author ?? 'github-actions[bot]')).toEqual([
      'mallory',
      'github-actions[bot]'
    ])
    expect(slack.requests).toHaveLength(1)
    // its own issue found on the next run: not opened again, Slack not told again
    const again = await watch(on)
    expect(again.issue).toMatchObject({ number: 2, created: false })
    expect(slack.requests).toHaveLength(1)
  })

  it.each([
    ['a person took its label off', (issue: { labels: string[] }) => (issue.labels = ['incident'])],
    // GitHub drops the labels of a new issue, silently, for a token without push access
    ['GitHub dropped its label', (issue: { labels: string[] }) => (issue.labels = [])]
  ])('finds its issue again when %s: no second issue, no second Slack message', async (_, relabel) => {
    const on = repo()
    datadog.setHandler(datadogHandler(steady(3, 100)))
    await watch(on)
    expect(github.issues).toHaveLength(1)
    relabel(github.issues[0])
    const second = await watch(on)
    expect(second.issue).toMatchObject({ number: 1, created: false })
    expect(github.issues).toHaveLength(1)
    expect(slack.requests).toHaveLength(1)
    // only the issues updated since the release are read (the watch's issue is younger than it)
    const listed = github.requests.filter(r => r.method === 'GET' && r.path === '/repos/acme/fastvlm/issues')
    expect(listed.map(r => new URLSearchParams(r.query).get('since'))).toEqual([
      '2026-11-25T09:00:00Z',
      '2026-11-25T09:00:00Z'
    ])
  })

  it('rolls the release back with the rollback guards, the reason naming the trigger and its numbers', async () => {
    const on = repo()
    github.addRelease('v1.3.0')
    datadog.setHandler(datadogHandler(steady(2, 130)))
    const result = await watch(on, { watch_action: 'rollback' })
    expect(result.report.verdict).toBe('fired')
    expect(result.rollback).toMatchObject({ tag: 'v1.3.0', restoredVersion: '1.2.0', pushed: true })
    expect(on.remoteRefs()).not.toContain('refs/tags/v1.3.0')
    expect(on.git('tag', '--list', 'v1.3.0')).toBe('')
    expect(github.hasRelease('v1.3.0')).toBe(false)
    const [entry] = parseRollbacks(on.git('show', 'origin/main:docs/ROLLBACKS.md'))
    expect(entry).toMatchObject({ version: '1.3.0', restored: '1.2.0' })
    expect(entry.reason).toBe('release watch of v1.3.0: performance_degradation +30% (100 → 130, threshold > 20%)')
    expect(github.issues).toHaveLength(0)
    expect(slack.requests).toHaveLength(1)
    // the next run watches v1.2.0, which has no release before it: no decision, nothing done
    const again = await watch(on, { watch_action: 'rollback' })
    expect(again.report).toMatchObject({ tag: 'v1.2.0', verdict: 'no-decision' })
    expect(again.rollback).toBeNull()
    expect(slack.requests).toHaveLength(1)
  })

  it('does not roll back in turn the release a rollback put users back on: it opens the issue instead', async () => {
    const on = repo(undefined, true)
    github.addRelease('v1.3.0')
    github.addRelease('v1.2.0')
    const values: Record<string, [number, number]> = { '1.1.0': [1, 100], '1.2.0': [2, 100], '1.3.0': [2, 130] }
    datadog.setHandler(datadogHandler((version, metric) => values[version][metric === 'errors' ? 0 : 1]))
    const first = await watch(on, { watch_action: 'rollback' })
    expect(first.rollback).toMatchObject({ tag: 'v1.3.0', restoredVersion: '1.2.0' })
    // v1.2.0 against v1.1.0: errors 1 → 2, +100 %
    const second = await watch(on, { watch_action: 'rollback' })
    expect(second.report).toMatchObject({ tag: 'v1.2.0', previousTag: 'v1.1.0', verdict: 'fired' })
    expect(second.rollback).toBeNull()
    expect(second.report.action).toBe(
      'opened issue #1 (https://github.com/acme/fastvlm/issues/1) (not rolled back: the rollback of 1.3.0 put users back on v1.2.0)'
    )
    expect(on.remoteRefs()).toContain('refs/tags/v1.2.0')
    expect(github.hasRelease('v1.2.0')).toBe(true)
    expect(slack.requests).toHaveLength(2) // the rollback, then the issue
  })

  it('never watches, nor compares with, a release a rollback burned (an immutable release keeps its tag)', async () => {
    const on = repo(undefined, true)
    github.addRelease('v1.3.0', { immutable: true })
    const values: Record<string, [number, number]> = {
      '1.1.0': [2, 100],
      '1.2.0': [2, 100],
      '1.3.0': [2, 130],
      '1.3.1': [2, 100]
    }
    datadog.setHandler(datadogHandler((version, metric) => values[version][metric === 'errors' ? 0 : 1]))
    const first = await watch(on, { watch_action: 'rollback' })
    expect(first.rollback).toMatchObject({ tag: 'v1.3.0', restoredVersion: '1.2.0' })
    expect(on.remoteRefs()).toContain('refs/tags/v1.3.0') // immutable: the tag stays
    // the next run watches what users are on, v1.2.0, not the burned v1.3.0 again
    const again = await watch(on, { watch_action: 'rollback' })
    expect(again.report).toMatchObject({ tag: 'v1.2.0', previousTag: 'v1.1.0', verdict: 'ok' })
    expect(again.rollback).toBeNull()
    expect(again.report.action).not.toMatch(/roll/)
    // the fix v1.3.1 is compared with v1.2.0, the release users were on, not with the burned v1.3.0
    on.commitAt('fix: streaming', RELEASE + H - 60)
    on.tagAt('v1.3.1', RELEASE + H)
    const fixed = await watch(on, { watch_action: 'rollback' })
    expect(fixed.report).toMatchObject({ tag: 'v1.3.1', previousTag: 'v1.2.0', verdict: 'ok' })
    expect(slack.requests).toHaveLength(1) // the rollback only
  })

  it('compares with the release before it in time: a maintenance release made after it is not its baseline', async () => {
    const on = repo()
    on.git('checkout', '-q', '-b', '1.2.x', 'v1.2.0')
    on.commitAt('fix: a 1.2 fix', RELEASE + 30 * 60 - 60)
    on.tagAt('v1.2.1', RELEASE + 30 * 60)
    on.git('checkout', '-q', 'main')
    datadog.setHandler(datadogHandler(steady(3, 100)))
    const result = await watch(on)
    expect(result.report).toMatchObject({ tag: 'v1.3.0', previousTag: 'v1.2.0', verdict: 'fired' })
    expect(result.report.windows.baseline).toEqual({ from: PREVIOUS, to: PREVIOUS + 2 * H })
    expect(result.report.windows.note).toBe('')
  })

  it('in a dry run says what the rollback would do and changes nothing', async () => {
    const on = repo()
    datadog.setHandler(datadogHandler(steady(2, 130)))
    const before = on.snapshot()
    const result = await watch(on, { watch_action: 'rollback', dry_run: 'true' })
    expect(result.report.action).toMatch(/^would roll back v1\.3\.0/)
    expect(result.rollback?.steps.map(step => step.status)).toContain('would do')
    expect(on.snapshot()).toEqual(before)
  })

  const noData: Array<{ name: string; values: Values; detail: RegExp }> = [
    {
      name: 'an empty series',
      values: (v, m) => (v === '1.3.0' ? null : m === 'errors' ? 2 : 100),
      detail: /this release: no data points/
    },
    {
      name: 'nulls over a third of the window',
      values: (v, m, i) => (v === '1.2.0' ? (m === 'errors' ? 2 : 100) : i % 3 === 0 ? null : 1000),
      detail: /this release: data covers 67% of the window \(at least 80% needed\)/
    },
    {
      name: 'data over half the window',
      values: (v, m, i, n) => (v === '1.2.0' ? (m === 'errors' ? 2 : 100) : i < n / 2 ? 1000 : null),
      detail: /this release: data covers 50% of the window/
    }
  ]
  it.each(noData)('$name is no decision, never a rollback', async ({ values, detail }) => {
    const on = repo()
    github.addRelease('v1.3.0')
    datadog.setHandler(datadogHandler(values))
    const before = on.snapshot()
    const result = await watch(on, { watch_action: 'rollback' })
    expect(result.report.verdict).toBe('no-decision')
    expect(result.report.triggers[0]).toMatchObject({ status: 'no-decision', changePercent: null })
    expect(result.report.triggers[0].detail).toMatch(detail)
    expect(result.rollback).toBeNull()
    expect(on.snapshot()).toEqual(before)
    expect(github.hasRelease('v1.3.0')).toBe(true)
    expect(slack.requests).toHaveLength(0)
  })

  it('decides nothing on a query that returns several series (averaging hosts is not an error rate)', async () => {
    const on = repo()
    github.addRelease('v1.3.0')
    const steadyHandler = datadogHandler(steady(2, 100))
    // `… by {host}`: the new release's answer has one series per host, the previous release's one
    datadog.setHandler(request => {
      const reply = steadyHandler(request)
      const body = reply.body as { series: Array<{ scope: string; pointlist: Array<[number, number | null]> }> }
      if (!(request.query.get('query') ?? '').includes('1.3.0') || body.series.length === 0) return reply
      const [one] = body.series
      const host = (name: string, value: number) => ({
        ...one,
        scope: `${one.scope},host:${name}`,
        pointlist: one.pointlist.map(([time]) => [time, value])
      })
      return { ...reply, body: { ...body, series: [host('a', 2), host('b', 4)] } }
    })
    const result = await watch(on, { watch_action: 'rollback', watch_latency_query: '' })
    expect(result.report.triggers[0]).toMatchObject({ status: 'no-decision', changePercent: null })
    expect(result.report.triggers[0].detail).toBe(
      'this release: the query returns 2 series (service:fastvlm,version:1.3.0,host:a; service:fastvlm,version:1.3.0,host:b): aggregate it to one series (no "by {…}")'
    )
    expect(result.rollback).toBeNull()
    expect(github.hasRelease('v1.3.0')).toBe(true)
  })

  it('retries a 429 and decides; a 500 after the retries is no decision', async () => {
    let calls = 0
    const handler = datadogHandler(steady(3, 100))
    datadog.setHandler(request =>
      ++calls === 1
        ? { status: 429, body: { errors: ['Rate limit exceeded'] }, headers: { 'retry-after': '1' } }
        : handler(request)
    )
    const retried = await watch(repo(), { watch_latency_query: '' })
    expect(retried.report.triggers[0]).toMatchObject({ status: 'fired', changePercent: 50 })
    expect(datadog.requests).toHaveLength(3) // 429, then the baseline again, then the release

    const on = repo()
    datadog.requests.length = 0
    datadog.setHandler(() => ({ status: 500, body: { errors: ['Internal Server Error'] } }))
    const before = on.snapshot()
    const failed = await watch(on, { watch_action: 'rollback', watch_latency_query: '' })
    expect(failed.report.verdict).toBe('no-decision')
    expect(failed.report.triggers[0].detail).toMatch(
      /^previous release: Datadog GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/query .*500/
    )
    expect(datadog.requests.length).toBe(6) // three attempts a window
    expect(on.snapshot()).toEqual(before)
  })

  it('fires on a critical code scanning alert created after the release, not one from before', async () => {
    datadog.setHandler(datadogHandler(steady(2, 100)))
    const alert = (number: number, created: string) => ({
      number,
      rule: {
        id: 'py/sql-injection',
        severity: 'error',
        security_severity_level: 'critical',
        description: 'SQL injection'
      },
      path: 'src/app.py',
      line: 3,
      created_at: created
    })
    github.alerts.push(alert(1, '2026-11-25T08:00:00Z'))
    const before = await watch(repo())
    expect(before.report.triggers[2]).toMatchObject({ status: 'ok' })
    github.alerts.push(alert(2, '2026-11-25T10:30:00Z'))
    const after = await watch(repo())
    expect(after.report.triggers[2]).toMatchObject({
      status: 'fired',
      detail: '1 open critical code scanning alert(s) created after v1.3.0 (2026-11-25T09:00:00Z): #2 py/sql-injection'
    })
  })

  it.each([
    [
      403,
      'Resource not accessible by integration',
      'the token may not read code scanning alerts: give the workflow permissions: security-events: read (a private repository also needs GitHub Advanced Security)'
    ],
    [
      404,
      'no analysis found',
      'code scanning is not set up on this repository (no analysis): set it up, or set critical_security_alert: false'
    ]
  ])(
    'code scanning answering %d is no decision for that trigger, saying what to do',
    async (status, message, advice) => {
      const on = repo()
      github.addRelease('v1.3.0')
      github.codeScanningError = { status, message }
      datadog.setHandler(datadogHandler(steady(2, 100)))
      const result = await watch(on, { watch_action: 'rollback' })
      expect(result.report.triggers.map(row => row.status)).toEqual(['ok', 'ok', 'no-decision'])
      expect(result.report.triggers[2].detail).toBe(
        `GitHub API GET /repos/acme/fastvlm/code-scanning/alerts failed with ${status}: ${message}. ${advice}.`
      )
      expect(result.report.verdict).toBe('no-decision')
      expect(result.rollback).toBeNull()
    }
  )

  it('Datadog refusing the keys is no decision, saying which settings to check, and never shows them', async () => {
    const on = repo()
    datadog.setHandler(() => ({ status: 403, body: { errors: ['Forbidden'] } }))
    const result = await watch(on, { watch_latency_query: '' })
    expect(result.report.triggers[0].status).toBe('no-decision')
    expect(result.report.triggers[0].detail).toMatch(
      /^previous release: Datadog GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/query failed with 403: .*Forbidden.*\. Datadog refused the keys: check datadog_api_key and datadog_app_key \(an application key scoped to timeseries_query\) and datadog_site\.$/
    )
    expect(JSON.stringify(result.report)).not.toContain(API_KEY)
    expect(JSON.stringify(result.report)).not.toContain(APP_KEY)
    expect(datadog.requests).toHaveLength(2) // not retried: a 403 will not pass on a second try
  })

  it('with no metrics source and the security trigger off says so and does nothing', async () => {
    const on = repo(TRIGGERS.replace('critical_security_alert: true', 'critical_security_alert: false'))
    const result = await watch(on, { datadog_api_key: '', datadog_app_key: '' })
    expect(result.report.verdict).toBe('no-decision')
    expect(result.report.note).toMatch(/^No metrics source is configured .* nothing was watched\.$/)
    expect(datadog.requests).toHaveLength(0)
    expect(github.requests.filter(r => r.path.includes('code-scanning'))).toHaveLength(0)
  })

  it('without triggers says there is nothing to watch', async () => {
    const result = await watch(repo('release_gates:\n  required_checks: [clean_tree]\n'))
    expect(result.report).toMatchObject({ verdict: 'no-decision', tag: null })
    expect(result.report.note).toBe(
      'No automatic_rollback_triggers are configured in .github/release-gates.yml: nothing to watch.'
    )
  })

  it.each<[string, { triggers?: string; inputs?: Record<string, string> }, RegExp]>([
    [
      'a trigger that is not a number',
      { triggers: TRIGGERS.replace('"> 5%"', '"> five%"') },
      /release_gates\.automatic_rollback_triggers\.0\.error_rate_spike: must look like "> 5%" or ">= 5%" .*not "> five%"/
    ],
    [
      'one Datadog key of two',
      { inputs: { datadog_app_key: '' } },
      /datadog_app_key is missing\. Pass it \(a secret\), or remove watch_error_rate_query and watch_latency_query\. Nothing was changed\./
    ],
    [
      // the pushed record is what stops the next scheduled run (a fresh clone) rolling back the
      // release users were put back on: without it the watch would cascade down the releases
      'watch_action: rollback without push: true',
      { inputs: { push: 'false' } },
      /watch_action: rollback needs push: true/
    ]
  ])('refuses %s before anything is read or changed', async (_, { triggers, inputs: extra }, message) => {
    const on = repo(triggers)
    github.addRelease('v1.3.0')
    const before = on.snapshot()
    const error = await watch(on, { watch_action: 'rollback', ...extra }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(message)
    expect(datadog.requests).toHaveLength(0)
    expect(on.snapshot()).toEqual(before)
  })

  it('as the action, says why there is no decision in a notice and succeeds', async () => {
    const on = repo()
    datadog.setHandler(() => ({ status: 500, body: { errors: ['Internal Server Error'] } }))
    const run = await runActionFromSource(on.dir, inputs({ watch_latency_query: '' }), {
      GITHUB_API_URL: github.url,
      SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000)
    })
    expect(run.code).toBe(0)
    expect(run.outputs.watch_verdict).toBe('no-decision')
    expect(run.stdout).toMatch(
      /^::notice title=Release watch of v1\.3\.0::no decision: error_rate_spike: previous release: Datadog GET .*500/m
    )
    expect(run.summary).toContain(
      '| performance_degradation | — | — | — | > 20% | off | not watched: no watch_latency_query |'
    )
    expect(github.issues).toHaveLength(0)
  }, 30_000)

  it('runs as the action: outputs, the verdict table in the job summary, the keys masked', async () => {
    const on = repo()
    datadog.setHandler(datadogHandler(steady(3, 100)))
    const run = await runActionFromSource(on.dir, inputs(), {
      GITHUB_API_URL: github.url,
      SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000)
    })
    expect(run.code).toBe(0)
    expect(run.outputs.watch_verdict).toBe('fired')
    const report = JSON.parse(run.outputs.watch_report) as { tag: string; triggers: Array<{ status: string }> }
    expect(report.tag).toBe('v1.3.0')
    expect(report.triggers.map(row => row.status)).toEqual(['fired', 'ok', 'ok'])
    expect(run.summary).toContain('## 🚨 Release watch of v1.3.0: fired')
    expect(run.summary).toContain('| error_rate_spike | 2 | 3 | +50% | > 5% | fired | +50% is > 5% |')
    expect(run.summary).toContain('Action: opened issue #1')
    expect(run.stdout).toContain(
      '::warning title=Release watch of v1.3.0::release watch of v1.3.0: error_rate_spike +50%'
    )
    expect(run.stdout).toContain(`::add-mask::${APP_KEY}`) // registered as a secret
    const shown = run.stdout.replace(/^::add-mask::.*$/gm, '')
    expect(`${shown}${run.summary}${JSON.stringify(github.issues)}`).not.toContain(APP_KEY)
    expect(github.issues).toHaveLength(1)

    // the bundle, run as the runner runs it, gives the same outputs and summary
    if (!existsSync(path.join(process.cwd(), 'dist', 'index.js'))) return // e2e.test.ts requires the bundle
    github.issues.length = 0
    const bundled = await runActionAsync(repo().dir, inputs(), {
      GITHUB_API_URL: github.url,
      SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000)
    })
    expect(bundled.stderr).toBe('')
    expect(bundled.outputs).toEqual(run.outputs)
    expect(bundled.summary).toEqual(run.summary)
  })
})
