import { analyzeCommit, type Change } from '../../src/core/commits/changes.js'
import { entryStyleOf, entryWords, parseChangelog, titleKey } from '../../src/core/notes/changelog-format.js'
import { learnConventions } from '../../src/core/notes/conventions.js'
import { renderSections } from '../../src/core/notes/notes.js'
import { render } from '../helpers/markdown.js'

/**
 * The changelog formats real tools write, in their shapes (our own text): the convention learned
 * from three releases of each maps every title to the commit types the tool put there.
 */
const URL = 'https://github.com/o/r'

/** A distinct sha per release and commit (their 7-character prefixes differ). */
function sha(release: number, index: number): string {
  return (release * 16 + index).toString(16).padStart(7, '0').padEnd(40, 'e')
}

interface Release {
  version: string
  /** The commit messages of the release, in order. */
  commits: string[]
}

function changesOf(release: number, messages: readonly string[]): Change[] {
  return messages.flatMap(
    (message, index) => analyzeCommit({ sha: sha(release, index), parents: [], time: 0, author: '', message }).changes
  )
}

/** Learns from the releases' changelog text, with each release's commits known (as the action reads them between tags). */
function learn(text: string, releases: readonly Release[]) {
  return learnConventions(text, version => {
    const at = releases.findIndex(release => release.version === version)
    return at === -1 ? null : changesOf(at, releases[at].commits)
  })
}

/** Which types each learned title holds. */
function homes(learned: ReturnType<typeof learn>): Record<string, string[]> {
  return Object.fromEntries((learned?.learned ?? []).map(section => [section.title, section.types]))
}

const RELEASES: Release[] = ['1.3.0', '1.2.0', '1.1.0'].map((version, at) => ({
  version,
  commits: [
    `fix(io): close the handle on error ${at}`,
    `chore: bump the lock file ${at}`,
    `build: ship wheels for arm64 ${at}`,
    `ci: run the suite on the next interpreter ${at}`,
    `refactor(parser): split the tokenizer ${at}`,
    `test: cover the empty file ${at}`,
    `docs: explain the retry option ${at}`
  ]
}))

