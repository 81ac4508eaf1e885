import { ExecGit } from '../../src/adapters/git.js'
import { GitShim } from '../helpers/git-shim.js'
import { TestRepo } from '../helpers/repo.js'

const DAY = 86_400
const T0 = Date.UTC(2026, 0, 1) / 1000

/** The tag list as for-each-ref reads it (the reference the cheap query must agree with). */
function forEachRef(repo: TestRepo, pattern: string): Array<{ name: string; sha: string }> {
  return repo
    .git('for-each-ref', '--format=%(refname:strip=2) %(objectname) %(*objectname)', pattern)
    .split('\n')
    .filter(Boolean)
    .map(line => {
      const [name, object, peeled] = line.split(' ')
      return { name, sha: peeled || object }
    })
}

describe('the tag queries of ExecGit', () => {
  let repo: TestRepo
  let first: string
  let second: string
  beforeEach(() => {
    repo = TestRepo.create({ origin: false })
    first = repo.commitAt('chore: initial', T0)
    repo.tagAt('v1.0.0', T0 + 60, 'Notes of 1.0.0\n\nRelease-Type: release\n')
    repo.git('tag', 'v1.0.1-light') // lightweight
    second = repo.commitAt('feat: more', T0 + DAY)
    repo.tagAt('v1.1.0', T0 + DAY + 60, 'Notes of 1.1.0\n\n- a line\n\nRelease-Type: hotfix\nHotfix-Of: v1.0.0\n')
    repo.tagAt('v2/docs', T0 + DAY + 90, 'a tag in a folder')
    repo.tagAt('other-1.0.0', T0 + DAY + 120, 'another prefix')
  })
  afterEach(() => repo.cleanup())

  it('lists tags peeled to their commits, as for-each-ref refs/tags/PREFIX* does, packed or loose', async () => {
    const loose = await new ExecGit(repo.dir).tags('v')
    expect(loose).toEqual(forEachRef(repo, 'refs/tags/v*'))
    expect(loose).toEqual([
      { name: 'v1.0.0', sha: first },
      { name: 'v1.0.1-light', sha: first },
      { name: 'v1.1.0', sha: second }
    ])
    repo.git('pack-refs', '--all')
    expect(await new ExecGit(repo.dir).tags('v')).toEqual(loose)
    expect(await new ExecGit(repo.dir).tags('other-')).toEqual([{ name: 'other-1.0.0', sha: second }])
    expect(await new ExecGit(repo.dir).tags('v2/')).toEqual(forEachRef(repo, 'refs/tags/v2/*'))
  })

  it('lists no tag in a repository without tags, and only the reachable ones with mergedInto', async () => {
    const bare = TestRepo.create({ origin: false })
    try {
      bare.commit('chore: initial')
      expect(await new ExecGit(bare.dir).tags('v')).toEqual([])
    } finally {
      bare.cleanup()
    }
    repo.git('checkout', '-q', '--detach', first)
    expect(await new ExecGit(repo.dir).tags('v', 'HEAD')).toEqual([
      { name: 'v1.0.0', sha: first },
      { name: 'v1.0.1-light', sha: first }
    ])
  })

  it('reads the list once per client, and again after a tag is written through it', async () => {
    const git = new ExecGit(repo.dir)
    expect((await git.tags('v')).map(tag => tag.name)).toEqual(['v1.0.0', 'v1.0.1-light', 'v1.1.0'])
    repo.git('tag', 'v9.0.0') // behind the client's back: not seen by this run
    expect((await git.tags('v')).map(tag => tag.name)).not.toContain('v9.0.0')
    await git.tag('v1.2.0', 'Notes of 1.2.0\n', null)
    expect((await git.tags('v')).map(tag => tag.name)).toEqual(['v1.0.0', 'v1.0.1-light', 'v1.1.0', 'v1.2.0', 'v9.0.0'])
    await git.deleteTag('v9.0.0')
    await git.forceTag('v1', first, 'v1', null)
    expect(await git.tags('v1')).toEqual([
      { name: 'v1', sha: first },
      { name: 'v1.0.0', sha: first },
      { name: 'v1.0.1-light', sha: first },
      { name: 'v1.1.0', sha: second },
      { name: 'v1.2.0', sha: second }
    ])
  })

  it('reads the messages of the named tags only', async () => {
    const git = new ExecGit(repo.dir)
    const messages = await git.tagMessages(['v1.1.0', 'v1.0.0', 'v7.7.7', 'v1.1.0', 'v2'])
    expect([...messages.keys()].sort()).toEqual(['v1.0.0', 'v1.1.0'])
    expect(messages.get('v1.0.0')).toBe('Notes of 1.0.0\n\nRelease-Type: release\n')
    expect(messages.get('v1.1.0')).toBe('Notes of 1.1.0\n\n- a line\n\nRelease-Type: hotfix\nHotfix-Of: v1.0.0\n')
    expect(await git.tagMessage('v1.1.0')).toBe(messages.get('v1.1.0'))
    expect(await git.tagMessage('v7.7.7')).toBe('')
    expect((await git.tagMessages([])).size).toBe(0)
    // a lightweight tag's message is its commit's
    expect(await git.tagMessage('v1.0.1-light')).toBe('chore: initial')
  })

  it('reads the tags dates without their messages', async () => {
    const details = await new ExecGit(repo.dir).tagDetails('v')
    expect(details).toEqual([
      { name: 'v1.0.0', sha: first, time: T0 + 60 },
      { name: 'v1.0.1-light', sha: first, time: T0 },
      { name: 'v1.1.0', sha: second, time: T0 + DAY + 60 }
    ])
  })
})

describe('what the tag queries ask git', () => {
  let repo: TestRepo
  let shim: ReturnType<typeof GitShim.onPath>
  beforeEach(() => {
    repo = TestRepo.create({ origin: false })
    repo.commit('chore: initial')
    for (let i = 0; i < 30; i++) repo.tagAt(`v1.0.${i}`, T0 + i, `Notes of 1.0.${i}\n`)
    shim = GitShim.onPath()
  })
  afterEach(() => {
    shim.restore()
    repo.cleanup()
  })

  it('reads the tag list once, no tag message but the few asked for, by name', async () => {
    const git = new ExecGit(repo.dir)
    await Promise.all([git.tags('v'), git.tags('v')])
    await git.tags('v1.0.2')
    await git.tagMessages(['v1.0.3', 'v1.0.29'])
    const calls = shim.calls()
    expect(calls).toHaveLength(2)
    expect(calls[0]).toBe('show-ref --tags --dereference')
    expect(calls[1]).toMatch(/^for-each-ref --format=\S*%\(contents\)\S* refs\/tags\/v1\.0\.3 refs\/tags\/v1\.0\.29$/)
    // nothing read every tag's message
    expect(calls.filter(call => call.includes('%(contents)') && call.includes('*'))).toEqual([])
  })
})
