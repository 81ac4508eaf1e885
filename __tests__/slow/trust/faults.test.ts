/**
 * Issue 10, item 9 — every fault named: a tag_prefix git can't use in a ref name, a YAML alias
 * bomb, a failing git hook (ours skipped, the remote's and pre-push obeyed), a read-only .git, a
 * held index lock, a missing directory for the CLI's -C, malformed API JSON. Each gets one error
 * that names the cause and what to do — never "Unexpected error" — and the repository, the remote
 * and the files outside exactly as they were; a malformed API answer never counts as a step done.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { cli } from '../../../src/cli.js'
import { describeFailure, GitError, GitHubApiError, HttpError } from '../../../src/core/errors.js'
import { projects, type TestRepo } from '../../helpers/repo.js'
import { FakeService, type Recorded, type Reply } from '../../helpers/service.js'
import { runAction, runActionAsync } from '../../helpers/runner.js'
import { actionError, outsideFolder, worldState } from '../../helpers/trust.js'

const { project, cleanup } = projects()
afterAll(cleanup)

const env = { ...process.env, GITHUB_WORKSPACE: '', SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 25) / 1000) }

beforeAll(() => {
  if (!existsSync(path.join(process.cwd(), 'dist', 'index.js')))
    throw new Error('dist/index.js is missing: run npm run build first')
})

/** Runs the CLI; it must fail with one error matching `message`, and change nothing. */
async function cliRefuses(repo: TestRepo, args: string[], message: RegExp, notesLeft = false): Promise<string> {
  const outside = outsideFolder(repo)
  const before = worldState(repo, outside.dir)
  const result = await cli(args, env)
  expect(result.code).toBe(1)
  expect(result.stderr).toMatch(/^error: /)
  expect(result.stderr).toMatch(message)
  expect(result.stderr).not.toMatch(/Unexpected error/)
  const after = worldState(repo, outside.dir)
  if (notesLeft) {
    // a rejected push leaves the notes file (untracked output, written before the push); nothing else
    expect(after.repo.status).toBe('?? release-notes.md')
    delete after.work['release-notes.md']
    after.repo.status = before.repo.status
  }
  expect(after).toEqual(before)
  return result.stderr
}

function hook(dir: string, name: string, script: string): void {
  mkdirSync(path.join(dir, 'hooks'), { recursive: true })
  writeFileSync(path.join(dir, 'hooks', name), `#!/bin/sh\n${script}\n`)
  chmodSync(path.join(dir, 'hooks', name), 0o755)
}

describe('item 9: a tag_prefix git cannot use is refused before anything is written', () => {
  it.each([
    ['.v', /its part "\.v1\.0\.0" starts with "\."/],
    ['v//', /it holds "\/\/"/],
    ['x.lock/', /its part "x\.lock" ends with "\.lock"/],
    ['v\u0001', /tag_prefix "v\\x01" .*a space or a control character/],
    ['v\u007f', /tag_prefix "v\\x7f" .*a control character/],
    ['v..', /it holds "\.\."/],
    ['v@{', /it holds "@\{"/],
    ['v~', /it holds "~"/],
    ['rel/.hidden/', /its part "\.hidden" starts with "\."/],
    ['v:', /it holds ":"/]
  ])('%j', async (prefix, problem) => {
    const repo = project('feat: x')
    const stderr = await cliRefuses(repo, ['apply', '-C', repo.dir, '--tag-prefix', prefix], problem)
    expect(stderr).toMatch(
      /that git refuses: .*Use letters, digits, "-", "_", "\." or "\/" between parts, such as v or release\/v\./
    )
  })

  it('"-v" would read as an option', async () => {
    const repo = project('feat: x')
    await cliRefuses(
      repo,
      ['apply', '-C', repo.dir, '--tag-prefix=-v'],
      /starts with "-": git would read its tags as options/
    )
  })

  it('through the action too (dist/index.js), with push: true: nothing local, nothing on origin', () => {
    const repo = project('feat: x')
    const outside = outsideFolder(repo)
    const before = worldState(repo, outside.dir)
    const error = actionError(runAction(repo.dir, { tag_prefix: 'x.lock/', push: 'true' }))
    expect(error).toMatch(/^Input tag_prefix "x\.lock\/" makes tags such as x\.lock\/1\.0\.0 that git refuses/)
    expect(worldState(repo, outside.dir)).toEqual(before)
  })

  it('prefixes git accepts still work (release/v)', async () => {
    const repo = project('feat: x')
    const result = await cli(['apply', '-C', repo.dir, '--tag-prefix', 'release/v', '--initial-version', '2.0.0'], env)
    expect(result.code).toBe(0)
    expect(repo.git('tag', '--list', 'release/*')).toBe('release/v2.0.0')
  })
})

