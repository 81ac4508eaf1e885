import { loadMonorepo, monorepoTable, replayMonorepo } from '../helpers/monorepo.js'

/**
 * Replays the 1,500 package releases of launchdarkly/js-core (../shared/monorepos): each package's
 * version decided from one pass over the commits and their files at the state each release was
 * planned from, compared with what the project released. `MEASURE=1` prints the table.
 */
describe('components: the launchdarkly/js-core monorepo replayed', () => {
  it('agrees with the versions and notes the project released', () => {
    const figures = replayMonorepo(loadMonorepo())
    if (process.env.MEASURE) {
      console.log(monorepoTable(figures))
      console.log(figures.misses.slice(0, 60).join('\n'))
    }
    expect(figures.replayed).toBeGreaterThan(1000)
    expect(figures.agreed / figures.replayed).toBeGreaterThan(0.9)
    // a dependency graph read the wrong way round releases packages the project never released
    expect(figures.extra).toBeLessThan(100)
  })
})
