import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  lstatSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { publish, refLines } from './publish.js'

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0'
}

/** A folder's content, in order (folders before what they hold); a symbolic link keeps its target. */
type Tree = Array<{ path: string; mode: number; bytes?: Buffer; link?: string }>

function readTree(dir: string, base = dir, tree: Tree = []): Tree {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    const mode = lstatSync(full).mode & 0o7777
    if (entry.isSymbolicLink()) tree.push({ path: path.relative(base, full), mode, link: readlinkSync(full) })
    else if (entry.isDirectory()) {
      tree.push({ path: path.relative(base, full), mode })
      readTree(full, base, tree)
    } else tree.push({ path: path.relative(base, full), mode, bytes: readFileSync(full) })
  }
  return tree
}

function writeTree(tree: Tree, dir: string): void {
  mkdirSync(dir, { recursive: true })
  for (const entry of tree) {
    const full = path.join(dir, entry.path)
    if (entry.link !== undefined) symlinkSync(entry.link, full)
    else if (entry.bytes) writeFileSync(full, entry.bytes, { mode: entry.mode })
    else mkdirSync(full, { mode: entry.mode })
  }
}

const templates = new Map<string, { work: Tree; bare: Tree }>()

/**
 * What `git init` makes for TestRepo (a work repository's .git, configured, and a bare origin),
 * made by git once per test file and branch name and kept in memory: each TestRepo writes a copy
 * instead of running seven git processes.
 */
