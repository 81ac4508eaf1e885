import { decideBump } from '../../src/core/versioning/bump.js'
import {
  parseNotesSections,
  prependChangelog,
  RELEASE_BODY_LIMIT,
  renderChangelogSection,
  renderReleaseNotes,
  renderSections,
  type NotesInput
} from '../../src/core/notes/notes.js'
import { sanitizeBlock, sanitizeCell, sanitizeInline } from '../../src/core/text/sanitize.js'
import { commit, history } from '../helpers/commits.js'

const REPO = 'https://github.com/acme/fastvlm'

function notesFor(messages: string[], overrides: Partial<NotesInput> = {}): string {
  const { changes } = decideBump(history(...messages), { bump: 'auto', bumpMinorPreMajor: false, currentMajor: 1 })
  return renderReleaseNotes({
    version: '1.3.0',
    tag: 'v1.3.0',
    previousTag: 'v1.2.0',
    sections: renderSections(changes, REPO),
    repoUrl: REPO,
    packageName: 'fast-vlm-ondevice',
    date: '2026-11-25',
    ...overrides
  })
}

describe('release notes of hostile lengths', () => {
  // each would take minutes with a backtracking pattern on the white space (100,000 spaces: 20 s)
  it('a subject of 300,000 spaces renders in linear time, and the same fix twice is still one entry', () => {
    const long = `fix: a${' '.repeat(300_000)}b`
    const notes = notesFor([long, long, 'fix: c (#12)', 'fix: c'])
    expect(notes.match(/^- .*a {2,}/gm)).toHaveLength(1)
    expect(notes.match(/^- .*\bc\b/gm)).toHaveLength(1)
  }, 10_000)
})

