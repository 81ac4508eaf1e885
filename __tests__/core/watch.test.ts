import { ConfigurationError } from '../../src/core/errors.js'
import {
  awaitingWindow,
  measureSeries,
  MIN_COVERAGE,
  overallVerdict,
  parseTriggers,
  rateVerdict,
  relativeChange,
  renderWatchSummary,
  watchHeadline,
  securityVerdict,
  watchIssue,
  watchWindows,
  windowValue,
  type DatadogSeries,
  type Measured,
  type ParsedTrigger,
  type TriggerVerdict
} from '../../src/core/watch/index.js'

const H = 3600
/** Ten points a window of ten minutes each, from `from` (epoch s). */
function points(from: number, values: Array<number | null>, step = 600): Array<[number, number | null]> {
  return values.map((value, i) => [(from + i * step) * 1000, value])
}
function measured(value: number | null, coverage = 1): Measured {
  return { ok: true, value: { value, points: value === null ? 0 : 10, coverage } }
}

describe('parseTriggers', () => {
  it.each([
    ['> 5%', '>', 5],
    ['>= 5%', '>=', 5],
    [' >20 % ', '>', 20],
    ['>=0.5%', '>=', 0.5]
  ])('reads %j as %s %d', (condition, op, threshold) => {
    expect(parseTriggers([{ name: 'error_rate_spike', condition }])).toEqual([
      { name: 'error_rate_spike', condition: condition.trim(), op, threshold }
    ])
  })
  it('reads the security trigger on and off', () => {
    expect(
      parseTriggers([
        { name: 'critical_security_alert', condition: 'true' },
        { name: 'critical_security_alert', condition: 'false' }
      ]).map(t => (t as { enabled: boolean }).enabled)
    ).toEqual([true, false])
  })
  it.each(['> five%', '< 5%', '5%', '> 5', ''])('refuses %j with the form to write', condition => {
    expect(() => parseTriggers([{ name: 'performance_degradation', condition }])).toThrow(ConfigurationError)
    expect(() => parseTriggers([{ name: 'performance_degradation', condition }])).toThrow(
      `automatic_rollback_triggers: performance_degradation has the invalid value "${condition}". Write a relative change such as "> 5%"`
    )
  })
})

describe('watchWindows', () => {
  const T = 1_000_000
  it.each([
    {
      name: 'a release older than the window: both windows the full length',
      previous: T - 48 * H,
      now: T + 10 * H,
      hours: 2,
      release: { from: T, to: T + 2 * H },
      baseline: { from: T - 48 * H, to: T - 46 * H },
      note: ''
    },
    {
      name: 'a release younger than the window: up to now, the baseline as long',
      previous: T - 48 * H,
      now: T + H / 2,
      hours: 2,
      release: { from: T, to: T + H / 2 },
      baseline: { from: T - 48 * H, to: T - 48 * H + H / 2 },
      note: 'the release is 30 min old: its window ends now'
    },
    {
      name: 'a previous release that lived shorter than the window: cut at the release',
      previous: T - H,
      now: T + 5 * H,
      hours: 2,
      release: { from: T, to: T + 2 * H },
      baseline: { from: T - H, to: T },
      note: 'the previous release lived 1 h: its window ends at the release'
    },
    {
      name: 'no previous release',
      previous: null,
      now: T + 5 * H,
      hours: 0.5,
      release: { from: T, to: T + H / 2 },
      baseline: null,
      note: ''
    }
  ])('$name', ({ previous, now, hours, release, baseline, note }) => {
    expect(watchWindows(T, previous, now, hours)).toEqual({ release, baseline, note })
  })
})

describe('windowValue', () => {
  const window = { from: 6000, to: 6000 + 6000 }
  it.each<{ name: string; series: DatadogSeries[]; value: number | null; points: number; coverage: number }>([
    { name: 'an empty answer', series: [], value: null, points: 0, coverage: 0 },
    { name: 'a series without points', series: [{ pointlist: [] }], value: null, points: 0, coverage: 0 },
    {
      name: 'a full window',
      series: [{ pointlist: points(6000, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), interval: 600 }],
      value: 5.5,
      points: 10,
      coverage: 1
    },
    {
      name: 'nulls among the points (they are not zeros)',
      series: [{ pointlist: points(6000, [2, null, 2, null, 2, 2, 2, 2, 2, 2]), interval: 600 }],
      value: 2,
      points: 8,
      coverage: 0.8
    },
    {
      name: 'data over half the window only',
      series: [{ pointlist: points(6000, [4, 4, 4, 4, 4]), interval: 600 }],
      value: 4,
      points: 5,
      coverage: 0.5
    },
    {
      name: 'a timestamp answered twice counts once (its first value): a doubled spike neither weighs nor covers more',
      series: [
        {
          pointlist: [
            ...points(6000, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
            ...points(6000 + 5400, [50, 50, 50, 50, 50, 50, 50, 50, 50], 0)
          ],
          interval: 600
        }
      ],
      value: 2,
      points: 10,
      coverage: 1
    },
    {
      name: 'a duplicated spike counts once',
      series: [
        { pointlist: [...points(6000, [11, 11], 0), ...points(6000, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2])], interval: 600 }
      ],
      value: 2.9,
      points: 10,
      coverage: 1
    },
    {
      name: 'a duplicate with a value fills a null at its timestamp',
      series: [
        {
          pointlist: [
            [6000 * 1000, null],
            [6000 * 1000, 3]
          ],
          interval: 600
        }
      ],
      value: 3,
      points: 1,
      coverage: 0.1
    },
    {
      name: 'points outside the window left out, interval from the spacing',
      series: [{ pointlist: [...points(0, [100]), ...points(6000, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1])] }],
      value: 1,
      points: 10,
      coverage: 1
    }
  ])('$name', ({ series, value, points: count, coverage }) => {
    expect(windowValue(series, window)).toEqual({ value, points: count, coverage })
  })
})

