/** mode: metrics with components: each component's own tag series (src/usecases/components/metrics.ts). */
import { LocalFiles } from '../../../src/adapters/files.js'
import { ExecGit } from '../../../src/adapters/git.js'
import { silentLogger } from '../../../src/adapters/logger.js'
import { loadSettings, noArtifacts, runMode } from '../../../src/compose.js'
import { appendRollback, formatTagMessage } from '../../../src/core/record/release-record.js'
import { componentsMetrics, renderComponentsMetrics } from '../../../src/usecases/components/metrics.js'
import { TestRepo } from '../../helpers/repo.js'

const H = 3600
const D = 24 * H
const D0 = Date.UTC(2026, 8, 1) / 1000
const NOW = D0 + 60 * D

describe('components: metrics per component', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  it("reads each component's tag series; the rollback record (versions only) counts for the root alone", async () => {
    const repo = TestRepo.create()
    repos.push(repo)
    const release = formatTagMessage('notes', { type: 'release' })
    repo.write(
      '.github/release-action.yml',
      'components:\n  - name: kit\n    path: .\n  - name: lib\n    path: packages/lib\n'
    )
    repo.write('packages/lib/index.js', 'export {}\n')
    repo.commitAt('chore: initial', D0 - 40 * D)
    repo.tagAt('v0.1.0', D0 - 40 * D, release)
    repo.tagAt('lib-v0.1.0', D0 - 40 * D, release)
    repo.commitAt('feat(lib): a', D0 + 1 * D)
    repo.tagAt('lib-v0.2.0', D0 + 2 * D, release)
    repo.commitAt('fix: kit a', D0 + 4 * D)
    repo.tagAt('v0.2.0', D0 + 5 * D, release)
    repo.commitAt('fix(lib): b', D0 + 9 * D)
    repo.tagAt('lib-v0.3.0', D0 + 10 * D, release)
    repo.commitAt('fix: kit b', D0 + 19 * D)
    repo.tagAt('v0.3.0', D0 + 20 * D, release)
    // a rollback of 0.3.0 the day after: both series have a 0.3.0, the record names no component
    repo.write(
      'docs/ROLLBACKS.md',
      appendRollback(null, {
        version: '0.3.0',
        date: new Date((D0 + 21 * D) * 1000).toISOString(),
        reason: 'broken',
        actor: 'octocat',
        restored: '0.2.0',
        released: new Date((D0 + 20 * D) * 1000).toISOString()
      })
    )
    const { settings } = await loadSettings(() => undefined, repo.dir)
    const all = await componentsMetrics(
      settings,
      settings.sections!.components!,
      { git: new ExecGit(repo.dir), files: new LocalFiles(repo.dir) },
      new Date(NOW * 1000)
    )
    expect(all.map(c => [c.name, c.metrics.releases])).toEqual([
      ['kit', 2],
      ['lib', 2]
    ])
    const kit = all[0].metrics
    const lib = all[1].metrics
    expect(kit.changeFailureRate.value).toBe(50)
    expect(lib.changeFailureRate.value).toBe(0)
    // lib's lead times are its own commits': a day and a day
    expect(lib.leadTimeMedian.value).toBeCloseTo(24, 0)
    const table = renderComponentsMetrics(all)
    expect(table).toContain('| lib | `lib-vX.Y.Z` | 2 |')
    expect(table).toContain('| kit | `vX.Y.Z` | 2 |')
    // mode: metrics shows the table under the repository's metrics
    const loaded = await loadSettings(name => ({ mode: 'metrics' })[name], repo.dir)
    const result = await runMode(loaded.settings, repo.dir, {}, { log: silentLogger, artifact: noArtifacts }, loaded)
    expect(result.summary).toContain('## Metrics per component')
    expect(result.report).toEqual(expect.arrayContaining([expect.stringMatching(/^ {2}lib: \d+ release\(s\)$/)]))
  })
})
