/**
 * The tag reads of the git adapter: the tag list (every tag peeled to its commit, read once and again
 * after a tag write through `changing`), tags of a prefix, and fields of tags read by exact name.
 */
import { GitError } from '../core/errors.js'
import type { TagRef } from '../core/versioning/version.js'
import { NAMED_FORMAT, parseNamedRecords, parseShowRef, parseTagDates, refBatches } from './git-output.js'

/** Runs git with an argument array (the adapter's runner). */
export type GitRun = (
  args: string[],
  options?: { input?: string; allowFailure?: boolean }
) => Promise<{ code: number; stdout: string; stderr: string }>

export class GitTagReads {
  private tagList: Promise<TagRef[]> | null = null
  /** Each list's tags of a prefix, filtered once a list (the same objects: releaseTags parses each once). */
  private readonly byPrefix = new WeakMap<TagRef[], Map<string, TagRef[]>>()

  constructor(private readonly run: GitRun) {}

  /**
   * Every tag, peeled to its commit, read once per instance (our own tag writes read it again):
   * `show-ref -d` takes the peeled commits from packed-refs, so no tag object is read.
   */
  all(): Promise<TagRef[]> {
    const args = ['show-ref', '--tags', '--dereference']
    this.tagList ??= this.run(args, { allowFailure: true }).then(({ code, stdout, stderr }) => {
      if (code > 1 || (code === 1 && stdout.trim() !== '')) throw new GitError(args, code, stderr)
      return parseShowRef(stdout) // exit 1: no tag at all
    })
    this.tagList.catch(() => (this.tagList = null)) // a failed read is not kept
    return this.tagList
  }

  /** A tag made, moved, fetched or deleted here: the next query reads the list again (even if it failed half-way). */
  async changing<T>(write: () => Promise<T>): Promise<T> {
    this.tagList = null
    try {
      return await write()
    } finally {
      this.tagList = null
    }
  }

  async tags(prefix: string, mergedInto?: string): Promise<TagRef[]> {
    // as the pattern refs/tags/PREFIX* matches (its * stops at a slash)
    const list = await this.all()
    let prefixes = this.byPrefix.get(list)
    if (!prefixes) this.byPrefix.set(list, (prefixes = new Map()))
    let all = prefixes.get(prefix)
    if (!all) {
      all = list.filter(tag => tag.name.startsWith(prefix) && tag.name.indexOf('/', prefix.length) < 0)
      prefixes.set(prefix, all)
    }
    if (!mergedInto) return [...all]
    // which are reachable: names only (the commits are known), so no tag object is read
    const { stdout } = await this.run([
      'for-each-ref',
      '--format=%(refname:strip=2)',
      `--merged=${mergedInto}`,
      `refs/tags/${prefix}*`
    ])
    const reachable = new Set(stdout.split('\n').filter(Boolean))
    return all.filter(tag => reachable.has(tag.name))
  }

  async messages(names: string[]): Promise<Map<string, string>> {
    const messages = new Map<string, string>()
    await this.named(names, '%(contents)', (name, value) => messages.set(name, value))
    return messages
  }

  async times(names: string[]): Promise<Map<string, number>> {
    const times = new Map<string, number>()
    await this.named(names, '%(creatordate:unix)', (name, value) => times.set(name, Number(value)))
    return times
  }

  /**
   * One field of these tags by exact name, a batch of names per process: only their objects are
   * read (a pattern also matches refs below it: those are left out).
   */
  private async named(names: string[], field: string, onTag: (name: string, value: string) => void): Promise<void> {
    const wanted = new Set(names)
    for (const refs of refBatches(names)) {
      const { stdout } = await this.run(['for-each-ref', NAMED_FORMAT(field), ...refs])
      for (const [name, value] of parseNamedRecords(stdout)) if (wanted.has(name)) onTag(name, value)
    }
  }

  async details(prefix: string): Promise<Array<{ name: string; sha: string; time: number }>> {
    // the dates only (the commits come from the tag list, which reads no object): a tag's message is
    // read by name, for the few tags that need it (tagMessages)
    const [tags, { stdout }] = await Promise.all([
      this.tags(prefix),
      this.run(['for-each-ref', '--format=%(refname:strip=2)%00%(creatordate:unix)', `refs/tags/${prefix}*`])
    ])
    return parseTagDates(stdout, tags)
  }
}