describe('release notes', () => {
  it('follows the reference template: title, highlights, sections, compare link and install line on lines of their own', () => {
    const notes = notesFor([
      'fix(core): crash on empty image (#41)',
      'feat(swift): add streaming API',
      'docs: explain quantization',
      'perf: 2x faster decode',
      'refactor: split loader',
      'test: cover loader',
      'ci: cache pip',
      'style: format',
      'chore: bump deps',
      'build: wheel tags',
      'Plain message'
    ])
    expect(notes.startsWith("## What's Changed in v1.3.0\n\n### ✨ Highlights\n")).toBe(true)
    const order = [
      '### ✨ Highlights',
      '### 📊 Performance Improvements',
      '### 🔧 Technical Changes',
      '### 🐛 Bug Fixes',
      '### 📚 Documentation Updates'
    ]
    const positions = order.map(title => notes.indexOf(title))
    expect(positions.every(p => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(notes).toContain(`- **core:** crash on empty image ([#41](${REPO}/issues/41)) ([`)
    // chores, tests, CI, style, build and plain messages are not release notes by default
    for (const hidden of [
      'cover loader',
      'cache pip',
      'format',
      'bump deps',
      'wheel tags',
      'Plain message',
      'New Features'
    ])
      expect(notes).not.toContain(hidden)
    expect(notes).toContain(
      `\n\n**Full Changelog**: ${REPO}/compare/v1.2.0...v1.3.0\n\n**Installation**: \`pip install fast-vlm-ondevice==1.3.0\`\n`
    )
    expect(notes).not.toContain('### ⏪ Reverts') // empty sections are left out
  })

  it('lists each change once: features and breaking changes only in the highlights, the same change twice as one entry', () => {
    const notes = notesFor([
      'feat: shiny',
      'fix!: strict parsing',
      'fix(io): retry reads (#7)',
      'fix(io): retry reads (#8)',
      'chore(release): v0.9.9'
    ])
    expect(notes.match(/shiny/g)).toHaveLength(1)
    expect(notes.match(/strict parsing/g)).toHaveLength(1)
    expect(notes.match(/retry reads/g)).toHaveLength(1)
    expect(notes).toMatch(
      /- \*\*io:\*\* retry reads \(\[#8\]\([^)]*\)\) \(\[[0-9a-f]{7}\]\([^)]*\), \[[0-9a-f]{7}\]\([^)]*\)\)/
    )
    expect(notes).not.toContain('v0.9.9')
  })

  it('gives reverts and dependency updates sections of their own, many updates folded', () => {
    const deps = Array.from({ length: 7 }, (_, i) => `fix(deps): update dependency lib${i} to v${i + 2}`)
    const notes = notesFor([
      'fix: real fix',
      'Revert "feat: shiny"\n\nThis reverts commit 9999999999999999999999999999999999999999.',
      'chore(deps): update dev tool',
      ...deps
    ])
    const section = notes.slice(notes.indexOf('### 📦 Dependencies'))
    expect(section).toContain('<details><summary>7 dependency updates</summary>')
    expect(section).toContain('update dependency lib6 to v8')
    expect(notes).toContain('### ⏪ Reverts')
    expect(notes).not.toContain('dev tool')
    expect(notes.slice(notes.indexOf('### 🐛 Bug Fixes'), notes.indexOf('### ⏪'))).not.toContain('lib0')
  })

  it('keeps a feat and a fix of the same text apart, and links #N only outside code', () => {
    const notes = notesFor(['feat: x', 'fix: x', 'fix: see `#12` and &#64;y and #13'])
    expect(notes.match(/- x \(/g)).toHaveLength(2)
    expect(notes).toContain('`#12`')
    expect(notes).toContain(`[#13](${REPO}/issues/13)`)
    expect(notes).not.toContain('[#64]')
  })

  it("puts dependency bots' development updates in deps-dev, hidden unless configured", () => {
    const { changes } = decideBump(
      history('build(deps): bump lodash from 4.17.20 to 4.17.21', 'chore(deps): update dependency jest to v30'),
      {
        bump: 'auto',
        bumpMinorPreMajor: false,
        currentMajor: 1
      }
    )
    expect(renderSections(changes, REPO)).toBe('')
    const text = renderSections(changes, REPO, Infinity, '', parseNotesSections('deps-dev: Development dependencies'))
    expect(text).toContain('bump lodash from 4.17.20 to 4.17.21')
    expect(text).toContain('update dependency jest to v30')
  })

  it('takes the sections from notes_sections', () => {
    const sections = parseNotesSections('fix: Fixed\nchore, build: Maintenance\nother: Other')
    expect(sections).toEqual([
      { title: 'Fixed', types: ['fix'] },
      { title: 'Maintenance', types: ['chore', 'build'] },
      { title: 'Other', types: ['other'] }
    ])
    const { changes } = decideBump(history('fix: a', 'build: b', 'docs: c', 'Plain d'), {
      bump: 'auto',
      bumpMinorPreMajor: false,
      currentMajor: 1
    })
    const text = renderSections(changes, REPO, Infinity, '', sections)
    expect(text).toMatch(/### Fixed\n\n- a .*\n\n### Maintenance\n\n- b .*\n\n### Other\n\n- Plain d /)
    expect(text).not.toContain('- c ')
    expect(() => parseNotesSections('Bug Fixes')).toThrow(/notes_sections: "Bug Fixes" is not "type\[,type…\]: Title"/)
  })

  it('puts breaking changes with their migration text first in the highlights, then features', () => {
    const notes = notesFor([
      'feat: new thing',
      'refactor(api)!: drop v1 endpoints\n\nBREAKING CHANGE: the v1 endpoints are gone.\nMigrate:\n\n```\nclient.v2()\n```'
    ])
    const highlights = notes.slice(notes.indexOf('### ✨ Highlights'), notes.indexOf('### 🚀'))
    // issue 19: the subject is the entry, the breaking text its own paragraph under it (wrapped lines joined)
    expect(highlights.indexOf('- ⚠️ **BREAKING:** **api:** drop v1 endpoints (')).toBeGreaterThan(0)
    expect(highlights).toContain('\n\n  the v1 endpoints are gone. Migrate:\n')
    expect(highlights.indexOf('Migrate:')).toBeGreaterThan(highlights.indexOf('BREAKING'))
    expect(highlights.indexOf('new thing')).toBeGreaterThan(highlights.indexOf('Migrate:'))
    expect(highlights).toContain('  ```\n  client.v2()\n  ```')
  })

  it('neither pings people nor renders HTML from commit text', () => {
    const notes = notesFor([
      'fix: thanks @octocat and @github/security for <img src=x onerror=alert(1)> fix',
      'feat: mail me at dev@example.com, `<b>code</b>` stays'
    ])
    expect(notes).not.toMatch(/(^|[^`])@octocat/)
    expect(notes).toContain('`@octocat`')
    expect(notes).toContain('`@github/security`')
    expect(notes).not.toContain('<img')
    expect(notes).toContain('&lt;img src=x')
    expect(notes).toContain('dev@example.com')
    expect(notes).toContain('`<b>code</b>`')
  })

  it('works without a repository URL or a package name', () => {
    const notes = notesFor(['fix: a (#3)'], {
      repoUrl: null,
      sections: renderSections(
        decideBump(history('fix: a (#3)'), { bump: 'auto', bumpMinorPreMajor: false, currentMajor: 1 }).changes,
        null
      ),
      packageName: null,
      previousTag: null
    })
    expect(notes).toMatch(/- a \(#3\) \([0-9a-f]{7}\)/)
    expect(notes).toContain('**Full Changelog**: v1.3.0')
    expect(notes).not.toContain('Installation')
  })

  it('says so when nothing notable changed', () => {
    expect(notesFor([])).toContain('_No notable changes._')
  })

  it('renders a changelog section with the date and compare link', () => {
    const section = renderChangelogSection({
      version: '1.3.0',
      tag: 'v1.3.0',
      previousTag: 'v1.2.0',
      sections: '### 🐛 Bug Fixes\n\n- a',
      repoUrl: REPO,
      packageName: null,
      date: '2026-11-25'
    })
    expect(section).toBe(`## [1.3.0](${REPO}/compare/v1.2.0...v1.3.0) (2026-11-25)\n\n### 🐛 Bug Fixes\n\n- a\n`)
  })
})

describe('prependChangelog', () => {
  const section = '## 1.3.0 (2026-11-25)\n\n- new\n'
  const cases: Array<{ name: string; existing: string | null; expected: string }> = [
    { name: 'creates a missing changelog', existing: null, expected: `# Changelog\n\n${section}` },
    {
      name: 'inserts after the title',
      existing: '# Changelog\n\n## 1.2.0\n\n- old\n',
      expected: `# Changelog\n\n${section}\n## 1.2.0\n\n- old\n`
    },
    {
      name: 'keeps an intro paragraph above',
      existing: '# Changelog\nAll notable changes.\n\n## [1.2.0]\n- old',
      expected: `# Changelog\nAll notable changes.\n\n${section}\n## [1.2.0]\n- old`
    },
    {
      name: 'keeps Unreleased on top',
      existing: '# Changelog\n\n## [Unreleased]\n\n## 1.2.0\n',
      expected: `# Changelog\n\n## [Unreleased]\n\n${section}\n## 1.2.0\n`
    },
    { name: 'appends to a title-only file', existing: '# Changelog\n', expected: `# Changelog\n\n${section}` },
    { name: 'no title at all', existing: '## 1.2.0\r\n- crlf\r\n', expected: `${section}\n## 1.2.0\r\n- crlf\r\n` }
  ]
  it.each(cases)('$name', ({ existing, expected }) => {
    const result = prependChangelog(existing, section)
    expect(result).toBe(expected)
    if (existing) {
      // the old text is still there byte for byte: take the section (and its one separator line) out again
      const at = result.indexOf(section)
      const without = result.slice(0, at) + result.slice(at + section.length)
      expect([without.slice(0, at) + without.slice(at + 1), without.slice(0, at - 1) + without.slice(at)]).toContain(
        existing
      )
    }
  })
})

describe('sanitize', () => {
  const cases: Array<[string, string]> = [
    ['hi @user', 'hi `@user`'],
    ['@org/team rocks', '`@org/team` rocks'],
    ['a@b.com', 'a@b.com'],
    ['`@inside` code', '`@inside` code'],
    ['<script>x</script>', '&lt;script>x&lt;/script>'],
    ['1 < 2 && 3 > 2', '1 &lt; 2 && 3 > 2'],
    ['update @types/node', 'update `@types/node`']
  ]
  it.each(cases)('%s', (input, output) => {
    expect(sanitizeInline(input)).toBe(output)
  })
  it('leaves fenced code alone and closes an unclosed fence', () => {
    expect(sanitizeBlock('a <b>\n```\n<b> @x\n```\n@y')).toBe('a &lt;b>\n```\n<b> @x\n```\n`@y`')
    expect(sanitizeBlock('```\nopen')).toBe('```\nopen\n```')
  })
  it('makes table cells safe', () => {
    expect(sanitizeCell('a | b\nc')).toBe('a \\| b c')
  })
})

describe('commit helper', () => {
  it('makes merges', () => {
    expect(commit('x', { parents: 2 }).merge).toBe(true)
  })
})

describe('release notes of a huge release', () => {
  const messages = Array.from({ length: 3000 }, (_, i) =>
    i % 3 === 0
      ? `feat(area${i % 7}): feature number ${i} with a longer description to fill the line`
      : `fix: fix number ${i} for a bug that was reported by users (#${i})`
  )
  messages.push('refactor!: remove the old loader\n\nBREAKING CHANGE: the old loader is gone.\nUse Loader.v2().')
  const { changes } = decideBump(history(...messages), { bump: 'auto', bumpMinorPreMajor: false, currentMajor: 1 })

  it('stays under the GitHub release body limit, lists every breaking change and counts what it leaves out', () => {
    const sections = renderSections(changes, REPO, RELEASE_BODY_LIMIT - 1_000, 'all of them are in CHANGELOG.md')
    const notes = renderReleaseNotes({
      version: '2.0.0',
      tag: 'v2.0.0',
      previousTag: 'v1.2.0',
      sections,
      repoUrl: REPO,
      packageName: 'p',
      date: '2026-11-25'
    })
    expect(notes.length).toBeLessThanOrEqual(RELEASE_BODY_LIMIT)
    expect(notes).toContain('⚠️ **BREAKING:** remove the old loader (')
    expect(notes).toContain('  the old loader is gone. Use Loader.v2().')
    const listedFixes = (notes.match(/^- fix number /gm) ?? []).length
    const more = /### 🐛 Bug Fixes[\s\S]*?- _…and ([\d,]+) more: all of them are in CHANGELOG\.md\._/.exec(notes)
    expect(more).not.toBeNull()
    expect(listedFixes + Number(more![1].replace(/,/g, ''))).toBe(2000)
    expect(notes.trimEnd().endsWith('**Installation**: `pip install p==2.0.0`')).toBe(true)
  })

  it('keeps every entry in the changelog section', () => {
    const full = renderSections(changes, REPO)
    expect((full.match(/^- fix number /gm) ?? []).length).toBe(2000)
    expect(full).not.toContain('more:')
  })
})
