/**
 * A release leaves no file in the workspace that a package build would ship: the SBOM, SHA256SUMS and
 * release-metrics.json go to RUNNER_TEMP (else a temporary folder), named by outputs; the notes file
 * stays where the workflows expect it; release_dir still puts the SBOM and sums in a workspace folder.
 */
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { sideFilesIn } from '../../src/adapters/side-files.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { runActionFromSource } from '../helpers/runner.js'

const TOKEN = 'ghs_sideFilesToken0123456789abcdefABCD'

describe('side files', () => {
  let github: FakeGitHub
  const repos: TestRepo[] = []
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function project(): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), '.gitignore': 'dist/\nout/\n' })
    repo.tag('v1.2.0')
    repo.commit('feat: streaming', { 'x.txt': 'x' })
    repo.write('dist/fast_vlm_ondevice-1.3.0-py3-none-any.whl', 'wheel')
    return repo
  }

  it('the SBOM, SHA256SUMS and release-metrics.json go to RUNNER_TEMP; the workspace keeps only the notes', async () => {
    const repo = project()
    const temp = path.join(repo.dir, '..', 'runner-temp', 'fastvlm-release')
    const run = await runActionFromSource(
      repo.dir,
      { github_token: TOKEN, create_release: 'true', assets: 'dist/*', push: 'true' },
      { GITHUB_API_URL: github.url }
    )
    expect(run.stdout).not.toMatch(/::error::.*/)
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      released: 'true',
      release_notes: 'release-notes.md',
      sbom: path.join(temp, 'SBOM-1.3.0.json'),
      checksums: path.join(temp, 'SHA256SUMS'),
      metrics_file: path.join(temp, 'release-metrics.json')
    })
    // the workspace: the built wheel (ignored) and the notes, nothing of ours in dist/ or at the root
    expect(
      repo.git('status', '--porcelain', '--ignored', '--untracked-files=all').split('\n').filter(Boolean).sort()
    ).toEqual(['!! dist/fast_vlm_ondevice-1.3.0-py3-none-any.whl', '?? release-notes.md'])
    // what was uploaded is what the outputs name
    const uploaded = github.release('v1.3.0')!.assets
    const asset = (name: string) => uploaded.find(one => one.name === name)?.data.toString('utf8')
    expect(asset('SBOM-1.3.0.json')).toBe(readFileSync(run.outputs.sbom, 'utf8'))
    expect(asset('SHA256SUMS')).toBe(readFileSync(run.outputs.checksums, 'utf8'))
    expect(Buffer.from(run.outputs.hashes, 'base64').toString('utf8')).toBe(readFileSync(run.outputs.checksums, 'utf8'))
    expect(JSON.parse(readFileSync(run.outputs.metrics_file, 'utf8'))).toEqual(JSON.parse(run.outputs.metrics))
  })

  it('release_dir puts the SBOM and SHA256SUMS in that workspace folder, as asked', async () => {
    const repo = project()
    const run = await runActionFromSource(
      repo.dir,
      { github_token: TOKEN, create_release: 'true', assets: 'dist/*.whl', push: 'true', release_dir: 'out' },
      { GITHUB_API_URL: github.url }
    )
    expect(run.stdout).not.toMatch(/::error::.*/)
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ sbom: 'out/SBOM-1.3.0.json', checksums: 'out/SHA256SUMS' })
    expect(existsSync(path.join(repo.dir, 'out', 'SHA256SUMS'))).toBe(true)
  })

  it('outside Actions (no RUNNER_TEMP): a new temporary folder, not the working directory', () => {
    const side = sideFilesIn(undefined)
    const written = side.write('SHA256SUMS', 'abc  x\n')
    expect(path.dirname(path.dirname(written))).toBe(path.resolve(tmpdir()))
    expect(readFileSync(written, 'utf8')).toBe('abc  x\n')
    expect(side.path('SHA256SUMS')).toBe(written)
    expect(() => side.path('../escape')).toThrow(/file name/)
  })
})
