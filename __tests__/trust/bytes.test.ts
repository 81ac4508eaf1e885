/**
 * Issue 10, item 7 — bytes are preserved: version files and the changelog are edited as bytes.
 * Non-UTF-8 content, a byte-order mark and CRLF line endings survive byte-identical outside the
 * edited span; the new changelog section uses the file's line ending. An auto-detected file that
 * can't be parsed is named in an error (the release stops, nothing changed), never skipped.
 * Real repositories with a bare origin, through the CLI (`apply`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import fc from 'fast-check'
import { cli } from '../../src/cli.js'
import { decodeFile, encodeFile, insertable } from '../../src/core/version-files/file-text.js'
import { prependChangelog } from '../../src/core/notes/notes.js'
import { projects, type TestRepo } from '../helpers/repo.js'
import { outsideFolder, worldState } from '../helpers/trust.js'

const { project, cleanup } = projects()
afterAll(cleanup)

const BOM = Buffer.from([0xef, 0xbb, 0xbf])
const latin1 = (text: string) => Buffer.from(text, 'latin1')
const crlf = (text: string) => text.replace(/\n/g, '\r\n')
const env = { ...process.env, GITHUB_WORKSPACE: '', SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 25) / 1000) }

/** A project whose files are replaced by these exact bytes, committed and pushed. */
function withBytes(files: Record<string, Buffer>): TestRepo {
  const repo = project('feat: something to release')
  for (const [file, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo.dir, file)), { recursive: true })
    writeFileSync(path.join(repo.dir, file), bytes)
  }
  repo.git('add', '-A')
  repo.commit('chore: files as they are')
  repo.publish('main')
  return repo
}

const bytesOf = (repo: TestRepo, file: string) => readFileSync(path.join(repo.dir, file))

/** The original bytes with exactly one span replaced: the first occurrence of `from` after `after`. */
function replaced(original: Buffer, from: string, to: string, after = 0): Buffer {
  const at = original.indexOf(Buffer.from(from), after)
  if (at < 0) throw new Error(`${from} not in the original`)
  return Buffer.concat([original.subarray(0, at), Buffer.from(to), original.subarray(at + from.length)])
}

/** What was inserted into `original` to make `result` (everything else byte-identical), or null. */
function insertion(original: Buffer, result: Buffer): Buffer | null {
  const added = result.length - original.length
  if (added < 0) return null
  for (let k = Math.min(original.length, result.length); k >= 0; k--) {
    if (!result.subarray(0, k).equals(original.subarray(0, k))) continue
    if (result.subarray(k + added).equals(original.subarray(k))) return result.subarray(k, k + added)
  }
  return null
}

async function apply(repo: TestRepo, ...flags: string[]) {
  return cli(['apply', '-C', repo.dir, ...flags], env)
}

