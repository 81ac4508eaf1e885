/** A rollback record named as a version file is refused before the rollback touches anything (issue 22). */
import { projects } from '../helpers/repo.js'
import { runActionFromSource } from '../helpers/runner.js'

describe('rollback_record may not be a version file', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it.each(['pyproject.toml', 'src/fast_vlm_ondevice/__init__.py'])(
    'refuses rollback_record: %s, the file and the repository untouched',
    async record => {
      const repo = project('feat: streaming')
      const before = repo.snapshot()
      const text = repo.read(record)
      const run = await runActionFromSource(repo.dir, {
        mode: 'rollback',
        version: '1.2.0',
        rollback_record: record,
        reason: 'broken'
      })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(`::error::rollback_record ${record} is the version file ${record}`)
      expect(repo.read(record)).toBe(text)
      expect(repo.snapshot()).toEqual(before)
    }
  )
})
