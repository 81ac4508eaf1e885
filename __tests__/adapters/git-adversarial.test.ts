/**
 * The git client of a run against what an unlucky or hostile user does during it: someone else
 * pushes to origin (the `up_to_date` gate and the rolled-back check decide on what origin says at
 * that moment, never on an answer read before), names from a configuration file that git would
 * read as a pathspec or that no process argument can carry (NUL), a batch process that dies or
 * answers out of step, an identity from an included file or with a newline in it.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ExecGit } from '../../src/adapters/git.js'
import { TestRepo } from '../helpers/repo.js'

describe('a run of the git client while others change the repository', () => {
  let repo: TestRepo
  let other: TestRepo
  beforeEach(() => {
    repo = TestRepo.create()
    repo.commit('chore: one', { 'f.txt': 'one\n' })
    repo.git('push', '-q', 'origin', 'main')
    other = TestRepo.create()
    other.git('fetch', '-q', repo.origin, 'main')
    other.git('reset', '-q', '--hard', 'FETCH_HEAD')
  })
  afterEach(() => {
    other.cleanup()
    repo.cleanup()
  })

  it("origin's branch is read afresh at each question: a push by someone else between two is seen", async () => {
    const git = new ExecGit(repo.dir, text => text, true)
    try {
      expect(await git.remoteBranch('origin', 'main')).toBe(repo.head())
      // between the plan's read (the rolled-back check) and the up_to_date gate's, someone pushes
      other.commit('feat: theirs', { 'f.txt': 'two\n' })
      other.git('push', '-q', repo.origin, 'HEAD:refs/heads/main')
      expect(await git.remoteBranch('origin', 'main')).toBe(other.head())
      // a maintenance line made, then deleted
      other.git('push', '-q', repo.origin, 'HEAD:refs/heads/release-1.x')
      expect(await git.remoteBranch('origin', 'release-1.x')).toBe(other.head())
      other.git('push', '-q', repo.origin, ':refs/heads/release-1.x')
      expect(await git.remoteBranch('origin', 'release-1.x')).toBeNull()
    } finally {
      git.close()
    }
  })

  it('a file that is not there is null however its name is read: a glob in a name read alone is no pathspec', async () => {
    const git = new ExecGit(repo.dir, text => text, true)
    try {
      // batched, and read alone (`./`, a leading space): `git show 'HEAD:./*.md'` alone would
      // take the name for a pathspec (a wildcard) and answer nothing, successfully
      for (const path of ['*.md', './*.md', ' *.md', 'f.txt\n*.md', './[ab].txt'])
        expect(await git.show('HEAD', path)).toBeNull()
      expect(await git.show('HEAD', './f.txt')).toBe('one\n')
      expect(await git.show('HEAD', 'f.txt')).toBe('one\n')
    } finally {
      git.close()
    }
  })

  it('a name with NUL (from a configuration file) names nothing: null and false, not a crash of the run', async () => {
    const git = new ExecGit(repo.dir, text => text, true)
    try {
      expect(await git.show('HEAD', 'f.txt\0x')).toBeNull()
      expect(await git.show('HEAD\0', 'f.txt')).toBeNull()
      expect(await git.hasCommit(`${repo.head()}\0`)).toBe(false)
      expect(await git.show('HEAD', 'f.txt')).toBe('one\n')
    } finally {
      git.close()
    }
  })

  it('a batch process that dies in the middle of an answer, or answers out of step: every read still gets what `show` says', async () => {
    repo.commit('chore: two', { 'g.txt': 'two\n' })
    // a git whose cat-file --batch reads one name, says half of an answer and dies (or says nonsense)
    const dir = mkdtempSync(path.join(tmpdir(), 'fvr-fake-git-'))
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    const saved = process.env.PATH
    try {
      for (const answer of ['%s blob 1000\\nhalf', 'nonsense\\n', '%s blob 3\\nabcXYZ']) {
        writeFileSync(
          path.join(dir, 'git'),
          [
            '#!/bin/bash',
            'if [ "$1" = cat-file ] && [ "$2" = --batch ]; then',
            `  read -r name; printf '${answer}' "$(printf %040d 0)"; exit 0`,
            'fi',
            `exec ${JSON.stringify(real)} "$@"`,
            ''
          ].join('\n')
        )
        chmodSync(path.join(dir, 'git'), 0o755)
        process.env.PATH = `${dir}${path.delimiter}${saved ?? ''}`
        const git = new ExecGit(repo.dir, text => text, true)
        const reads = await Promise.all([
          git.show('HEAD', 'f.txt'),
          git.show('HEAD', 'g.txt'),
          git.show('HEAD', 'no.txt')
        ])
        expect(reads).toEqual(['one\n', 'two\n', null])
        expect(await git.hasCommit(repo.head())).toBe(true)
        git.close()
      }
    } finally {
      process.env.PATH = saved
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("the identity read in one call is `git config`'s: an included file, a name with `=` and a newline", async () => {
    const included = path.join(repo.dir, '..', 'identity.cfg')
    writeFileSync(included, '[user]\n\tname = Included Name\n\temail = included@example.com\n')
    repo.git('config', '--unset-all', 'user.name')
    repo.git('config', '--unset-all', 'user.email')
    repo.git('config', `includeIf.gitdir:${repo.dir}/.git.path`, included)
    const read = () => new ExecGit(repo.dir, text => text, true).configuredIdentity()
    expect(await read()).toEqual({ name: repo.git('config', 'user.name'), email: 'included@example.com' })
    expect(await read()).toEqual({ name: 'Included Name', email: 'included@example.com' })
    repo.git('config', 'user.name', 'a=b\nuser.email=x@evil.example')
    expect(await read()).toEqual({ name: 'a=b\nuser.email=x@evil.example', email: 'included@example.com' })
  })
})
