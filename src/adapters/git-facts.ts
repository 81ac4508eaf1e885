/**
 * What a git client knows of its clone: a work tree or not, shallow or not, HEAD, the branch, the
 * common git folder. A run's client (runScoped) asks one `rev-parse` for all of them and keeps the
 * answers until a write makes them stale (git-kept.ts); any other client asks each time.
 */
import { parseProbe, type Probe } from './git-output.js'
import type { KeptReads } from './git-kept.js'

type Run = (
  args: string[],
  options?: { allowFailure?: boolean }
) => Promise<{ code: number; stdout: string; stderr: string }>

export class CloneFacts {
  constructor(
    private readonly run: Run,
    private readonly kept: KeptReads,
    private readonly runScoped: boolean
  ) {}

  /**
   * The common git folder, whether this is a work tree, a shallow clone, HEAD and its branch in one
   * process (runScoped); null where that does not answer (outside a repository, no commit yet, a git
   * older than --path-format): each is then read alone.
   */
  private probe(): Promise<(Probe & { commonDir: string }) | null> {
    return this.kept.keep('clone', 'probe', async () => {
      const args = ['rev-parse', '--path-format=absolute', '--git-common-dir', '--is-inside-work-tree']
      const more = ['--is-shallow-repository', 'HEAD^{commit}', '--symbolic-full-name', 'HEAD']
      const result = await this.run([...args, ...more], { allowFailure: true })
      if (result.code !== 0) return null
      const newline = result.stdout.indexOf('\n')
      // a folder whose name holds a newline gives one line more: the probe does not read, each is asked alone
      const probe = parseProbe(result.stdout.slice(newline + 1))
      return probe && { ...probe, commonDir: result.stdout.slice(0, newline) }
    })
  }

  /** A read the probe answers when it can (runScoped), else its own process. */
  private async probed<K extends 'inside' | 'shallow' | 'head' | 'branch'>(
    key: K,
    read: () => Promise<Probe[K]>
  ): Promise<Probe[K]> {
    const probe = this.runScoped ? await this.probe() : null
    return probe ? probe[key] : read()
  }

  isRepository(): Promise<boolean> {
    return this.kept.keep('clone', 'isRepository', () =>
      this.probed(
        'inside',
        async () =>
          (await this.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true })).stdout.trim() === 'true'
      )
    )
  }

  /** The clone's git directory shared by all its worktrees (absolute), or null outside a repository. */
  commonDir(): Promise<string | null> {
    return this.kept.keep('setup', 'commonDir', async () => {
      const probe = this.runScoped ? await this.probe() : null
      if (probe?.commonDir) return probe.commonDir
      const result = await this.run(['rev-parse', '--path-format=absolute', '--git-common-dir'], {
        allowFailure: true
      })
      return result.code === 0 && result.stdout.trim() ? result.stdout.trim() : null
    })
  }

  isShallow(): Promise<boolean> {
    return this.kept.keep('clone', 'isShallow', () =>
      this.probed(
        'shallow',
        async () => (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true'
      )
    )
  }

  head(): Promise<string | null> {
    return this.kept.keep('clone', 'head', () =>
      this.probed('head', async () => {
        const result = await this.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true })
        return result.code === 0 ? result.stdout.trim() : null
      })
    )
  }

  branch(): Promise<string | null> {
    return this.kept.keep('clone', 'branch', () =>
      this.probed('branch', async () => {
        const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true })
        return result.code === 0 ? result.stdout.trim() : null
      })
    )
  }
}
