import type { Component } from './types.js'

/**
 * Which components a changed file belongs to: the component with the longest path it lies under
 * (nested packages: `packages/a/sub` wins over `packages/a`, the root `.` takes what no other
 * claims), unless that component excludes it (then the next longest), plus every component that
 * lists it under `shared_paths`. Literal paths are looked up in a tree of path segments (the cost
 * is the file's depth, not the number of components); globs (`*` a segment's characters, `**`
 * any segments) are tried one by one. Each file's answer is cached: files recur across commits.
 */
export interface Attributor {
  /** The components (indexes into the list given) the file belongs to; [] for none. */
  owners(file: string): readonly number[]
}

interface Node {
  children: Map<string, Node>
  /** Components whose path ends here. */
  owners: number[]
}

const node = (): Node => ({ children: new Map(), owners: [] })

/** `*` one segment's characters, `**` any number of segments: the folder the glob names. */
export function globRegExp(glob: string): RegExp {
  const source = glob
    .split('/')
    .map(part =>
      part === '**' ? '(?:[^/]+/)*?[^/]*' : part.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '[^/]*')
    )
    .join('/')
  return new RegExp(`^(${source})(?:/|$)`)
}

interface Matcher {
  literal: Node
  globs: Array<{ index: number; re: RegExp }>
}

function matcher(entries: Array<{ index: number; paths: string[] }>): Matcher {
  const literal = node()
  const globs: Matcher['globs'] = []
  for (const { index, paths } of entries) {
    for (const path of paths) {
      if (path.includes('*')) {
        globs.push({ index, re: globRegExp(path) })
        continue
      }
      let at = literal
      for (const part of path === '' ? [] : path.split('/')) {
        let child = at.children.get(part)
        if (!child) at.children.set(part, (child = node()))
        at = child
      }
      at.owners.push(index)
    }
  }
  return { literal, globs }
}

/** The components whose paths the file lies under, with the depth (segments) of the path, deepest first. */
function matches(m: Matcher, file: string): Array<{ index: number; depth: number }> {
  const found: Array<{ index: number; depth: number }> = []
  let at: Node | undefined = m.literal
  let depth = 0
  const parts = file.split('/')
  for (;;) {
    for (const index of at.owners) found.push({ index, depth })
    if (depth >= parts.length - 1) break // a path names a folder: the file's own name is no folder
    at = at.children.get(parts[depth])
    if (!at) break
    depth++
  }
  for (const glob of m.globs) {
    const match = glob.re.exec(file)
    if (match && match[1].length < file.length) found.push({ index: glob.index, depth: match[1].split('/').length })
  }
  return found.sort((a, b) => b.depth - a.depth)
}

export function attributor(components: Component[]): Attributor {
  const owned = matcher(components.map((c, index) => ({ index, paths: c.paths })))
  const shared = matcher(components.map((c, index) => ({ index, paths: c.sharedPaths })))
  const excluded = components.map(c => (c.exclude.length > 0 ? matcher([{ index: 0, paths: c.exclude }]) : null))
  const cache = new Map<string, readonly number[]>()
  const owners = (file: string): readonly number[] => {
    const cached = cache.get(file)
    if (cached) return cached
    const result: number[] = []
    for (const { index } of matches(owned, file)) {
      const exclude = excluded[index]
      if (exclude && matches(exclude, file).length > 0) continue
      result.push(index)
      break
    }
    for (const { index } of matches(shared, file)) if (!result.includes(index)) result.push(index)
    if (cache.size < 200_000) cache.set(file, result)
    return result
  }
  return { owners }
}

/** The folders the files lie in (every prefix), to look a literal path up at once. */
export function foldersOf(files: readonly string[]): Set<string> {
  const folders = new Set<string>()
  for (const file of files) {
    for (let at = file.indexOf('/'); at > 0; at = file.indexOf('/', at + 1)) folders.add(file.slice(0, at))
  }
  return folders
}

/** A path of a component that no file of the repository lies under (a typo): the first such, or null. */
export function unmatchedPath(
  component: Component,
  files: readonly string[],
  folders: ReadonlySet<string> = foldersOf(files)
): string | null {
  for (const path of [...component.paths, ...component.sharedPaths]) {
    if (path === '') continue
    if (!path.includes('*')) {
      if (!folders.has(path)) return path
      continue
    }
    const m = matcher([{ index: 0, paths: [path] }])
    if (!files.some(file => matches(m, file).length > 0)) return path
  }
  return null
}
