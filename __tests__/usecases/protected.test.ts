import { chmodSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { ConfigurationError } from '../../src/core/errors.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const NOW = new Date('2026-11-25T12:00:00Z')

const release = (dir: string, inputs: Record<string, string>) =>
  runRelease(
    parseSettings(name => inputs[name]),
    {
      git: new ExecGit(dir),
      remote: new ExecGit(dir),
      origin: new ExecGit(dir),
      files: new LocalFiles(dir),
      log: silentLogger,
      env: { now: NOW }
    }
  )

/** A released project whose origin refuses pushes to main as GitHub does for a protected branch. */
function protectedProject(): TestRepo {
  const repo = TestRepo.create()
  repo.commit('chore: initial', pythonProject('1.2.0'))
  repo.tag('v1.2.0')
  repo.commit('feat: x', { 'x.txt': 'x' })
  repo.publish('main', '--tags')
  const hook = path.join(repo.origin, 'hooks', 'pre-receive')
  // the message GitHub's server sends for a protected branch
  writeFileSync(
    hook,
    '#!/bin/sh\nwhile read old new ref; do\n  if [ "$ref" = "refs/heads/main" ]; then\n    echo "error: GH006: Protected branch update failed for refs/heads/main." >&2\n    exit 1\n  fi\ndone\nexit 0\n'
  )
  chmodSync(hook, 0o755)
  return repo
}

describe('a branch that takes no push', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  it('the push error names the options; the repository and origin are left as they were', async () => {
    const repo = protectedProject()
    repos.push(repo)
    const before = repo.snapshot()
    const attempt = release(repo.dir, { push: 'true' })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(release(repo.dir, { push: 'true' })).rejects.toThrow(
      /GH006: Protected branch update failed.*main is protected .*release_commit: false in \.github\/release-action\.yml.*release_commit: api.*verified commit.*GitHub App or deploy key/
    )
    const after = repo.snapshot()
    expect({ ...after, status: '' }).toEqual({ ...before, status: '' })
    expect(after.status.split('\n').filter(line => line && !line.endsWith('release-notes.md'))).toEqual(
      before.status.split('\n').filter(Boolean)
    )
  })

  it('release_commit: false: the tag on HEAD, only the tag pushed, no file written but the notes', async () => {
    const repo = protectedProject()
    repos.push(repo)
    const head = repo.git('rev-parse', 'HEAD').trim()
    const result = await release(repo.dir, { push: 'true', release_commit: 'false' })
    expect(result).toMatchObject({ pushed: true, commitSha: head, versionFiles: [] })
    expect(result.plan.tag).toBe('v1.3.0')
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(head)
    expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/tags/v1.3.0^{commit}').trim()).toBe(head)
    expect(repo.read('pyproject.toml')).toContain('version = "1.2.0"')
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('?? release-notes.md')
    expect(repo.git('cat-file', '-t', 'v1.3.0').trim()).toBe('tag') // annotated, the notes as its message
    // a rerun finds the release made: it reports it (issue 22: resumed, its tag and version), makes nothing new
    const again = await release(repo.dir, { push: 'true', release_commit: 'false' })
    expect(again).toMatchObject({ status: 'resumed', from: 'tag', pushed: true, commitSha: head })
    expect(again.plan).toMatchObject({ tag: 'v1.3.0', version: '1.3.0' })
    expect(repo.gitIn(repo.origin, 'tag', '--list').trim().split('\n')).toEqual(['v1.2.0', 'v1.3.0'])
  })
})