describe('item 9: a YAML alias bomb in the gates configuration', () => {
  const bomb = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'release_gates:',
    '  required_checks: [clean_tree]',
    '  slow_gates: *f',
    ''
  ].join('\n')

  it.each([['plan'], ['apply']])('%s: named, with the fix, nothing changed', async command => {
    const repo = project('feat: x')
    repo.commit('chore: gates', { '.github/release-gates.yml': bomb })
    repo.publish('main')
    await cliRefuses(
      repo,
      [command, '-C', repo.dir],
      /\.github\/release-gates\.yml: the YAML can't be loaded: .*\(at most 100 alias expansions are allowed\)\. Write the configuration out without chains of aliases/
    )
  })

  it('a few ordinary aliases still load', async () => {
    const repo = project('feat: x')
    repo.commit('chore: gates', {
      '.github/release-gates.yml': 'release_gates:\n  required_checks: &checks [clean_tree]\n  slow_gates: *checks\n'
    })
    const result = await cli(['plan', '-C', repo.dir], env)
    expect(result.code).toBe(0)
  })
})

describe('item 9: git hooks', () => {
  it.each(['pre-commit', 'commit-msg', 'prepare-commit-msg', 'post-commit'])(
    'a failing %s hook of the clone does not run for our release commit',
    async name => {
      const repo = project('feat: x')
      hook(path.join(repo.dir, '.git'), name, 'echo "hook says no" >&2; exit 1')
      const result = await cli(['apply', '-C', repo.dir], env)
      expect(result.code).toBe(0)
      expect(repo.git('log', '-1', '--format=%s')).toBe('chore(release): v1.3.0')
    }
  )

  it('a failing pre-push hook: named, the local release undone, origin untouched', async () => {
    const repo = project('feat: x')
    hook(path.join(repo.dir, '.git'), 'pre-push', 'echo "pre-push: tests must pass first" >&2; exit 1')
    const stderr = await cliRefuses(
      repo,
      ['apply', '-C', repo.dir, '--push'],
      /The push to origin was rejected: .*pre-push: tests must pass first.*Nothing was pushed, and the local release commit and tag v1\.3\.0 were undone/s,
      true
    )
    expect(stderr).toMatch(/run again/)
  })

  it.each([
    ['pre-receive', 'echo "pre-receive: releases are frozen" >&2; exit 1', /releases are frozen/],
    ['update', 'case "$1" in refs/tags/*) echo "update: no tags here" >&2; exit 1;; esac; exit 0', /no tags here/]
  ])('the remote refusing with a %s hook: named, nothing anywhere', async (name, script, shown) => {
    const repo = project('feat: x')
    hook(repo.origin, name, script)
    const stderr = await cliRefuses(
      repo,
      ['apply', '-C', repo.dir, '--push'],
      /The push to origin was rejected: .*Nothing was pushed/s,
      true
    )
    expect(stderr).toMatch(shown)
  })

  it('rollback: the remote refusing the tag deletion is named', async () => {
    const repo = project('feat: x')
    expect((await cli(['apply', '-C', repo.dir, '--push'], env)).code).toBe(0)
    hook(repo.origin, 'pre-receive', 'echo "pre-receive: tag deletion is forbidden" >&2; exit 1')
    const remote = repo.remoteRefs()
    const result = await cli(['rollback', '1.3.0', '-C', repo.dir, '--push', '--reason', 'broken'], env)
    expect(`${result.stdout}${result.stderr}`).toMatch(/tag deletion is forbidden/)
    expect(result.stderr).not.toMatch(/Unexpected error/)
    expect(repo.remoteRefs()).toBe(remote)
  })
})

