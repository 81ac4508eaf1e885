import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { cli } from '../../src/cli.js'
import { outlineFaults, render } from '../helpers/markdown.js'
import { projects, pythonProject, TestRepo } from '../helpers/repo.js'
import { runActionFromSource } from '../helpers/runner.js'

/**
 * The job summary as a reader sees it, rendered with a CommonMark renderer: the verdict first, the
 * notes as published, the gates and the files; headings in order; the metrics only when asked.
 */
describe('the job summary at a glance', () => {
  const { project, cleanup } = projects()
  const made: TestRepo[] = []
  afterAll(() => {
    cleanup()
    made.forEach(repo => repo.cleanup())
  })

  it('a dry run: the verdict, the notes as published, the gates, the files; no metrics', async () => {
    const repo = project('fix(decoder): off-by-one', 'feat(api): streaming')
    const run = await runActionFromSource(repo.dir, { dry_run: 'true' })
    expect(run.code).toBe(0)
    const seen = render(run.summary)
    expect(seen.headings).toEqual([
      { level: 2, text: '🚀 Would release v1.3.0 (from v1.2.0, minor)' },
      { level: 3, text: "What's Changed in v1.3.0" },
      { level: 4, text: '✨ Highlights' },
      { level: 4, text: '🐛 Bug Fixes' },
      { level: 3, text: 'Release gates' },
      { level: 3, text: 'Files' }
    ])
    expect(outlineFaults(seen.headings)).toEqual([])
    // the notes' entries and links as the release will show them
    expect(seen.items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^api: streaming \([0-9a-f]{7}\)$/),
        expect.stringMatching(/^decoder: off-by-one \([0-9a-f]{7}\)$/),
        'pyproject.toml: 1.2.0 → 1.3.0 (would change)',
        'CHANGELOG.md: new section at the top (would change)',
        'release-notes.md: the notes above (written, not committed)'
      ])
    )
    const compare = 'https://github.com/acme/fastvlm/compare/v1.2.0...v1.3.0'
    expect(seen.links).toContainEqual({ text: compare, href: compare })
    expect(seen.code).toEqual(expect.arrayContaining(['pyproject.toml', 'release-notes.md']))
    expect(seen.folded).toEqual(['Commits that drove the version (2)'])
    expect(run.summary).not.toMatch(/DORA|mermaid/)
  })

  it('a dry run does not count its own release in the metrics', async () => {
    const repo = project('feat: a')
    const dry = await runActionFromSource(repo.dir, { dry_run: 'true' })
    const metrics = await runActionFromSource(repo.dir, { mode: 'metrics' })
    expect(JSON.parse(dry.outputs.metrics).releases).toBe(JSON.parse(metrics.outputs.metrics).releases)
  })

  it('summary_metrics: true folds the metrics under <details>; mode: metrics shows them as its page', async () => {
    const repo = project('feat: a')
    repo.write('.github/release-action.yml', 'summary_metrics: true\n')
    repo.git('add', '.')
    repo.git('commit', '-qm', 'ci: configure')
    const run = await runActionFromSource(repo.dir, { dry_run: 'true' })
    const seen = render(run.summary)
    expect(seen.folded).toContainEqual(expect.stringMatching(/^DORA metrics \(.* 90 days, \d+ release\(s\)\)$/))
    expect(seen.headings.map(heading => heading.text)).not.toContainEqual(expect.stringMatching(/DORA/))
    expect(outlineFaults(seen.headings)).toEqual([])

    const page = render((await runActionFromSource(repo.dir, { mode: 'metrics' })).summary)
    expect(page.headings[0]).toEqual({ level: 2, text: expect.stringMatching(/^DORA metrics/) })
    expect(outlineFaults(page.headings)).toEqual([])
    // one release in the window: no near-empty charts
    expect(page.html).not.toContain('mermaid')
    expect(page.html).toContain('No charts yet')
  })

  it('nothing to release, and a release stopped by the gates, say so first', async () => {
    const nothing = render((await runActionFromSource(project('docs: typo').dir, { dry_run: 'true' })).summary)
    expect(nothing.headings[0]).toEqual({ level: 2, text: 'No release' })
    expect(outlineFaults(nothing.headings)).toEqual([])

    const repo = project('feat: a')
    repo.write('scratch.txt', 'x')
    const stopped = render((await runActionFromSource(repo.dir, { gates: 'clean_tree' })).summary)
    expect(stopped.headings.map(heading => `h${heading.level} ${heading.text}`)).toEqual([
      'h2 ⛔ Stopped: v1.3.0 was not released',
      "h3 What's Changed in v1.3.0",
      'h4 ✨ Highlights',
      'h3 Release gates'
    ])
  })

  /** A repository whose changelog (python-semantic-release's layout) publishes its chores and CI changes. */
  function publishesChores(): TestRepo {
    const repo = TestRepo.create()
    made.push(repo)
    repo.commit('chore: initial', pythonProject('1.0.0'))
    repo.tag('v1.0.0')
    const changelog: string[] = []
    for (const [version, name] of [
      ['1.0.1', 'one'],
      ['1.0.2', 'two'],
      ['1.0.3', 'three']
    ]) {
      const fix = repo.commit(`fix: bug ${name}`)
      const chore = repo.commit(`chore: tidy ${name}`)
      const ci = repo.commit(`ci: pipeline ${name}`)
      changelog.unshift(
        [
          `## v${version} (2026-01-0${version.slice(-1)})`,
          '',
          '### Ci',
          '',
          `* ci: pipeline ${name} ([\`${ci.slice(0, 7)}\`](https://github.com/acme/fastvlm/commit/${ci}))`,
          '',
          '### Chore',
          '',
          `* chore: tidy ${name} ([\`${chore.slice(0, 7)}\`](https://github.com/acme/fastvlm/commit/${chore}))`,
          '',
          '### Fix',
          '',
          `* fix: bug ${name} ([\`${fix.slice(0, 7)}\`](https://github.com/acme/fastvlm/commit/${fix}))`,
          ''
        ].join('\n')
      )
      repo.commit(`chore(release): ${version}`, {
        'CHANGELOG.md': `# CHANGELOG\n\n${changelog.join('\n')}`,
        ...pythonProject(version)
      })
      repo.tag(`v${version}`)
    }
    repo.commit('fix: bug four')
    repo.commit('chore: tidy four')
    repo.commit('ci: pipeline four')
    repo.publish('main', '--tags')
    return repo
  }

  it("follows the changelog's own sections, and says what it learned from which sections", async () => {
    const repo = publishesChores()
    const run = await runActionFromSource(repo.dir, { push: 'true' })
    expect(run.code).toBe(0)
    const seen = render(run.summary)
    expect(seen.headings.slice(0, 5)).toEqual([
      { level: 2, text: '🚀 Released v1.0.4 (from v1.0.3, patch)' },
      { level: 3, text: "What's Changed in v1.0.4" },
      { level: 4, text: 'Ci' },
      { level: 4, text: 'Chore' },
      { level: 4, text: 'Fix' }
    ])
    expect(outlineFaults(seen.headings)).toEqual([])
    // the changelog's entries keep their type (python-semantic-release v7's `* ci: text`): so do the notes' (issue 19)
    expect(seen.items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ci: pipeline four \(/),
        expect.stringMatching(/^chore: tidy four \(/),
        expect.stringMatching(/^fix: bug four \(/)
      ])
    )
    expect(seen.html).toContain(
      'Notes sections follow CHANGELOG.md (learned from its 3 newest release sections, 1.0.1 to 1.0.3; a kind of change needs the same title in the newest 2 that have it, 3 for kinds the default sections hide)'
    )
    expect(seen.items).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Chore: chore \(3 sections\), by matching commits$/)])
    )
    // the new changelog section follows the same sections
    const written = repo.read('CHANGELOG.md')
    expect(written.slice(0, written.indexOf('## v1.0.3'))).toMatch(/### Chore\n\n- chore: tidy four/)
  })

  it('notes_sections wins over the changelog, and a new repository gets the default sections', async () => {
    const repo = publishesChores()
    const configured = render(
      (await runActionFromSource(repo.dir, { dry_run: 'true', notes_sections: 'fix: Fixes' })).summary
    )
    expect(configured.headings.map(heading => heading.text)).toContain('Fixes')
    expect(configured.headings.map(heading => heading.text)).not.toContain('Chore')
    expect(configured.html).not.toContain('Notes sections follow')

    const fresh = render((await runActionFromSource(project('fix: a', 'chore: b').dir, { dry_run: 'true' })).summary)
    expect(fresh.headings.map(heading => heading.text)).toContain('🐛 Bug Fixes')
    expect(fresh.items).not.toContainEqual(expect.stringMatching(/^b \(/))
  })
})

describe('the CLI says what it did', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it('plan writes nothing and says so: no "written", no notes file, no path to one', async () => {
    const repo = project('feat: a')
    const env = { ...process.env, GITHUB_TOKEN: '' }
    const run = await cli(['plan', '-C', repo.dir], env)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Plan only: nothing was written (the notes follow).')
    expect(run.stdout).not.toMatch(/written to|wrote/i)
    expect(existsSync(path.join(repo.dir, 'release-notes.md'))).toBe(false)
    const json = JSON.parse((await cli(['plan', '--json', '-C', repo.dir], env)).stdout)
    expect(json).toMatchObject({ released: 'true', release_notes: '' })
    // a dry run writes the notes file, and says where
    const dry = await cli(['apply', '--dry-run', '-C', repo.dir], env)
    expect(dry.stdout).toContain('Notes written to release-notes.md (not committed)')
    expect(existsSync(path.join(repo.dir, 'release-notes.md'))).toBe(true)
  })
})
