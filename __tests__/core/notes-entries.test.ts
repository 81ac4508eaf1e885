import MarkdownIt from 'markdown-it'
import { decideBump } from '../../src/core/versioning/bump.js'
import { renderSections } from '../../src/core/notes/notes.js'
import { unwrapped } from '../../src/core/notes/breaking.js'
import { analyzeCommit } from '../../src/core/commits/changes.js'
import { commit, history } from '../helpers/commits.js'

/** Issue 19: how entries are made (body lines, breaking changes) and rendered. */
const REPO = 'https://github.com/acme/fastvlm'
const md = new MarkdownIt({ html: true, linkify: false })

function sections(...messages: Array<string | ReturnType<typeof commit>>): string {
  const { changes } = decideBump(history(...messages), { bump: 'auto', bumpMinorPreMajor: false, currentMajor: 1 })
  return renderSections(changes, REPO)
}

/** The top-level items of the first list after `### title`, as markdown-it renders them. */
function topItems(markdown: string, title: string): string[] {
  const tokens = md.parse(markdown, {})
  const start = tokens.findIndex(
    (token, index) => token.type === 'heading_open' && tokens[index + 1].content.includes(title)
  )
  const items: string[] = []
  let depth = 0
  for (let index = start + 3; index < tokens.length; index++) {
    const token = tokens[index]
    if (token.type === 'heading_open' && depth === 0) break
    if (token.type === 'bullet_list_open') depth++
    if (token.type === 'bullet_list_close') depth--
    if (token.type === 'list_item_open' && depth === 1) {
      const inline = tokens.slice(index).find(each => each.type === 'inline')!
      items.push(inline.content)
    }
  }
  return items
}

