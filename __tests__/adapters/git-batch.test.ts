/**
 * The git client reads files at a revision (`show`) and asks whether a commit exists (`hasCommit`)
 * through one `git cat-file --batch` process: every answer is the one `git show REV:PATH` /
 * `git cat-file -e SHA^{commit}` gives on its own, for any name, and a name the batch's lines cannot
 * carry is read by `show` alone. After a fetch the reads see what it brought.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { ExecGit } from '../../src/adapters/git.js'
import { GitShim } from '../helpers/git-shim.js'
import { TestRepo } from '../helpers/repo.js'

/** What `git show REV:PATH` alone says: its output, or null when it fails. */
function showAlone(repo: TestRepo, rev: string, path: string): string | null {
  const result = spawnSync('git', ['show', `${rev}:${path}`], { cwd: repo.dir })
  return result.status === 0 ? result.stdout.toString() : null
}

function commitAlone(repo: TestRepo, sha: string): boolean {
  return spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: repo.dir }).status === 0
}

/** Two blob contents whose object names share their first four hex digits (an ambiguous short name). */
function collidingBlobs(): [string, string, string] {
  const seen = new Map<string, string>()
  for (let i = 0; ; i++) {
    const text = `blob ${i}\n`
    const sha = createHash('sha1')
      .update(`blob ${Buffer.byteLength(text)}\0${text}`)
      .digest('hex')
    const prefix = sha.slice(0, 4)
    const other = seen.get(prefix)
    if (other !== undefined) return [prefix, other, text]
    seen.set(prefix, text)
  }
}

