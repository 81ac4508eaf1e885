import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { acquireRunLock, STALE_AFTER_MS } from '../../src/adapters/lock.js'
import { checkWrittenPaths, relativePath } from '../../src/core/config/checks.js'
import { pythonVersionFiles } from '../../src/core/version-files/layout.js'
import { scrubTokens } from '../../src/core/text/tokens.js'

describe('token-shaped text: a real token masked, ordinary text left alone', () => {
  it('a commit subject naming a private key header masks that header only, not the notes after it', () => {
    const notes = [
      '### Bug Fixes',
      '',
      '- **scan:** detect `-----BEGIN OPENSSH PRIVATE KEY-----` headers in uploads (abc1234)',
      '- **cli:** keep the exit code (def5678)',
      '',
      '### Features',
      '',
      '- add --json (0123abc)'
    ].join('\n')
    const out = scrubTokens(notes)
    expect(out).toContain('- **cli:** keep the exit code (def5678)')
    expect(out).toContain('- add --json (0123abc)')
    expect(out).not.toContain('-----BEGIN OPENSSH PRIVATE KEY-----')
  })

  it('a pasted key block, with or without its end line, is masked whole', () => {
    const body = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW'
    const block = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n${body}\n-----END OPENSSH PRIVATE KEY-----`
    expect(scrubTokens(`before\n${block}\nafter`)).toBe('before\n***\nafter')
    const cut = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n${body}`
    const out = scrubTokens(`before\n${cut}\n\n- next entry (abc1234)`)
    expect(out).not.toContain(body)
    expect(out).toContain('- next entry (abc1234)')
  })

  it('a merge subject with a long pypi- branch name is not a PyPI token', () => {
    const subject = 'Merge pull request #12 from acme/pypi-upload-retry-with-backoff-and-token-refresh-support'
    expect(scrubTokens(subject)).toBe(subject)
    const token = `pypi-AgEIcHlwaS5vcmcCJDA${'x'.repeat(60)}`
    expect(scrubTokens(`token ${token} leaked`)).toBe('token *** leaked')
  })
})

describe('the run lock: a clock that lies does not hold it forever', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'fvr-adv-lock-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('takes over an unreadable lock file whose mtime is a day in the future', async () => {
    const file = path.join(dir, 'fastvlm-release.lock')
    writeFileSync(file, 'garbage')
    const future = new Date(Date.now() + 24 * 60 * 60 * 1000)
    utimesSync(file, future, future)
    await (await acquireRunLock(dir)).release()
  })

  it('takes over a lock whose holder started a day in the future (another host, a wrong clock)', async () => {
    writeFileSync(
      path.join(dir, 'fastvlm-release.lock'),
      JSON.stringify({
        pid: 1,
        host: 'elsewhere',
        started: new Date(Date.now() + STALE_AFTER_MS + 24 * 60 * 60 * 1000).toISOString(),
        token: 'old'
      })
    )
    await (await acquireRunLock(dir)).release()
  })
})

describe('files a run writes: the same file under two spellings is still the same file', () => {
  it('a path input has one spelling (docs//x.md, ././x.md, docs/./x.md)', () => {
    expect(relativePath('changelog_file', 'docs//CHANGES.md')).toBe('docs/CHANGES.md')
    expect(relativePath('changelog_file', '././CHANGELOG.md')).toBe('CHANGELOG.md')
    expect(relativePath('rollback_record', 'docs/./ROLLBACKS.md')).toBe('docs/ROLLBACKS.md')
    expect(relativePath('release_dir', 'out/')).toBe('out')
    expect(relativePath('release_dir', '.')).toBe('.')
    expect(() => relativePath('changelog_file', '//etc/passwd')).toThrow(/invalid value/)
    expect(() => relativePath('changelog_file', 'docs/.//../../x.md')).toThrow(/invalid value/)
  })

  it('rollback_record ././CHANGELOG.md and changelog_file CHANGELOG.md clash', () => {
    expect(() =>
      checkWrittenPaths(
        [
          { setting: 'rollback_record', path: relativePath('rollback_record', '././CHANGELOG.md') },
          { setting: 'changelog_file', path: relativePath('changelog_file', 'CHANGELOG.md') }
        ],
        [],
        () => false
      )
    ).toThrow(/are the same file/)
  })
})

describe('token prefixes in ordinary names', () => {
  it('a module or branch named xoxb-… or glpat-… in words is left alone; a token is masked', () => {
    for (const subject of [
      'chore: rename xoxb-token-handling-module-v2',
      'Merge branch glpat-rotation-and-cleanup-of-old-tokens'
    ])
      expect(scrubTokens(subject)).toBe(subject)
    expect(scrubTokens('leaked xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx here')).toBe('leaked *** here')
    expect(scrubTokens('leaked glpat-Xy9_abcDEF12345ghijk here')).toBe('leaked *** here')
  })
})

describe("setuptools' dynamic version from a file", () => {
  const tree = (files: Record<string, string>) => ({
    read: (file: string) => files[file] ?? null,
    list: (dir: string) => {
      const prefix = dir === '.' ? '' : `${dir}/`
      const names = new Map<string, boolean>()
      for (const file of Object.keys(files)) {
        if (!file.startsWith(prefix)) continue
        const [name, ...rest] = file.slice(prefix.length).split('/')
        names.set(name, rest.length > 0)
      }
      return [...names].map(([name, directory]) => ({ name, directory }))
    }
  })

  it('pyproject.toml [tool.setuptools.dynamic] version = { file = … } names the version file', () => {
    const files = tree({
      'pyproject.toml':
        '[project]\nname = "acme"\ndynamic = ["version"]\n\n[tool.setuptools.dynamic]\nversion = { file = "src/acme/VERSION" }\n',
      'src/acme/VERSION': '1.2.0\n',
      'src/acme/core.py': ''
    })
    expect(pythonVersionFiles(files)).toContain('src/acme/VERSION')
  })

  it('setup.cfg version = file: … names it too', () => {
    const files = tree({
      'setup.cfg': '[metadata]\nname = acme\nversion = file: acme/VERSION\n',
      'acme/VERSION': '1.2.0\n'
    })
    expect(pythonVersionFiles(files)).toContain('acme/VERSION')
  })
})
