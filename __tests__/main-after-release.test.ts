/**
 * After the point of no return (the push), a failure of the runner's files (GITHUB_OUTPUT, the job
 * summary) names the release that was made and the rerun that finishes it, instead of "Unexpected
 * error"; and the rerun does finish it.
 */
import * as path from 'node:path'
import { projects } from './helpers/repo.js'
import { runActionFromSource } from './helpers/runner.js'

/** The one ::error:: line of a run, decoded. */
function errorOf(stdout: string): string {
  const lines = stdout.split('\n').filter(line => line.startsWith('::error::'))
  expect(lines).toHaveLength(1)
  return lines[0].slice('::error::'.length).replace(/%0A/g, '\n').replace(/%25/g, '%')
}

describe('a failure after the release is made', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it('GITHUB_OUTPUT that cannot be written: names v1.3.0 and the rerun, which finishes the step', async () => {
    const repo = project('feat: streaming')
    const missing = path.join(repo.dir, '..', 'no-such-folder', 'output.txt')
    const failed = await runActionFromSource(repo.dir, { push: 'true' }, { GITHUB_OUTPUT: missing })
    expect(failed.code).toBe(1)
    const error = errorOf(failed.stdout)
    expect(error).not.toMatch(/Unexpected error/)
    expect(error).toMatch(
      /^v1\.3\.0 \(version 1\.3\.0\) was released: commit [0-9a-f]{12} and tag v1\.3\.0, pushed to origin, but writing the step's outputs, variables or summary failed: /
    )
    expect(error).toContain(missing)
    expect(error).toMatch(
      /run the job again at this commit: the rerun finds v1\.3\.0 at HEAD, makes no new commit or tag, reports resumed: true/
    )
    expect(repo.remoteRefs()).toContain('refs/tags/v1.3.0')
    const head = repo.git('rev-parse', 'HEAD').trim()
    // the rerun it names: no new commit or tag, the outputs written
    const rerun = await runActionFromSource(repo.dir, { push: 'true' })
    expect(rerun.code).toBe(0)
    expect(rerun.outputs).toMatchObject({ released: 'true', tag: 'v1.3.0', resumed: 'true', commit_sha: head })
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(head)
  })

  it('a dry run made nothing: its failure says nothing was released', async () => {
    const repo = project('feat: streaming')
    const missing = path.join(repo.dir, '..', 'no-such-folder', 'output.txt')
    const failed = await runActionFromSource(repo.dir, { dry_run: 'true' }, { GITHUB_OUTPUT: missing })
    expect(failed.code).toBe(1)
    expect(errorOf(failed.stdout)).not.toMatch(/was released/)
  })
})