describe('git reads through one cat-file --batch', () => {
  let repo: TestRepo
  let shim: ReturnType<typeof GitShim.onPath>
  beforeEach(() => {
    repo = TestRepo.create()
    shim = GitShim.onPath()
  })
  afterEach(() => {
    shim.restore()
    repo.cleanup()
  })

  it('answers every read as `git show` alone does, in one process; a name a line cannot carry is read alone', async () => {
    const big = 'line of a large file\n'.repeat(20_000) // several pipe chunks
    repo.commit('chore: files', {
      'a file.txt': 'spaces\n',
      'ünïcødé/ファイル.md': 'unicode ✓\n',
      'empty.txt': '',
      'big.txt': big,
      'dir/inner.txt': 'inner\n',
      'crlf.txt': 'one\r\ntwo\r\n'
    })
    repo.write('new\nline.txt', 'a newline in the name\n')
    repo.git('add', '--', 'new\nline.txt')
    repo.commit('chore: a newline in a name')
    // a branch and a tag of the same name (git warns and takes the tag)
    repo.git('branch', 'same')
    repo.commit('chore: later', { 'a file.txt': 'changed\n' })
    repo.tag('same')
    const [prefix, first, second] = collidingBlobs()
    for (const text of [first, second]) repo.gitInput(text, 'hash-object', '-w', '--stdin')
    const head = repo.head()
    const cases: Array<[string, string]> = [
      ['HEAD', 'a file.txt'],
      ['HEAD~1', 'a file.txt'],
      ['HEAD', 'ünïcødé/ファイル.md'],
      ['HEAD', 'empty.txt'],
      ['HEAD', 'big.txt'],
      ['HEAD', 'crlf.txt'],
      ['HEAD', 'dir'], // a tree: what show makes of it
      ['HEAD', 'missing.txt'],
      ['no-such-rev', 'a file.txt'],
      [head, 'dir/inner.txt'],
      [head.slice(0, 12), 'dir/inner.txt'],
      ['same', 'a file.txt'],
      [prefix, 'a file.txt'], // ambiguous short name
      ['HEAD', 'a file.txt '], // trailing space: another (missing) path
      ['HEAD', ' a file.txt'],
      ['HEAD', './a file.txt'],
      ['HEAD', 'new\nline.txt']
    ]
    const git = new ExecGit(repo.dir)
    shim.arm(0)
    // all at once: the answers come back in the order they were asked
    const answers = await Promise.all(cases.map(([rev, path]) => git.show(rev, path)))
    git.close()
    const calls = shim.calls()
    shim.arm(0)
    expect(answers).toEqual(cases.map(([rev, path]) => showAlone(repo, rev, path)))
    expect(answers[4]).toBe(big)
    expect(answers[12]).toBeNull()
    expect(answers[16]).toBe('a newline in the name\n')
    // one batch; `show` alone only for what the batch does not answer as a blob or a miss: the tree,
    // the name with a newline, one ending in a space, a relative path
    expect(calls.filter(call => call === 'cat-file --batch')).toHaveLength(1)
    // (the shim logs a call a line: the name with a newline shows as its first line)
    const alone = calls.filter(call => typeof call === 'string' && call.startsWith('show '))
    expect(alone.sort()).toEqual(
      ['show HEAD:dir --', 'show HEAD:a file.txt  --', 'show HEAD:./a file.txt --', 'show HEAD:new'].sort()
    )
  })

  it('hasCommit answers as `cat-file -e SHA^{commit}` does, in the same process as the reads', async () => {
    repo.commit('chore: one', { 'f.txt': 'f\n' })
    repo.tag('v1')
    const [prefix, first] = collidingBlobs()
    const blob = repo.gitInput(first, 'hash-object', '-w', '--stdin')
    const tree = repo.git('rev-parse', 'HEAD^{tree}')
    const names = [repo.head(), 'v1', repo.head().slice(0, 8), tree, blob, prefix, '0'.repeat(40), 'HEAD', 'x\ny']
    const git = new ExecGit(repo.dir)
    shim.arm(0)
    const answers = await Promise.all(names.map(name => git.hasCommit(name)))
    expect(await git.show('HEAD', 'f.txt')).toBe('f\n')
    git.close()
    const calls = shim.calls()
    expect(answers).toEqual(names.map(name => commitAlone(repo, name)))
    expect(answers.slice(0, 3)).toEqual([true, true, true])
    expect(calls.filter(call => call === 'cat-file --batch')).toHaveLength(1)
    // only the name with a newline is asked alone
    expect(calls.filter(call => typeof call === 'string' && call.startsWith('cat-file -e'))).toEqual(['cat-file -e x'])
  })

  it('a run sees what a fetch brought, a push changed, and HEAD after a commit', async () => {
    repo.commit('chore: one', { 'f.txt': 'one\n' })
    repo.git('push', '-q', 'origin', 'main')
    // someone else pushes a commit to origin
    const other = TestRepo.create()
    try {
      other.git('fetch', '-q', repo.origin, 'main')
      other.git('reset', '-q', '--hard', 'FETCH_HEAD')
      other.commit('feat: theirs', { 'f.txt': 'two\n' })
      other.git('push', '-q', repo.origin, 'HEAD:refs/heads/main')
      const theirs = other.head()
      const git = new ExecGit(repo.dir, text => text, true)
      expect(await git.hasCommit(theirs)).toBe(false)
      expect(await git.show(theirs, 'f.txt')).toBeNull()
      expect(await git.remoteBranch('origin', 'main')).toBe(theirs)
      expect(await git.remoteBranch('origin', 'main')).toBe(theirs) // origin is read at each question
      await git.fetchObjects('origin', 'main')
      expect(await git.hasCommit(theirs)).toBe(true)
      expect(await git.show(theirs, 'f.txt')).toBe('two\n')
      // origin moves again: the value read before our fetch is not reused after it
      other.commit('feat: more', { 'f.txt': 'three\n' })
      other.git('push', '-q', repo.origin, 'HEAD:refs/heads/main')
      expect(await git.remoteBranch('origin', 'main')).toBe(other.head())
      // our commit: HEAD's file is read afresh
      repo.write('f.txt', 'mine\n')
      await git.add(['f.txt'])
      await git.commit('chore: mine', { name: 'T', email: 't@example.com' }, ['f.txt'])
      expect(await git.show('HEAD', 'f.txt')).toBe('mine\n')
      git.close()
      expect(shim.calls().filter(call => call.startsWith('ls-remote --heads'))).toHaveLength(3)
    } finally {
      other.cleanup()
    }
  })

  it('a batch process that dies: the reads it owed and the next ones still get their answers', async () => {
    repo.commit('chore: one', { 'f.txt': 'one\n' })
    const git = new ExecGit(repo.dir, text => text, true)
    expect(await git.show('HEAD', 'f.txt')).toBe('one\n')
    const batch = (git as unknown as { batch: { process: { child: { kill(): void } } | null } }).batch
    batch.process?.child.kill()
    const [again, missing] = await Promise.all([git.show('HEAD', 'f.txt'), git.show('HEAD', 'none.txt')])
    expect([again, missing]).toEqual(['one\n', null])
    expect(await git.hasCommit(repo.head())).toBe(true)
    git.close()
  })
})
