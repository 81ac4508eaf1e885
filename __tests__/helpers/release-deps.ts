import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import type { ReleaseDeps } from '../../src/usecases/release/index.js'
import type { TestRepo } from './repo.js'

/** What runRelease takes for a real clone that may read and push to its bare origin. */
export function localReleaseDeps(repo: TestRepo, now: Date, more: Partial<ReleaseDeps> = {}): ReleaseDeps {
  return {
    git: new ExecGit(repo.dir),
    remote: new ExecGit(repo.dir),
    origin: new ExecGit(repo.dir),
    files: new LocalFiles(repo.dir),
    log: silentLogger,
    env: { now },
    ...more
  }
}
