import { existsSync, readdirSync, readFileSync, rmSync, statSync, mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { FileStore } from '../usecases/ports.js'

export class LocalFiles implements FileStore {
  constructor(private readonly root: string) {}

  absolute(file: string): string {
    return path.resolve(this.root, file)
  }

  read(file: string): string | null {
    const full = this.absolute(file)
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : null
  }

  bytes(file: string): Buffer | null {
    const full = this.absolute(file)
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full) : null
  }

  write(file: string, text: string): void {
    const full = this.absolute(file)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, text)
  }

  remove(file: string): void {
    rmSync(this.absolute(file), { force: true })
  }

  async glob(pattern: string): Promise<string[]> {
    const { glob } = await import('tinyglobby')
    return (
      await glob(pattern, { cwd: this.root, dot: true, onlyFiles: true, ignore: ['**/node_modules/**', '.git/**'] })
    ).sort()
  }

  list(dir: string): { name: string; directory: boolean }[] {
    const full = this.absolute(dir)
    if (!existsSync(full) || !statSync(full).isDirectory()) return []
    return readdirSync(full, { withFileTypes: true }).map(entry => ({
      name: entry.name,
      directory: entry.isDirectory()
    }))
  }
}
