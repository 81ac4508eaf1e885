import {
  computeDora,
  failureRateBand,
  frequencyBand,
  leadTimeBand,
  percentile,
  renderMetrics,
  restoreBand,
  type ReleaseRecord
} from '../../src/core/metrics/metrics.js'
import { appendRollback, formatTagMessage } from '../../src/core/record/release-record.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { collectMetrics } from '../../src/usecases/metrics/metrics.js'
import { TestRepo } from '../helpers/repo.js'

const H = 3600
const D = 24 * H
const D0 = Date.UTC(2026, 8, 1) / 1000 // 2026-09-01, the window's first day
const NOW = D0 + 90 * D

describe('DORA building blocks', () => {
  it.each([
    [[1, 2, 3, 4, 5], 50, 3],
    [[4, 12, 24, 24, 48], 90, 38.4],
    [[10], 90, 10]
  ])('percentile(%j, %d) = %p', (values, p, expected) => {
    expect(percentile(values as number[], p as number)).toBeCloseTo(expected as number, 9)
  })
  it('has no percentile of nothing', () => expect(percentile([], 50)).toBeNull())
  it.each([
    [7, 'elite'],
    [1, 'high'],
    [0.3, 'medium'],
    [0.2, 'low']
  ])('deployment frequency %d/week is %s', (perWeek, band) => expect(frequencyBand(perWeek as number)).toBe(band))
  it.each([
    [23, 'elite'],
    [24, 'high'],
    [167, 'high'],
    [168, 'medium'],
    [720, 'low']
  ])('lead time %d h is %s', (hours, band) => expect(leadTimeBand(hours as number)).toBe(band))
  it.each([
    [5, 'elite'],
    [10, 'high'],
    [15, 'medium'],
    [15.1, 'low']
  ])('change failure rate %d %% is %s', (rate, band) => expect(failureRateBand(rate as number)).toBe(band))
  it.each([
    [0.5, 'elite'],
    [1, 'high'],
    [23, 'high'],
    [24, 'medium'],
    [168, 'low']
  ])('time to restore %d h is %s', (hours, band) => expect(restoreBand(hours as number)).toBe(band))

  it('says "not enough data" instead of NaN for a single release', () => {
    const one: ReleaseRecord[] = [
      { tag: 'v1.0.0', version: '1.0.0', time: NOW - D, type: 'release', commitTimes: [NOW - 2 * D] }
    ]
    const metrics = computeDora(one, [], { now: NOW, windowDays: 90 })
    expect(metrics.changeFailureRate).toEqual({
      value: null,
      unit: '',
      band: null,
      note: 'not enough data: one release is not enough for a rate'
    })
    expect(metrics.timeToRestoreMedian.note).toBe('not enough data: no failed release was restored in the window')
    expect(metrics.leadTimeMedian).toMatchObject({ value: 24, band: 'high' })
    expect(JSON.stringify(metrics)).not.toContain('NaN')
    expect(computeDora([], [], { now: NOW, windowDays: 90 }).deploymentFrequency.note).toBe(
      'not enough data: no release in the last 90 days'
    )
  })
})