describe('the changelog formats real tools write', () => {
  it('python-semantic-release v9/v10: chores, build and CI published, entries wrapped onto their links', () => {
    const text = [
      '# CHANGELOG',
      '',
      '<!-- version list -->',
      '',
      ...RELEASES.flatMap((release, at) => [
        `## v${release.version} (2025-0${3 - at}-01)`,
        '',
        '### Bug Fixes',
        '',
        `- **io**: Close the handle on error ${at}`,
        `  ([#4${at}](${URL}/pull/4${at}),`,
        `  [\`${sha(at, 0).slice(0, 7)}\`](${URL}/commit/${sha(at, 0)}))`,
        '',
        'The body of the commit, as the template copies it.',
        '',
        '### Build System',
        '',
        `- Ship wheels for arm64 ${at}`,
        `  ([\`${sha(at, 2).slice(0, 7)}\`](${URL}/commit/${sha(at, 2)}))`,
        '',
        '### Chores',
        '',
        `- Bump the lock file ${at}`,
        `  ([\`${sha(at, 1).slice(0, 7)}\`](${URL}/commit/${sha(at, 1)}))`,
        '',
        '### Continuous Integration',
        '',
        `- Run the suite on the next interpreter ${at}`,
        `  ([\`${sha(at, 3).slice(0, 7)}\`](${URL}/commit/${sha(at, 3)}))`,
        '',
        '### Refactoring',
        '',
        `- **parser**: Split the tokenizer ${at} ([\`${sha(at, 4).slice(0, 7)}\`](${URL}/commit/${sha(at, 4)}))`,
        '',
        '### Testing',
        '',
        `- Cover the empty file ${at} ([\`${sha(at, 5).slice(0, 7)}\`](${URL}/commit/${sha(at, 5)}))`,
        '',
        '### Documentation',
        '',
        `- Explain the retry option ${at} ([\`${sha(at, 6).slice(0, 7)}\`](${URL}/commit/${sha(at, 6)}))`,
        ''
      ])
    ].join('\n')
    const parsed = parseChangelog(text)
    // the wrapped line is part of its entry: the commit it links is found
    expect(parsed[0].groups[0].entries[0]).toContain(sha(0, 0).slice(0, 7))
    expect(parsed[0].groups[0].entries).toHaveLength(1)
    const learned = learn(text, RELEASES)!
    expect(homes(learned)).toEqual({
      'Bug Fixes': ['fix'],
      'Build System': ['build'],
      Chores: ['chore'],
      'Continuous Integration': ['ci'],
      Refactoring: ['refactor'],
      Testing: ['test'],
      Documentation: ['docs']
    })
    expect(learned.learned.every(section => section.by === 'commits')).toBe(true)
    expect(learned.style).toEqual({ scope: 'bold', commitLinks: true })
    // and the notes write a scope as the changelog does
    const notes = renderSections(changesOf(9, ['fix(io): keep the mode']), URL, Infinity, '', learned.sections)
    expect(notes).toContain('### Bug Fixes\n\n- **io**: keep the mode ([')
  })

  it('python-semantic-release v7/v8: the type names as titles, entries with the whole header', () => {
    const text = RELEASES.flatMap((release, at) => [
      `## v${release.version} (2022-01-0${at + 1})`,
      '### Fix',
      `* fix(io): close the handle on error ${at} ([\`${sha(at, 0).slice(0, 7)}\`](${URL}/commit/${sha(at, 0)}))`,
      '### Chore',
      `* chore: bump the lock file ${at} ([\`${sha(at, 1).slice(0, 7)}\`](${URL}/commit/${sha(at, 1)}))`,
      '### Documentation',
      `* docs: explain the retry option ${at} ([\`${sha(at, 6).slice(0, 7)}\`](${URL}/commit/${sha(at, 6)}))`,
      ''
    ]).join('\n')
    const learned = learn(text, RELEASES)!
    expect(homes(learned)).toEqual({ Fix: ['fix'], Chore: ['chore'], Documentation: ['docs'] })
    // build, CI, refactors and tests were there and never listed
    expect(learned.hidden.sort()).toEqual(['build', 'ci', 'refactor', 'test'])
  })

  it("git-cliff's defaults: emoji titles, CI among the miscellaneous tasks, `*(scope)*` and no commit links", () => {
    const text = RELEASES.flatMap((release, at) => [
      `## [${release.version}] - 2026-0${3 - at}-01`,
      '',
      '### 🐛 Bug Fixes',
      '',
      `- *(io)* Close the handle on error ${at}`,
      '',
      '### 🚜 Refactor',
      '',
      `- *(parser)* Split the tokenizer ${at}`,
      '',
      '### 📚 Documentation',
      '',
      `- Explain the retry option ${at}`,
      '',
      '### 🧪 Testing',
      '',
      `- Cover the empty file ${at}`,
      '',
      '### ⚙️ Miscellaneous Tasks',
      '',
      `- Bump the lock file ${at}`,
      `- Ship wheels for arm64 ${at}`,
      `- Run the suite on the next interpreter ${at}`,
      ''
    ]).join('\n')
    const learned = learn(text, RELEASES)!
    expect(homes(learned)).toEqual({
      '🐛 Bug Fixes': ['fix'],
      '🚜 Refactor': ['refactor'],
      '📚 Documentation': ['docs'],
      '🧪 Testing': ['test'],
      '⚙️ Miscellaneous Tasks': ['chore', 'build', 'ci']
    })
    expect(learned.style).toEqual({ scope: 'italic-paren', commitLinks: false })
    const notes = renderSections(
      changesOf(9, ['ci(release): pin the runner image', 'feat(cli): add a flag']),
      URL,
      Infinity,
      '',
      learned.sections
    )
    expect(notes).toContain('### ⚙️ Miscellaneous Tasks\n\n- *(release)* pin the runner image')
    expect(notes).toContain('- *(cli)* add a flag')
    expect(notes).not.toContain('/commit/')
    // a reader sees the scope in parentheses, emphasised
    expect(render(notes).html).toContain('<em>(release)</em> pin the runner image')
  })

  it('commitizen: `### Feat`, `### Fix`, `### Refactor` with `- **scope**: text`', () => {
    const text = RELEASES.flatMap((release, at) => [
      `## v${release.version} (2026-01-0${at + 1})`,
      '',
      '### Feat',
      '',
      `- **cli**: add a flag ${at}`,
      '',
      '### Fix',
      '',
      `- **io**: close the handle on error ${at}`,
      '',
      '### Refactor',
      '',
      `- **parser**: split the tokenizer ${at}`,
      ''
    ]).join('\n')
    const releases = RELEASES.map(release => ({ ...release, commits: [...release.commits, 'feat(cli): add a flag'] }))
    const learned = learn(text, releases)!
    expect(homes(learned)).toEqual({ Fix: ['fix'], Refactor: ['refactor'] })
    expect(learned.hidden.sort()).toEqual(['build', 'chore', 'ci', 'docs', 'test'])
    expect(learned.style.scope).toBe('bold')
  })

  it('keep-a-changelog: Unreleased skipped, `Changed` mapped by matching its entries to the commits', () => {
    const text = [
      '# Changelog',
      '',
      'The format is based on Keep a Changelog.',
      '',
      '## [Unreleased]',
      '',
      '### Added',
      '- Something not released yet',
      '',
      ...RELEASES.flatMap((release, at) => [
        `## [${release.version}] - 2026-01-0${at + 1}`,
        '### Changed',
        `- Split the tokenizer ${at} (#5${at})`,
        '### Fixed',
        `- Close the handle on error ${at}`,
        ''
      ]),
      '[1.3.0]: https://github.com/o/r/compare/v1.2.0...v1.3.0'
    ].join('\n')
    const parsed = parseChangelog(text)
    expect(parsed.map(release => release.version)).toEqual(['1.3.0', '1.2.0', '1.1.0'])
    const learned = learn(text, RELEASES)!
    expect(homes(learned)).toEqual({ Changed: ['refactor'], Fixed: ['fix'] })
    // without the commits, `Changed` says nothing and `Fixed` is read by its word
    expect(homes(learnConventions(text))).toEqual({ Fixed: ['fix'] })
  })

  it("standard-version: a patch's `###` heading is a release, its `### Bug Fixes` a group", () => {
    const text = [
      '### [1.0.2](https://x/compare/v1.0.1...v1.0.2) (2026-01-03)',
      '',
      '### Bug Fixes',
      '',
      '* **io:** close the handle ([abcdef1](https://x/commit/abcdef1))',
      '',
      '## [1.0.0](https://x/compare/v0.9.0...v1.0.0) (2026-01-01)',
      '',
      '### Features',
      '',
      '* add a flag ([abcdef2](https://x/commit/abcdef2))',
      ''
    ].join('\n')
    expect(parseChangelog(text)).toEqual([
      {
        version: '1.0.2',
        groups: [{ title: 'Bug Fixes', entries: ['**io:** close the handle ([abcdef1](https://x/commit/abcdef1))'] }]
      },
      {
        version: '1.0.0',
        groups: [{ title: 'Features', entries: ['add a flag ([abcdef2](https://x/commit/abcdef2))'] }]
      }
    ])
  })

  it('maps the titles the tools write to commit types', () => {
    const titles: Record<string, string | null> = {
      'Miscellaneous Chores': 'chore',
      '⚙️ Miscellaneous Tasks': 'chore',
      '🧹 Chores': 'chore',
      Chore: 'chore',
      'Build System': 'build',
      '📦 Build': 'build',
      'Continuous Integration': 'ci',
      CI: 'ci',
      '🎨 Styling': 'style',
      'Code Style': 'style',
      '🧪 Testing': 'test',
      Tests: 'test',
      Feat: 'feat',
      Feature: 'feat',
      '✨ Features': 'feat',
      Added: 'feat',
      Fixed: 'fix',
      '🪲 Bug Fixes': 'fix',
      Perf: 'perf',
      '⚡ Performance': 'perf',
      '◀️ Revert': 'revert',
      '📚 Documentation': 'docs',
      '🚜 Refactor': 'refactor',
      Refactoring: 'refactor',
      '⚠ BREAKING CHANGES': 'breaking',
      Changed: null,
      Security: null,
      Removed: null
    }
    expect(Object.fromEntries(Object.keys(titles).map(title => [title, titleKey(title)]))).toEqual(titles)
  })

  it("reads an entry's words whatever the tool's scope and references", () => {
    expect(entryWords('**io:** close it ([#12](https://x/12)) ([abcdef1](https://x/c/abcdef1))')).toBe('close it')
    expect(entryWords('**io**: Close it ([#12](https://x/12), [`abcdef1`](https://x/c/abcdef1))')).toBe('Close it')
    expect(entryWords('*(io)* Close it')).toBe('Close it')
    expect(entryWords('[**breaking**] *(io)* Close it')).toBe('Close it')
    expect(entryWords('fix(io): close it (#12, abcdef1)')).toBe('close it')
    expect(entryWords('close it, closes #7')).toBe('close it')
    // runs of references or spaces (an entry is at most 1,000 characters): no catastrophic backtracking
    expect(entryWords(`x ${'(#1 '.repeat(250)}`)).toContain('(#1')
    expect(entryWords(`x (${' '.repeat(990)}`)).toBe('x (')
  })

  it('a style needs entries that show it: none with a scope keeps release-please’s', () => {
    expect(entryStyleOf(['add a flag ([abcdef1](https://x/commit/abcdef1))'])).toEqual({
      scope: 'bold-colon',
      commitLinks: true
    })
    expect(entryStyleOf(['Add a flag', '*(cli)* Add another'])).toEqual({ scope: 'italic-paren', commitLinks: false })
  })

  it('a catch-all title publishes only the kinds it names (a tool that listed every commit, then changed)', () => {
    // synthtool's "Internal / Testing Changes": every chore, build and test commit, with its header
    const text = RELEASES.flatMap((release, at) => [
      `## ${release.version}`,
      '',
      '### Bug Fixes',
      `- fix(io): close the handle on error ${at} (#1${at})`,
      '',
      '### Internal / Testing Changes',
      `- chore: bump the lock file ${at} (#2${at})`,
      `- build: ship wheels for arm64 ${at}`,
      `- test: cover the empty file ${at}`,
      ''
    ]).join('\n')
    const learned = learn(text, RELEASES)!
    expect(homes(learned)).toEqual({ 'Bug Fixes': ['fix'], 'Internal / Testing Changes': ['test'] })
    expect(learned.sections.flatMap(section => section.types)).not.toContain('build')
    expect(learned.sections.flatMap(section => section.types)).not.toContain('chore')
  })

  it("a kind's home is the group holding most of its entries, not the first one naming it", () => {
    const releases = RELEASES.map((release, at) => ({
      ...release,
      commits: [`fix(build): repair the key decryption ${at}`, `fix: a ${at}`, `fix: b ${at}`]
    }))
    const text = releases
      .flatMap((release, at) => [
        `## ${release.version}`,
        '',
        '### Internal',
        `- fix(build): repair the key decryption ${at}`,
        '',
        '### Fixes',
        `- fix: a ${at}`,
        `- fix: b ${at}`,
        ''
      ])
      .join('\n')
    expect(homes(learn(text, releases))).toEqual({ Fixes: ['fix'] })
  })

  it('a section of reworded entries does not say that a kind was left out', () => {
    // keep-a-changelog written by hand: the refactors are there, in words no commit has
    const text = RELEASES.flatMap((release, at) => [
      `## [${release.version}] - 2026-01-0${at + 1}`,
      '### Changed',
      `- The tokenizer is now two modules, faster on big files ${at}`,
      `- Wheels for more platforms ${at}`,
      '### Fixed',
      `- Close the handle on error ${at}`,
      ''
    ]).join('\n')
    const learned = learn(text, RELEASES)
    expect(learned?.hidden ?? []).toEqual([])
    // the defaults keep listing refactors and documentation
    expect((learned?.sections ?? []).flatMap(section => section.types)).toEqual(
      expect.arrayContaining(['refactor', 'docs'])
    )
  })

  it('bad input: a 1 MB line, a long hex run, 100,000 entries: read in linear time, nothing learned from noise', () => {
    const huge = [
      '## 1.0.1',
      `### ${'a '.repeat(500_000)}b`,
      `- (${'a'.repeat(100_000)}x`,
      `- x (${'abcdef1 '.repeat(50_000)}`,
      `- ${'**'.repeat(100_000)}`,
      '## 1.0.0',
      '### Bug Fixes',
      ...Array.from({ length: 100_000 }, (_, index) => `- fix: thing ${index} (#${index})`)
    ].join('\n')
    const parsed = parseChangelog(huge)
    expect(parsed.map(release => release.version)).toEqual(['1.0.1', '1.0.0'])
    expect(parsed[0].groups[0].title.length).toBeLessThanOrEqual(80)
    expect(parsed[1].groups[0].entries).toHaveLength(100_000)
    expect(entryWords(`x (${'a'.repeat(990)}`)).toContain('x (')
    // the noisy section is not written like the one below it: one section of an era teaches nothing
    expect(learnConventions(huge)).toBeNull()
  })

  it('a hostile scope in each learned style renders literally: no HTML, no ping, no emphasis broken out', () => {
    const hostile = changesOf(9, ['fix(a)* **x <img src=x onerror=alert(1)> @org/team _b_): repair ::error::x'])
    for (const scope of ['bold-colon', 'bold', 'italic-paren'] as const) {
      const sections = [{ title: 'Fixes', types: ['fix'], style: { scope, commitLinks: false } }]
      const seen = render(renderSections(hostile, URL, Infinity, '', sections))
      expect(seen.html).not.toContain('<img')
      expect(seen.html.replace(/<code>[^<]*<\/code>/g, '')).not.toMatch(/@org/)
      expect(seen.html).not.toMatch(/^::/m)
      expect(seen.items[0]).toContain('repair')
    }
  })
})
