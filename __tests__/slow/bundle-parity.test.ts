import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { projects } from '../helpers/repo.js'
import { runAction, runActionFromSource } from '../helpers/runner.js'

/**
 * dist/index.js and src/main.ts on the same repository state give the same outputs and summary, so
 * the two cannot drift apart unnoticed (the fast lane runs src/main.ts only: __tests__/main.test.ts).
 */
describe('dist/index.js beside src/main.ts', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  beforeAll(() => {
    if (!existsSync(path.join(process.cwd(), 'dist', 'index.js')))
      throw new Error('dist/index.js is missing: run npm run build first')
  })

  it('gives the same outputs and summary as dist/index.js for a dry run', async () => {
    const repo = project('fix(decoder): off-by-one', 'feat(api): streaming')
    const fromSource = await runActionFromSource(repo.dir, { dry_run: 'true' })
    expect(fromSource.code).toBe(0)
    expect(fromSource.outputs).toMatchObject({ released: 'true', new_version: '1.3.0', dry_run: 'true' })
    const bundled = runAction(repo.dir, { dry_run: 'true' })
    expect(bundled.stderr).toBe('')
    expect(fromSource.outputs).toEqual(bundled.outputs)
    expect(fromSource.summary).toEqual(bundled.summary)
  })
})
