/**
 * The run's side files (the SBOM, SHA256SUMS, release-metrics.json) in RUNNER_TEMP/fastvlm-release,
 * or a new temporary folder outside Actions: never in the workspace, so a later `npm pack` or
 * `python -m build` does not ship them. Each is written scrubbed, like every file this action writes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { Scrub } from '../core/text/secrets.js'
import type { SideFiles } from '../usecases/ports.js'

export function sideFilesIn(runnerTemp: string | undefined, scrub: Scrub = text => text): SideFiles {
  let dir: string | null = null
  const folder = (): string => {
    dir ??= runnerTemp
      ? path.join(path.resolve(runnerTemp), 'fastvlm-release')
      : mkdtempSync(path.join(tmpdir(), 'fastvlm-release-'))
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
