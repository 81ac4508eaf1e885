import fc from 'fast-check'
import { analyzeCommit, type Change } from '../../src/core/commits/changes.js'
import type { EntryStyle } from '../../src/core/notes/changelog-format.js'
import { renderSections } from '../../src/core/notes/notes.js'
import { rendered, visibleText } from '../helpers/markdown-text.js'

/**
 * Issue 19, adversarial review: the styles learned from a changelog (`**scope**:`, `*(scope)*`,
 * `type(scope): text`, no commit links) write a stranger's scope and subject literally, breaking
 * entries included: no link, emphasis, HTML or mention is made of them.
 */
const STYLES: EntryStyle[] = [
  { scope: 'bold-colon', commitLinks: true },
  { scope: 'bold', commitLinks: false },
  { scope: 'italic-paren', commitLinks: false },
  { scope: 'bold-colon', commitLinks: false, typePrefix: true }
]
const REPO = 'https://github.com/acme/kit'

const piece = fc.oneof(
  fc.constantFrom(...'_*~`\\[]<>&#@!|$-+.:/=^{}%"\''.split('')),
  fc.constantFrom('@octocat', '<script>', '](javascript:alert(1))', '::error::', '**', '__', '[x](y)', '&#64;', 'é'),
  fc.constantFrom('a', 'b', '1', ' ')
)
/** A scope or subject (no `#12`: a reference is linked on purpose): no parentheses (a header's scope ends at one), no backticks (an author's code span is code). */
const text = fc
  .array(piece, { minLength: 1, maxLength: 24 })
  .map(parts =>
    parts
      .join('')
      .replace(/[`()\r\n]/g, "'")
      .replace(/#/g, '%')
      .trim()
  )
  .filter(each => each.length > 0 && !/^[\s'!:]/.test(each))

function changes(message: string): Change[] {
  return analyzeCommit({ sha: 'abcdef1234567890abcdef1234567890abcdef12', parents: [], time: 0, author: 'a', message })
    .changes
}

function notes(message: string, style: EntryStyle): string {
  return renderSections(changes(message), REPO, Infinity, 'see the full changelog', [
    { title: 'Bug Fixes', types: ['fix'], style }
  ])
}

describe('the learned entry styles render a stranger’s text literally', () => {
  it.each(STYLES.map(style => [JSON.stringify(style), style] as const))('%s', (_name, style) => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (scope, subject, breaking) => {
        const message = `fix(${scope})${breaking ? '!' : ''}: ${subject}`
        const hostile = rendered(notes(message, style))
        const plain = rendered(notes(`fix(x)${breaking ? '!' : ''}: x`, style))
        expect(hostile.made).toEqual(plain.made)
        expect(hostile.text).toContain(visibleText(subject))
        expect(hostile.text).toContain(visibleText(scope))
        // a mention is escaped: never `@name` after a space or at the start
        expect(notes(message, style)).not.toMatch(/(^|[\s(*])@octocat/m)
      }),
      { numRuns: 150, seed: 19 }
    )
  })

  it('a breaking footer with a fenced block, a list and a long text is listed once for three commits, naming all', () => {
    const footer = 'BREAKING CHANGE: the loader is gone.\n\n```sh\n::error::x\n## 9.9.9\n```\n\n- one @octocat\n- two'
    const all = ['a', 'b', 'c'].flatMap((name, index) =>
      analyzeCommit({
        sha: `${String(index + 1).repeat(7)}${'0'.repeat(33)}`,
        parents: [],
        time: index,
        author: 'a',
        message: `feat(${name})!: drop the loader ${name}\n\n${footer}`
      }).changes.filter(change => change.breaking)
    )
    for (const style of STYLES) {
      const markdown = renderSections(all, REPO, Infinity, 'see the full changelog', [
        { title: 'Bug Fixes', types: ['fix'], style }
      ])
      expect(markdown.match(/the loader is gone/g)).toHaveLength(1)
      for (const name of ['a', 'b', 'c']) expect(markdown).toContain(`drop the loader ${name}`)
      expect(markdown).not.toMatch(/^::error::/m)
      expect(markdown).not.toMatch(/^#+ 9\.9\.9/m)
      expect(markdown).not.toMatch(/(^|\s)@octocat/m)
      expect(rendered(markdown).made.filter(made => made.startsWith('html'))).toEqual([])
    }
  })

  it('a breaking footer of 1 MB: in one pass', () => {
    const long = 'x '.repeat(500_000)
    const change = analyzeCommit({
      sha: '1111111000000000000000000000000000000000',
      parents: [],
      time: 0,
      author: 'a',
      message: `feat!: drop it\n\nBREAKING CHANGE: ${long}`
    }).changes
    const markdown = renderSections(change, REPO, Infinity, 'see the full changelog', [
      { title: 'Bug Fixes', types: ['fix'], style: STYLES[3] }
    ])
    expect(markdown).toContain('drop it')
  })
})
