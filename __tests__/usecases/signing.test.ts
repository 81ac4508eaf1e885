import { execFileSync } from 'node:child_process'
import * as path from 'node:path'
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { moveMajorTag } from '../../src/usecases/publish/major-tag.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

describe('signed tags and commits when git is configured to sign', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  it('signs the release commit, the release tag and the moved major tag with the configured SSH key', async () => {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', pythonProject('1.2.0'))
    repo.tag('v1.2.0')
    repo.commit('feat: x', { 'x.txt': 'x' })
    const key = path.join(repo.root, 'signing-key')
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key])
    for (const [name, value] of [
      ['gpg.format', 'ssh'],
      ['user.signingkey', key],
      ['tag.gpgSign', 'true'],
      ['commit.gpgSign', 'true']
    ])
      repo.git('config', name, value)
    const settings = parseSettings(name => ({ major_tag: 'true' })[name])
    const git = new ExecGit(repo.dir)
    const deps = {
      git,
      files: new LocalFiles(repo.dir),
      log: silentLogger,
      env: { now: new Date('2026-11-25T12:00:00Z') }
    }
    const result = await runRelease(settings, deps)
    expect(result.plan.tag).toBe('v1.3.0')
    expect(repo.git('cat-file', 'tag', 'v1.3.0')).toContain('-----BEGIN SSH SIGNATURE-----')
    expect(repo.git('cat-file', 'commit', 'HEAD')).toContain('gpgsig -----BEGIN SSH SIGNATURE-----')
    // the moving major tag is annotated, so it is signed too (a lightweight one would wait for an editor)
    expect(await moveMajorTag(settings, result, git, git, silentLogger)).toMatchObject({ tag: 'v1', status: 'moved' })
    expect(repo.git('cat-file', 'tag', 'v1')).toContain('-----BEGIN SSH SIGNATURE-----')
    expect(repo.git('rev-parse', 'v1^{commit}').trim()).toBe(result.commitSha)
  })
})
