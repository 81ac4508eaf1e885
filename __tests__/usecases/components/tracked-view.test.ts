import { trackedView } from '../../../src/usecases/components/tracked-view.js'

/** The components' view of the working tree: folder listings from one pass over the tracked files. */
describe('components: the tracked files as the planning sees them', () => {
  const disk = new Map<string, string>([
    ['packages/a/package.json', '{"version":"1.0.0"}'],
    ['packages/a/src/a/_version.py', '__version__ = "9.9.9"'],
    ['packages/a/CHANGELOG.md', '# old\n'],
    ['packages/b/pyproject.toml', '[project]\nversion = "1.0.0"\n']
  ])
  const reads: string[] = []
  const files = {
    bytes: (path: string) => {
      reads.push(path)
      return disk.has(path) ? Buffer.from(disk.get(path)!) : null
    },
    list: () => {
      throw new Error('the tracked view lists no folder from the disk')
    }
  }
  // _version.py is generated (ignored), CHANGELOG.md not yet added: neither is tracked
  const view = trackedView(
    files,
    ['packages/a/package.json', 'packages/b/pyproject.toml', 'README.md'],
    ['packages/a/CHANGELOG.md']
  )

  it('lists folders from the tracked files, folders before files of the same name', () => {
    expect(view.list('.')).toEqual([
      { name: 'packages', directory: true },
      { name: 'README.md', directory: false }
    ])
    expect(view.list('./packages/')).toEqual([
      { name: 'a', directory: true },
      { name: 'b', directory: true }
    ])
    expect(view.list('packages/a')).toEqual([{ name: 'package.json', directory: false }])
    expect(view.list('packages/a/src')).toEqual([])
  })

  it('reads a tracked or configured file from the working tree; an untracked one is no file', () => {
    expect(view.bytes('packages/a/package.json')?.toString()).toContain('1.0.0')
    expect(view.bytes('packages/a/CHANGELOG.md')?.toString()).toBe('# old\n')
    reads.length = 0
    expect(view.bytes('packages/a/src/a/_version.py')).toBeNull()
    expect(view.bytes('packages/a/Cargo.toml')).toBeNull()
    expect(reads).toEqual([])
  })
})
