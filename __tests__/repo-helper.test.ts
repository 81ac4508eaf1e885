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
})
