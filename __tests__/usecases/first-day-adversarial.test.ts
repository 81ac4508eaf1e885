/**
 * First day on any repository, adversarial: the run's side files when RUNNER_TEMP is not what the
 * runner makes it (a file, a relative path).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { sideFilesIn } from '../../src/adapters/side-files.js'

describe('side files when RUNNER_TEMP is not a writable folder', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fvr-adv-side-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('RUNNER_TEMP naming a file (no folder can be made there): a temporary folder instead, the file still written', () => {
    const notAFolder = path.join(dir, 'runner-temp')
    writeFileSync(notAFolder, '')
    const side = sideFilesIn(notAFolder)
    const file = side.write('SHA256SUMS', 'abc  x.whl\n')
    expect(existsSync(file)).toBe(true)
    expect(file.startsWith(notAFolder + path.sep)).toBe(false)
    expect(side.path('SHA256SUMS')).toBe(file)
  })

  it('a relative RUNNER_TEMP never puts the side files in the workspace (the working directory)', () => {
    const cwd = process.cwd()
    process.chdir(dir)
    try {
      const file = sideFilesIn('.').write('release-metrics.json', '{}\n')
      expect(path.resolve(file).startsWith(dir + path.sep)).toBe(false)
      rmSync(path.dirname(file), { recursive: true, force: true })
    } finally {
      process.chdir(cwd)
    }
  })
})