describe('item 9: the repository itself', () => {
  it('an index lock held by another git process', async () => {
    const repo = project('feat: x')
    writeFileSync(path.join(repo.dir, '.git', 'index.lock'), '')
    const outside = outsideFolder(repo)
    const before = worldState(repo, outside.dir)
    const result = await cli(['apply', '-C', repo.dir], env)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^error: git add failed: another git process holds the lock .*\.git\/index\.lock\. Wait for it to finish; if none is running, a git process crashed earlier: remove .*index\.lock and run again\./
    )
    expect(worldState(repo, outside.dir)).toEqual(before)
  })

  it('a read-only .git: named, the working tree restored', () => {
    const repo = project('feat: x')
    const outside = outsideFolder(repo)
    const root = process.getuid?.() === 0
    const home = mkdtempSync(path.join(tmpdir(), 'fvr-home-'))
    chmodSync(home, 0o777)
    chmodSync(repo.root, 0o755)
    const before = worldState(repo, outside.dir)
    if (root) spawnSync('chmod', ['-R', 'a+rwX', repo.dir]) // the tree writable for the unprivileged user
    spawnSync('chmod', ['-R', 'a-w', path.join(repo.dir, '.git')])
    try {
      const run = spawnSync(
        process.execPath,
        [path.join(process.cwd(), 'dist', 'cli', 'index.js'), 'apply', '-C', repo.dir, '--gates', 'none'],
        {
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH ?? '',
            HOME: home,
            SOURCE_DATE_EPOCH: env.SOURCE_DATE_EPOCH,
            GIT_CONFIG_COUNT: '1',
            GIT_CONFIG_KEY_0: 'safe.directory',
            GIT_CONFIG_VALUE_0: '*'
          },
          ...(root ? { uid: 65534, gid: 65534 } : {})
        }
      )
      expect(run.status).toBe(1)
      expect(run.stderr).toMatch(
        /error: (git add failed: the repository's \.git directory is not writable \(.*Permission denied.*\)\. Make the checkout writable by the user running the action|Cannot create the run lock .*\(EACCES\): the git directory must be writable)/
      )
    } finally {
      spawnSync('chmod', ['-R', 'u+w', path.join(repo.dir, '.git')])
      rmSync(home, { recursive: true, force: true })
    }
    const after = worldState(repo, outside.dir)
    expect({ ...after.repo, status: '' }).toEqual({ ...before.repo, status: '' })
    expect(after.outside).toEqual(before.outside)
    expect(after.repo.status).toBe(before.repo.status)
  })

  it.each([
    ['a directory that does not exist', (repo: TestRepo) => path.join(repo.root, 'nope')],
    ['a file', (repo: TestRepo) => path.join(repo.dir, 'pyproject.toml')]
  ])('-C naming %s', async (_name, dir) => {
    const repo = project('feat: x')
    const target = dir(repo)
    await cliRefuses(
      repo,
      ['apply', '-C', target],
      new RegExp(
        `-C ${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: no such directory\\. Name the directory of the repository to release`
      )
    )
  })

  it('-C naming a directory that is not a repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fvr-plain-'))
    try {
      const result = await cli(['apply', '-C', dir], env)
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(/^error: This directory is not a git repository\. Check the repository out first/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('item 9: a malformed GitHub answer never counts as a step done', () => {
  let api: FakeService
  let reply: (request: Recorded) => Reply
  beforeAll(async () => {
    api = await new FakeService(request => reply(request)).start()
  })
  afterAll(() => api.stop())

  const notFound: Reply = { status: 404, body: { message: 'Not Found', status: '404' } }
  /** GET /repos/{owner}/{repo} as a token that may write sees it (checked before anything is made). */
  const repositoryAnswer: Reply = {
    status: 200,
    body: {
      full_name: 'acme/fastvlm',
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }
    }
  }

  it.each<[string, (request: Recorded) => Reply, RegExp]>([
    [
      'a created release without an id',
      request => (request.method === 'POST' ? { status: 201, body: { html_url: 'x', upload_url: 'y' } } : notFound),
      /POST \/repos\/acme\/fastvlm\/releases failed: GitHub's answer is not what the call returns \(it has no number "id"\), so the step is not counted as done/
    ],
    [
      'a created release answered as an HTML page',
      request => (request.method === 'POST' ? { status: 201, body: '<html>proxy login</html>' } : notFound),
      /POST \/repos\/acme\/fastvlm\/releases failed: GitHub's answer is not what the call returns \(it is not a JSON object\)/
    ],
    [
      'a release lookup answered with a JSON array',
      () => ({ status: 200, body: [{ id: 1 }] }),
      /GET \/repos\/acme\/fastvlm\/releases\/tags\/v1\.3\.0 failed: GitHub's answer is not what the call returns \(it is not a JSON object\)/
    ],
    [
      'an id that is a string',
      request =>
        request.method === 'POST' ? { status: 201, body: { id: '17', html_url: 'x', upload_url: 'y' } } : notFound,
      /it has no number "id"/
    ]
  ])('%s', async (_name, answer, message) => {
    // the token's access is checked first (GET /repos/{owner}/{repo}); the malformed answer comes after
    reply = request =>
      // GitHub lists a repository's releases (drafts too) with 200 and an array
      request.method === 'GET' && request.path === '/repos/acme/fastvlm/releases'
        ? { status: 200, body: [] }
        : request.method === 'GET' && request.path === '/repos/acme/fastvlm'
          ? {
              status: 200,
              body: {
                full_name: 'acme/fastvlm',
                permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }
              }
            }
          : answer(request)
    const repo = project('feat: x')
    repo.tag('v1.3.0')
    const outside = outsideFolder(repo)
    const before = worldState(repo, outside.dir)
    const run = await runActionAsync(
      repo.dir,
      { mode: 'publish', create_release: 'true', sbom: 'false' },
      { GITHUB_API_URL: api.url }
    )
    const error = actionError(run)
    expect(error).toMatch(message)
    expect(error).toMatch(/Check GITHUB_API_URL/)
    expect(error).not.toMatch(/Unexpected error/)
    expect(run.outputs.release_id ?? '').toBe('')
    expect(run.outputs.release_url ?? '').toBe('')
    // refs, index, HEAD, origin and the working tree as they were (the checksums file, written before
    // the release is made, is a side file in RUNNER_TEMP)
    const after = worldState(repo, outside.dir)
    expect(after.repo).toEqual(before.repo)
    expect(after.outside).toEqual(before.outside)
  })

  it('an uploaded asset answered without an id', async () => {
    let id = 0
    reply = request => {
      if (request.method === 'GET' && request.path === '/repos/acme/fastvlm') return repositoryAnswer
      if (request.method === 'GET' && request.path === '/repos/acme/fastvlm/releases') return { status: 200, body: [] }
      if (request.method === 'GET') return notFound
      if (request.path.startsWith('/uploads/')) return { status: 201, body: { state: 'uploaded' } }
      id = 77
      return {
        status: 201,
        body: {
          id,
          html_url: 'https://github.com/acme/fastvlm/releases/tag/v1.3.0',
          upload_url: `${api.url}/uploads/repos/acme/fastvlm/releases/77/assets{?name,label}`,
          assets: []
        }
      }
    }
    const repo = project('feat: x')
    repo.tag('v1.3.0')
    const run = await runActionAsync(
      repo.dir,
      { mode: 'publish', create_release: 'true', sbom: 'false' },
      { GITHUB_API_URL: api.url }
    )
    expect(actionError(run)).toMatch(
      /uploads\/repos\/acme\/fastvlm\/releases\/77\/assets\?name=SHA256SUMS failed: GitHub's answer is not what the call returns \(it has no number "id"\)/
    )
    expect(run.outputs.assets ?? '').toBe('')
  })
})

