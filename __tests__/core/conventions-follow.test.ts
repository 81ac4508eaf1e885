import { analyzeCommit, type Change } from '../../src/core/commits/changes.js'
import { describeConventions, learnConventions, parseChangelog } from '../../src/core/notes/conventions.js'
import { renderChangelogSection, renderSections } from '../../src/core/notes/notes.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { planRelease } from '../../src/core/versioning/plan.js'
import { releaseTags } from '../../src/core/versioning/version.js'
import { commit, history } from '../helpers/commits.js'
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

/** The types each section of the notes holds. */
const typesOf = (sections: ReadonlyArray<{ title: string; types: string[] }>): Record<string, string[]> =>
  Object.fromEntries(sections.map(section => [section.title, section.types]))

/** One release section of python-semantic-release v9's default template (``[`abc1234`](…)`` links). */
const PSR_ONE = [
  '## v1.1.0 (2026-01-02)',
  '',
  '### Bug Fixes',
  '',
  '- **io**: Close the handle on error',
  `  ([\`${sha(1, 0).slice(0, 7)}\`](${URL}/commit/${sha(1, 0)}))`,
  '',
  '### Features',
  '',
  `- Add a flag ([\`${sha(1, 1).slice(0, 7)}\`](${URL}/commit/${sha(1, 1)}))`,
  ''
].join('\n')

