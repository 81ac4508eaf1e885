/**
 * What a run leaves when it does not release: the gates stopping it after an earlier run's
 * interrupted edits, and the plan reading origin's tags only when it may (--online).
 */
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { cli } from '../../src/cli.js'
import { projects } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')
const ENV = { ...process.env, SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000), GITHUB_TOKEN: '' }

describe('a run that does not release', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it('stopped by the gates, puts back the edits an earlier interrupted run left, and nothing else', async () => {
    const repo = project('feat: a')
    // the edits this release makes, as a run killed before its commit leaves them
    expect((await cli(['apply', '-q', '-C', repo.dir], ENV)).code).toBe(0)
    const edits = repo.git('diff', 'HEAD~1', 'HEAD')
    repo.git('tag', '-d', 'v1.3.0')
    repo.git('reset', '-q', '--hard', 'HEAD~1')
    repo.git('clean', '-fdq') // the first run's side files
    writeFileSync(path.join(repo.dir, 'edits.patch'), `${edits}\n`)
    repo.git('apply', 'edits.patch')
    expect(repo.git('status', '--porcelain')).toMatch(/ M pyproject\.toml/)
    // a file of the user's makes clean_tree fail
    const run = await cli(['apply', '-q', '--gates', 'clean_tree', '-C', repo.dir], ENV)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/clean_tree/)
    expect(repo.git('status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).sort()).toEqual([
      '?? edits.patch'
    ])
    expect(repo.git('tag', '--list', 'v1.3.0')).toBe('')
  })

  it('plan reads origin only with --online: a version tagged there and not here is then burned', async () => {
    const repo = project('feat: a')
    repo.git('tag', 'v1.3.0', 'HEAD~1')
    repo.publish('v1.3.0')
    repo.git('tag', '-d', 'v1.3.0')
    expect((await cli(['plan', '-q', '-C', repo.dir], ENV)).stdout).toMatch(/^Would release v1\.3\.0 /)
    const online = await cli(['plan', '-q', '--online', '-C', repo.dir], ENV)
    expect(online.stdout).toMatch(/^Would release v1\.3\.1 /)
  })
})
