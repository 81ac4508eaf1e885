import { existsSync, readdirSync, readFileSync, rmSync, statSync, mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { ConfinementError } from '../core/errors.js'
import type { Scrub } from '../core/text/secrets.js'
import type { FileStore } from '../usecases/ports.js'
import { realLocation, Workspace } from './confine.js'

/** Whether a path (a link followed) is a folder; false when it can't be read. */
function isDirectory(full: string): boolean {
  try {
    return statSync(full).isDirectory()
  } catch {
    return false
  }
}

export interface LocalFilesOptions {
  /** Where every path must lie (symlinks followed); default: the root itself. */
  workspace?: Workspace
  /** Applied to everything written (secrets never reach a file); default: nothing scrubbed. */
  scrub?: Scrub
}

/**
 * The files of a run, relative to `root`. Every path is confined to the workspace with symlinks
 * followed (src/adapters/confine.ts) before it is read or written, and every text written is scrubbed
 * of the run's secrets.
 */
export class LocalFiles implements FileStore {
  private readonly workspace: Workspace
  private readonly scrub: Scrub

  constructor(
    private readonly root: string,
    options: LocalFilesOptions = {}
  ) {
    this.workspace = options.workspace ?? new Workspace(root)
    this.scrub = options.scrub ?? (text => text)
  }

  absolute(file: string): string {
    return path.resolve(this.root, file)
  }

  confine(what: string, file: string): string {
    return this.workspace.confine(what, file, this.root)
  }

  realRelative(file: string): string {
    return path.relative(realLocation(this.root), this.real(file)).split(path.sep).join('/')
  }

  private real(file: string): string {
    return this.confine('The path', file)
  }

  read(file: string): string | null {
    const full = this.real(file)
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : null
  }

  bytes(file: string): Buffer | null {
    const full = this.real(file)
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full) : null
  }

  write(file: string, text: string): void {
    const full = this.real(file)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, this.scrub(text))
  }

  writeBytes(file: string, data: Uint8Array): void {
    const full = this.real(file)
    mkdirSync(path.dirname(full), { recursive: true })
    // secrets are ASCII: scrubbed byte for byte (one character a byte), the rest untouched
    const binary = Buffer.from(data).toString('latin1')
    const scrubbed = this.scrub(binary)
    writeFileSync(full, scrubbed === binary ? data : Buffer.from(scrubbed, 'latin1'))
  }

  remove(file: string): void {
    this.real(file) // a symlink out is refused; the link itself (not its target) is removed
    rmSync(this.absolute(file), { force: true })
  }

  /**
   * Symlinked folders that lead out of the workspace (or into .git), relative to the root, found
   * without following any link: a glob never enters them.
   */
  private linksOut(): string[] {
    this.outLinks ??= this.findLinksOut()
    return this.outLinks
  }

  /** Found once a run: the files we write are never links. */
  private outLinks: string[] | null = null

  private findLinksOut(): string[] {
    const found: string[] = []
    const walk = (dir: string): void => {
      let entries
      try {
        entries = readdirSync(dir, { withFileTypes: true })
      } catch {
        return
      }
      for (const entry of entries) {
        if (entry.name === '.git' || entry.name === 'node_modules') continue
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (entry.isSymbolicLink() && !this.workspace.contains(full) && isDirectory(full)) {
          found.push(path.relative(this.root, full).split(path.sep).join('/'))
        }
      }
    }
    walk(this.workspace.root)
    return found
  }

  async glob(pattern: string): Promise<string[]> {
    const { glob } = await import('tinyglobby')
    const out = this.linksOut()
    const matches = await glob(pattern, {
      cwd: this.root,
      dot: true,
      onlyFiles: true,
      ignore: ['**/node_modules/**', '.git/**', '**/.git/**', ...out.map(link => `${link}/**`)]
    })
    for (const match of matches) {
      if (!this.workspace.contains(path.resolve(this.root, match))) {
        throw new ConfinementError(
          `The glob "${pattern}" matches ${match}, which resolves outside the workspace ${this.workspace.root} or into .git (a symlink or ".."): nothing was changed. ` +
            'Narrow the glob to files inside the repository, and do not commit symlinks that point out of it.'
        )
      }
    }
    return matches.sort()
  }

  list(dir: string): { name: string; directory: boolean }[] {
    const full = this.real(dir)
    if (!existsSync(full) || !statSync(full).isDirectory()) return []
    return readdirSync(full, { withFileTypes: true }).map(entry => ({
      name: entry.name,
      directory: entry.isDirectory()
    }))
  }
}
