import { LOG_FORMAT, LogStreamParser } from '../core/commits/gitlog.js'
import type { RawCommit } from '../core/types.js'
import type { TagRef } from '../core/versioning/version.js'
import { GitError } from '../core/errors.js'
import type { Scrub } from '../core/text/secrets.js'
import type { GitClient, Identity } from '../usecases/ports.js'
import { commandOf, parseFileModes, parseRemoteTags, parseTextAttributes, parseStatus, WRITES } from './git-output.js'
import { CatFileBatch } from './git-batch.js'
import { KeptReads, MAINTAINING, NO_AUTO_MAINTENANCE, parseIdentity, staleAfter, subjectOf } from './git-kept.js'
import { CloneFacts } from './git-facts.js'
import { GitTagReads } from './git-tags.js'
import { runProgram } from './process.js'

/** A hooks folder that holds no hook (it does not exist): our release commit runs none of the clone's hooks. */
const NO_HOOKS = process.platform === 'win32' ? 'NUL' : '/dev/null'

/** The environment of every git run: never a prompt, messages in English. */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
}

/** git through node:child_process, argument arrays only: no shell ever sees a value. */
export class ExecGit implements GitClient {
  /**
   * `scrub` keeps the run's secrets out of the commit and tag messages it writes. `runScoped` (the
   * composition root's client of one run): the branch, HEAD, the status, a remote's URL and whether
   * this is a (shallow) repository are read once, and again only after a write through this client
   * or `forget()` (the run's file writes and commands call it).
   */
  constructor(
    private readonly cwd: string,
    private readonly scrub: Scrub = text => text,
    private readonly runScoped = false
  ) {
    this.kept = new KeptReads(runScoped)
    // a run's client is closed by its run; a reader idle for long (a client nobody closes, a run
    // waiting on GitHub) ends, and the next read starts another
    this.batch = new CatFileBatch(cwd, gitEnv, runScoped ? 10_000 : 1000)
    this.facts = new CloneFacts((args, options) => this.run(args, options), this.kept, runScoped)
  }

  private readonly kept: KeptReads
  /** `show` and `hasCommit` through one `git cat-file --batch` (git-batch.ts). */
  private readonly batch: CatFileBatch
  /** The newest commit of the last `log` that ended at HEAD: its subject needs no process. */
  private logged: { sha: string; message: string } | null = null

  /** Ends the batch reader (the run is over): a later read starts another. */
  close(): void {
    this.batch.close()
  }

  /** The working tree, HEAD or the branch may have changed (a file written, a command run): read them again. */
  forget(): void {
    this.kept.clear()
    this.logged = null
    this.batch.renew()
  }

  /** After (and during) a write of ours: what it makes stale is read again, the batch reader starts afresh. */
  private written(command: string): void {
    this.kept.drop(staleAfter(command))
    this.batch.renew()
  }