describe('item 9: every failure class is described, never "Unexpected error"', () => {
  it.each<[string, unknown, RegExp]>([
    [
      'a git lock',
      new GitError(['commit'], 128, "fatal: Unable to create '/r/.git/index.lock': File exists."),
      /another git process holds the lock \/r\/\.git\/index\.lock/
    ],
    [
      'a read-only file system for git',
      new GitError(['tag', '-a'], 128, 'error: unable to write file: Read-only file system'),
      /\.git directory is not writable/
    ],
    [
      'a declined hook',
      new GitError(['push'], 1, ' ! [remote rejected] main -> main (pre-receive hook declined)'),
      /a git hook or the remote refused it/
    ],
    [
      'an unreachable remote',
      new GitError(['push'], 128, "fatal: unable to access 'https://x/': Could not resolve host: x"),
      /could not be reached/
    ],
    [
      'another git failure',
      new GitError(['fsck'], 2, 'weird'),
      /^git fsck failed \(weird\)\. Check the repository's state with git status/
    ],
    [
      'a GitHub failure',
      new GitHubApiError('GET /x', 401, 'Bad credentials'),
      /Bad credentials The token is invalid or expired/
    ],
    [
      'an HTTP failure',
      new HttpError('Slack webhook POST', 500, 'oops'),
      /Slack webhook POST failed with 500: oops\. Check the service's URL and credentials/
    ],
    [
      'a file that cannot be written (EACCES)',
      Object.assign(new Error('EACCES: permission denied'), {
        code: 'EACCES',
        syscall: 'open',
        path: '/r/CHANGELOG.md'
      }),
      /^Could not open \/r\/CHANGELOG\.md: permission denied \(EACCES\)\. Make the checkout writable/
    ],
    [
      'a full disk (ENOSPC)',
      Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'write' }),
      /no space left on the device \(ENOSPC\)/
    ],
    [
      'a read-only file system (EROFS)',
      Object.assign(new Error('EROFS'), { code: 'EROFS', syscall: 'mkdir', path: '/r/dist' }),
      /read-only file system/
    ]
  ])('%s', (_name, error, message) => {
    const failure = describeFailure(error)
    expect(failure.userError).toBe(true)
    expect(failure.message).toMatch(message)
    expect(failure.message).not.toMatch(/Unexpected error/)
  })
})
