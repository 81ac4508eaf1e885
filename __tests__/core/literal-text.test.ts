import fc from 'fast-check'
import { renderSections } from '../../src/core/notes/notes.js'
import { renderPreview, type PreviewReport } from '../../src/core/preview/render.js'
import { codeSpan, sanitizeCell, sanitizeEntry, sanitizeInline } from '../../src/core/text/sanitize.js'
import { analyzeCommit } from '../../src/core/commits/changes.js'
import { rendered, visibleText } from '../helpers/markdown-text.js'

/**
 * Issue 19: what a stranger wrote, and every path, version or file name we print, renders literally:
 * the text a reader sees is the source text (white space collapsed), and it makes no emphasis,
 * strike-through, link, image or HTML.
 */
const PUNCTUATION = '_*~`\\[]<>&#@!|$-+.:/()=^{}%"\''.split('')
const piece = fc.oneof(
  fc.constantFrom(...PUNCTUATION),
  fc.constantFrom('__init__', '__', '**', '~~', '$x$', '&amp;', '&#64;', '<b>', '[x](y)', '@octocat', 'x_y', 'é', '😀'),
  fc.constantFrom('a', 'b', 'Z', '1', '9', ' ')
)
/** Texts without backticks (an author's code span renders as code, without its backticks). */
const prose = fc.array(piece, { minLength: 1, maxLength: 40 }).map(parts => parts.join('').replace(/`/g, "'"))
const path = fc
  .array(
    fc.oneof(
      fc.constantFrom('src', 'weatherkit', '__init__', '_private', 'a*b', 'x~y', 'v1.2', '[id]', '$ref', 'my_mod'),
      fc.stringMatching(/^[\w.*~$-]{1,8}$/)
    ),
    { minLength: 1, maxLength: 5 }
  )
  .map(parts => `${parts.join('/')}.py`)

/** `render(source)` shows the source's text and makes no element beyond what `render('x')` makes (ours). */
function literal(render: (text: string) => string, source: string): void {
  const { text, made } = rendered(render(source))
  expect(made).toEqual(rendered(render('x')).made)
  expect(text).toContain(visibleText(source))
}

describe('what we print renders literally', () => {
  it('the example of the issue: a path in the preview comment', () => {
    const markdown = renderPreview(previewWith('src/weatherkit/__init__.py'))
    expect(rendered(markdown).text).toContain('src/weatherkit/__init__.py 1.2.0 → 1.3.0')
  })

  it('an entry, a scope, a table cell, a paragraph: any text', () => {
    fc.assert(
      fc.property(prose, text => {
        literal(each => `- ${sanitizeEntry(each)}\n`, text)
        literal(each => `- **${sanitizeInline(each.trim() || 'x')}:** x\n`, text.trim() || 'x')
        literal(each => `| a |\n| --- |\n| ${sanitizeCell(each)} |\n`, text)
        literal(each => `Why: ${sanitizeInline(each)}\n`, text)
        literal(each => `x ${codeSpan(each)} y\n`, text)
      }),
      { numRuns: 250 }
    )
  })

  it('file names in the preview comment, tags as code spans', () => {
    fc.assert(
      fc.property(path, prose, (file, version) => {
        const head = (markdown: string): string => markdown.slice(0, markdown.indexOf('### What each commit'))
        const { text, made } = rendered(head(renderPreview(previewWith(file, version))))
        expect(made).toEqual(rendered(head(renderPreview(previewWith('a.py', '1.2.0')))).made)
        expect(text).toContain(visibleText(`${file} ${version.slice(0, 60)}`.replace(/\s+/g, ' ')))
      }),
      { numRuns: 150 }
    )
  })

  it('a commit subject in the release notes, with its scope', () => {
    fc.assert(
      fc.property(prose, prose, (subject, scope) => {
        const cleanScope = scope.replace(/[()\r\n]/g, '').trim() || 'x'
        const message = `fix(${cleanScope}): ${subject.trim() || 'x'}`
        const change = analyzeCommit({ sha: 'a'.repeat(40), parents: ['b'.repeat(40)], time: 0, author: '', message })
        const { text, made } = rendered(renderSections(change.changes, null))
        const plain = analyzeCommit({
          sha: 'a'.repeat(40),
          parents: ['b'.repeat(40)],
          time: 0,
          author: '',
          message: 'fix(x): x'
        })
        expect(made).toEqual(rendered(renderSections(plain.changes, null)).made)
        expect(text).toContain(visibleText(`${change.changes[0].scope}: ${change.changes[0].subject}`))
      }),
      { numRuns: 150 }
    )
  })
})

function previewWith(file: string, from = '1.2.0'): PreviewReport {
  const release = (version: string) => ({
    released: true,
    version,
    tag: `v${version}`,
    bump: 'minor' as const,
    previousTag: 'v1.2.0',
    reason: 'minor because of a feature',
    notes: ''
  })
  return {
    pr: { number: 12, headSha: 'c'.repeat(40) },
    method: 'squash',
    methodWhy: 'the repository allows only squash merging',
    merged: release('1.3.0'),
    base: release('1.2.1'),
    error: null,
    contributions: [],
    lint: { problems: [], checked: 0, mode: 'warn' },
    gates: [],
    versionFiles: [{ path: file, from, to: '1.3.0' }],
    toolVersion: '1.0.0'
  }
}