describe('measureSeries: one series, or no decision', () => {
  const window = { from: 0, to: 6000 }
  const series = (scope: string, values: Array<number | null>): DatadogSeries => ({
    scope,
    interval: 600,
    pointlist: points(0, values)
  })
  it.each<[string, DatadogSeries[], Measured]>([
    ['one series', [series('env:prod', Array(10).fill(2))], measured(2)],
    [
      'one series, and one without data',
      [series('host:a', Array(10).fill(2)), series('host:b', Array(10).fill(null))],
      measured(2)
    ],
    [
      'two series with data',
      [series('host:a', Array(10).fill(2)), series('host:b', Array(10).fill(4))],
      {
        ok: false,
        reason: 'the query returns 2 series (host:a; host:b): aggregate it to one series (no "by {…}")'
      }
    ],
    [
      'five series',
      ['a', 'b', 'c', 'd', 'e'].map(host => series(`host:${host}`, [1])),
      {
        ok: false,
        reason: 'the query returns 5 series (host:a; host:b; host:c; …): aggregate it to one series (no "by {…}")'
      }
    ]
  ])('%s', (_, answer, expected) => {
    expect(measureSeries(answer, window)).toEqual(expected)
  })
})

describe('relativeChange', () => {
  it.each([
    [2, 2.1, 5],
    [100, 120, 20],
    [100, 80, -20],
    [0.3, 0.315, 5],
    [0, 1, null],
    [0, 0, null]
  ])('%d → %d is %s %%', (baseline, current, change) => {
    expect(relativeChange(baseline, current)).toBe(change)
  })
})

describe('rateVerdict: the thresholds', () => {
  const trigger = (condition: string) =>
    parseTriggers([{ name: 'error_rate_spike', condition }])[0] as Extract<ParsedTrigger, { op: string }>
  it.each([
    ['> 5%', 2, 2.1, 'ok', 'is not > 5%'],
    ['>= 5%', 2, 2.1, 'fired', 'is >= 5%'],
    ['> 5%', 2, 2.1002, 'fired', 'is > 5%'],
    ['> 5%', 2, 1, 'ok', 'is not > 5%'],
    ['> 20%', 250, 300, 'ok', '+20% is not > 20%'],
    ['>= 20%', 250, 300, 'fired', '+20% is >= 20%'],
    ['> 20%', 250, 301, 'fired', '+20.4% is > 20%'],
    ['> 20%', 250, 299, 'ok', '+19.6% is not > 20%']
  ])('%s with %d → %d: %s', (condition, baseline, current, status, detail) => {
    const row = rateVerdict(trigger(condition), measured(baseline), measured(current))
    expect(row.status).toBe(status)
    expect(row.detail).toContain(detail)
    expect(row).toMatchObject({ baseline, current, threshold: condition })
  })
  it.each<[string, Measured, Measured, RegExp]>([
    ['no data in the release window', measured(2), measured(null), /this release: no data points/],
    ['no data in the baseline', measured(null), measured(9), /previous release: no data points/],
    [
      'half the window',
      measured(2),
      measured(9, 0.5),
      new RegExp(`data covers 50% of the window \\(at least ${MIN_COVERAGE * 100}% needed\\)`)
    ],
    [
      'an API error',
      measured(2),
      { ok: false, reason: 'Datadog GET failed: HTTP 500' },
      /this release: Datadog GET failed: HTTP 500/
    ],
    ['a baseline of zero', measured(0), measured(5), /a relative change is undefined/]
  ])('%s is no decision, however high the value', (_, baseline, current, detail) => {
    const row = rateVerdict(trigger('> 5%'), baseline, current)
    expect(row.status).toBe('no-decision')
    expect(row.detail).toMatch(detail)
    expect(row.changePercent).toBeNull()
  })
})

