import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs'
import * as path from 'node:path'
import { ConfinementError } from '../core/errors.js'

/** Whether anything is at `target` (a dangling or looping symlink too), without an error thrown for a missing one. */
function present(target: string): boolean {
  try {
    return lstatSync(target, { throwIfNoEntry: false }) !== undefined
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return false
    throw error
  }
}

/**
 * The real location of `target` with every symlink followed, also when it does not exist yet:
 * the deepest existing ancestor is resolved and the rest appended; a symlink to a missing path (a
 * write would create its target) is where it leads. A missing path is found with lstat (no error
 * made and thrown a level) and the rest resolved by the system's realpath: a plan confines a
 * hundred paths, most of them version files that are not there.
 */
export function realLocation(target: string, links = 0): string {
  const absolute = path.resolve(target)
  const rest: string[] = []
  let current = absolute
  for (;;) {
    if (present(current)) {
      try {
        return path.join(realpathSync.native(current), ...[...rest].reverse())
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error
        // a symlink whose target is missing: follow it (as writing through it would)
        if (lstatSync(current).isSymbolicLink()) {
          if (links >= 40) throw Object.assign(new Error(`Too many symlinks: ${current}`), { code: 'ELOOP' })
          // relative to the link's real folder (which exists: the link is in it)
          const next = path.resolve(realpathSync.native(path.dirname(current)), readlinkSync(current))
          return realLocation(path.join(next, ...[...rest].reverse()), links + 1)
        }
      }
    }
    const parent = path.dirname(current)
    if (parent === current) return absolute
    rest.push(path.basename(current))
    current = parent
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
