/**
 * What the git adapter (git.ts) asks git and reads back, apart from running it: argument batches,
 * the parsers of git's output, which commands write.
 */
import type { TagRef } from '../core/versioning/version.js'

/**
 * How many characters of tag names one `for-each-ref` takes: the command line stays under Windows'
 * 32,767 characters, and a release line's newest tags of 10,000 releases (1,000 names) are one call.
 */
const NAMES_PER_CALL = 30_000

/** The names in batches of at most NAMES_PER_CALL characters of `refs/tags/NAME` arguments. */
export function refBatches(names: string[]): string[][] {
  const batches: string[][] = []
  let batch: string[] = []
  let length = 0
  for (const name of new Set(names)) {
    const ref = `refs/tags/${name}`
    if (batch.length > 0 && length + ref.length + 1 > NAMES_PER_CALL) {
      batches.push(batch)
      batch = []
      length = 0
    }
    batch.push(ref)
    length += ref.length + 1
  }
  if (batch.length > 0) batches.push(batch)
  return batches
}

/** `git show-ref -d` output: a line a ref, and for an annotated tag a `^{}` line with its commit. */
export function parseShowRef(stdout: string): TagRef[] {
  const tags = new Map<string, string>()
  for (const line of stdout.split('\n')) {
    const space = line.indexOf(' ')
    if (space < 0) continue
    const ref = line.slice(space + 1)
    if (!ref.startsWith('refs/tags/')) continue
    const peeled = ref.endsWith('^{}')
    const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined)
    if (peeled || !tags.has(name)) tags.set(name, line.slice(0, space))
  }
  return [...tags].map(([name, sha]) => ({ name, sha }))
}

/** The git commands that change the clone (HEAD, the index, the tree, refs, objects): the kept reads go. */
export const WRITES = new Set([
  'add',
  'reset',
  'commit',
  'tag',
  'push',
  'fetch',
  'checkout',
  'switch',
  'merge',
  'rm',
  'mv'
])

/** The git command of an argument list (after the `-c name=value` options). */
export function commandOf(args: string[]): string | undefined {
  return args.find((arg, i) => !arg.startsWith('-') && args[i - 1] !== '-c')
}

/** What one `rev-parse` tells of the clone (runScoped: one process for four reads). */
export interface Probe {
  inside: boolean
  shallow: boolean
  head: string | null
  branch: string | null
}

/** `for-each-ref` of a field of named tags: each record `NAME\0VALUE\0\x1e`. */
export const NAMED_FORMAT = (field: string): string => `--format=%(refname:strip=2)%00${field}%00%1e`

/** The records of NAMED_FORMAT: [name, value] (a pattern also matches refs below it: the caller filters). */
export function parseNamedRecords(stdout: string): Array<[string, string]> {
  const records: Array<[string, string]> = []
  for (const record of stdout.split('\0\x1e')) {
    const cut = record.indexOf('\0')
    if (cut < 0) continue
    records.push([record.slice(0, cut).replace(/^\n/, ''), record.slice(cut + 1)])
  }
  return records
}

/** `git status --porcelain=v1 -z`: the changed paths (a rename's source path skipped). */
export function parseStatus(stdout: string): string[] {
  const paths: string[] = []
  const entries = stdout.split('\0')
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]
    if (entry.length < 4) continue
    paths.push(entry.slice(3))
    if (entry[0] === 'R' || entry[0] === 'C') i++ // the source path of a rename follows
  }
  return paths
}

/**
 * `rev-parse --is-inside-work-tree --is-shallow-repository HEAD^{commit} --symbolic-full-name HEAD`;
 * null when it does not read as four answers.
 */
export function parseProbe(stdout: string): Probe | null {
  const lines = stdout.split('\n')
  if (lines.length !== 5 || !/^[0-9a-f]{40,64}$/.test(lines[2])) return null
  const [inside, shallow, head, ref] = lines
  return {
    inside: inside === 'true',
    shallow: shallow === 'true',
    head,
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null
  }
}

/**
 * `git ls-remote --tags` lines (`sha TAB refs/tags/NAME`): each tag with its commit. An annotated
 * tag's line is followed by its peeled line (`NAME^{}`): the commit wins.
 */
export function parseRemoteTags(stdout: string): Array<{ name: string; sha: string }> {
  const commits = new Map<string, string>()
  for (const line of stdout.split('\n')) {
    const [sha, ref] = line.split('\t')
    if (!sha || !ref?.startsWith('refs/tags/')) continue
    const peeled = ref.endsWith('^{}')
    const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined)
    if (peeled || !commits.has(name)) commits.set(name, sha)
  }
  return [...commits].map(([name, sha]) => ({ name, sha }))
}

/** `git ls-tree -z --full-name` entries (`mode SP type SP sha TAB path`): each path's mode. */
export function parseFileModes(stdout: string): Map<string, string> {
  const modes = new Map<string, string>()
  for (const entry of stdout.split('\0').filter(Boolean)) {
    const tab = entry.indexOf('\t')
    modes.set(entry.slice(tab + 1), entry.split(' ')[0])
  }
  return modes
}

/** `git check-attr -z text eol` (path NUL attribute NUL value NUL, for each path and attribute). */
export function parseTextAttributes(stdout: string): Map<string, { text: string; eol: string }> {
  const attributes = new Map<string, { text: string; eol: string }>()
  const fields = stdout.split('\0')
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const [file, attribute, value] = fields.slice(i, i + 3)
    const entry = attributes.get(file) ?? { text: 'unspecified', eol: 'unspecified' }
    if (attribute === 'text' || attribute === 'eol') entry[attribute] = value
    attributes.set(file, entry)
  }
  return attributes
}

/** `for-each-ref --format=NAME%00DATE` lines, for the tags of the list (each with its commit). */
export function parseTagDates(
  stdout: string,
  tags: ReadonlyArray<{ name: string; sha: string }>
): Array<{ name: string; sha: string; time: number }> {
  const sha = new Map(tags.map(tag => [tag.name, tag.sha]))
  const details: Array<{ name: string; sha: string; time: number }> = []
  for (const line of stdout.split('\n')) {
    const [name, time] = line.split('\0')
    if (name && sha.has(name)) details.push({ name, sha: sha.get(name)!, time: Number(time) })
  }
  return details
}