describe('DORA metrics of a real repository', () => {
  let repo: TestRepo
  afterAll(() => repo.cleanup())

  /**
   * v1.0.0 before the window; v1.1.0 ships c1 (48 h old) and c2 (24 h); v1.2.0 ships c3 (12 h) and
   * fails: hotfix v1.2.1 (c4, 4 h) 12 h later; v1.3.0 (c5) is rolled back 2 h after its release
   * (its tag is gone); v1.3.1 ships c6 (24 h).
   */
  beforeAll(() => {
    repo = TestRepo.create()
    repo.commitAt('chore: initial', D0 - 10 * D)
    repo.tagAt('v1.0.0', D0 - 10 * D, formatTagMessage('notes', { type: 'release' }))
    repo.commitAt('feat: c1', D0 + 1 * D)
    repo.commitAt('fix: c2', D0 + 2 * D)
    repo.tagAt('v1.1.0', D0 + 3 * D, formatTagMessage('notes', { type: 'release' }))
    repo.commitAt('feat: c3', D0 + 10 * D)
    repo.tagAt('v1.2.0', D0 + 10 * D + 12 * H, formatTagMessage('notes', { type: 'release' }))
    repo.commitAt('fix: c4', D0 + 10 * D + 20 * H)
    repo.tagAt(
      'v1.2.1',
      D0 + 11 * D,
      formatTagMessage('notes', { type: 'hotfix', severity: 'critical', hotfixOf: 'v1.2.0' })
    )
    repo.commitAt('feat: c5', D0 + 30 * D)
    repo.write(
      'docs/ROLLBACKS.md',
      appendRollback(null, {
        version: '1.3.0',
        date: new Date((D0 + 30 * D + 8 * H) * 1000).toISOString(),
        reason: 'crash',
        actor: 'octocat',
        restored: '1.2.1',
        released: new Date((D0 + 30 * D + 6 * H) * 1000).toISOString()
      })
    )
    repo.git('add', '.')
    repo.commitAt('chore(release): roll back v1.3.0', D0 + 30 * D + 8 * H)
    repo.commitAt('fix: c6', D0 + 40 * D)
    repo.tagAt('v1.3.1', D0 + 41 * D, formatTagMessage('notes', { type: 'release' }))
  })

  it('computes the hand-computed values', async () => {
    const settings = parseSettings(() => undefined)
    const metrics = await collectMetrics(
      settings,
      { git: new ExecGit(repo.dir), files: new LocalFiles(repo.dir) },
      new Date(NOW * 1000)
    )
    // releases in the window: v1.1.0, v1.2.0, v1.2.1, v1.3.1 and the rolled-back v1.3.0 = 5 in 90 days
    expect(metrics.releases).toBe(5)
    expect(metrics.deploymentFrequency).toEqual({ value: 0.389, unit: 'releases/week', band: 'medium' })
    // lead times: c1 48 h, c2 24 h, c3 12 h, c4 4 h; v1.3.0's tag is gone, so v1.3.1 ships c5 (11 days
    // = 264 h), the rollback commit (256 h) and c6 (24 h): [4, 12, 24, 24, 48, 256, 264]
    // → median 24 h; p90 at rank 5.4 = 256 + 0.4 × 8 = 259.2 h
    expect(metrics.leadTimeMedian).toEqual({ value: 24, unit: 'hours', band: 'high' })
    expect(metrics.leadTimeP90).toEqual({ value: 259.2, unit: 'hours', band: 'medium' })
    // failed: v1.2.0 (hotfixed) and v1.3.0 (rolled back) → 2 of 5
    expect(metrics.changeFailureRate).toEqual({ value: 40, unit: '%', band: 'low' })
    // restored after 12 h (hotfix) and 2 h (rollback) → median 7 h
    expect(metrics.timeToRestoreMedian).toEqual({ value: 7, unit: 'hours', band: 'high' })
    expect(metrics.weeks.find(w => w.week === '2026-09-07')).toEqual({
      week: '2026-09-07',
      releases: 2,
      leadTimeHours: 8
    })
  })

  it('adds a release being made in this run, and renders a table and Mermaid charts', async () => {
    const settings = parseSettings(() => undefined)
    const metrics = await collectMetrics(
      settings,
      { git: new ExecGit(repo.dir), files: new LocalFiles(repo.dir) },
      new Date(NOW * 1000),
      { version: '1.4.0', type: 'release', commitTimes: [NOW - 2 * H] }
    )
    expect(metrics.releases).toBe(6)
    const text = renderMetrics(metrics)
    expect(text).toContain('| Change failure rate | 33.3 % | low |')
    expect(text).toContain('```mermaid\nxychart-beta\n    title "Releases per week"')
    // weeks start on Monday: v1.1.0 in 08-31, v1.2.0 and v1.2.1 in 09-07, v1.3.1 in 10-12, v1.4.0 in 11-30
    expect(text).toContain('    bar [1, 2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1]')
  })

  it('looks only at the window', async () => {
    const settings = parseSettings(name => (name === 'metrics_window' ? '7' : undefined))
    const metrics = await collectMetrics(
      settings,
      { git: new ExecGit(repo.dir), files: new LocalFiles(repo.dir) },
      new Date((D0 + 12 * D) * 1000)
    )
    expect(metrics.releases).toBe(2) // v1.2.0 and v1.2.1
    expect(metrics.changeFailureRate.value).toBe(50)
  })
})
