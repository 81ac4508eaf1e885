import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { realLocation, Workspace } from '../../src/adapters/confine.js'

describe('paths stay inside the workspace, symlinks followed', () => {
  let base: string
  let root: string
  let outside: string
  beforeEach(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'fvr-confine-'))
    root = path.join(base, 'repo')
    outside = path.join(base, 'outside')
    mkdirSync(path.join(root, '.git'), { recursive: true })
    mkdirSync(path.join(root, 'docs'), { recursive: true })
    mkdirSync(outside)
    writeFileSync(path.join(outside, 'secret.txt'), 'x')
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'CHANGELOG.md'))
    symlinkSync(outside, path.join(root, 'linked-dir'))
    symlinkSync(path.join(root, '.git'), path.join(root, 'gitlink'))
    symlinkSync(path.join(root, 'docs'), path.join(root, 'docs-link'))
  })
  afterEach(() => rmSync(base, { recursive: true, force: true }))

  const refused: Array<[string, RegExp]> = [
    ['CHANGELOG.md', /changelog_file "CHANGELOG\.md" resolves to .*outside the workspace/],
    ['linked-dir/new-file.md', /outside the workspace/],
    ['../outside/x.md', /outside the workspace/],
    ['/etc/passwd', /outside the workspace/],
    ['.git/config', /inside the git directory/],
    ['gitlink/hooks/pre-commit', /inside the git directory/],
    ['sub/.git/x', /inside the git directory/]
  ]
  it.each(refused)('refuses %s', (relative, message) => {
    expect(() => new Workspace(root).confine('changelog_file', relative)).toThrow(message)
  })

  it('accepts files inside, existing or not, through inner symlinks too', () => {
    const workspace = new Workspace(root)
    expect(workspace.confine('release_notes_file', 'release-notes.md')).toBe(
      path.join(realLocation(root), 'release-notes.md')
    )
    expect(workspace.confine('rollback_record', 'docs-link/ROLLBACKS.md')).toBe(
      path.join(realLocation(root), 'docs', 'ROLLBACKS.md')
    )
    expect(workspace.confine('x', 'new/dir/file')).toBe(path.join(realLocation(root), 'new', 'dir', 'file'))
    expect(workspace.contains(path.join(root, 'linked-dir', 'secret.txt'))).toBe(false)
    expect(workspace.contains(path.join(root, 'docs-link'))).toBe(true)
  })

  it('follows a symlink to a missing file: one out of the workspace is refused, one inside is where it leads', () => {
    symlinkSync(path.join(outside, 'new.md'), path.join(root, 'dangling-out.md'))
    symlinkSync(path.join(root, 'docs', 'new.md'), path.join(root, 'dangling-in.md'))
    // a relative dangling link inside a symlinked folder: relative to the folder's real place (outside)
    symlinkSync('../outside-new.md', path.join(outside, 'relative.md'))
    symlinkSync('loop-b', path.join(root, 'loop-a'))
    symlinkSync('loop-a', path.join(root, 'loop-b'))
    const workspace = new Workspace(root)
    expect(() => workspace.confine('changelog_file', 'dangling-out.md')).toThrow(/outside the workspace/)
    expect(() => workspace.confine('changelog_file', 'linked-dir/missing/new.md')).toThrow(/outside the workspace/)
    expect(workspace.confine('changelog_file', 'dangling-in.md')).toBe(path.join(realLocation(root), 'docs', 'new.md'))
    expect(() => workspace.confine('changelog_file', 'loop-a')).toThrow(/ELOOP|symlinks/)
    expect(() => workspace.confine('changelog_file', 'linked-dir/relative.md')).toThrow(/outside the workspace/)
    symlinkSync('linked-dir/relative.md', path.join(root, 'through.md'))
    expect(() => workspace.confine('changelog_file', 'through.md')).toThrow(/outside the workspace/)
  })

  it('gives the same real paths as realpath for what exists, and appends what does not', () => {
    const real = realLocation(root)
    expect(realLocation(path.join(root, 'docs-link'))).toBe(path.join(real, 'docs'))
    expect(realLocation(path.join(root, 'docs-link', 'a', 'b.md'))).toBe(path.join(real, 'docs', 'a', 'b.md'))
    expect(realLocation(path.join(root, 'release-notes.md', 'below'))).toBe(
      path.join(real, 'release-notes.md', 'below')
    )
    writeFileSync(path.join(root, 'file.txt'), 'x')
    expect(realLocation(path.join(root, 'file.txt', 'below'))).toBe(path.join(real, 'file.txt', 'below'))
  })
})