describe('item 7: version files edited in place, byte for byte', () => {
  const pyproject = (version: string) =>
    `[project]\nname = "fast-vlm-ondevice"\nversion = "${version}"  # keep in sync\ndescription = "Vision–language on device"\n`

  it.each<[string, string, Buffer]>([
    ['pyproject.toml with CRLF line endings', 'pyproject.toml', Buffer.from(crlf(pyproject('1.2.0')))],
    ['pyproject.toml with a byte-order mark', 'pyproject.toml', Buffer.concat([BOM, Buffer.from(pyproject('1.2.0'))])],
    [
      'pyproject.toml in Latin-1 (not UTF-8)',
      'pyproject.toml',
      latin1(`# Café Ünïcode\n${pyproject('1.2.0').replace('–', '-')}`)
    ],
    [
      'pyproject.toml: BOM, CRLF and Latin-1 at once',
      'pyproject.toml',
      Buffer.concat([BOM, latin1(crlf(`# é\n${pyproject('1.2.0').replace('–', '-')}`))])
    ],
    [
      '__init__.py with CRLF and a Latin-1 docstring',
      'src/fast_vlm_ondevice/__init__.py',
      latin1(crlf('"""Démo."""\n\n__version__ = "1.2.0"\n'))
    ],
    [
      'Version.swift with CRLF and no final newline',
      'ios/Sources/FastVLMKit/Version.swift',
      Buffer.from(crlf('public enum FastVLMKit {\n    public static let version = "1.2.0"\n}'))
    ],
    [
      'package.json with a byte-order mark',
      'package.json',
      Buffer.concat([BOM, Buffer.from('{\n  "name": "kit",\n  "version": "1.2.0"\n}\n')])
    ],
    [
      'package.json with BOM and CRLF, tab-indented',
      'package.json',
      Buffer.concat([BOM, Buffer.from(crlf('{\n\t"name": "kit",\n\t"version": "1.2.0",\n\t"private": true\n}\n'))])
    ],
    [
      'Cargo.toml with BOM and CRLF',
      'Cargo.toml',
      Buffer.concat([BOM, Buffer.from(crlf('[package]\nname = "kit"\nversion = "1.2.0"\nedition = "2021"\n'))])
    ]
  ])('%s', async (_name, file, original) => {
    const repo = withBytes({ [file]: original })
    const result = await apply(repo)
    expect(result.stderr).not.toMatch(/error/)
    expect(result.code).toBe(0)
    expect(bytesOf(repo, file).equals(replaced(original, '1.2.0', '1.3.0'))).toBe(true)
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n')).toContain(file)
  })

  it('a listed plain VERSION file with CRLF and a blank line', async () => {
    const original = Buffer.from('1.2.0\r\n\r\n')
    const repo = withBytes({ VERSION: original })
    const result = await apply(repo, '--version-files', 'VERSION')
    expect(result.code).toBe(0)
    expect(bytesOf(repo, 'VERSION').equals(replaced(original, '1.2.0', '1.3.0'))).toBe(true)
  })

  it('a listed setup.cfg in Latin-1', async () => {
    const original = latin1('[metadata]\nname = kit\nauthor = José Müller\nversion = 1.2.0\n')
    const repo = withBytes({ 'setup.cfg': original })
    const result = await apply(repo, '--version-files', 'setup.cfg')
    expect(result.code).toBe(0)
    expect(bytesOf(repo, 'setup.cfg').equals(replaced(original, '1.2.0', '1.3.0'))).toBe(true)
  })
})

describe('item 7: an auto-detected file that cannot be parsed is named, never skipped', () => {
  it.each<[string, string, string, RegExp]>([
    [
      'package.json with a trailing comma',
      'package.json',
      '{\n  "name": "kit",\n  "version": "1.2.0",\n}\n',
      /package\.json \(found as a version file\) can't be read, so its version can't be updated: package\.json is not valid JSON\. Fix the file/
    ],
    [
      'package.json cut short',
      'package.json',
      '{\n  "name": "kit",\n  "version": "1.2.0"\n',
      /package\.json \(found as a version file\) can't be read/
    ],
    [
      'pyproject.toml that is not TOML',
      'pyproject.toml',
      '[project\nversion = "1.2.0"\n',
      /pyproject\.toml \(found as a version file\) can't be read, so its version can't be updated: .*TOML/
    ],
    [
      'Cargo.toml that is not TOML',
      'Cargo.toml',
      '[package]\nversion = 1.2.0"\n',
      /Cargo\.toml \(found as a version file\) can't be read.*Cargo\.toml is not valid TOML/
    ]
  ])('%s: one error, the repository and the remote as they were', async (_name, file, text, message) => {
    const repo = withBytes({ [file]: Buffer.from(text) })
    const outside = outsideFolder(repo)
    const before = worldState(repo, outside.dir)
    for (const command of [['apply'], ['plan']]) {
      const result = await cli([...command, '-C', repo.dir], env)
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).toMatch(/Nothing was changed\.\n$/)
      expect(result.stderr).not.toMatch(/Unexpected error/)
      expect(worldState(repo, outside.dir)).toEqual(before)
    }
  })

  it('a package.json listed in version_files with a trailing comma says to fix it or unlist it', async () => {
    const repo = withBytes({ 'sub/package.json': Buffer.from('{ "version": "1.2.0", }') })
    const before = repo.snapshot()
    const result = await apply(repo, '--version-files', 'sub/package.json')
    expect(result.stderr).toMatch(
      /sub\/package\.json \(listed in version_files\) can't be read.*or remove it from version_files/
    )
    expect(repo.snapshot()).toEqual(before)
  })
})

