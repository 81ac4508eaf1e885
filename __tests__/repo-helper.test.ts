import { chmodSync, symlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { refLines } from './helpers/publish.js'
import { pythonProject, TestRepo } from './helpers/repo.js'

/**
 * The repository helper's bulk commits (one `git fast-import`) make the very commits that
 * commit(message) makes one by one: same messages byte for byte, same dates, same shas.
 */
describe('TestRepo.commits', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))
  const made = () => {
    const repo = TestRepo.create()
    repos.push(repo)
    return repo
  }
  const messages = [
    'feat: streaming',
    'fix: no newline at the end',
    'fix(decoder): off-by-one\n\nBREAKING CHANGE: Session() takes a config.\n\n\n',
    '# not a comment\n\nwith a tab\tand ünïcödé and a trailing space ',
    'chore: x\r\nwith CRLF\r\n'
  ]

  it('gives the shas commit() gives, on top of a commit or on an unborn branch', () => {
    for (const base of [true, false]) {
      const one = made()
      const bulk = made()
      if (base)
        for (const repo of [one, bulk]) {
          repo.commit('chore: initial', pythonProject('1.2.0'))
          repo.tag('v1.2.0')
        }
      const expected = messages.map(message => one.commit(message))
      const got = bulk.commits(messages)
      expect(got).toEqual(expected)
      expect(bulk.head()).toBe(expected[expected.length - 1])
      expect(bulk.git('log', '--format=%B%x00', '-n', String(messages.length))).toBe(
        one.git('log', '--format=%B%x00', '-n', String(messages.length))
      )
      // the work tree and the index are those of the branch's tip: nothing to commit
      expect(bulk.git('status', '--porcelain=v1', '--untracked-files=all')).toBe('')
      // the next commit() follows on, one hour later, as after commits made one by one
      expect(bulk.commit('fix: after')).toBe(one.commit('fix: after'))
    }
  })

  it('on a detached HEAD or with an empty message, commits one by one as commit() does', () => {
    const repo = made()
    repo.commit('chore: initial', pythonProject('1.2.0'))
    repo.git('switch', '-q', '--detach', 'HEAD')
    const [sha] = repo.commits(['fix: detached'])
    expect(repo.git('rev-parse', 'HEAD')).toBe(sha)
    repo.git('switch', '-q', 'main')
    expect(() => repo.commits(['fix: fine', ''])).toThrow()
  })

  it('TestRepo.built: each call a copy of what build made, with its own origin, and an index git keeps as it is', () => {
    let builds = 0
    const build = (repo: TestRepo) => {
      builds++
      repo.write('bin/run.sh', '#!/bin/sh\n')
      chmodSync(path.join(repo.dir, 'bin/run.sh'), 0o755)
      symlinkSync('run.sh', path.join(repo.dir, 'bin/run'))
      repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'bin/run.sh': '#!/bin/sh\n' })
      repo.git('add', 'bin/run')
      repo.commit('chore: a link')
      repo.tag('v1.2.0')
      repo.git('branch', '1.x')
      repo.git('push', '-q', 'origin', 'main', '1.x', '--tags')
    }
    const [a, b] = [TestRepo.built('helper test', build), TestRepo.built('helper test', build)]
    repos.push(a, b)
    expect(builds).toBe(1)
    expect(a.root).not.toBe(b.root)
    expect(b.snapshot()).toEqual({ ...a.snapshot(), remoteRefs: a.remoteRefs() })
    expect(a.git('config', 'remote.origin.url')).toBe(a.origin)
    expect(b.git('config', 'remote.origin.url')).toBe(b.origin)
    // the index matches the copied files: git reads it as clean and does not rewrite it
    const index = b.indexHash()
    expect(b.git('diff-index', '--name-only', 'HEAD')).toBe('')
    expect(b.git('status', '--porcelain=v1', '--untracked-files=all')).toBe('')
    expect(b.indexHash()).toBe(index)
    // the copies are separate repositories, origins included; the clock goes on as in the first
    const next = b.commit('fix: only in b')
    b.git('push', '-q', 'origin', 'main')
    expect(b.remoteRefs()).toContain(next)
    expect(a.remoteRefs()).not.toContain(next)
    expect(a.commit('fix: only in b')).toBe(next)
    // a fresh build of the same recipe gives the same commits (the tag's date aside)
    const fresh = TestRepo.create()
    repos.push(fresh)
    build(fresh)
    expect(fresh.git('rev-parse', 'main', '1.x')).toBe(b.git('rev-parse', 'main~1', '1.x'))
    expect(fresh.git('ls-files', '--stage')).toBe(a.git('ls-files', '--stage'))
    // another build under the same key is refused, never given the first one's repository
    expect(() => TestRepo.built('helper test', repo => repo.commit('chore: other'))).toThrow(/two different builds/)
    expect(a.git('ls-files', '--stage', 'bin')).toMatch(/^120000 .*\tbin\/run\n100755 .*\tbin\/run\.sh$/)
  })
})

