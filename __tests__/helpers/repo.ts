import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0'
}

/** A real git repository in a temporary folder, with a bare repository as origin. */
export class TestRepo {
  readonly dir: string
  readonly origin: string
  private clock = Date.UTC(2026, 0, 1) / 1000

  constructor(
    readonly root: string,
    options: { origin?: boolean; branch?: string } = {}
  ) {
    this.dir = path.join(root, 'work')
    this.origin = path.join(root, 'origin.git')
    mkdirSync(this.dir, { recursive: true })
    this.git('init', '-q', '-b', options.branch ?? 'main')
    this.git('config', 'user.name', 'Test Author')
    this.git('config', 'user.email', 'author@example.com')
    this.git('config', 'commit.gpgsign', 'false')
    this.git('config', 'tag.gpgsign', 'false')
    if (options.origin !== false) {
      execFileSync('git', ['init', '-q', '--bare', '-b', options.branch ?? 'main', this.origin], { env: GIT_ENV })
      this.git('remote', 'add', 'origin', this.origin)
    }
  }

  static create(options: { origin?: boolean; branch?: string } = {}): TestRepo {
    return new TestRepo(mkdtempSync(path.join(tmpdir(), 'fvr-')), options)
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, encoding: 'utf8', maxBuffer: 1 << 30 }).trim()
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
    for (const [file, text] of Object.entries(files)) {
      this.write(file, text)
      this.git('add', '--', file)
    }
    this.clock += 3600
    const date = `@${this.clock} +0000`
    execFileSync('git', ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', '-'], {
      cwd: this.dir,
      input: message,
      env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    })
    return this.git('rev-parse', 'HEAD')
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
    return this.git('rev-parse', 'HEAD')
  }

  /** An annotated tag made at an exact time, with a message. */
  tagAt(name: string, time: number, message = name, rev = 'HEAD'): void {
    execFileSync('git', ['tag', '-a', name, '-F', '-', '--cleanup=verbatim', rev], {
      cwd: this.dir,
      input: message,
      env: { ...GIT_ENV, GIT_COMMITTER_DATE: `@${time} +0000` }
    })
  }

  tag(name: string, rev = 'HEAD'): void {
    this.git('tag', '-a', name, '-m', name, rev)
  }

  /** Everything that must stay byte-identical in a dry run or a failed release. */
  snapshot(): { status: string; refs: string; index: string; head: string; remoteRefs: string } {
    return {
      status: this.git('status', '--porcelain=v1', '--untracked-files=all'),
      refs: this.git('for-each-ref', '--format=%(refname) %(objectname)'),
      index: this.git('ls-files', '--stage'),
      head: this.git('rev-parse', 'HEAD'),
      remoteRefs: this.remoteRefs()
    }
  }

  /** sha256 of .git/index itself. */
  indexHash(): string {
    return createHash('sha256')
      .update(readFileSync(path.join(this.dir, '.git', 'index')))
      .digest('hex')
  }

  remoteRefs(): string {
    try {
      return execFileSync('git', ['for-each-ref', '--format=%(refname) %(objectname)'], {
        cwd: this.origin,
        env: GIT_ENV,
        encoding: 'utf8'
      }).trim()
    } catch {
      return ''
    }
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
      const repo = TestRepo.create()
      made.push(repo)
      repo.commit('chore: initial', pythonProject('1.2.0'))
      repo.tag('v1.2.0')
      for (const message of messages) repo.commit(message)
      repo.git('push', '-q', 'origin', 'main', '--tags')
      return repo
    },
    cleanup: () => made.forEach(repo => repo.cleanup())
  }
}
