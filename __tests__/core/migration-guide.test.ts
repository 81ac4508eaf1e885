import MarkdownIt from 'markdown-it'
import type { Change } from '../../src/core/commits/changes.js'
import { bodyHash, draftGuide, guideState, markerLine, type GuideInput } from '../../src/core/migration/guide.js'
import { commit } from '../helpers/commits.js'

const REPO = 'https://github.com/acme/fastvlm'
const SHA_A = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const SHA_B = 'b2c3d4e5f60718293a4b5c6d7e8f901234567890'
const SHA_C = 'c3d4e5f60718293a4b5c6d7e8f90123456789012'

function changes(...commits: Array<[string, string]>): Change[] {
  return commits.flatMap(([sha, message]) => commit(message, { sha }).changes)
}

function input(list: Change[], repoUrl: string | null = REPO): GuideInput {
  return { title: 'v2', version: '2.0.0', previousTag: 'v1.4.0', changes: list, repoUrl }
}

const REMOVE_V1 =
  'feat(api)!: remove the v1 endpoints (#12)\n\nBREAKING CHANGE: /v1/infer is gone.\nCall /v2/infer:\n\n```sh\ncurl -X POST /v2/infer\n```'
const BANG_ONLY = 'refactor!: rename load_model to load'
const FIX = 'fix: a crash on empty images'

describe('migration guide: the hash of a draft', () => {
  const body = '# Migrating to v2\n\nSome text.\n'
  it.each([
    ['LF', body],
    ['CRLF (a Windows checkout)', body.replace(/\n/g, '\r\n')],
    ['lone CR', body.replace(/\n/g, '\r')],
    ['a byte-order mark', `\uFEFF${body}`],
    ['trailing spaces an editor trims', '# Migrating to v2  \n\nSome text.\t\n'],
    ['no final newline', body.trimEnd()],
    ['more final newlines', `${body}\n\n`],
    ['a blank line inside (a formatter)', '# Migrating to v2\n\n\nSome text.\n']
  ])('is the same with %s', (_name, text) => {
    expect(bodyHash(text)).toBe(bodyHash(body))
  })
  it("is the sha256 of the body's words, the same on every platform", () => {
    // sha256 of the UTF-8 bytes "Migrating to v2 Some text" (printf '...' | sha256sum)
    expect(bodyHash(body)).toBe('9814c2c546d06421b41eafa39fd9be5d3fb298c2ba1f9a7d1440ed8628084c37')
  })
  it.each([
    ['a word changed', '# Migrating to v2\n\nSome other text.\n'],
    ['a line added', `${body}\nMore.\n`],
    ['two words joined', '# Migrating to v2\n\nSometext.\n']
  ])('changes when %s', (_name, text) => {
    expect(bodyHash(text)).not.toBe(bodyHash(body))
  })
})

describe('migration guide: untouched draft or edited', () => {
  const draft = draftGuide(null, input(changes([SHA_A, REMOVE_V1], [SHA_B, BANG_ONLY]))).text
  const [marker, ...rest] = draft.split('\n')
  const body = rest.join('\n')
  it.each<[string, string | null, ReturnType<typeof guideState>]>([
    ['no file', null, 'missing'],
    ['the draft as generated', draft, 'draft'],
    ['the draft checked out with CRLF', draft.replace(/\n/g, '\r\n'), 'draft'],
    ['the draft saved with a byte-order mark', `\uFEFF${draft}`, 'draft'],
    [
      'the draft with a sentence added',
      draft.replace('Call /v2/infer:', 'Call /v2/infer instead, same payload:'),
      'edited'
    ],
    [
      'the draft with its placeholder replaced',
      draft.replace(/_The commit says no more[^\n]*/, 'Use `load()`.'),
      'edited'
    ],
    ['the draft with its marker deleted (kept as it is)', body, 'edited'],
    ['a hand-written guide', '# Migrating to v2\n\nRename everything.\n', 'edited'],
    ['an empty file', '', 'missing'],
    ['a file of blank lines and a byte-order mark', '\uFEFF\n  \r\n\n', 'missing'],
    ['a marker whose hash is not the body', `${markerLine('0'.repeat(64))}\n${body}`, 'edited'],
    ['a marker that is not the first line', `# Title\n${marker}\n${body}`, 'edited']
  ])('%s: %s', (_name, text, state) => {
    expect(guideState(text)).toBe(state)
  })
})

