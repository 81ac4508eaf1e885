import { parse as parseToml } from 'smol-toml'
import { ConfigurationError } from '../errors.js'
import { TOML_VERSION_KEY, type VersionFormat, type VersionLocation } from './format.js'

/** The project's own entry of a uv.lock: the [[package]] whose source is the project itself (`editable` or `virtual` "."). */
function ownEntry(text: string): VersionLocation | null {
  let data: { package?: Array<{ version?: unknown; source?: Record<string, unknown> }> }
  try {
    data = parseToml(text) as typeof data
  } catch (error) {
    throw new ConfigurationError(`uv.lock is not valid TOML: ${(error as Error).message.split('\n')[0]}`)
  }
  const own = (data.package ?? []).filter(entry => entry.source?.editable === '.' || entry.source?.virtual === '.')
  if (own.length !== 1 || typeof own[0].version !== 'string') return null
  // the same entry in the text: the [[package]] block with that source line
  const lines = text.split('\n')
  let offset = 0
  let block: { version: VersionLocation | null; own: boolean } | null = null
  const blocks: Array<{ version: VersionLocation | null; own: boolean }> = []
  for (const line of lines) {
    if (/^\s*\[/.test(line)) {
      block = /^\s*\[\[\s*package\s*\]\]/.test(line) ? { version: null, own: false } : null
      if (block) blocks.push(block)
    } else if (block) {
      if (/^\s*source\s*=\s*\{\s*(?:editable|virtual)\s*=\s*"\."\s*\}/.test(line)) block.own = true
      const match = TOML_VERSION_KEY.exec(line)
      if (match?.groups?.v !== undefined && !block.version) {
        const start = offset + match[0].length - match.groups.v.length - 1
        block.version = { version: match.groups.v, start, end: start + match.groups.v.length }
      }
    }
    offset += line.length + 1
  }
  const found = blocks.filter(candidate => candidate.own && candidate.version)
  return found.length === 1 && found[0].version?.version === own[0].version ? found[0].version : null
}

/** uv.lock: the project's own entry. It follows pyproject.toml: changed only when pyproject.toml is. */
export const uvLock = {
  kind: 'uv.lock',
  ecosystem: 'pep440',
  matches: name => name === 'uv.lock',
  follows: 'pyproject.toml',
  locate: ownEntry
} as const satisfies VersionFormat