describe('item 7: the changelog keeps its bytes; the new section uses its line ending', () => {
  const history = '# Changelog\n\nAll notable changes.\n\n## [1.2.0] - 2026-01-01\n\n### Features\n\n- the first\n'

  it.each<[string, Buffer, '\n' | '\r\n']>([
    ['CRLF', Buffer.from(crlf(history)), '\r\n'],
    ['a byte-order mark', Buffer.concat([BOM, Buffer.from(history)]), '\n'],
    ['Latin-1 text (not UTF-8)', latin1(history.replace('All notable', 'Tous les changements notés: é à ü')), '\n'],
    ['BOM, CRLF and Latin-1 at once', Buffer.concat([BOM, latin1(crlf(history.replace('All', 'Déjà')))]), '\r\n'],
    ['CRLF with only a title and no final newline', Buffer.from('# Changelog\r\n\r\nNothing yet.'), '\r\n'],
    [
      'mostly LF with one CRLF line',
      Buffer.from(history.replace('All notable changes.\n', 'All notable changes.\r\n')),
      '\n'
    ],
    [
      'CRLF with an Unreleased section kept on top',
      Buffer.from(crlf(`# Changelog\n\n## [Unreleased]\n\n- soon\n\n${history.slice(13)}`)),
      '\r\n'
    ]
  ])('%s', async (_name, original, eol) => {
    const repo = withBytes({ 'CHANGELOG.md': original })
    const result = await apply(repo)
    expect(result.code).toBe(0)
    const after = bytesOf(repo, 'CHANGELOG.md')
    const added = insertion(original, after)
    expect(added).not.toBeNull()
    const text = added!.toString('utf8')
    expect(text).toContain('1.3.0 (2026-11-25)')
    expect(text).toContain('something to release')
    const lineEnds = text.match(/\r?\n/g) ?? []
    expect(lineEnds.length).toBeGreaterThan(2)
    expect(lineEnds.every(end => end === eol)).toBe(true)
    if (original.subarray(0, 3).equals(BOM)) expect(after.subarray(0, 3).equals(BOM)).toBe(true)
  })

  it('a new changelog is created with LF line endings', async () => {
    const repo = project('feat: first changelog')
    const result = await apply(repo)
    expect(result.code).toBe(0)
    expect(repo.read('CHANGELOG.md')).toMatch(/^# Changelog\n\n## 1\.3\.0 \(2026-11-25\)\n/)
    expect(repo.read('CHANGELOG.md')).not.toContain('\r')
  })
})

describe('item 7: decoding and encoding are exact (src/core/version-files/file-text.ts)', () => {
  it('any bytes decode and encode back to the very same bytes (fast-check, 500 runs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (body, bom) => {
        const bytes = bom ? Uint8Array.from([...BOM, ...body]) : body
        const decoded = decodeFile(bytes)
        expect(Buffer.from(encodeFile(decoded, decoded.text)).equals(Buffer.from(bytes))).toBe(true)
      }),
      { numRuns: 500 }
    )
  })

  it('any UTF-8 text with any line endings: a prepended section changes nothing else (fast-check, 300 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), (body, windows) => {
        const text = `# Changelog\n\n## [1.0.0]\n${body}\n`
        const original = Buffer.from(windows ? crlf(text) : text)
        const decoded = decodeFile(original)
        const out = Buffer.from(
          encodeFile(decoded, prependChangelog(decoded.text, insertable(decoded, '## [2.0.0]\n\n- é\n'), decoded.eol))
        )
        const added = insertion(original, out)
        expect(added).not.toBeNull()
      }),
      { numRuns: 300 }
    )
  })

  it('a Latin-1 file gets the inserted text as UTF-8 bytes, its own bytes untouched', () => {
    const decoded = decodeFile(latin1('café\n'))
    expect(decoded.binary).toBe(true)
    const out = Buffer.from(encodeFile(decoded, insertable(decoded, 'é\n') + decoded.text))
    expect(out.equals(Buffer.concat([Buffer.from('é\n'), latin1('café\n')]))).toBe(true)
  })

  it('line endings: CRLF when most lines end so', () => {
    expect(decodeFile(Buffer.from('a\r\nb\r\nc\n')).eol).toBe('\r\n')
    expect(decodeFile(Buffer.from('a\nb\nc\r\n')).eol).toBe('\n')
    expect(decodeFile(Buffer.from('no line end')).eol).toBe('\n')
    expect(insertable({ binary: false, eol: '\r\n' }, 'x\ny\n')).toBe('x\r\ny\r\n')
  })
})