function template(branch: string): { work: Tree; bare: Tree } {
  const known = templates.get(branch)
  if (known) return known
  const root = mkdtempSync(path.join(tmpdir(), 'fvr-template-'))
  try {
    const work = path.join(root, 'work')
    const bare = path.join(root, 'origin.git')
    execFileSync('git', ['init', '-q', '-b', branch, work], { env: GIT_ENV })
    for (const [key, value] of [
      ['user.name', 'Test Author'],
      ['user.email', 'author@example.com'],
      ['commit.gpgsign', 'false'],
      ['tag.gpgsign', 'false'],
      // no `git maintenance run --auto` process after each commit, fetch or merge (throwaway repositories)
      ['maintenance.auto', 'false']
    ])
      execFileSync('git', ['config', key, value], { cwd: work, env: GIT_ENV })
    execFileSync('git', ['init', '-q', '--bare', '-b', branch, bare], { env: GIT_ENV })
    // no `git gc --auto` process after each push
    execFileSync('git', ['config', 'receive.autogc', 'false'], { cwd: bare, env: GIT_ENV })
    const made = { work: readTree(path.join(work, '.git')), bare: readTree(bare) }
    templates.set(branch, made)
    return made
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** Repositories built once per test file (TestRepo.built): the whole folder, origin's path, the clock. */
const builtRepos = new Map<string, { tree: Tree; origin: string; clock: number; recipe: string }>()

/** The constructor's option to take over a folder already written (TestRepo.built's copies). */
const ADOPT = Symbol('adopt')

type RepoOptions = { origin?: boolean; branch?: string }

/** A real git repository in a temporary folder, with a bare repository as origin. */
export class TestRepo {
  readonly dir: string
  readonly origin: string
  private clock = Date.UTC(2026, 0, 1) / 1000

  constructor(
    readonly root: string,
    options: RepoOptions & { [ADOPT]?: true } = {}
  ) {
    this.dir = path.join(root, 'work')
    this.origin = path.join(root, 'origin.git')
    if (options[ADOPT]) return
    const made = template(options.branch ?? 'main')
    writeTree(made.work, path.join(this.dir, '.git'))
    if (options.origin !== false) {
      writeTree(made.bare, this.origin)
      if (/^[\w./@+-]+$/.test(this.origin))
        appendFileSync(
          path.join(this.dir, '.git', 'config'),
          `[remote "origin"]\n\turl = ${this.origin}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`
        )
      else this.git('remote', 'add', 'origin', this.origin)
    }
  }

  static create(options: RepoOptions = {}): TestRepo {
    return new TestRepo(mkdtempSync(path.join(tmpdir(), 'fvr-')), options)
  }

  /**
   * The repository `build` makes on a new TestRepo, made by git once per test file and key, then
   * written as a copy for each call: work tree, .git and origin (the copy's config names its own
   * origin), the index refreshed for the new files' inodes and times. One git process instead of
   * one per commit, tag, branch and push. `build` must change nothing but the repository (no
   * server, no variable outside it): it runs once. The key names everything the build depends on
   * (a variable it reads included). The copies share every sha, tag dates included.
   */
  static built(key: string, build: (repo: TestRepo) => void, options: RepoOptions = {}): TestRepo {
    const id = JSON.stringify([key, options.origin ?? true, options.branch ?? 'main'])
    let made = builtRepos.get(id)
    // one key, one recipe: a second recipe under a key already built would get the first one's repository
    if (made && made.recipe !== build.toString())
      throw new Error(`TestRepo.built: the key ${key} names two different builds; give each its own key`)
    if (!made) {
      const first = TestRepo.create(options)
      try {
        build(first)
        made = { tree: readTree(first.root), origin: first.origin, clock: first.clock, recipe: build.toString() }
      } finally {
        first.cleanup()
      }
      builtRepos.set(id, made)
    }
    const repo = new TestRepo(mkdtempSync(path.join(tmpdir(), 'fvr-')), { [ADOPT]: true })
    writeTree(made.tree, repo.root)
    repo.clock = made.clock
    const config = path.join(repo.dir, '.git', 'config')
    writeFileSync(config, readFileSync(config, 'utf8').split(made.origin).join(repo.origin))
    // git compares inodes and change times: without a refresh the first `git status` would rewrite the index
    if (existsSync(path.join(repo.dir, '.git', 'index')))
      try {
        execFileSync('git', ['update-index', '-q', '--refresh'], { cwd: repo.dir, env: GIT_ENV, stdio: 'ignore' })
      } catch {
        // a work tree left changed by `build` (exit 1): the unchanged files are refreshed all the same
      }
    return repo
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, encoding: 'utf8', maxBuffer: 1 << 30 }).trim()
  }

  /** `git push -q origin <branch>… [--tags]` for a fixture, done by copying files (helpers/publish.ts). */
  publish(...args: string[]): void {
    publish(path.join(this.dir, '.git'), this.origin, args)
  }

  gitInput(input: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, encoding: 'utf8', input }).trim()
  }

  gitIn(dir: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim()
  }

  write(file: string, text: string): void {
    const full = path.join(this.dir, file)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, text)
  }

  read(file: string): string {
    return readFileSync(path.join(this.dir, file), 'utf8')
  }

  /** Commits with the message (an empty commit unless files are given); dates advance one hour each. */
  commit(message: string, files: Record<string, string> = {}): string {
    for (const [file, text] of Object.entries(files)) this.write(file, text)
    if (Object.keys(files).length > 0) this.git('add', '--', ...Object.keys(files))
    this.clock += 3600
    const date = `@${this.clock} +0000`
    execFileSync('git', ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', '-'], {
      cwd: this.dir,
      input: message,
      env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    })
    return this.head()
  }

  /**
   * Empty commits on the current branch, exactly as commit(message) makes them one after the other
   * (same dates, one hour apart, so the same shas), written by one `git fast-import` process instead
   * of one `git commit` each. Returns their shas, in order. A detached HEAD or an empty message (which
   * `git commit` refuses) takes the one-by-one way.
   */
  commits(messages: string[]): string[] {
    const head = readFileSync(path.join(this.dir, '.git', 'HEAD'), 'utf8').trim()
    if (!head.startsWith('ref: refs/heads/') || messages.some(message => message === ''))
      return messages.map(message => this.commit(message))
    if (messages.length === 0) return []
    let parent = '' // an unborn branch: the first commit has no parent
    try {
      parent = execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], {
        cwd: this.dir,
        env: GIT_ENV,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      }).trim()
    } catch {
      parent = ''
    }
    const chunks: Buffer[] = []
    messages.forEach((message, index) => {
      this.clock += 3600
      const who = `Test Author <author@example.com> ${this.clock} +0000`
      const bytes = Buffer.from(message, 'utf8')
      chunks.push(
        Buffer.from(
          `commit ${head.slice(5)}\nmark :${index + 1}\nauthor ${who}\ncommitter ${who}\ndata ${bytes.length}\n`
        ),
        bytes,
        Buffer.from(index === 0 && parent ? `\nfrom ${parent}\n\n` : '\n\n')
      )
    })
    const marks = path.join(this.root, `marks-${process.pid}-${this.clock}`)
    execFileSync('git', ['fast-import', '--quiet', `--export-marks=${marks}`], {
      cwd: this.dir,
      env: GIT_ENV,
      input: Buffer.concat(chunks)
    })
    const byMark = new Map(
      readFileSync(marks, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(line => line.split(' ') as [string, string])
    )
    rmSync(marks, { force: true })
    return messages.map((_, index) => byMark.get(`:${index + 1}`)!)
  }

  /** A commit at an exact time (seconds since the epoch). */
  commitAt(message: string, time: number): string {
    const date = `@${time} +0000`
    this.clock = Math.max(this.clock, time)
    execFileSync('git', ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', '-'], {
      cwd: this.dir,
      input: message,
      env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    })
    return this.head()
  }

  /** An annotated tag made at an exact time, with a message. */
  tagAt(name: string, time: number, message = name, rev = 'HEAD'): void {
    execFileSync('git', ['tag', '-a', name, '-F', '-', '--cleanup=verbatim', rev], {
      cwd: this.dir,
      input: message,
      env: { ...GIT_ENV, GIT_COMMITTER_DATE: `@${time} +0000` }
    })
  }

  /** HEAD's commit, read from the ref file git just wrote (git itself when the ref is packed or odd). */
  head(): string {
    const gitDir = path.join(this.dir, '.git')
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim()
    const ref = head.startsWith('ref: ') ? path.join(gitDir, head.slice(5)) : undefined
    const sha = ref ? (existsSync(ref) ? readFileSync(ref, 'utf8').trim() : '') : head
    return /^[0-9a-f]{40}$/.test(sha) ? sha : this.git('rev-parse', 'HEAD')
  }

  tag(name: string, rev = 'HEAD'): void {
    this.git('tag', '-a', name, '-m', name, rev)
  }

  /** Everything that must stay byte-identical in a dry run or a failed release. */
  snapshot(): { status: string; refs: string; index: string; head: string; remoteRefs: string } {
    return {
      status: this.git('status', '--porcelain=v1', '--untracked-files=all'),
      refs: refLines(path.join(this.dir, '.git')),
      index: this.git('ls-files', '--stage'),
      head: this.head(),
      remoteRefs: this.remoteRefs()
    }
  }

  /** sha256 of .git/index itself. */
  indexHash(): string {
    return createHash('sha256')
      .update(readFileSync(path.join(this.dir, '.git', 'index')))
      .digest('hex')
  }

  /** origin's refs, as `git for-each-ref --format='%(refname) %(objectname)'` lists them ('' without origin). */
  remoteRefs(): string {
    return existsSync(this.origin) ? refLines(this.origin) : ''
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}

