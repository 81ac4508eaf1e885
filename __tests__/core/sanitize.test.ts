import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { decideBump } from '../../src/core/versioning/bump.js'
import { renderReleaseNotes, renderSections } from '../../src/core/notes/notes.js'
import { sanitizeBlock, sanitizeCell, sanitizeEntry, sanitizeInline } from '../../src/core/text/sanitize.js'
import { history } from '../helpers/commits.js'

/**
 * The sanitizer proven against a CommonMark + GFM renderer: for hostile inputs and for fuzzed
 * ones, what renders from our output holds no element that commit text supplied (no raw HTML,
 * no image, no link of its own, no task-list checkbox) and no bare @mention outside code.
 */
const md = new MarkdownIt({ html: true, linkify: false }) // GitHub passes raw HTML to its own sanitizer
const REPO = 'https://github.com/acme/fastvlm'
/** Elements that formatting may make (and our own template's links, details and summaries). */
const FORMATTING = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'code',
  'pre',
  'em',
  'strong',
  's',
  'del',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td'
])

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_all, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_all, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** What is wrong with the rendered HTML of `markdown` (empty when nothing is). */
function problems(markdown: string, ours: { links?: boolean; details?: number } = {}): string[] {
  const html = md.render(markdown)
  const found: string[] = []
  let details = 0
  for (const match of html.matchAll(/<\/?([A-Za-z][\w-]*)([^>]*)>/g)) {
    const [tag, name, attributes] = match
    const lower = name.toLowerCase()
    if (FORMATTING.has(lower)) {
      if (/\S/.test(attributes.replace(/\s(?:class|style)="[^"]*"/g, ''))) found.push(`attributes: ${tag}`)
      continue
    }
    if (lower === 'a' && ours.links && (tag.startsWith('</') || attributes.startsWith(` href="${REPO}/`))) continue
    if ((lower === 'details' || lower === 'summary') && ours.details !== undefined) {
      details++
      continue
    }
    found.push(`element: ${tag}`)
  }
  if (ours.details !== undefined && details !== ours.details)
    found.push(`details/summary tags: ${details}, expected ${ours.details}`)
  // mentions: text outside code, pre and links, each tag a word boundary
  const text = decode(html.replace(/<(code|pre|a)\b[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' '))
  const mention = /(^|[^A-Za-z0-9])@[A-Za-z0-9]/.exec(text)
  if (mention) found.push(`mention: …${text.slice(Math.max(0, mention.index - 10), mention.index + 15)}…`)
  return found
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<!-- hidden -->',
  '<details open><summary>x</summary>',
  '\\`<img src=x>\\`',
  '\\\\`<img src=x>`',
  '``<b>`` <i>x</i>',
  '`a``<img src=x>`',
  'ping @octocat',
  '_@user_',
  'x-@user',
  '*@user*',
  '**@org/team**',
  '(@user)',
  '\\@user',
  '@@user',
  '&#64;user',
  '&commat;user',
  '`` ` `` @user',
  'a ` b @user c',
  '@user`x`',
  '[click](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '[x]: https://evil.example',
  '<https://evil.example>',
  '- [ ] task',
  '# heading',
  '> quote',
  '1. list',
  '***',
  '___',
  '~~~ fence',
  '```js`',
  '| a | b |',
  'a <b',
  'x </code><img src=x>',
  '``x``@user',
  '@user``x``',
  '#1@user',
  'Fix it\r# Pwned\r---',
  'x\r\n<img src=x>',
  '@user@x',
  'dev@example.com',
  '<a href="https://evil.example">x</a>',
  '&lt;img&gt;',
  '\\<img src=x>',
  '[@user](https://x)',
  '<@user>'
]

const BLOCKS = [
  'Migrate:\n\n```\n<img src=x>\n~~~\n<script>x</script>\n```\n<img src=y>',
  '~~~~\n```\n~~~\n<img src=x>\n~~~~\n@user',
  '```js`\n<img src=x onerror=alert(1)>\n```',
  '    ```\n<img src=x>',
  '````\n```\n<img src=x> @user\n````\n@next',
  '```\nnever closed <img src=x>',
  '```\n\t```\n<details open><a href="https://evil.example">click</a></details>',
  'a\r# Pwned\r---\r<img src=x>',
  '- [ ] check this\n- [x] @user',
  '<div>\nblock html\n</div>',
  'line `open\n<img src=x>` close'
]

describe('sanitize against a CommonMark + GFM renderer', () => {
  it.each(HOSTILE)('an entry made of %j renders inert', input => {
    expect(problems(`- ${sanitizeEntry(input)}\n`)).toEqual([])
    expect(problems(`- **scope:** ${sanitizeInline(input)}\n`)).toEqual([])
    expect(problems(`| a |\n| --- |\n| ${sanitizeCell(input)} |\n`)).toEqual([])
  })

  it.each([...BLOCKS, ...HOSTILE])('a migration text of %j renders inert', input => {
    const indented = sanitizeBlock(input)
      .split('\n')
      .map(line => (line ? `  ${line}` : line))
      .join('\n')
    expect(problems(`- ⚠️ **BREAKING:** x\n\n${indented}\n`)).toEqual([])
  })

  it('keeps code spans and ordinary text as written', () => {
    expect(sanitizeInline('use `<T>` and `@scope/pkg`')).toBe('use `<T>` and `@scope/pkg`')
    expect(sanitizeInline('mail dev@example.com, 1 < 2 && 3 > 2')).toBe('mail dev@example.com, 1 &lt; 2 && 3 > 2')
    expect(sanitizeEntry('#123 fix the crash')).toBe('#123 fix the crash')
    // emphasis of a stranger's is literal too (issue 19): `_@user_` shows its underscores
    expect(sanitizeInline('thanks _@user_ and x-@user')).toBe('thanks \\_`@user`\\_ and x-`@user`')
    // the author's backslash is literal, so the backticks pair: code, as CommonMark reads our output
    expect(sanitizeInline('\\`<img>\\`')).toBe('\\\\`<img>\\`')
  })

  const alphabet = fc.constantFrom(
    '`',
    '``',
    '\\',
    '<',
    '>',
    '@',
    '_',
    '*',
    '[',
    ']',
    '(',
    ')',
    '!',
    '&',
    '#',
    ';',
    '-',
    '~',
    '~~~',
    '```',
    ' ',
    '  ',
    '\t',
    'a',
    'x',
    'img',
    ' src=x',
    'script',
    'user',
    'org/team',
    '1',
    '.',
    '|',
    '"',
    '=',
    ':',
    'http://e.example',
    '&#64;',
    '&amp;',
    'é',
    '\n'
  )
  const hostileText = fc.array(alphabet, { maxLength: 40 }).map(parts => parts.join(''))
  const RUNS = Number(process.env.FUZZ_RUNS ?? 3000)
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined

  it(`fuzzed entries, cells and migration texts render inert (${RUNS} runs each)`, () => {
    fc.assert(
      fc.property(hostileText, text => {
        const line = text.replace(/\n/g, ' ')
        expect(problems(`- ${sanitizeEntry(line)}\n`)).toEqual([])
        expect(problems(`| a |\n| --- |\n| ${sanitizeCell(text)} |\n`)).toEqual([])
        const indented = sanitizeBlock(text)
          .split('\n')
          .map(each => (each ? `  ${each}` : each))
          .join('\n')
        expect(problems(`- x\n\n${indented}\n`)).toEqual([])
      }),
      { numRuns: RUNS, seed: seed ?? 20261125 }
    )
  })

  it(`fuzzed commit messages make release notes that render inert (${RUNS} runs)`, () => {
    const message = fc
      .tuple(fc.constantFrom('feat', 'fix', 'perf', 'fix(deps)', 'feat(a@b)', 'Plain'), hostileText, hostileText)
      .map(
        ([type, subject, body]) =>
          `${type === 'Plain' ? '' : `${type}: `}${subject.replace(/\n/g, ' ') || 'x'}\n\nBREAKING CHANGE: ${body}`
      )
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 4 }), messages => {
        const { changes } = decideBump(history(...messages), {
          bump: 'auto',
          bumpMinorPreMajor: false,
          currentMajor: 1
        })
        const sections = renderSections(changes, REPO)
        const notes = renderReleaseNotes({
          version: '1.3.0',
          tag: 'v1.3.0',
          previousTag: 'v1.2.0',
          sections,
          repoUrl: REPO,
          packageName: 'pkg',
          date: '2026-11-25'
        })
        expect(
          problems(notes, {
            links: true,
            details: (notes.match(/<details>/g)?.length ?? 0) * 2 + (notes.match(/<\/details>/g)?.length ?? 0)
          })
        ).toEqual([])
      }),
      { numRuns: RUNS, seed: seed ?? 20261126 }
    )
  })
})