  private async run(
    args: string[],
    options: { input?: string; allowFailure?: boolean } = {}
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const command = commandOf(args) ?? ''
    const writes = WRITES.has(command)
    if (writes) this.written(command)
    // our own writes leave upkeep to the clone's next git command of the user's (docs/architecture.md)
    const argv = MAINTAINING.has(command) ? [...NO_AUTO_MAINTENANCE, ...args] : args
    const result = await runProgram('git', argv, { cwd: this.cwd, env: gitEnv(), input: options.input }).finally(
      () => writes && this.written(command)
    )
    if (result.exitCode !== 0 && !options.allowFailure) throw new GitError(args, result.exitCode, result.stderr)
    return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr }
  }

  /** Whether this is a work tree, a shallow clone, HEAD, its branch, the common git folder (git-facts.ts). */
  private readonly facts: CloneFacts

  isRepository(): Promise<boolean> {
    return this.facts.isRepository()
  }

  /** The clone's git directory shared by all its worktrees (absolute), or null outside a repository. */
  commonDir(): Promise<string | null> {
    return this.facts.commonDir()
  }

  isShallow(): Promise<boolean> {
    return this.facts.isShallow()
  }

  head(): Promise<string | null> {
    return this.facts.head()
  }

  branch(): Promise<string | null> {
    return this.facts.branch()
  }

  /** The tag list and tag objects' reads (git-tags.ts), read once per instance and again after our tag writes. */
  private readonly tagReads = new GitTagReads((args, options) => this.run(args, options))

  tags(prefix: string, mergedInto?: string): Promise<TagRef[]> {
    return this.tagReads.tags(prefix, mergedInto)
  }

  async tagMessage(name: string): Promise<string> {
    return (await this.tagReads.messages([name])).get(name) ?? ''
  }

  tagMessages(names: string[]): Promise<Map<string, string>> {
    return this.tagReads.messages(names)
  }

  tagTimes(names: string[]): Promise<Map<string, number>> {
    return this.tagReads.times(names)
  }

  async log(
    exclude: string | null,
    onCommit: (commit: RawCommit) => void,
    tips?: string[],
    limit?: number
  ): Promise<Set<string>> {
    const boundary = new Set<string>()
    // a log that ends at HEAD has HEAD's message: its subject is known (subject('HEAD')); HEAD is
    // the newest commit, not always the first one out (a commit dated later), so a run's client knows it by its sha
    const head = !tips && this.runScoped ? await this.facts.head() : null
    let looking = !tips
    const parser = new LogStreamParser(commit => {
      if (commit.boundary) return void boundary.add(commit.sha)
      if (looking && (head === null || commit.sha === head)) {
        this.logged = { sha: commit.sha, message: commit.message }
        looking = false
      }
      onCommit(commit)
    })
    const args = tips
      ? [
          'log',
          '-z',
          ...(exclude ? ['--boundary'] : []),
          `--format=${LOG_FORMAT}`,
          ...tips,
          ...(exclude ? [`^${exclude}`] : []),
          '--'
        ]
      : exclude
        ? ['log', '-z', '--boundary', `--format=${LOG_FORMAT}`, `${exclude}..HEAD`, '--']
        : ['log', '-z', `--format=${LOG_FORMAT}`, 'HEAD', '--']
    if (limit !== undefined) args.splice(2, 0, `--max-count=${Math.max(1, Math.floor(limit))}`)
    const { exitCode: code, stderr } = await runProgram('git', args, {
      cwd: this.cwd,
      env: gitEnv(),
      onStdout: data => parser.push(data),
      stderrLimit: 10_000
    })
    parser.end()
    if (code !== 0) throw new GitError(args, code, stderr)
    return boundary
  }

  async parents(rev: string): Promise<string[]> {
    const { stdout } = await this.run(['rev-list', '--parents', '-n', '1', rev, '--'])
    return stdout.trim().split(/\s+/).slice(1)
  }

  async subject(rev: string): Promise<string> {
    const logged = this.logged
    if (logged && (rev === logged.sha || (rev === 'HEAD' && this.runScoped && (await this.head()) === logged.sha)))
      return subjectOf(logged.message).trim()
    return (await this.run(['log', '-1', '--format=%s', rev, '--'])).stdout.trim()
  }

  remoteUrl(remote: string): Promise<string | null> {
    return this.kept.keep('setup', `remoteUrl ${remote}`, async () => {
      const result = await this.run(['remote', 'get-url', remote], { allowFailure: true })
      return result.code === 0 ? result.stdout.trim() : null
    })
  }

  async remoteHasTag(remote: string, tag: string): Promise<boolean> {
    const result = await this.run(['ls-remote', '--tags', remote, `refs/tags/${tag}`])
    return result.stdout.trim() !== ''
  }

  async remoteTags(remote: string, prefix: string): Promise<string[]> {
    const { stdout } = await this.run(['ls-remote', '--tags', '--refs', remote, `refs/tags/${prefix}*`])
    return parseRemoteTags(stdout).map(tag => tag.name)
  }

  async remoteTagCommits(remote: string, prefix: string): Promise<Array<{ name: string; sha: string }>> {
    return parseRemoteTags((await this.run(['ls-remote', '--tags', remote, `refs/tags/${prefix}*`])).stdout)
  }

  configuredIdentity(): Promise<Identity | null> {
    const args = ['config', '-z', '--get-regexp', '^user\\.(name|email)$']
    return this.kept.keep('setup', 'identity', async () =>
      parseIdentity((await this.run(args, { allowFailure: true })).stdout)
    )
  }

  private identityArgs(identity: Identity | null): string[] {
    return identity ? ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`] : []
  }

  async add(paths: string[]): Promise<void> {
    if (paths.length > 0) await this.run(['add', '--', ...paths])
  }

  async unstage(paths: string[]): Promise<void> {
    if (paths.length > 0) await this.run(['reset', '-q', 'HEAD', '--', ...paths], { allowFailure: true })
  }

  async commit(message: string, identity: Identity | null, paths: string[]): Promise<string> {
    // our own commit: no hook of the clone runs (--no-verify skips only some; prepare-commit-msg and post-commit too)
    const noHooks = ['-c', `core.hooksPath=${NO_HOOKS}`]
    await this.run(
      [...noHooks, ...this.identityArgs(identity), 'commit', '--no-verify', '-F', '-', '--only', '--', ...paths],
      {
        input: this.scrub(message)
      }
    )
    return (await this.head()) ?? ''
  }

  async tag(name: string, message: string, identity: Identity | null, target?: string): Promise<void> {
    const on = target ? [target] : []
    await this.tagReads.changing(() =>
      this.run([...this.identityArgs(identity), 'tag', '-a', name, ...on, '-F', '-', '--cleanup=verbatim'], {
        input: this.scrub(message)
      })
    )
  }

  async forceTag(name: string, target: string, message: string, identity: Identity | null): Promise<void> {
    // annotated (and signed when git is configured to sign tags): a lightweight tag would open an
    // editor for its message under tag.gpgSign
    await this.tagReads.changing(() =>
      this.run([...this.identityArgs(identity), 'tag', '-f', '-a', name, target, '-F', '-', '--cleanup=verbatim'], {
        input: message
      })
    )
  }

  async deleteTag(name: string): Promise<void> {
    await this.tagReads.changing(() => this.run(['tag', '-d', name]))
  }

  async resetKeep(sha: string): Promise<void> {
    await this.run(['reset', '--keep', sha])
  }

  async pushAtomic(remote: string, refspecs: string[]): Promise<void> {
    await this.run(['push', '--atomic', '--porcelain', remote, ...refspecs])
  }

  async trackedFiles(paths: string[]): Promise<string[]> {
    if (paths.length === 0) return []
    const result = await this.run(['ls-files', '-z', '--', ...paths], { allowFailure: true })
    return result.code === 0 ? result.stdout.split('\0').filter(Boolean) : []
  }

  async changedPaths(): Promise<string[]> {
    // a copy: the kept list stays as read
    return [...(await this.kept.keep('clone', 'changedPaths', () => this.status()))]
  }

  private async status(): Promise<string[]> {
    return parseStatus((await this.run(['status', '--porcelain=v1', '-z', '--untracked-files=all'])).stdout)
  }

  /**
   * Read at each question, never kept: anyone can push to origin during a run, and the up_to_date
   * gate and the rolled-back check decide on what origin says at that moment.
   */
  async remoteBranch(remote: string, branch: string): Promise<string | null> {
    const { stdout } = await this.run(['ls-remote', '--heads', remote, `refs/heads/${branch}`])
    return stdout.trim().split(/\s+/)[0] || null
  }

  async fetchObjects(remote: string, branch: string): Promise<void> {
    await this.run([
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-write-fetch-head',
      '--refmap=',
      remote,
      `refs/heads/${branch}`
    ])
  }

  async fetchTag(remote: string, tag: string): Promise<void> {
    await this.tagReads.changing(() =>
      this.run(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/tags/${tag}:refs/tags/${tag}`])
    )
  }

  async fileModes(rev: string, paths: string[]): Promise<Map<string, string>> {
    const modes = new Map<string, string>()
    if (paths.length === 0) return modes
    return parseFileModes((await this.run(['ls-tree', '-z', '--full-name', rev, '--', ...paths])).stdout)
  }

  async textAttributes(paths: string[]): Promise<Map<string, { text: string; eol: string }>> {
    const attributes = new Map<string, { text: string; eol: string }>()
    if (paths.length === 0) return attributes
    return parseTextAttributes((await this.run(['check-attr', '-z', 'text', 'eol', '--', ...paths])).stdout)
  }

  async hasCommit(sha: string): Promise<boolean> {
    const answer = await this.batch.read(`${sha}^{commit}`)
    if (answer.kind !== 'fallback') return answer.kind === 'found' && answer.type === 'commit'
    return (await this.run(['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true })).code === 0
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const args = ['merge-base', '--is-ancestor', ancestor, descendant]
    const { code, stderr } = await this.run(args, { allowFailure: true })
    // a tag naming a blob or a tree is in no commit's history (it is no release)
    if (code > 1 && !/is a (?:blob|tree), not a commit/.test(stderr)) throw new GitError(args, code, stderr)
    return code === 0
  }

  async countMissing(from: string, to: string): Promise<number> {
    if (from === to) return 0 // a revision lacks nothing of itself
    return Number((await this.run(['rev-list', '--count', `${from}..${to}`])).stdout.trim())
  }

  async diffNames(from: string, to: string): Promise<string[]> {
    const { stdout } = await this.run(['diff', '--name-only', '-z', from, to, '--'])
    return stdout.split('\0').filter(Boolean)
  }

  async show(rev: string, path: string): Promise<string | null> {
    const answer = await this.batch.read(`${rev}:${path}`)
    if (answer.kind === 'missing') return null
    // a blob is its text; a tree or a submodule's commit is what `show` makes of it
    if (answer.kind === 'found' && answer.type === 'blob') return answer.content.toString()
    // `--`: a name with a wildcard is a revision only, never a pathspec (which answers nothing, successfully)
    const result = await this.run(['show', `${rev}:${path}`, '--'], { allowFailure: true })
    return result.code === 0 ? result.stdout : null
  }

  tagDetails(prefix: string): Promise<Array<{ name: string; sha: string; time: number }>> {
    return this.tagReads.details(prefix)
  }

  async commitTimes(range: string): Promise<number[]> {
    const { stdout } = await this.run(['log', '--format=%ct', range, '--'])
    return stdout.split('\n').filter(Boolean).map(Number)
  }

  async messages(range: string): Promise<string[]> {
    const { stdout } = await this.run(['log', '-z', '--format=%B', range, '--'])
    return stdout.split('\0').filter(message => message.trim() !== '')
  }

  async deleteRemoteTag(remote: string, tag: string): Promise<void> {
    await this.run(['push', '--porcelain', remote, `:refs/tags/${tag}`])
  }

  // the components' reads (src/usecases/components/ports.ts)

  async filesLog(args: string[], onChunk: (chunk: Uint8Array) => void): Promise<void> {
    const { exitCode: code, stderr } = await runProgram('git', args, {
      cwd: this.cwd,
      env: gitEnv(),
      onStdout: onChunk,
      stderrLimit: 10_000
    })
    if (code !== 0) throw new GitError(args, code, stderr)
  }

  async allFiles(): Promise<string[]> {
    const { stdout } = await this.run(['ls-files', '-z'])
    return stdout.split('\0').filter(Boolean)
  }

  async mergeBase(shas: string[]): Promise<string | null> {
    if (shas.length === 1) return shas[0]
    const result = await this.run(['merge-base', '--octopus', ...shas, '--'], { allowFailure: true })
    return result.code === 0 && result.stdout.trim() ? result.stdout.trim().split('\n')[0] : null
  }
}
