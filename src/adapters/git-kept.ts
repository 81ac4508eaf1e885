/**
 * What a run's git client (`ExecGit` with `runScoped`) keeps of its reads, and which of its own
 * writes make which of them stale; and the answers it can give from what it has already read.
 */
import type { Identity } from '../usecases/ports.js'

/**
 * `clone`: HEAD, the branch, the status (they change with a commit, a reset, an add).
 * Nothing of origin is kept: anyone can push to it during a run (`ls-remote` is asked each time).
 * `setup`: a remote's URL, the identity, the common git folder (none of our git commands changes
 * them; only a command of the user's can, and `forget()` follows each).
 */
export type KeptScope = 'clone' | 'setup'

/**
 * The scopes each of our write commands makes stale. `fetch` brings objects (and a tag we name)
 * without moving HEAD or the branch; `push` changes origin only; `tag` only tags (the tag reads have
 * their own keeping). Any other write (add, commit, reset, …) changes the clone.
 */
const STALE_AFTER: Record<string, KeptScope[]> = {
  fetch: [],
  push: [],
  tag: []
}

export function staleAfter(command: string): KeptScope[] {
  return STALE_AFTER[command] ?? ['clone']
}

/**
 * Our own writes ask git for no automatic upkeep afterwards (`maintenance run --auto`, `gc --auto`
 * are a process each, and more when they find work): see docs/architecture.md.
 */
export const NO_AUTO_MAINTENANCE = ['-c', 'maintenance.auto=false', '-c', 'gc.auto=0']

/** The git commands that run automatic upkeep after they write. */
export const MAINTAINING = new Set(['commit', 'fetch', 'merge', 'am', 'rebase'])

/** Reads kept until a write makes their scope stale (kept only when `enabled`); a failed read is not kept. */
export class KeptReads {
  private readonly kept = new Map<string, { scope: KeptScope; value: Promise<unknown> }>()

  constructor(private readonly enabled: boolean) {}

  keep<T>(scope: KeptScope, key: string, read: () => Promise<T>): Promise<T> {
    if (!this.enabled) return read()
    const known = this.kept.get(key)
    if (known) return known.value as Promise<T>
    const value = read()
    const entry = { scope, value }
    this.kept.set(key, entry)
    value.catch(() => this.kept.get(key) === entry && this.kept.delete(key))
    return value
  }

  drop(scopes: readonly KeptScope[]): void {
    for (const [key, entry] of this.kept) if (scopes.includes(entry.scope)) this.kept.delete(key)
  }

  clear(): void {
    this.kept.clear()
  }
}

/** git's white space in a message's lines (`isspace` of git's own ctype: no \v, no \f). */
const BLANK = /^[ \t\n\r]*$/
const TRAILING = /[ \t\n\r]+$/

/**
 * `%s` of a commit from its `%B`: the first paragraph (after leading blank lines), its lines
 * without trailing white space, joined by a space (git's format_subject).
 */
export function subjectOf(message: string): string {
  const lines = message.split('\n')
  let i = 0
  while (i < lines.length && BLANK.test(lines[i])) i++
  const subject: string[] = []
  for (; i < lines.length && !BLANK.test(lines[i]); i++) subject.push(lines[i].replace(TRAILING, ''))
  return subject.join(' ')
}

/**
 * `git config -z --get-regexp ^user\.(name|email)$` (records `KEY LF VALUE NUL`): the identity
 * when both are set, the last value of each winning as `git config KEY` answers.
 */
export function parseIdentity(stdout: string): Identity | null {
  const values = new Map<string, string>()
  for (const record of stdout.split('\0')) {
    const newline = record.indexOf('\n')
    const key = newline < 0 ? record : record.slice(0, newline)
    if (key === 'user.name' || key === 'user.email') values.set(key, newline < 0 ? '' : record.slice(newline + 1))
  }
  const name = values.get('user.name')?.trim() ?? ''
  const email = values.get('user.email')?.trim() ?? ''
  return name && email ? { name, email } : null
}