/** publish() leaves origin and the clone as `git push -q origin …` would (objects no ref reaches aside), or refuses to guess. */
describe('TestRepo.publish', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))
  const made = () => {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', pythonProject('1.2.0'))
    repo.tagAt('v1.2.0', 1_767_300_000) // tag objects of the same bytes in both repositories
    repo.commits(['feat: a', 'fix: b'])
    repo.git('branch', 'side')
    repo.tagAt('v1.3.0', 1_767_400_000)
    return repo
  }
  const state = (repo: TestRepo) => ({
    origin: repo.remoteRefs(),
    tracking: repo.git('for-each-ref', '--format=%(refname) %(objectname)', 'refs/remotes'),
    fsck: repo.gitIn(repo.origin, 'fsck', '--no-progress', '--no-dangling', '--connectivity-only'),
    log: repo.gitIn(repo.origin, 'log', '--format=%H %s', '--all')
  })

  it('gives origin the refs and objects, and the clone the tracking refs, that git push gives', () => {
    for (const args of [['main', '--tags'], ['main'], ['main', 'side', '--tags'], ['v1.3.0']]) {
      const pushed = made()
      const published = made()
      pushed.git('push', '-q', 'origin', ...args)
      published.publish(...args)
      expect(state(published)).toEqual(state(pushed))
      // a second round on top, as tests do after more commits
      for (const repo of [pushed, published]) repo.commits(['fix: c'])
      pushed.git('push', '-q', 'origin', 'main')
      published.publish('main')
      expect(state(published)).toEqual(state(pushed))
    }
  })

  it('refuses what a push might answer differently: a hook, a moved origin, a refspec', () => {
    const hooked = made()
    const hook = path.join(hooked.origin, 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\nexit 1\n')
    chmodSync(hook, 0o755)
    expect(() => hooked.publish('main')).toThrow(/hook/)
    const raced = made()
    raced.publish('main')
    raced.gitIn(raced.origin, 'update-ref', 'refs/heads/main', raced.git('rev-parse', 'HEAD~1'))
    expect(() => raced.publish('main')).toThrow(/moved/)
    expect(() => raced.publish('HEAD:main')).toThrow(/plain branch name/)
    expect(() => raced.publish(':refs/tags/v1.3.0')).toThrow(/plain branch name/)
  })
})

describe('refLines', () => {
  it('lists what git for-each-ref lists: loose and packed refs, tags of both kinds, a symbolic ref', () => {
    const repo = TestRepo.create()
    try {
      repo.commit('chore: initial', pythonProject('1.2.0'))
      repo.tag('v1.2.0')
      repo.git('tag', 'light')
      repo.publish('main', '--tags')
      const clone = path.join(repo.root, 'clone')
      repo.git('clone', '-q', repo.origin, clone)
      repo.git('pack-refs', '--all')
      repo.commits(['feat: after packing'])
      repo.git('branch', 'side')
      const git = (dir: string) => repo.gitIn(dir, 'for-each-ref', '--format=%(refname) %(objectname)')
      for (const dir of [repo.dir, clone]) expect(refLines(path.join(dir, '.git'))).toBe(git(dir))
      expect(refLines(repo.origin)).toBe(git(repo.origin))
      expect(refLines(path.join(clone, '.git'))).toContain('refs/remotes/origin/HEAD ')
    } finally {
      repo.cleanup()
    }
  })
})