describe('migration guide: a formatter is not an editor', () => {
  // commit text as people write it: `*` bullets, `*emphasis*`, `__strong__`, a numbered list
  const LISTS =
    'feat(api)!: drop the *old* client (#3)\n\nBREAKING CHANGE: these are gone:\n* `load()`\n* `save()`\n\nUse the __new__ client:\n1) connect\n2) call'
  const draft = draftGuide(null, input(changes([SHA_A, LISTS], [SHA_B, BANG_ONLY]))).text
  it('the draft run through Prettier (a pre-commit hook, format on save, npm run format) is still the draft', async () => {
    const { format } = await import('prettier')
    const formatted = await format(draft, { parser: 'markdown' })
    expect(formatted).not.toBe(draft) // Prettier did change it: bullets, emphasis, a blank line after the marker
    expect(guideState(formatted)).toBe('draft')
    expect(guideState(formatted.replace('these are gone', 'these two are gone'))).toBe('edited')
  })
  it.each([
    ['a blank line after the marker', draft.replace('-->\n', '-->\n\n')],
    ['`-` bullets for `*` bullets', draft.replace(/^\* /gm, '- ')],
    ['blank lines between sections doubled', draft.replace(/\n\n## /g, '\n\n\n## ')]
  ])('%s is not an edit', (_name, text) => {
    expect(text).not.toBe(draft)
    expect(guideState(text)).toBe('draft')
  })
})

describe('migration guide: the draft', () => {
  it('has a section per breaking change, oldest first, with its own text, commit and pull request', () => {
    const list = changes([SHA_A, REMOVE_V1], [SHA_C, FIX], [SHA_B, BANG_ONLY])
    const { text, added, created } = draftGuide(null, input(list))
    expect(created).toBe(true)
    expect(added.map(entry => entry.sha)).toEqual([SHA_A, SHA_B])
    const [marker, ...lines] = text.split('\n')
    expect(marker).toMatch(/^<!-- release-action:migration-guide-draft sha256=[0-9a-f]{64} .*-->$/)
    expect(lines.join('\n')).toBe(
      [
        '# Migrating to v2',
        '',
        'What changes for you in v2 (2.0.0): the breaking changes since v1.4.0, each with the commit that made it.',
        '',
        '## api: remove the v1 endpoints',
        '',
        `Commit [a1b2c3d](${REPO}/commit/${SHA_A}), pull request [#12](${REPO}/pull/12).`,
        '',
        '/v1/infer is gone.',
        'Call /v2/infer:',
        '',
        '```sh',
        'curl -X POST /v2/infer',
        '```',
        '',
        '## rename load\\_model to load'.replace('\\_', '_'),
        '',
        `Commit [b2c3d4e](${REPO}/commit/${SHA_B}).`,
        '',
        '_The commit says no more than its subject: describe what users must change, with an example._',
        ''
      ].join('\n')
    )
    expect(text).not.toContain('a crash on empty images')
  })

  it('names commits and pull requests without links when the repository URL is unknown', () => {
    const { text } = draftGuide(null, input(changes([SHA_A, REMOVE_V1]), null))
    expect(text).toContain('Commit `a1b2c3d`, pull request #12.')
    expect(text).not.toContain('](')
  })

  it('says what to do when a major release has no breaking commit (bump: major)', () => {
    const { text, added } = draftGuide(null, input(changes([SHA_C, FIX])))
    expect(added).toEqual([])
    expect(text).toContain('No commit since v1.4.0 is marked as a breaking change')
    expect(guideState(text)).toBe('draft')
  })
})

describe('migration guide: extending an existing guide', () => {
  const first = changes([SHA_A, REMOVE_V1])
  const both = [...first, ...changes([SHA_B, BANG_ONLY])]
  const handWritten = '# Upgrading to 2.0\n\nWe rewrote the API (see a1b2c3d).\n'

  it.each<[string, string, string[]]>([
    ['a hand-written guide that names one commit by its short sha', handWritten, [SHA_B]],
    ['a hand-written guide that names none', '# Upgrading\n\nRead carefully.', [SHA_A, SHA_B]],
    ['an older draft with the first change', draftGuide(null, input(first)).text, [SHA_B]],
    [
      'an edited older draft',
      draftGuide(null, input(first)).text.replace('/v1/infer is gone.', 'The v1 API is gone for good.'),
      [SHA_B]
    ],
    ['a guide with every commit', draftGuide(null, input(both)).text, []]
  ])('%s: adds only the changes it does not name, once', (_name, existing, expected) => {
    const once = draftGuide(existing, input(both))
    expect(once.added.map(entry => entry.sha)).toEqual(expected)
    expect(once.created).toBe(false)
    // what a person wrote stays as it was: the text after the marker line begins with all of it
    const withoutMarker = (text: string) => text.replace(/^<!-- release-action:migration-guide-draft [^\n]*\n/, '')
    expect(withoutMarker(once.text).startsWith(withoutMarker(existing))).toBe(true)
    if (expected.length === 0) expect(once.text).toBe(existing)
    else expect(guideState(once.text)).toBe('draft') // the added sections are a draft again until edited
    // a second run adds nothing and changes nothing
    const twice = draftGuide(once.text, input(both))
    expect(twice.added).toEqual([])
    expect(twice.text).toBe(once.text)
  })

  it('keeps a CRLF file in CRLF, its own bytes unchanged', () => {
    const crlf = handWritten.replace(/\n/g, '\r\n')
    const { text } = draftGuide(crlf, input(both), '\r\n')
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    expect(text.split('\r\n').slice(1).join('\r\n').startsWith(crlf)).toBe(true)
    expect(guideState(text)).toBe('draft')
    expect(guideState(text.replace(/\r\n/g, '\n'))).toBe('draft')
  })

  it('one file for every major (a pattern without {major}): the next major gets its own title', () => {
    const v2 = draftGuide(null, input(first)).text.replace('/v1/infer is gone.', 'The v1 API is gone for good.')
    const v3: GuideInput = {
      title: 'v3',
      version: '3.0.0',
      previousTag: 'v2.0.0',
      changes: changes([SHA_C, BANG_ONLY]),
      repoUrl: REPO
    }
    const { text, added } = draftGuide(v2, v3)
    expect(added.map(entry => entry.sha)).toEqual([SHA_C])
    const lines = text.split('\n')
    const title = lines.indexOf('# Migrating to v3')
    expect(title).toBeGreaterThan(lines.indexOf('# Migrating to v2'))
    expect(lines.indexOf('## rename load_model to load')).toBeGreaterThan(title)
    expect(draftGuide(text, v3).text).toBe(text)
    // the guide of this major, extended: no second title
    expect(
      draftGuide(v2, input(both))
        .text.split('\n')
        .filter(line => line.startsWith('# '))
    ).toEqual(['# Migrating to v2'])
  })

  it('keeps a front matter block (Docusaurus, Jekyll, Hugo) first: the marker goes after it', () => {
    const front = '---\ntitle: Upgrading to 2.0\nsidebar_position: 2\n---\n'
    const existing = `${front}\n# Upgrading to 2.0\n\nRead carefully.\n`
    const once = draftGuide(existing, input(both))
    expect(once.added.map(entry => entry.sha)).toEqual([SHA_A, SHA_B])
    expect(once.text.startsWith(`${front}<!-- release-action:migration-guide-draft sha256=`)).toBe(true)
    expect(guideState(once.text)).toBe('draft')
    expect(guideState(once.text.replace(/\n/g, '\r\n'))).toBe('draft')
    expect(guideState(once.text.replace('Read carefully.', 'Read this carefully.'))).toBe('edited')
    const twice = draftGuide(once.text, input([...both, ...changes([SHA_C, BANG_ONLY])]))
    expect(twice.text.startsWith(`${front}<!-- release-action:migration-guide-draft sha256=`)).toBe(true)
    expect(twice.text.match(/<!-- release-action/g)).toHaveLength(1)
    expect(guideState(twice.text)).toBe('draft')
  })

  it('finds commits by sha, not by text: a commit that reads the same is still added', () => {
    const again = changes([SHA_C, REMOVE_V1])
    const { added } = draftGuide(draftGuide(null, input(first)).text, input([...first, ...again]))
    expect(added.map(entry => entry.sha)).toEqual([SHA_C])
  })
})

describe('migration guide: hostile commit text', () => {
  const md = new MarkdownIt({ html: true, linkify: false })
  /** What the rendered draft holds that commit text supplied: elements, links of its own, bare mentions. */
  function problems(markdown: string): string[] {
    const html = md.render(markdown)
    const found: string[] = []
    for (const [tag, name, attributes] of html.matchAll(/<\/?([A-Za-z][\w-]*)([^>]*)>/g)) {
      if (/^(p|h1|h2|code|pre|em|strong|ul|ol|li|blockquote|hr|br)$/i.test(name)) continue
      if (name === 'a' && (tag.startsWith('</') || attributes.startsWith(` href="${REPO}/`))) continue
      found.push(tag)
    }
    const text = html.replace(/<(code|pre|a)\b[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ')
    if (/(^|[^A-Za-z0-9])@[A-Za-z0-9]/.test(text)) found.push('a bare mention')
    return found
  }

  it.each([
    ['HTML in the subject', 'feat!: <img src=x onerror=alert(1)> drop <script>x</script>'],
    ['HTML in the footer', 'feat!: drop x\n\nBREAKING CHANGE: <details open><summary>x</summary> <iframe src=//evil>'],
    ['a mention', 'feat!: drop x, thanks @octocat\n\nBREAKING CHANGE: ask @acme/team or _@user_'],
    [
      'a link and an image',
      'feat!: see [here](javascript:alert(1))\n\nBREAKING CHANGE: ![p](https://evil.example/p.png)'
    ],
    ['a fence left open', 'feat!: drop x\n\nBREAKING CHANGE: run\n\n```sh\nrm -rf / @user <b>'],
    ['a fake draft marker', `feat!: drop x\n\nBREAKING CHANGE: ${markerLine('0'.repeat(64))}\n-->`]
  ])('%s renders inert', (_name, message) => {
    const { text } = draftGuide(null, input(changes([SHA_A, message])))
    expect(problems(text)).toEqual([])
    expect(guideState(text)).toBe('draft')
    // the only marker is ours, on the first line
    expect(text.split('\n').filter(line => line.startsWith('<!-- release-action')).length).toBe(1)
  })

  it('escapes a workflow command at the start of a line, outside code', () => {
    const message =
      'feat!: drop x\n\nBREAKING CHANGE: first line\n::set-output name=x::y\n  ::add-mask::z\n\n```\n::kept-in-code::\n```'
    const { text } = draftGuide(null, input(changes([SHA_A, message])))
    const outsideCode = text.replace(/```[\s\S]*?```/g, '')
    expect(outsideCode.split('\n').filter(line => /^\s*::/.test(line))).toEqual([])
    expect(text).toContain('\\::set-output name=x::y')
    expect(text).toContain('::kept-in-code::') // code is kept as written
    expect(md.render(text)).toContain('::set-output name=x::y') // the escape does not show
  })

  it.each([
    ['spaces inside', `feat!: drop x${' '.repeat(200_000)}y (#12)`],
    ['spaces at the end', `feat!: drop x (#12)${' '.repeat(200_000)}`],
    ['pull request numbers', `feat!: drop x ${'(#1'.repeat(70_000)}`],
    ['hashes', `feat!: drop x ${'#'.repeat(200_000)} y`]
  ])('drafts a huge subject (%s) in linear time', (_name, message) => {
    const started = Date.now()
    const { text } = draftGuide(null, input(changes([SHA_A, message])))
    expect(Date.now() - started).toBeLessThan(1000)
    expect(guideState(text)).toBe('draft')
  })

  it('escapes a workflow command on every line CommonMark reads as prose, whatever fences look like', () => {
    // "```~" does not close a backtick fence (a closing fence is backticks only), so the line after
    // the next "```" is prose
    const message = 'feat!: drop x\n\nBREAKING CHANGE: y\n```\n```~\n```\n::warning::pwned\n```\n    ```\n::error::x\n'
    const { text } = draftGuide(null, input(changes([SHA_A, message])))
    const code = new Set<number>()
    for (const token of md.parse(text, {}))
      if ((token.type === 'fence' || token.type === 'code_block') && token.map)
        for (let line = token.map[0]; line < token.map[1]; line++) code.add(line)
    const prose = text.split('\n').filter((_line, index) => !code.has(index))
    expect(prose.filter(line => /^\s*::/.test(line))).toEqual([])
  })

  it('keeps a subject that ends in # as text in its heading', () => {
    const { text } = draftGuide(null, input(changes([SHA_A, 'feat!: drop support for issue #'])))
    expect(text).toContain('## drop support for issue \\#')
    expect(md.render(text)).toContain('<h2>drop support for issue #</h2>')
  })
})
