/**
 * Someone pushes to origin while a release runs (after its plan read origin's branch, before the
 * up_to_date gate decides): the gate sees the push and stops the release, as it does when the push
 * came before the run. A run's git client keeps no answer of origin's.
 */
import { parseSettings } from '../../src/core/config/settings.js'
import { shellRunner } from '../../src/adapters/commands.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { gatesFailure, runGates } from '../../src/usecases/gates/run.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

describe('origin moves during a run', () => {
  let repo: TestRepo
  let other: TestRepo
  beforeEach(() => {
    repo = TestRepo.create()
    repo.commit('chore: initial', pythonProject('1.2.0'))
    repo.tag('v1.2.0')
    repo.commit('feat: sessions (#2)')
    repo.git('push', '-q', 'origin', 'main', '--tags')
    other = TestRepo.create()
    other.git('fetch', '-q', repo.origin, 'main')
    other.git('reset', '-q', '--hard', 'FETCH_HEAD')
  })
  afterEach(() => {
    other.cleanup()
    repo.cleanup()
  })

  it('a push by someone else between the plan and the up_to_date gate stops the release', async () => {
    const settings = parseSettings(name => ({ dry_run: 'false' })[name])
    const git = new ExecGit(repo.dir, text => text, true) // the run's client, as compose.ts makes it
    const files = new LocalFiles(repo.dir)
    const deps = {
      git,
      remote: git,
      fetch: git,
      files,
      commands: shellRunner,
      github: null,
      log: silentLogger,
      cwd: repo.dir
    }
    const before = repo.snapshot()
    try {
      const result = await runRelease(settings, {
        git,
        remote: git,
        origin: git,
        files,
        log: silentLogger,
        env: { now: new Date('2026-11-25T12:00:00Z') },
        gates: input => {
          // the plan has read origin's branch; now someone else pushes
          other.commit('fix: theirs', { 'theirs.txt': 'x\n' })
          other.git('push', '-q', repo.origin, 'HEAD:refs/heads/main')
          return runGates(settings, input, deps)
        }
      })
      expect(result.status).toBe('stopped')
      expect(result.status === 'stopped' && gatesFailure(result.gates!)).toMatch(
        /up_to_date \(HEAD is missing 1 commit\(s\) of origin\/main \([0-9a-f]{7}\): merge or rebase onto it\)/
      )
      // nothing of ours changed here or on origin (which holds their push, and no tag of ours)
      const after = repo.snapshot()
      expect({ ...after, remoteRefs: '' }).toEqual({ ...before, remoteRefs: '' })
      expect(after.remoteRefs).toBe(before.remoteRefs.replace(repo.head(), other.head()))
    } finally {
      git.close()
    }
  })
})
