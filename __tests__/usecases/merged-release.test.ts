/**
 * A release commit that no tag names yet, recognised by what it holds (its version files and its
 * changelog section) rather than by our own subject: a release pull request squashed under another
 * title, or one that other commits followed before the release ran. It is tagged where it is, and
 * the commits after it are the next release's; a version bump made by hand without its changelog
 * section is released as before, with the changelog written by the release.
 */
import { parseSettings } from '../../src/core/config/settings.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'
import { localReleaseDeps } from '../helpers/release-deps.js'

const NOW = new Date('2026-12-01T12:00:00Z')
const SECTION =
  '# Changelog\n\n## [1.3.0](https://example.test/compare/v1.2.0...v1.3.0) (2026-12-01)\n\n### Features\n\n- Faster decoding, as the maintainer wrote it\n'

describe('a merged release commit no tag names', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  function project(): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n' })
    repo.tag('v1.2.0')
    repo.commit('feat: faster decoding', { 'x.txt': 'x' })
    return repo
  }
  const release = (repo: TestRepo) =>
    runRelease(
      parseSettings(name => ({ push: 'true', changelog_file: 'CHANGELOG.md' })[name]),
      localReleaseDeps(repo, NOW)
    )

  it('a squash titled "Release 1.3.0 (#12)" followed by a fix: v1.3.0 on it, then v1.3.1 with the fix only', async () => {
    const repo = project()
    repo.commit('Release 1.3.0 (#12)', { ...pythonProject('1.3.0'), 'CHANGELOG.md': SECTION })
    const releaseCommit = repo.git('rev-parse', 'HEAD')
    repo.commit('fix: a later fix', { 'w.txt': 'w' })
    repo.publish('main', '--tags')
    const tip = repo.git('rev-parse', 'HEAD')

    const first = await release(repo)
    expect(first.status).toBe('resumed')
    expect(first.plan.tag).toBe('v1.3.0')
    // the changelog section as committed is what is published
    expect(first.plan.notes).toContain('as the maintainer wrote it')
    expect(first.plan.notes).not.toContain('later fix')
    expect(repo.gitIn(repo.origin, 'rev-parse', 'v1.3.0^{commit}')).toBe(releaseCommit)
    // nothing committed, the branch untouched
    expect(repo.git('rev-parse', 'HEAD')).toBe(tip)
    expect(repo.gitIn(repo.origin, 'rev-parse', 'main')).toBe(tip)

    const next = await release(repo)
    expect(next.status).toBe('released')
    expect(next.plan.tag).toBe('v1.3.1')
    expect(next.plan.notes).toContain('later fix')
    expect(next.plan.notes).not.toContain('faster decoding')
    expect(repo.gitIn(repo.origin, 'show', 'main:CHANGELOG.md').split('as the maintainer wrote it')).toHaveLength(2)
  })

  it('release_commit: false tags the release commit, not HEAD', async () => {
    const repo = project()
    repo.commit('Release 1.3.0 (#12)', { ...pythonProject('1.3.0'), 'CHANGELOG.md': SECTION })
    const releaseCommit = repo.git('rev-parse', 'HEAD')
    repo.commit('fix: a later fix', { 'w.txt': 'w' })
    repo.publish('main', '--tags')
    const settings = parseSettings(
      name => ({ push: 'true', changelog_file: 'CHANGELOG.md', release_commit: 'false' })[name]
    )
    await runRelease(settings, localReleaseDeps(repo, NOW))
    expect(repo.gitIn(repo.origin, 'rev-parse', 'v1.3.0^{commit}')).toBe(releaseCommit)
  })

  it('a version bump by hand without its changelog section is released as before: a release commit on top', async () => {
    const repo = project()
    repo.commit('Release 1.3.0', pythonProject('1.3.0'))
    repo.publish('main', '--tags')
    const tip = repo.git('rev-parse', 'HEAD')

    const result = await release(repo)
    expect(result.status).toBe('released')
    // (the files' 1.3.0 may be out already: never-down.ts releases above it, as before)
    const { tag } = result.plan
    expect(repo.git('rev-parse', 'HEAD~1')).toBe(tip)
    expect(repo.gitIn(repo.origin, 'rev-parse', `${tag}^{commit}`)).toBe(repo.git('rev-parse', 'HEAD'))
    expect(repo.gitIn(repo.origin, 'tag', '-l', 'v1.3.0')).toBe('')
    expect(repo.gitIn(repo.origin, 'show', 'main:CHANGELOG.md')).toContain('faster decoding')
  })
})