describe("the first releases: a tool's default layout is evidence of its default sections", () => {
  it('one python-semantic-release section: its chores, build and CI changes are published, under its titles', () => {
    const learned = learnConventions(PSR_ONE)!
    expect(learned.tool?.name).toBe('python-semantic-release')
    // nothing learned by evidence from one section: the tool's defaults decide
    expect(learned.learned).toEqual([])
    const sections = typesOf(learned.sections)
    expect(sections['Chores']).toEqual(['chore', 'deps-dev'])
    expect(sections['Build System']).toEqual(['build'])
    expect(sections['Continuous Integration']).toEqual(['ci'])
    expect(sections['Testing']).toEqual(['test'])
    // it has no section for reverts
    expect(learned.tool?.hidden).toContain('revert')
    expect(learned.sections.flatMap(section => section.types)).not.toContain('revert')
    const notes = renderSections(
      changesOf(9, ['ci: run on the next interpreter', 'build: ship arm64 wheels', 'chore(deps): bump the lock file']),
      URL,
      Infinity,
      '',
      learned.sections
    )
    expect(render(notes).headings.map(heading => heading.text)).toEqual([
      'Chores',
      'Build System',
      'Continuous Integration'
    ])
    // the summary says what was followed and why
    const summary = describeConventions(learned, 'CHANGELOG.md').join('\n')
    expect(summary).toContain("every section read is python-semantic-release's default layout")
    expect(summary).toContain('`build` under Build System')
    expect(summary).toContain('leaving out `revert`')
  })

  it('the newest section beats the default: a kind it left out although its commits were there stays out', () => {
    const learned = learnConventions(PSR_ONE, version =>
      version === '1.1.0' ? changesOf(1, ['fix(io): close the handle on error', 'feat: add a flag', 'ci: tidy']) : null
    )!
    expect(learned.tool?.hidden).toContain('ci')
    expect(learned.sections.flatMap(section => section.types)).not.toContain('ci')
    expect(learned.sections.flatMap(section => section.types)).toContain('chore')
  })

  it("two git-cliff sections: every type but chore(deps), as its default cliff.toml; commitizen's: feat, fix, refactor, perf", () => {
    const cliff = CLIFF.slice(0, CLIFF.indexOf('## [0.1.0]'))
    const learned = learnConventions(cliff)!
    expect(learned.tool?.name).toBe('git-cliff')
    const types = learned.sections.flatMap(section => section.types)
    expect(types).toEqual(expect.arrayContaining(['chore', 'ci', 'build', 'test', 'style', 'revert', 'docs']))
    expect(types).not.toContain('deps-dev')
    expect(typesOf(learned.sections)['⚙️ Miscellaneous Tasks']).toEqual(['chore', 'ci', 'build'])

    const cz = [
      '## v0.2.0 (2026-01-02)',
      '',
      '### Feat',
      '',
      '- **cli**: add a flag',
      '',
      '### Fix',
      '',
      '- repair',
      ''
    ].join('\n')
    const followed = learnConventions(cz)!
    expect(followed.tool?.name).toBe('commitizen')
    expect(typesOf(followed.sections)).toEqual({ Fix: ['fix', 'deps'], Refactor: ['refactor'], Perf: ['perf'] })
    // nor does a release made by hand list what commitizen never lists: maintenance, plain messages
    expect(followed.handMade.flatMap(section => section.types).sort()).toEqual(['deps', 'fix', 'perf', 'refactor'])
  })

  it("release-please's and hand-written sections are no tool's default layout: one section still learns nothing", () => {
    const releasePlease = [
      `## [1.1.0](${URL}/compare/v1.0.0...v1.1.0) (2026-01-02)`,
      '',
      '### Features',
      '',
      `* **cli:** add a flag ([${sha(1, 1).slice(0, 7)}](${URL}/commit/${sha(1, 1)}))`,
      '',
      '### Bug Fixes',
      '',
      `* repair ([${sha(1, 0).slice(0, 7)}](${URL}/commit/${sha(1, 0)}))`,
      ''
    ].join('\n')
    expect(learnConventions(releasePlease)).toBeNull()
    // a title the tool does not write: edited by hand
    expect(learnConventions(PSR_ONE.replace('### Features', '### New stuff'))).toBeNull()
    expect(learnConventions(CLIFF.replace(/🐛 Bug Fixes/g, 'Bugs squashed'))?.tool ?? null).toBeNull()
  })

  it('a release made by hand follows the learned convention: what the changelog leaves out stays out', () => {
    const cz = ['0.3.0', '0.2.0']
      .flatMap(version => [`## v${version} (2026-01-02)`, '', '### Fix', '', `- **io**: repair ${version}`, ''])
      .join('\n')
    const conventions = learnConventions(cz)!
    const tags = releaseTags([{ name: 'v0.3.0', sha: '0'.repeat(40) }], 'v')
    const plan = (handMadeSections?: typeof conventions.handMade) =>
      planRelease({
        settings: parseSettings(() => undefined),
        commits: history(
          'fix(io): close the handle',
          'chore: tidy the lock file',
          'Update the README',
          commit('Release 0.3.1')
        ),
        previous: tags[0],
        allTags: tags,
        repoUrl: URL,
        packageName: null,
        date: '2026-01-03',
        sections: conventions.sections,
        handMadeSections
      })
    // without it, a release made by hand lists every change (what real hand-written changelogs do)
    expect(plan().notes).toContain('tidy the lock file')
    const followed = plan(conventions.handMade)
    expect(followed.version).toBe('0.3.1')
    expect(followed.notes).toContain('- **io**: close the handle')
    expect(followed.notes).not.toContain('tidy the lock file')
    expect(followed.notes).not.toContain('Update the README')
  })
})

/** A flat changelog: the entries right under each release heading, each with its commit's type. */
const FLAT = ['1.3.0', '1.2.0', '1.1.0']
  .flatMap((version, at) => [
    `## ${version}`,
    '',
    '01-13-2020 14:19 PST',
    '',
    `- fix(io): close the handle ${at} ([#${at + 10}](${URL}/pull/${at + 10}))`,
    `- chore: tidy the lock file ${at}`,
    `- build: ship arm64 wheels ${at}`,
    ''
  ])
  .join('\n')

