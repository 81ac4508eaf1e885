/**
 * The working tree as the components' planning sees it: one pass over the tracked files
 * (`git ls-files`, read once for every component) answers each component's folder listings, so
 * finding 200 components' version files costs one index, not a directory scan and a path check per
 * component and folder. A file's bytes are read from the working tree only when it is tracked, or
 * named in the configuration (a listed version file or changelog, tracked or not): an untracked or
 * ignored file (a build's generated `_version.py`) is never taken for a version file.
 */
import type { FileReader } from '../ports.js'

type FileView = Pick<FileReader, 'bytes' | 'list'>
type Entry = { name: string; directory: boolean }

export function trackedView(files: FileView, tracked: readonly string[], named: Iterable<string>): FileView {
  const known = new Set(tracked)
  for (const path of named) known.add(path)
  const folders = new Map<string, Map<string, boolean>>()
  const entry = (dir: string, name: string, directory: boolean) => {
    let entries = folders.get(dir)
    if (!entries) folders.set(dir, (entries = new Map()))
    if (directory || !entries.has(name)) entries.set(name, directory)
  }
  for (const file of tracked) {
    let dir = '.'
    let at = 0
    for (let slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
      const name = file.slice(at, slash)
      entry(dir, name, true)
      dir = file.slice(0, slash)
      at = slash + 1
    }
    entry(dir, file.slice(at), false)
  }
  const normal = (dir: string) => (dir === '' || dir === '.' ? '.' : dir.replace(/^\.\//, '').replace(/\/+$/, ''))
  return {
    list: (dir: string): Entry[] =>
      [...(folders.get(normal(dir)) ?? [])].map(([name, directory]) => ({ name, directory })),
    bytes: (path: string) => (known.has(path) ? files.bytes(path) : null)
  }
}
