import { measureHistory, percent, type RepoFigures } from './helpers/measure.js'
import { loadHistories } from './helpers/shared.js'

/**
 * The version decision and the notes, measured on the real releases of the shared histories
 * (`MEASURE=1 npm test -- __tests__/histories.test.ts` prints the table). Floors are today's
 * figures: a change that lowers them fails here.
 */
const MIXED = new Set(['googleapis/node-gtoken', 'googleapis/gcp-metadata']) // years of plain messages and hand-made releases

function total(
  rows: RepoFigures[],
  key: 'agreed' | 'agreedByCommits' | 'replayable' | 'releases' | 'found' | 'theirs' | 'published' | 'counted'
): number {
  return rows.reduce((sum, row) => sum + row[key], 0)
}

describe('real histories', () => {
  const rows = loadHistories().map(measureHistory)
  const tool = rows.filter(row => !MIXED.has(row.repo))
  const mixed = rows.filter(row => MIXED.has(row.repo))

  if (process.env.MEASURE) {
    const line = (name: string, set: RepoFigures[]): string =>
      `| ${name} | ${total(set, 'agreed')}/${total(set, 'replayable')} ${percent(total(set, 'agreed'), total(set, 'replayable'))} | ` +
      `${percent(total(set, 'agreedByCommits'), total(set, 'replayable'))} | ${total(set, 'found')}/${total(set, 'theirs')} ${percent(total(set, 'found'), total(set, 'theirs'))} | ` +
      `${total(set, 'published')}/${total(set, 'counted')} ${percent(total(set, 'published'), total(set, 'counted'))} | ${set.reduce((sum, row) => sum + row.duplicates.length, 0)} |`
    console.log(
      [
        '| histories | versions | without release commits | notes recall | notes precision | duplicates |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        ...rows.map(row => line(row.repo, [row])),
        line('release-please / semantic-release style', tool),
        line('mixed, with manual eras', mixed),
        line('all', rows),
        '',
        `breaking entries with their subject: ${rows.reduce((sum, row) => sum + row.breakingKept, 0)}/${rows.reduce((sum, row) => sum + row.breaking, 0)}`,
        '',
        ...rows.flatMap(row => [
          ...row.breakingLost.map(lost => `breaking subject lost ${row.repo} ${lost}`),
          ...row.misses.map(miss => `miss ${row.repo} ${miss}`),
          ...row.missing.map(m => `missing ${row.repo} ${m}`),
          ...row.unpublished.map(m => `unpublished ${row.repo} ${m}`)
        ])
      ].join('\n')
    )
  }

  it('replays the 374 releases whose commits are in the histories (of 390)', () => {
    expect(total(rows, 'releases')).toBe(390)
    expect(total(rows, 'replayable')).toBe(374)
  })

  it('computes the released version for all but 3 of 374 real releases', () => {
    const misses = rows.flatMap(row => row.misses.map(miss => `${row.repo} ${miss.split(':')[0]}`))
    // Known: python-api-core v1.7.0 and v1.14.0 were hand-made minor releases of plain messages;
    // release-notes-generator v5.0.0→v5.0.1 shipped a feat commit as a patch.
    expect(misses).toEqual([
      'googleapis/python-api-core v1.6.0→v1.7.0 (minor) got v1.6.1',
      'googleapis/python-api-core v1.13.0→v1.14.0 (minor) got v1.13.1',
      'semantic-release/release-notes-generator v5.0.0→v5.0.1 (patch) got v5.1.0'
    ])
    // without reading release commits, the commits alone still decide most of them
    expect(total(rows, 'agreedByCommits')).toBeGreaterThanOrEqual(341)
  })

  it('lists what the projects published, and little else, each entry once', () => {
    expect(total(tool, 'theirs')).toBeGreaterThan(300)
    expect(total(mixed, 'theirs')).toBeGreaterThan(200)
    // floors: today's figures (recall: their entries we list; precision: our entries outside
    // highlights, documentation and technical changes that their changelog lists)
    expect(total(tool, 'found') / total(tool, 'theirs')).toBeGreaterThanOrEqual(0.86)
    expect(total(mixed, 'found') / total(mixed, 'theirs')).toBeGreaterThanOrEqual(0.91)
    expect(total(tool, 'published') / total(tool, 'counted')).toBeGreaterThanOrEqual(0.89)
    expect(total(mixed, 'published') / total(mixed, 'counted')).toBeGreaterThanOrEqual(0.95)
    expect(rows.flatMap(row => row.duplicates)).toEqual([])
  })

  it('misses nothing that release-please wrote for nodejs-paginator', () => {
    const paginator = rows.find(row => row.repo === 'googleapis/nodejs-paginator')!
    expect(paginator.missing).toEqual([])
    expect(paginator.found).toBe(97)
  })

  it('lists every breaking change by its subject (issue 19)', () => {
    expect(rows.flatMap(row => row.breakingLost)).toEqual([])
    expect(rows.reduce((sum, row) => sum + row.breaking, 0)).toBeGreaterThan(50)
  })
})