describe('awaitingWindow: a release window that has not elapsed', () => {
  const trigger = parseTriggers([{ name: 'error_rate_spike', condition: '> 5%' }])[0] as Extract<
    ParsedTrigger,
    { op: string }
  >
  const ends = Date.UTC(2026, 10, 25, 11) / 1000
  it.each<[string, Measured, string]>([
    ['fired so far', measured(3), 'so far +50% is > 5%; decided once the window ends (2026-11-25T11:00:00Z)'],
    ['ok so far', measured(2), 'so far 0% is not > 5%; decided once the window ends (2026-11-25T11:00:00Z)'],
    ['no data so far', measured(null), 'this release: no data points']
  ])('%s is no decision, with the numbers so far', (_, current, detail) => {
    const row = awaitingWindow(rateVerdict(trigger, measured(2), current), ends)
    expect(row).toMatchObject({ status: 'no-decision', detail })
    expect(overallVerdict([row])).toBe('no-decision')
  })
})

describe('securityVerdict and the overall verdict', () => {
  const on = parseTriggers([{ name: 'critical_security_alert', condition: 'true' }])[0] as Extract<
    ParsedTrigger,
    { name: 'critical_security_alert' }
  >
  it('fires on a new alert, is ok without, no decision on an error, off when false', () => {
    const alert = { number: 7, rule: 'js/sql-injection', url: 'https://x/7', createdAt: '2026-11-25T13:00:00Z' }
    expect(securityVerdict(on, { ok: true, alerts: [alert], since: 'v1.3.0' })).toMatchObject({
      status: 'fired',
      detail: '1 open critical code scanning alert(s) created after v1.3.0: #7 js/sql-injection'
    })
    expect(securityVerdict(on, { ok: true, alerts: [], since: 'v1.3.0' }).status).toBe('ok')
    expect(securityVerdict(on, { ok: false, reason: 'HTTP 500' })).toMatchObject({
      status: 'no-decision',
      detail: 'HTTP 500'
    })
    expect(securityVerdict({ ...on, enabled: false }, { ok: false, reason: '' }).status).toBe('off')
  })
  const row = (status: TriggerVerdict['status']): TriggerVerdict => ({
    trigger: 'error_rate_spike',
    condition: '> 5%',
    status,
    detail: ''
  })
  it.each<[TriggerVerdict['status'][], string]>([
    [['ok', 'ok'], 'ok'],
    [['ok', 'off'], 'ok'],
    [['ok', 'no-decision'], 'no-decision'],
    [['no-decision', 'fired'], 'fired'],
    [['off', 'off'], 'no-decision'],
    [[], 'no-decision']
  ])('%j → %s', (statuses, verdict) => {
    expect(overallVerdict(statuses.map(row))).toBe(verdict)
  })
})

describe('the summary and the issue', () => {
  const trigger = parseTriggers([{ name: 'error_rate_spike', condition: '> 5%' }])[0] as Extract<
    ParsedTrigger,
    { op: string }
  >
  const report = {
    tag: 'v1.3.0',
    previousTag: 'v1.2.0',
    verdict: 'fired' as const,
    action: 'opened issue #1',
    windows: { release: { from: 0, to: 7200 }, baseline: { from: -86400, to: -79200 }, note: '' },
    triggers: [rateVerdict(trigger, measured(2), measured(3))],
    note: ''
  }
  it.each([
    [
      { tag: null, verdict: 'no-decision' as const, note: 'No triggers: nothing to watch.', action: 'none' },
      'Release watch: no-decision — No triggers: nothing to watch; action: none.'
    ],
    [{ tag: 'v1.3.0', verdict: 'ok' as const, note: '', action: 'none' }, 'Release watch of v1.3.0: ok; action: none.'],
    [
      { tag: 'v1.3.0', verdict: 'fired' as const, note: 'error rate +50%', action: 'opened issue #1' },
      'Release watch of v1.3.0: fired — error rate +50%; action: opened issue #1.'
    ]
  ])('closes the run with one line: %j', (input, line) => {
    expect(watchHeadline(input)).toBe(line)
  })

  it('shows the numbers behind each decision', () => {
    const summary = renderWatchSummary(report, false)
    expect(summary).toContain('## 🚨 Release watch of v1.3.0: fired')
    expect(summary).toContain('- This release: 1970-01-01T00:00:00Z → 1970-01-01T02:00:00Z (2 h)')
    expect(summary).toContain('| error_rate_spike | 2 | 3 | +50% | > 5% | fired | +50% is > 5% |')
    expect(summary).toContain('Action: opened issue #1')
  })
  it('hides its marker in the issue body, and says how to roll back', () => {
    const issue = watchIssue(report, 'https://github.com/acme/fastvlm/actions/runs/9')
    expect(issue.title).toBe('Release watch: v1.3.0 fired error_rate_spike')
    expect(issue.body.startsWith('<!-- fastvlm-release-watch: v1.3.0 -->\n')).toBe(true)
    expect(issue.body).toContain('`mode: rollback` and `version: v1.3.0`')
  })
})
