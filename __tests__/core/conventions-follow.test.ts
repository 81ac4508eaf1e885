import { analyzeCommit, type Change } from '../../src/core/commits/changes.js'
import { learnConventions } from '../../src/core/notes/conventions.js'
import { renderSections } from '../../src/core/notes/notes.js'
import { render } from '../helpers/markdown.js'

/**
 * Following the project's convention in the places the sections alone do not say (issue 19): the
 * breaking entries, the first releases of a tool, flat changelogs.
 */
const URL = 'https://github.com/o/r'

function sha(release: number, index: number): string {
  return (release * 16 + index).toString(16).padStart(7, '0').padEnd(40, 'e')
}

function changesOf(release: number, messages: readonly string[]): Change[] {
  return messages.flatMap(
    (message, index) => analyzeCommit({ sha: sha(release, index), parents: [], time: 0, author: '', message }).changes
  )
}

/** git-cliff's default layout for three releases: `*(scope)*`, no commit links. */
const CLIFF = ['0.3.0', '0.2.0', '0.1.0']
  .flatMap(version => [
    `## [${version}] - 2026-01-01`,
    '',
    '### 🚀 Features',
    '',
    `- *(cli)* Add thing ${version}`,
    '',
    '### 🐛 Bug Fixes',
    '',
    `- *(io)* Repair thing ${version}`,
    ''
  ])
  .join('\n')

describe('breaking entries follow the learned entry style', () => {
  it("a git-cliff changelog: the breaking entry's scope as `*(scope)*`, no commit link, like the others", () => {
    const learned = learnConventions(CLIFF)!
    expect(learned.style).toEqual({ scope: 'italic-paren', commitLinks: false })
    const notes = renderSections(
      changesOf(9, [
        'feat(api)!: drop the v1 endpoints\n\nBREAKING CHANGE: the v1 routes are gone',
        'fix(io): keep the mode'
      ]),
      URL,
      Infinity,
      '',
      learned.sections
    )
    const breaking = notes.split('\n').find(line => line.includes('BREAKING'))!
    expect(breaking).toBe('- ⚠️ **BREAKING:** *(api)* drop the v1 endpoints')
    expect(notes).toContain('- *(io)* keep the mode')
    expect(notes).not.toContain('/commit/')
    const seen = render(notes)
    expect(seen.items[0]).toContain('(api) drop the v1 endpoints')
    expect(seen.html).toContain('<em>(api)</em> drop the v1 endpoints</p>\n<p>the v1 routes are gone</p>\n</li>')
  })

  it('without a learned style a breaking entry keeps the default (scope `**scope:**`, commit linked)', () => {
    const notes = renderSections(changesOf(9, ['feat(api)!: drop the v1 endpoints']), URL)
    expect(notes).toContain(`- ⚠️ **BREAKING:** **api:** drop the v1 endpoints ([${sha(9, 0).slice(0, 7)}](`)
  })
})