describe('breaking changes', () => {
  it('are listed by their subject with scope, pull request and commit links; the text is a paragraph under it', () => {
    const text = sections(
      'feat(api)!: sessions take a config (#41)\n\nBREAKING CHANGE: `Session()` takes a config object;\nthe old positional arguments are gone.'
    )
    const line = text.split('\n').find(each => each.startsWith('- ⚠️'))!
    expect(line).toMatch(
      /^- ⚠️ \*\*BREAKING:\*\* \*\*api:\*\* sessions take a config \(\[#41\]\(https:\/\/github\.com\/acme\/fastvlm\/issues\/41\)\) \(\[[0-9a-f]{7}\]\(https:\/\/github\.com\/acme\/fastvlm\/commit\/[0-9a-f]{40}\)\)$/
    )
    // the hard-wrapped footer is one paragraph, its own, under the entry
    expect(text).toContain(`${line}\n\n  \`Session()\` takes a config object; the old positional arguments are gone.\n`)
  })

  it('a `!` alone says nothing more than the subject: no text repeats it', () => {
    const text = sections('refactor!: drop the v1 loader (#7)')
    expect(text.match(/drop the v1 loader/g)).toHaveLength(1)
  })

  it('keeps lists and code fences of the text, joining only wrapped prose', () => {
    const text = sections(
      [
        'fix(build): drop node 4 support (#71)',
        '',
        'BREAKING CHANGE:',
        '* Drop support for Node 4 and',
        '  Node 9.',
        '* Upgrade gts.',
        '',
        'Old code:',
        '',
        '```js',
        'instance(function (err) {',
        '  console.log(err)',
        '})',
        '```'
      ].join('\n')
    )
    expect(text).toContain('  * Drop support for Node 4 and Node 9.\n  * Upgrade gts.\n\n  Old code:\n\n  ```js\n')
    expect(text).toContain('    console.log(err)\n  })\n  ```')
  })

  it('the same text carried by several commits is written once, naming them all; each subject stays', () => {
    const note = 'BREAKING CHANGE: the minimum version of Node.js is now 20, as every package of the monorepo moves.'
    const a = commit(`feat(core)!: require node 20\n\n${note}`, { sha: 'a'.repeat(40) })
    const b = commit(`feat(cli)!: require node 20 in the cli\n\n${note}`, { sha: 'b'.repeat(40) })
    const c = commit(`fix(web)!: require node 20 for the web build\n\n${note}`, { sha: 'c'.repeat(40) })
    const text = sections(a, b, c)
    expect(text.match(/the minimum version of Node\.js/g)).toHaveLength(1)
    expect(text).toContain('require node 20 (')
    expect(text).toContain('require node 20 in the cli (')
    expect(text).toContain('require node 20 for the web build (')
    expect(text).toMatch(
      /_The breaking change of \[ccccccc\]\([^)]*\), \[bbbbbbb\]\([^)]*\) and \[aaaaaaa\]\([^)]*\):_/
    )
  })

  it('a release of long breaking texts keeps its highlights a list: every change is an item', () => {
    const long = Array.from(
      { length: 40 },
      (_, n) => `paragraph ${n} of the migration, wrapped\nover two lines\n\n- a list item ${n}\n`
    ).join('\n')
    const text = sections(
      'feat: first feature',
      `feat!: new engine\n\nBREAKING CHANGE: ${long}\n\n\`\`\`\nunclosed fence`,
      'feat: second feature',
      'fix!: stricter parsing\n\nBREAKING CHANGE: <details><summary>x</summary> @octocat ::set-output name=x::y'
    )
    const items = topItems(text, 'Highlights')
    expect(items).toHaveLength(4)
    expect(items.map(item => item.replace(/\s*\(.*$/, ''))).toEqual([
      '⚠️ **BREAKING:** stricter parsing',
      '⚠️ **BREAKING:** new engine',
      'second feature',
      'first feature'
    ])
    const html = md.render(text)
    expect(html).not.toMatch(/<details|<summary/)
    expect(text).not.toMatch(/(^|[^`])@octocat/m)
    expect(text).not.toMatch(/^\s*::set-output/m)
  })

  it('unwraps hard-wrapped lines but not hard breaks, headings, quotes or indented code', () => {
    expect(unwrapped('one\ntwo\n\n# title\nthree  \nfour\n> quote\n\n    code\n    more')).toBe(
      'one two\n\n# title\nthree  \nfour\n> quote\n\n    code\n    more'
    )
  })
})

describe('conventional lines of a commit body', () => {
  it('are entries, as release-please publishes them (python-api-core, launchdarkly/js-core)', () => {
    const text = sections(
      'fix(deps): require protobuf>= 3.15.0, <4.0.0dev (#385)\n\nAlso adds upper limits for extras.\n\nfix(deps): require googleapis-common-protos >= 1.56.2',
      'feat: add toVercelAISDK (#972)\n\nfeat: enable overriding release-as\nfix!: VercelProvider requires typed parameters\nfix: prefer totalUsage'
    )
    expect(text).toContain('require googleapis-common-protos >= 1.56.2')
    expect(text).toContain('enable overriding release-as')
    expect(text).toContain('prefer totalUsage')
    expect(text).toContain('⚠️ **BREAKING:** VercelProvider requires typed parameters')
  })

  it("are not a squash merge's branch listing, a line glued to the header, the header again, or prose", () => {
    const analyzed = [
      'feat: the title (#9)\n\n* feat: a branch commit\n\nfix: inside the listing',
      'chore: x\nfeat: glued',
      'chore: update issue template (#101)\n\nchore: update issue template',
      'chore: nested\n\nBEGIN_NESTED_COMMIT\nfeat(api): nested\nEND_NESTED_COMMIT',
      'fix: y\n\nTypeError: could not convert\nIssue: https://example.com/1\nNote: feat: not at line start'
    ].map(message => analyzeCommit({ sha: 'f'.repeat(40), parents: ['0'.repeat(40)], time: 0, author: '', message }))
    expect(analyzed.map(each => each.changes.length)).toEqual([1, 1, 1, 2, 1])
  })

  it('make the bump: a feat line in the body of a fix is a minor release', () => {
    const { bump } = decideBump(history('fix: a\n\nfeat: b'), {
      bump: 'auto',
      bumpMinorPreMajor: false,
      currentMajor: 1
    })
    expect(bump).toBe('minor')
  })
})

describe('dependency updates', () => {
  it('a build(deps) that widens a runtime requirement ships; a development bump stays hidden', () => {
    const text = sections(
      'build(deps): require protobuf >= 4.21, < 7 (#500)',
      'build(deps): bump eslint from 8 to 9 (#501)'
    )
    expect(text).toMatch(/### 📦 Dependencies\n\n- \*\*deps:\*\* require protobuf >= 4.21, &lt; 7/)
    expect(text).not.toContain('eslint')
  })
})

describe('hostile breaking texts', () => {
  const hostile = [
    'BREAKING CHANGE: <img src=x onerror=alert(1)> thanks @octocat',
    '::set-output name=x::y',
    '<details><summary>click</summary>',
    '```',
    'never closed <script>alert(1)</script>'
  ].join('\n')

  it('a footer of 100,000 lines: the entry keeps its subject, the text is cut where the commit has the rest', () => {
    const footer = Array.from({ length: 100_000 }, (_, n) => `line ${n} of a generated footer`).join('\n')
    const text = sections(`feat!: regenerate the client (#5)\n\nBREAKING CHANGE: ${footer}`)
    expect(text).toMatch(/^- ⚠️ \*\*BREAKING:\*\* regenerate the client \(/m)
    expect(text.length).toBeLessThan(6_000)
    expect(text).toContain('_…cut here: the whole text is in the commit message of')
    expect(topItems(text, 'Highlights')).toHaveLength(1)
  })

  it('a body that is one line of 1 MB: one entry, its text bounded', () => {
    const text = sections(
      `fix!: huge (#6)\n\nBREAKING CHANGE: ${'word '.repeat(200_000)}`,
      `feat: x\n\n${'y'.repeat(1_000_000)}`
    )
    expect(topItems(text, 'Highlights')).toHaveLength(2)
    expect(text.length).toBeLessThan(6_000)
  })

  it('HTML, mentions, workflow commands and an unterminated fence inject nothing', () => {
    const text = sections(`fix!: parse strictly\n\n${hostile}`, 'feat: after it')
    const html = md.render(text)
    expect(html).not.toMatch(/<(img|script|details|summary)\b/)
    expect(text).not.toMatch(/(^|[^`])@octocat/m)
    expect(text).not.toMatch(/^\s*::set-output/m)
    // the fence left open is closed: the next entry is an item of the list, not code
    expect(topItems(text, 'Highlights').map(item => item.replace(/\s*\(.*$/, ''))).toEqual([
      '⚠️ **BREAKING:** parse strictly',
      'after it'
    ])
  })
})
