import { parse as parseToml } from 'smol-toml'
import type { Installation } from '../core/notes/notes.js'
import type { FileReader } from './ports.js'

/** The Python distribution name from pyproject.toml ([project] or [tool.poetry]), or null. */
export function packageNameFrom(files: Pick<FileReader, 'read'>): string | null {
  const text = files.read('pyproject.toml')
  if (!text) return null
  try {
    const data = parseToml(text) as { project?: { name?: unknown }; tool?: { poetry?: { name?: unknown } } }
    const name = data.project?.name ?? data.tool?.poetry?.name
    return typeof name === 'string' ? name : null
  } catch {
    return null
  }
}

/** The npm package of package.json at the root: its name, unless it is private (not published). */
export function npmPackageFrom(files: Pick<FileReader, 'read'>): string | null {
  const text = files.read('package.json')
  if (!text) return null
  try {
    const data = JSON.parse(text) as { name?: unknown; private?: unknown }
    return typeof data.name === 'string' && data.name !== '' && data.private !== true ? data.name : null
  } catch {
    return null
  }
}

/**
 * The packages beyond Python the repository's metadata declares, for the notes' install lines:
 * a public package.json (npm), a Package.swift at the root (Swift Package Manager, at the
 * repository's URL).
 */
export function installsFrom(files: Pick<FileReader, 'read'>, repoUrl: string | null): Installation[] {
  const installs: Installation[] = []
  const npm = npmPackageFrom(files)
  if (npm) installs.push({ kind: 'npm', name: npm })
  if (repoUrl && files.read('Package.swift') !== null) installs.push({ kind: 'swift', url: `${repoUrl}.git` })
  return installs
}
