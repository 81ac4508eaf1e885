/**
 * First day on any repository, adversarial: the run's side files when RUNNER_TEMP is not what the
 * runner makes it (a file, a relative path).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { sideFilesIn } from '../../src/adapters/side-files.js'
import { semverOfFileVersion } from '../../src/core/versioning/ecosystem-versions.js'
import type { ReleasePlan } from '../../src/core/versioning/plan.js'
import { checkNeverDown } from '../../src/usecases/release/never-down.js'

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

describe('never down: PEP 440 orders a dev release below every prerelease of its version', () => {
  const file = (text: string) => ({ path: 'pyproject.toml', text, version: semverOfFileVersion(text)!, pep440: true })
  const plan = (version: string) => ({ released: true, version, tag: `v${version}` }) as unknown as ReleasePlan

  it('1.3.0.dev0 in pyproject.toml lets 1.3.0-alpha.1 and 1.3.0-beta.1 go up', () => {
    for (const version of ['1.3.0-alpha.1', '1.3.0-beta.1', '1.3.0-rc.1', '1.3.0'])
      expect(() => checkNeverDown(plan(version), [file('1.3.0.dev0')], [], 'v')).not.toThrow()
  })

  it('still refuses what is really down', () => {
    expect(() => checkNeverDown(plan('1.2.1'), [file('1.3.0.dev0')], [], 'v')).toThrow(/would take the version down/)
    expect(() => checkNeverDown(plan('1.3.0-dev.1'), [file('1.3.0.dev2')], [], 'v')).toThrow(/down/)
    expect(() => checkNeverDown(plan('1.3.0-alpha.1'), [file('1.3.0b1')], [], 'v')).toThrow(/down/)
    // package.json is SemVer's: there 1.3.0-dev.0 is above 1.3.0-alpha.1
    const npm = { path: 'package.json', text: '1.3.0-dev.0', version: '1.3.0-dev.0', pep440: false }
    expect(() => checkNeverDown(plan('1.3.0-alpha.1'), [npm], [], 'v')).toThrow(/down/)
  })
})
