/**
 * Issue 22, "never twice": a release tag on origin that this clone lacks is fetched and judged (on
 * HEAD or its history: a release of these commits; elsewhere: burned), a rolled-back version is
 * never released again from a stale clone, and a tag-only release converges and resumes.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
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

const TAG_ONLY = { push: 'true', release_commit: 'false' }

describe('never twice: origin knows releases this clone does not', () => {
  const repos: TestRepo[] = []
  const extra: string[] = []
  afterAll(() => {
    repos.forEach(repo => repo.cleanup())
    extra.forEach(dir => rmSync(dir, { recursive: true, force: true }))
  })

  /** A released project, pushed, with a feature since v1.2.0. */
  function project(): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', pythonProject('1.2.0'))
    repo.tag('v1.2.0')
    repo.commit('feat: streaming sessions', { 'x.txt': 'x' })
    repo.publish('main', '--tags')
    return repo
  }

  /** A second clone of origin at the same commit (its own working tree, no shared state). */
  function secondClone(repo: TestRepo): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'fvr-second-'))
    extra.push(dir)
    execFileSync('git', ['clone', '-q', repo.origin, path.join(dir, 'work')])
    for (const [key, value] of [
      ['user.name', 'Second Runner'],
      ['user.email', 'second@example.com']
    ])
      execFileSync('git', ['config', key, value], { cwd: path.join(dir, 'work') })
    return path.join(dir, 'work')
  }

  const originTags = (repo: TestRepo) => repo.gitIn(repo.origin, 'tag', '--list', 'v*').split('\n').filter(Boolean)

  it('tag-only: a second run on the same commit that cloned before the first pushed resumes v1.3.0, never tags v1.3.1', async () => {
    const repo = project()
    const second = secondClone(repo)
    const head = repo.git('rev-parse', 'HEAD').trim()
    expect(await release(repo.dir, TAG_ONLY)).toMatchObject({ status: 'released', pushed: true })
    const result = await release(second, TAG_ONLY)
    expect(result).toMatchObject({ status: 'resumed', from: 'tag', commitSha: head })
    expect(result.plan).toMatchObject({ tag: 'v1.3.0', version: '1.3.0' })
    expect(originTags(repo)).toEqual(['v1.2.0', 'v1.3.0'])
    expect(execFileSync('git', ['tag', '--list', 'v*'], { cwd: second, encoding: 'utf8' }).trim().split('\n')).toEqual([
      'v1.2.0',
      'v1.3.0'
    ])
  })

  it('a release tag on origin in HEAD’s history is the previous release: only the commits since are released', async () => {
    const repo = project()
    const second = secondClone(repo)
    await release(repo.dir, TAG_ONLY)
    // the second clone (cloned before v1.3.0 was pushed) has a fix on top of the released commit
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'fix: y'], { cwd: second })
    const result = await release(second, { release_commit: 'false', push: 'false' })
    expect(result.plan).toMatchObject({ tag: 'v1.3.1', previousTag: 'v1.3.0', commitCount: 1 })
    expect(result.plan.notes).not.toContain('streaming sessions')
  })

  it('a release tag on origin elsewhere burns its version: the next release skips it', async () => {
    const repo = project()
    const second = secondClone(repo)
    // the second clone's own work, while origin got v1.3.0 on another commit
    await release(repo.dir, TAG_ONLY)
    execFileSync('git', ['reset', '-q', '--hard', 'HEAD~1'], { cwd: second })
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'feat: elsewhere'], { cwd: second })
    const result = await release(second, { release_commit: 'false', push: 'false' })
    // 1.3.0 is taken on origin (another commit): the feature is released as the next free version
    expect(result.plan.tag).toBe('v1.3.1')
    expect(result.plan.reason).toMatch(/1\.3\.0/)
    // the other commit's tag was not fetched into this clone
    expect(execFileSync('git', ['tag', '--list', 'v1.3.0'], { cwd: second, encoding: 'utf8' }).trim()).toBe('')
  })

  it('a clone fetched before v1.3.0 was released and rolled back never releases v1.3.0 again', async () => {
    const repo = project()
    const stale = secondClone(repo)
    // on origin: v1.3.0 released, then rolled back (tag deleted, the record on main)
    await release(repo.dir, TAG_ONLY)
    repo.git('push', '-q', 'origin', ':refs/tags/v1.3.0')
    repo.git('tag', '-d', 'v1.3.0')
    repo.commit('chore(release): roll back v1.3.0', {
      'docs/ROLLBACKS.md':
        '# Rollbacks\n\n| Version | Date | Reason | Actor | Users are back on | Released |\n| --- | --- | --- | --- | --- | --- |\n| 1.3.0 | 2026-11-24 | crash | ops | 1.2.0 | — |\n'
    })
    repo.publish('main')
    const result = await release(stale, TAG_ONLY)
    expect(result.plan.tag).not.toBe('v1.3.0')
    expect(result.plan.version).toBe('1.3.1')
    expect(originTags(repo)).toEqual(['v1.2.0', 'v1.3.1'])
  })

  it('tag-only killed after its tag, before its push: the rerun pushes it and reports resumed', async () => {
    const repo = project()
    const head = repo.git('rev-parse', 'HEAD').trim()
    // what a kill between the tag and the push leaves: the tag here, not on origin
    expect(await release(repo.dir, { release_commit: 'false', push: 'false' })).toMatchObject({ status: 'released' })
    expect(originTags(repo)).toEqual(['v1.2.0'])
    const rerun = await release(repo.dir, TAG_ONLY)
    expect(rerun).toMatchObject({ status: 'resumed', from: 'tag', pushed: true, commitSha: head })
    expect(rerun.plan.tag).toBe('v1.3.0')
    expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/tags/v1.3.0^{commit}').trim()).toBe(head)
    // the branch was not pushed by a tag-only release (origin main is where it was)
    expect(repo.gitIn(repo.origin, 'rev-parse', 'refs/heads/main').trim()).toBe(head)
  })

  it('a rerun of a completed tag-only release reports resumed with its tag and version', async () => {
    const repo = project()
    await release(repo.dir, TAG_ONLY)
    const again = await release(repo.dir, TAG_ONLY)
    expect(again).toMatchObject({ status: 'resumed', from: 'tag', pushed: true })
    expect(again.plan).toMatchObject({ tag: 'v1.3.0', version: '1.3.0', released: true })
    expect(originTags(repo)).toEqual(['v1.2.0', 'v1.3.0'])
    // a tag someone made by hand at HEAD (no trailers) is not this action's release: nothing to do
    const other = project()
    other.git('tag', '-a', '-m', 'by hand', 'v1.3.0')
    expect((await release(other.dir, TAG_ONLY)).status).toBe('nothing')
  })
})
