/**
 * The run's side files (the SBOM, SHA256SUMS, release-metrics.json) in RUNNER_TEMP/fastvlm-release,
 * or a new temporary folder outside Actions (or when RUNNER_TEMP is relative or not writable):
 * never in the workspace, so a later `npm pack` or `python -m build` does not ship them. Each is written scrubbed, like every file this action writes.
 */
import { accessSync, constants, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { Scrub } from '../core/text/secrets.js'
import type { SideFiles } from '../usecases/ports.js'

/**
 * RUNNER_TEMP/fastvlm-release, made, when RUNNER_TEMP is an absolute path where a writable folder
 * can be made; else null (a relative one would resolve into the workspace; a file or a read-only
 * folder would fail the run after its release was made: a temporary folder serves instead).
 */
function runnerFolder(runnerTemp: string | undefined): string | null {
  if (!runnerTemp || !path.isAbsolute(runnerTemp)) return null
  const candidate = path.join(path.resolve(runnerTemp), 'fastvlm-release')
  try {
    mkdirSync(candidate, { recursive: true })
    accessSync(candidate, constants.W_OK)
    return candidate
  } catch {
    return null
  }
}

export function sideFilesIn(runnerTemp: string | undefined, scrub: Scrub = text => text): SideFiles {
  let dir: string | null = null
  const folder = (): string => {
    dir ??= runnerFolder(runnerTemp) ?? mkdtempSync(path.join(tmpdir(), 'fastvlm-release-'))
    return dir
  }
  const pathOf = (name: string): string => {
    if (!name || name !== path.basename(name) || name === '.' || name === '..')
      throw new Error(`a side file is named by a file name, not ${JSON.stringify(name)}`)
    return path.join(folder(), name)
  }
  return {
    path: pathOf,
    write(name, text) {
      const file = pathOf(name)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, scrub(text))
      return file
    }
  }
}
