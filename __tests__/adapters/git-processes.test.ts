/**
 * How many git processes a run starts: a dry run asks git no question of its clone twice and reads every file
 * through one `cat-file --batch`; a release asks for no automatic upkeep after its own writes; what
 * the run already read (HEAD's subject in the log, the identity) is not asked again.
 */
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/adapters/logger.js'
import { ExecGit } from '../../src/adapters/git.js'
import { parseIdentity, subjectOf } from '../../src/adapters/git-kept.js'
import { loadSettings, noArtifacts, runMode } from '../../src/compose.js'
import { GitShim } from '../helpers/git-shim.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const ENV = { GITHUB_REF_NAME: 'main', GITHUB_SERVER_URL: 'https://github.com' }

describe('the git processes of a run', () => {
  let repo: TestRepo
  let shim: ReturnType<typeof GitShim.onPath>
  beforeEach(() => {
    repo = TestRepo.create()
    repo.commit('chore: initial', pythonProject('1.2.0'))
    repo.tag('v1.2.0')
    repo.commit('fix: a bug (#1)')
    repo.commit('feat: sessions (#2)')
    repo.git('push', '-q', 'origin', 'main', '--tags')
    shim = GitShim.onPath()
  })
  afterEach(() => {
    shim.restore()
    repo.cleanup()
  })

  it('a dry run asks git no question twice, and reads its files through one cat-file --batch', async () => {
    const loaded = await loadSettings(name => ({ dry_run: 'true' })[name], repo.dir)
    const result = await runMode(loaded.settings, repo.dir, ENV, { log: silentLogger, artifact: noArtifacts })
    expect(result.outputs).toMatchObject({ released: 'true', new_version: '1.3.0' })
    const calls = shim.calls()
    const count = (pattern: RegExp) => calls.filter(call => pattern.test(call)).length
    // the run reads the version files (and the rollback record): one reader for them all
    expect(count(/^cat-file --batch$/)).toBe(1)
    expect(count(/^show /)).toBe(0)
    expect(count(/^cat-file -e /)).toBe(0)
    // HEAD's subject is in the log of the release's commits; origin's branch is HEAD
    expect(count(/^log -1 /)).toBe(0)
    expect(count(/^rev-list --count (\S+)\.\.\1$/)).toBe(0)
    expect(count(/^rev-parse /)).toBe(1)
    // origin's branch is read where a decision is made on it (the rolled-back check, the up_to_date
    // gate), each at that moment: anyone may push in between (git-adversarial.test.ts)
    expect(count(/^ls-remote --heads /)).toBe(2)
    const asked = calls.filter(call => !call.startsWith('ls-remote --heads '))
    expect(asked).toEqual([...new Set(asked)])
  })

  it('a release asks for no maintenance after its writes, reads the identity in one call and HEAD again only after its commit', async () => {
    const trace = path.join(tmpdir(), `fvr-trace-${process.pid}-${Date.now()}.txt`)
    const loaded = await loadSettings(name => ({ dry_run: 'false', push: 'true' })[name], repo.dir)
    const config = readFileSync(path.join(repo.dir, '.git', 'config'), 'utf8')
    process.env.GIT_TRACE = trace
    try {
      const result = await runMode(loaded.settings, repo.dir, ENV, { log: silentLogger, artifact: noArtifacts })
      expect(result.outputs).toMatchObject({ released: 'true', new_version: '1.3.0', pushed: 'true' })
    } finally {
      delete process.env.GIT_TRACE
    }
    const traced = readFileSync(trace, 'utf8')
    rmSync(trace, { force: true })
    expect(traced).toMatch(/built-in: git commit /)
    expect(traced).toMatch(/built-in: git fetch /)
    expect(traced).not.toMatch(/built-in: git (maintenance|gc) /)
    // the setting is the command's own (-c), never written to the clone's configuration
    expect(readFileSync(path.join(repo.dir, '.git', 'config'), 'utf8')).toBe(config)
    const calls = shim.calls()
    const count = (pattern: RegExp) => calls.filter(call => pattern.test(call)).length
    // asked of our commit and fetch (the commands that start upkeep after them), of nothing else
    const unkept = calls.filter(call => call.includes('maintenance.auto=false'))
    expect(unkept.every(call => /(^| )(commit|fetch) /.test(call))).toBe(true)
    expect([/ commit /, / fetch /].map(command => unkept.some(call => command.test(call)))).toEqual([true, true])
    expect(count(/^config /)).toBe(1)
    expect(count(/^remote get-url /)).toBe(1)
    // before the release commit, and after it (its sha)
    expect(count(/^rev-parse /)).toBe(2)
    expect(count(/^show /)).toBe(0)
  })

  it("HEAD's subject comes from the log: what `git log -1 --format=%s` says, for any message", async () => {
    const messages = [
      'feat: plain',
      '\n\n  leading blank lines\nand a second title line\n\nthe body',
      'trailing white space \t \nmore title\r\n\r\nbody',
      'crlf title\r\n\r\nbody\r\n',
      'tab\tinside, vertical tab at the end\u000b',
      '\u00a0no-break space first, form feed last\u000c\n',
      ' \t\n \ntitle after blank-looking lines\n'
    ]
    const shas = messages.map(message => repo.commit(message))
    const git = new ExecGit(repo.dir, text => text, true)
    const logged = new Map<string, string>()
    await git.log(null, commit => logged.set(commit.sha, commit.message))
    for (const sha of shas)
      expect(subjectOf(logged.get(sha)!).trim()).toBe(repo.git('log', '-1', '--format=%s', sha, '--'))
    shim.arm(0)
    expect(await git.subject('HEAD')).toBe(repo.git('log', '-1', '--format=%s', 'HEAD', '--'))
    expect(await git.subject(shas[1])).toBe(repo.git('log', '-1', '--format=%s', shas[1], '--'))
    git.close()
    // HEAD's is known; another commit's is asked
    expect(shim.calls().filter(call => call.startsWith('log -1 '))).toHaveLength(1)
  })

  it('the identity in one call is what `git config user.name` and `user.email` say', async () => {
    const git = () => new ExecGit(repo.dir, text => text, true)
    const alone = () => {
      const read = (key: string) => {
        try {
          return repo.git('config', key)
        } catch {
          return ''
        }
      }
      const [name, email] = [read('user.name'), read('user.email')]
      return name && email ? { name, email } : null
    }
    repo.git('config', '--unset-all', 'user.name')
    repo.git('config', '--unset-all', 'user.email')
    const global = alone() // the machine's own configuration, if any
    expect(await git().configuredIdentity()).toEqual(global)
    repo.git('config', 'user.name', 'First')
    repo.git('config', '--add', 'user.name', '  Last Name  ')
    repo.git('config', 'user.email', 'last@example.com')
    expect(await git().configuredIdentity()).toEqual(alone())
    expect(await git().configuredIdentity()).toEqual({ name: 'Last Name', email: 'last@example.com' })
    expect(parseIdentity('user.name\nA\0user.email\nb@example.com\0user.name\nC\0')).toEqual({
      name: 'C',
      email: 'b@example.com'
    })
    expect(parseIdentity('user.name\nA\0')).toBeNull()
    expect(parseIdentity('')).toBeNull()
  })
})
