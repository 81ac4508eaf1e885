import { render } from '../helpers/markdown.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { runActionFromSource } from '../helpers/runner.js'

/**
 * Issue 19: a changelog whose every section one tool's default template wrote is evidence of that
 * tool's default sections from its first section on, and a release made by hand follows it too.
 */
describe('following the tool that wrote the changelog from its first section', () => {
  const made: TestRepo[] = []
  afterAll(() => made.forEach(repo => repo.cleanup()))

  /** A repository released once with the given changelog section for 1.0.1, then the given commits. */
  function repository(section: string, after: readonly string[]): TestRepo {
    const repo = TestRepo.create()
    made.push(repo)
    repo.commit('chore: initial', pythonProject('1.0.0'))
    repo.tag('v1.0.0')
    repo.commit('fix(io): close the handle')
    repo.commit(`chore(release): 1.0.1`, { 'CHANGELOG.md': `# Changelog\n\n${section}`, ...pythonProject('1.0.1') })
    repo.tag('v1.0.1')
    for (const message of after) repo.commit(message)
    repo.git('push', '-q', 'origin', 'main', '--tags')
    return repo
  }

  it("one python-semantic-release section: the next release lists its build changes under the tool's title", async () => {
    const sha = '0123abc'
    const repo = repository(
      [
        '## v1.0.1 (2026-01-02)',
        '',
        '### Bug Fixes',
        '',
        '- **io**: Close the handle',
        `  ([\`${sha}\`](https://github.com/o/r/commit/${sha.padEnd(40, '0')}))`,
        ''
      ].join('\n'),
      ['fix(io): flush before closing', 'build: ship arm64 wheels']
    )
    const run = await runActionFromSource(repo.dir, { push: 'true' })
    expect(run.code).toBe(0)
    const written = repo.read('CHANGELOG.md')
    const section = written.slice(0, written.indexOf('## v1.0.1'))
    expect(section).toContain('### Build System\n\n- ship arm64 wheels')
    expect(section).toContain('- **io**: flush before closing')
    expect(render(run.summary).items.join('\n')).toContain("python-semantic-release's default layout")
  })

  it('a release made by hand in a commitizen changelog lists neither maintenance nor plain messages', async () => {
    const repo = repository(
      ['## v1.0.1 (2026-01-02)', '', '### Fix', '', '- **io**: close the handle', ''].join('\n'),
      ['fix(io): flush before closing', 'chore: tidy the lock file', 'Update the README', 'Release 1.0.2']
    )
    const run = await runActionFromSource(repo.dir, { push: 'true' })
    expect(run.code).toBe(0)
    expect(repo.git('tag', '--list', 'v1.0.2').trim()).toBe('v1.0.2')
    const written = repo.read('CHANGELOG.md')
    const section = written.slice(0, written.indexOf('## v1.0.1'))
    expect(section).toContain('### Fix\n\n- **io**: flush before closing')
    expect(section).not.toContain('tidy the lock file')
    expect(section).not.toContain('Update the README')
  })
})