/** A Python project like the Fast VLM kit: pyproject, package __init__, a Swift constant. */
export function pythonProject(version: string): Record<string, string> {
  return {
    'pyproject.toml': `[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "fast-vlm-ondevice"\nversion = "${version}"  # keep in sync\ndependencies = ["numpy>=1.24"]\n\n[tool.other]\nversion = "9.9.9"\n`,
    'src/fast_vlm_ondevice/__init__.py': `"""Fast VLM."""\n\n__version__ = "${version}"\n`,
    'ios/Sources/FastVLMKit/Version.swift': `public enum FastVLMKit {\n    public static let version = "${version}"\n}\n`
  }
}

/**
 * Repositories for one test file: `project(...)` makes a Python project released as v1.2.0 with
 * the commits on top, pushed to its bare origin; `cleanup()` removes them all.
 */
export function projects(): { project: (...messages: string[]) => TestRepo; cleanup: () => void } {
  const made: TestRepo[] = []
  return {
    project: (...messages: string[]) => {
      // the release of 1.2.0, pushed, is made by git once per test file and copied
      const repo = TestRepo.built('projects: v1.2.0', base => {
        base.commit('chore: initial', pythonProject('1.2.0'))
        base.tag('v1.2.0')
        base.publish('main', '--tags')
      })
      made.push(repo)
      if (messages.length > 0) {
        repo.commits(messages)
        repo.publish('main')
      }
      return repo
    },
    cleanup: () => made.forEach(repo => repo.cleanup())
  }
}