describe('flat changelogs are learned from', () => {
  it('reads the entries under the release heading as one group without a title', () => {
    const [newest] = parseChangelog(FLAT)
    expect(newest.groups).toEqual([
      {
        title: '',
        entries: [
          `fix(io): close the handle 0 ([#10](${URL}/pull/10))`,
          'chore: tidy the lock file 0',
          'build: ship arm64 wheels 0'
        ]
      }
    ])
  })

  it('publishes the types they list (under the complete sections’ titles) and keeps the type on each entry', () => {
    const learned = learnConventions(FLAT)!
    expect(learned.style).toEqual({ scope: 'bold-colon', commitLinks: false, typePrefix: true })
    const types = learned.sections.flatMap(section => section.types)
    expect(types).toEqual(expect.arrayContaining(['fix', 'chore', 'build']))
    expect(learned.learned.every(section => section.title !== '')).toBe(true)
    const notes = renderSections(
      changesOf(9, ['fix(io): keep the mode', 'chore: bump the linter', 'feat(api)!: drop v1']),
      URL,
      Infinity,
      '',
      learned.sections
    )
    expect(notes).toContain('- fix(io): keep the mode\n')
    expect(notes).toContain('- chore: bump the linter')
    expect(notes).toContain('- ⚠️ **BREAKING:** feat(api)!: drop v1')
    expect(notes).not.toContain('/commit/')
    expect(render(notes).headings.every(heading => heading.text.length > 0)).toBe(true)
    expect(describeConventions(learned, 'CHANGELOG.md').join('\n')).toContain('with their type, as `type(scope): text`')
  })

  it('a kind whose commits were there and that the flat list left out stays out', () => {
    const learned = learnConventions(FLAT, version => {
      const at = ['1.3.0', '1.2.0', '1.1.0'].indexOf(version)
      return changesOf(at, [
        `fix(io): close the handle ${at}`,
        `chore: tidy the lock file ${at}`,
        `build: ship arm64 wheels ${at}`,
        `docs: explain ${at}`
      ])
    })!
    expect(learned.hidden).toContain('docs')
    expect(learned.sections.flatMap(section => section.types)).not.toContain('docs')
  })

  it('a hostile scope kept in the type prefix renders literally: no HTML, no ping, no emphasis', () => {
    const learned = learnConventions(FLAT)!
    const notes = renderSections(changesOf(9, ['fix(<b>@everyone</b>*x*): y']), URL, Infinity, '', learned.sections)
    const seen = render(notes)
    expect(seen.html).not.toContain('<b>')
    expect(seen.html).not.toContain('<em>')
    expect(seen.items[0]).toContain('@')
    expect(notes).not.toMatch(/(^|[^`\w])@everyone/)
  })
})

describe('bad input', () => {
  it('a flat section of 100,000 entries, a 1 MB entry, 100,000 sections of one tool: read once, in linear time', () => {
    const flat = [
      '## 2.0.0',
      `- fix: ${'a'.repeat(1_000_000)}`,
      `- ${'('.repeat(500_000)}`,
      ...Array.from({ length: 100_000 }, (_, index) => `- chore(x): thing ${index}`),
      '## 1.0.0',
      ...Array.from({ length: 3 }, (_, index) => `- chore: other ${index}`)
    ].join('\n')
    const parsed = parseChangelog(flat)
    expect(parsed[0].groups[0].entries).toHaveLength(100_002)
    expect(parsed[0].groups[0].entries[0].length).toBeLessThanOrEqual(1_000)
    expect(learnConventions(flat)?.style.typePrefix).toBe(true)
    const many = Array.from(
      { length: 100_000 },
      (_, index) => `## v1.0.${100_000 - index} (2026-01-01)\n### Fix\n- **io**: repair ${index}\n`
    ).join('\n')
    expect(learnConventions(many)?.tool?.name).toBe('commitizen')
  })
})

describe("no tool's layout is guessed from ours", () => {
  it('a changelog this action wrote (default sections and style) is no tool’s default layout', () => {
    const sections = ['1.0.2', '1.0.1']
      .map((version, at) =>
        renderChangelogSection({
          version,
          tag: `v${version}`,
          previousTag: `v1.0.${at}`,
          sections: renderSections(changesOf(at, ['fix(io): close the handle', 'fix: repair', 'perf: faster']), URL),
          repoUrl: URL,
          packageName: null,
          date: '2026-01-01'
        })
      )
      .join('\n')
    expect(learnConventions(sections)?.tool ?? null).toBeNull()
    expect(learnConventions(sections.slice(0, sections.indexOf('## [1.0.1]')))).toBeNull()
  })
})
