import { render } from '../helpers/markdown.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { runActionFromSource } from '../helpers/runner.js'

/**
 * A repository whose changelog git-cliff wrote (emoji titles, CI among the miscellaneous tasks,
 * `- *(scope)* Text` without commit links): a release through the action follows its titles and its
 * entry style, in the release notes and in the new changelog section; the summary says so.
 */
describe("following the changelog's entry style", () => {
  const made: TestRepo[] = []
  afterAll(() => made.forEach(repo => repo.cleanup()))

  function cliffRepository(): TestRepo {
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
      repo.commit(`fix(io): close the handle ${name}`)
      repo.commit(`ci: cache the wheels ${name}`)
      repo.commit(`chore: tidy the imports ${name}`)
      changelog.unshift(
        [
          `## [${version}] - 2026-01-0${version.slice(-1)}`,
          '',
          '### 🐛 Bug Fixes',
          '',
          `- *(io)* Close the handle ${name}`,
          '',
          '### ⚙️ Miscellaneous Tasks',
          '',
          `- Cache the wheels ${name}`,
          `- Tidy the imports ${name}`,
          ''
        ].join('\n')
      )
      repo.commit(`chore(release): ${version}`, {
        'CHANGELOG.md': `# Changelog\n\n${changelog.join('\n')}`,
        ...pythonProject(version)
      })
      repo.tag(`v${version}`)
    }
    repo.commit('fix(io): flush before closing')
    repo.commit('ci(release): pin the runner image')
    repo.publish('main', '--tags')
    return repo
  }

  it('writes entries as the changelog does: `*(scope)*`, no commit links; CI under the miscellaneous tasks', async () => {
    const repo = cliffRepository()
    const run = await runActionFromSource(repo.dir, { push: 'true' })
    expect(run.code).toBe(0)
    const written = repo.read('CHANGELOG.md')
    const section = written.slice(0, written.indexOf('## [1.0.3]'))
    expect(section).toContain('### 🐛 Bug Fixes\n\n- *(io)* flush before closing')
    expect(section).toContain('### ⚙️ Miscellaneous Tasks\n\n- *(release)* pin the runner image')
    expect(section).not.toMatch(/\/commit\/[0-9a-f]{40}/)
    const seen = render(run.summary)
    expect(seen.items).toEqual(
      expect.arrayContaining([
        '⚙️ Miscellaneous Tasks: ci (3 sections), chore (3 sections), by matching commits',
        'entries written as in CHANGELOG.md: scope as *(scope)*, no commit links'
      ])
    )
  })

  it("a release commit is in no changelog: a release whose only chore is release-please's own does not hide chores", async () => {
    const repo = TestRepo.create()
    made.push(repo)
    repo.commit('chore: initial', pythonProject('1.0.0'))
    repo.tag('v1.0.0')
    const changelog: string[] = []
    for (const version of ['1.0.1', '1.0.2', '1.0.3', '1.0.4']) {
      const fix = repo.commit(`fix: repair ${version}`)
      const chore = version === '1.0.4' ? null : repo.commit(`chore: tidy ${version}`)
      const link = (sha: string) => `([\`${sha.slice(0, 7)}\`](https://github.com/acme/fastvlm/commit/${sha}))`
      changelog.unshift(
        [
          `## v${version} (2026-01-0${version.slice(-1)})`,
          '',
          '### Bug Fixes',
          '',
          `- Repair ${version} ${link(fix)}`,
          '',
          ...(chore ? ['### Chores', '', `- Tidy ${version} ${link(chore)}`, ''] : [])
        ].join('\n')
      )
      repo.commit(`chore(main): release ${version}`, {
        'CHANGELOG.md': `# CHANGELOG\n\n${changelog.join('\n')}`,
        ...pythonProject(version)
      })
      repo.tag(`v${version}`)
    }
    repo.commit('fix: repair more')
    repo.commit('chore: tidy more')
    repo.publish('main', '--tags')
    const run = await runActionFromSource(repo.dir, { dry_run: 'true' })
    expect(run.code).toBe(0)
    const seen = render(run.summary)
    expect(seen.headings.map(heading => heading.text)).toContain('Chores')
    expect(seen.items).toContainEqual(expect.stringMatching(/^tidy more/))
  })
})
