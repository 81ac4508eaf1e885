import { render } from '../helpers/markdown.js'
import { rendered } from '../helpers/markdown-text.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { runActionFromSource } from '../helpers/runner.js'

/**
 * Issue 19, adversarial review: a changelog's headings and entries are a stranger's text. Whatever
 * they hold, the release is the one the commits decide, and the summary shows the text literally.
 */
describe('a hostile or unlucky changelog through a release', () => {
  const made: TestRepo[] = []
  afterAll(() => made.forEach(repo => repo.cleanup()))

  /** A repository released as 1.0.0 and 1.0.1 with the given changelog, then the given commits. */
  function repository(changelog: string, after: readonly string[]): TestRepo {
    const repo = TestRepo.create()
    made.push(repo)
    repo.commit('chore: initial', pythonProject('1.0.0'))
    repo.tag('v1.0.0')
    repo.commit('fix(io): close the handle')
    repo.commit('chore(release): 1.0.1', { 'CHANGELOG.md': changelog, ...pythonProject('1.0.1') })
    repo.tag('v1.0.1')
    for (const message of after) repo.commit(message)
    repo.git('push', '-q', 'origin', 'main', '--tags')
    return repo
  }

  it.each([
    ['a Python post-release', '## 1.0.1.post1 (2026-01-02)'],
    ['a colon after the version', '## v1.0.1: the hotfix'],
    ['a hostile version', '## v1.0.1@octocat<script>alert(1)</script>`::error::pwned (2026-01-02)']
  ])(
    'a section headed with %s: released as the commits decide, the heading shown literally',
    async (_name, heading) => {
      const repo = repository(
        ['# Changelog', '', heading, '', '### Fix', '', '- **io**: close the handle', ''].join('\n'),
        ['fix(io): flush before closing']
      )
      const run = await runActionFromSource(repo.dir, { push: 'true' })
      expect(run.code).toBe(0)
      expect(repo.git('tag', '--list', 'v1.0.2').trim()).toBe('v1.0.2')
      expect(run.stdout).not.toMatch(/^::error::pwned/m)
      expect(rendered(run.summary).made).not.toContain('html_inline')
      expect(render(run.summary).html).not.toContain('<script>')
      expect(run.summary).not.toMatch(/(^|[^\w`])@octocat/)
    }
  )

  it('one hand-written `### Fix` section is no commitizen changelog: a release made by hand lists every change', async () => {
    const repo = repository(
      ['# Changelog', '', '## 1.0.1', '', '### Fix', '', '- Fixed the crash when saving', ''].join('\r\n'),
      ['fix(io): flush before closing', 'chore: tidy the lock file', 'Update the README', 'Release 1.0.2']
    )
    const run = await runActionFromSource(repo.dir, { push: 'true' })
    expect(run.code).toBe(0)
    expect(repo.git('tag', '--list', 'v1.0.2').trim()).toBe('v1.0.2')
    const written = repo.read('CHANGELOG.md')
    const section = written.slice(0, written.indexOf('## 1.0.1'))
    expect(section).toContain('flush before closing')
    expect(section).toContain('tidy the lock file')
    expect(section).toContain('Update the README')
    expect(run.summary).not.toContain("commitizen's default layout")
  })
})
