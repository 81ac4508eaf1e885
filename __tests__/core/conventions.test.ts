import { analyzeCommit, type Change } from '../../src/core/commits/changes.js'
import { DEFAULT_SECTIONS } from '../../src/core/commits/type-table.js'
import {
  describeConventions,
  EVIDENCE_SECTIONS,
  EVIDENCE_TO_PUBLISH,
  learnConventions,
  parseChangelog
} from '../../src/core/notes/conventions.js'
import { render } from '../helpers/markdown.js'

function changes(...messages: string[]): Change[] {
  return messages.flatMap(
    (message, index) =>
      analyzeCommit({ sha: `${index}`.padStart(40, 'a'), parents: [], time: 0, author: '', message }).changes
  )
}

/** git-cliff's default layout: titles only, entries without types or commit links. */
const CLIFF = ['0.3.0', '0.2.0', '0.1.1']
  .map(version =>
    [
      `## [${version}] - 2026-01-01`,
      '',
      '### 🚀 Features',
      '',
      `- Add thing ${version}`,
      '',
      '### 🐛 Bug Fixes',
      '',
      `- Repair thing ${version}`,
      '',
      '### ⚙️ Miscellaneous Tasks',
      '',
      `- Update tooling ${version}`,
      '',
      '### 🧪 Testing',
      '',
      `- Cover thing ${version}`,
      ''
    ].join('\n')
  )
  .join('\n')

describe('learning the notes convention from the changelog', () => {
  it('parses release sections with their titled groups', () => {
    expect(parseChangelog(CLIFF).map(release => release.version)).toEqual(['0.3.0', '0.2.0', '0.1.1'])
    expect(parseChangelog(CLIFF)[0].groups.map(group => group.title)).toEqual([
      '🚀 Features',
      '🐛 Bug Fixes',
      '⚙️ Miscellaneous Tasks',
      '🧪 Testing'
    ])
  })

  it("follows git-cliff's titles by their words when nothing else says (every kind listed)", () => {
    const learned = learnConventions(CLIFF)!
    expect(learned.learned).toEqual([
      { title: '🐛 Bug Fixes', types: ['fix'], evidence: { fix: 3 }, by: 'title' },
      { title: '⚙️ Miscellaneous Tasks', types: ['chore'], evidence: { chore: 3 }, by: 'title' },
      { title: '🧪 Testing', types: ['test'], evidence: { test: 3 }, by: 'title' }
    ])
    // the kinds the changelog never showed keep the default sections
    expect(learned.sections.slice(0, 3).map(section => section.title)).toEqual([
      '🐛 Bug Fixes',
      '⚙️ Miscellaneous Tasks',
      '🧪 Testing'
    ])
    expect(learned.sections.map(section => section.types).flat()).toEqual(
      expect.arrayContaining(['fix', 'chore', 'test', 'perf', 'docs', 'revert', 'deps'])
    )
  })

  it(`needs ${EVIDENCE_SECTIONS} sections to retitle a shown kind and ${EVIDENCE_TO_PUBLISH} to publish a hidden one`, () => {
    // a title of its own: not git-cliff's default layout (whose defaults are evidence: conventions-follow.test.ts)
    const edited = CLIFF.replace(/⚙️ Miscellaneous Tasks/g, 'Maintenance')
    const two = edited.slice(0, edited.indexOf('## [0.1.1]'))
    const learned = learnConventions(two)!
    expect(learned.tool).toBeNull()
    expect(learned.learned.map(section => section.title)).toEqual(['🐛 Bug Fixes'])
    expect(learned.sections.map(section => section.types).flat()).not.toContain('chore')
    // one section: nothing is learned, the defaults apply
    expect(learnConventions(edited.slice(0, edited.indexOf('## [0.2.0]')))).toBeNull()
    expect(learnConventions(null)).toBeNull()
    expect(learnConventions('# Changelog\n')).toBeNull()
  })

  it("matches entries to the release's commits: types under the project's titles, kinds it leaves out hidden", () => {
    // release-please's layout: no types in the entries, a docs commit in each release never listed
    const text = ['1.2.0', '1.1.0', '1.0.1']
      .map(version =>
        [
          `## [${version}](https://x/compare) (2026-01-01)`,
          '',
          '### Bug Fixes',
          '',
          `* **io:** close file ${version}`,
          ''
        ].join('\n')
      )
      .join('\n')
    const learned = learnConventions(text, version =>
      changes(`fix(io): close file ${version}`, `docs: explain ${version}`, `perf: faster ${version}`)
    )!
    expect(learned.learned).toEqual([{ title: 'Bug Fixes', types: ['fix'], evidence: { fix: 3 }, by: 'commits' }])
    expect(learned.hidden).toEqual(['docs', 'perf'])
    expect(learned.sections.map(section => section.types).flat()).not.toContain('docs')
    expect(learned.style).toEqual({ scope: 'bold-colon', commitLinks: false })
  })

  it('reads only the sections written the way the newest one is (a new tool starts a new era)', () => {
    const old = ['0.9.0', '0.8.0', '0.7.0']
      .map(version => `## ${version}\n\n### Internal\n\n- chore: tidy ${version}\n- build: pack ${version}\n`)
      .join('\n')
    const current = ['1.1.0', '1.0.0']
      .map(version => `## ${version}\n\n### Bug Fixes\n\n* repair ([abcdef1](https://x/commit/abcdef1))\n`)
      .join('\n')
    const learned = learnConventions(`${current}\n${old}`)!
    expect(learned.from).toEqual(['1.1.0', '1.0.0'])
    expect(learned.sections.map(section => section.types).flat()).not.toContain('chore')
  })

  it('a title is text from the repository: it cannot ping, inject HTML or run a workflow command', () => {
    const text = ['1.1.0', '1.0.0']
      .map(version => `## ${version}\n\n### Fixes <img src=x onerror=alert(1)> @org/team\n\n- fix: a ${version}\n`)
      .join('\n')
    const learned = learnConventions(text)!
    const seen = render(`### ${learned.learned[0].title}\n\n${describeConventions(learned, 'CHANGELOG.md').join('\n')}`)
    expect(seen.html).not.toContain('<img')
    // the mention is shown as code, which does not ping
    expect(seen.html.replace(/<code>[^<]*<\/code>/g, '')).not.toContain('@org')
    expect(seen.code).toContain('@org/team')
    expect(seen.html).not.toMatch(/^::/m)
  })

  it('the default sections are what a repository without a changelog gets', () => {
    expect(learnConventions('')).toBeNull()
    expect(DEFAULT_SECTIONS.map(section => section.types).flat()).not.toContain('chore')
  })
})
