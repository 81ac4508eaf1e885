import { existsSync, realpathSync } from 'node:fs'
import * as path from 'node:path'
import { ConfinementError } from '../core/errors.js'

/**
 * The real location of `target` with every symlink followed, also when it does not exist yet:
 * the deepest existing ancestor is resolved and the rest appended.
 */
export function realLocation(target: string): string {
  const absolute = path.resolve(target)
  const rest: string[] = []
  let current = absolute
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest.reverse())
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error
      const parent = path.dirname(current)
      if (parent === current) return absolute
      rest.push(path.basename(current))
      current = parent
    }
  }
}

function inside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/**
 * Keeps every path the action reads or writes inside the workspace and outside `.git/`, with
 * symlinks followed: `confine(what, relativePath)` returns the real absolute path or throws one
 * clear error naming the input and the path before anything is touched.
 */
export class Workspace {
  readonly root: string
  private readonly gitDir: string

  constructor(root: string, gitDir = path.join(root, '.git')) {
    this.root = realLocation(root)
    this.gitDir = realLocation(path.isAbsolute(gitDir) ? gitDir : path.join(root, gitDir))
  }

  /** `relative` is resolved from `from` (the workspace root unless given), and named as given in errors. */
  confine(what: string, relative: string, from: string = this.root): string {
    const real = realLocation(path.resolve(from, relative))
    if (!inside(real, this.root)) {
      throw new ConfinementError(
        `${what} "${relative}" resolves to ${real}, outside the workspace ${this.root} (a symlink or "..": nothing was changed). ` +
          'Name a file inside the repository, and do not commit symlinks that point out of it.'
      )
    }
    if (inside(real, this.gitDir) || real.split(path.sep).includes('.git')) {
      throw new ConfinementError(
        `${what} "${relative}" resolves to ${real}, inside the git directory: nothing was changed. Name a file of the working tree.`
      )
    }
    return real
  }

  /** Whether a path found by a glob stays inside the workspace (symlinks followed). */
  contains(absolute: string): boolean {
    const real = realLocation(absolute)
    return inside(real, this.root) && !inside(real, this.gitDir)
  }
}

/**
 * The workspace of a run in `cwd`: GITHUB_WORKSPACE when the run is inside it, else the repository
 * root (the nearest folder up that holds `.git`), else `cwd` itself.
 */
export function workspaceRoot(cwd: string, githubWorkspace: string | undefined): string {
  const real = realLocation(cwd)
  if (githubWorkspace) {
    const workspace = realLocation(githubWorkspace)
    if (inside(real, workspace)) return workspace
  }
  for (let dir = real; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir
    if (path.dirname(dir) === dir) return real
  }
}
