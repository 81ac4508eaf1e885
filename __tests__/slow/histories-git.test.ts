import semver from 'semver'
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { replayHistory } from '../helpers/fast-import.js'
import { replayTransitions } from '../helpers/replay.js'
import { loadHistories } from '../helpers/shared.js'

/**
 * The same real releases, through real git: each history is replayed with fast-import, HEAD is
 * put on the release commit with the release's own tag removed, and the action plans (dry run).
 * It must reach the same versions as the pure replay.
 */
describe('real histories through git', () => {
  for (const history of loadHistories()) {
    it(`${history.repo}: git and core agree on every transition`, async () => {
      const { repo, shaOf } = replayHistory(history)
      try {
        const expected = replayTransitions(history)
        const settings = parseSettings(name =>
          name === 'dry_run' ? 'true' : name === 'changelog_file' ? '' : undefined
        )
        const got: string[] = []
        const tags = history.tags.filter(tag => shaOf.has(tag.sha) && semver.valid(tag.name))
        for (const { transition } of expected) {
          // only the tags older than the release exist while it is planned
          const hidden = tags.filter(tag => semver.gte(tag.name, transition.next))
          repo.gitInput(hidden.map(tag => `delete refs/tags/${tag.name}\n`).join(''), 'update-ref', '--stdin')
          repo.git('checkout', '-q', '--detach', shaOf.get(transition.sha)!)
          const result = await runRelease(settings, {
            git: new ExecGit(repo.dir),
            remote: new ExecGit(repo.dir),
            origin: new ExecGit(repo.dir),
            files: new LocalFiles(repo.dir),
            log: silentLogger,
            env: { now: new Date() }
          })
          got.push(result.plan.released ? `v${result.plan.version}` : 'none')
          repo.gitInput(
            hidden.map(tag => `create refs/tags/${tag.name} ${shaOf.get(tag.sha)}\n`).join(''),
            'update-ref',
            '--stdin'
          )
        }
        expect(got).toEqual(expected.map(r => r.got))
      } finally {
        repo.cleanup()
      }
      // hundreds of releases through real git: ~20 s alone, several times that on a loaded machine
    }, 240_000)
  }
})
