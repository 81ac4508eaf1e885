import { parse as parseToml } from 'smol-toml'
import type { FileStore } from './ports.js'

/** The Python distribution name from pyproject.toml ([project] or [tool.poetry]), or null. */
export function packageNameFrom(files: FileStore): string | null {
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
