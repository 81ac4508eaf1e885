/**
 * The merged view of a preview (preview-view.ts) with the reads the components' planning adds
 * (src/usecases/components/ports.ts): the files each commit changed, streamed as
 * `git log -z --name-only` writes them, the merge's own commit on top first (a squash commit
 * changes every file the pull request's commits change; a merge commit lists none, as git shows
 * it), then the history of the tips. Reads only.
 */
import { FilesLogParser } from '../../core/components/log.js'
import type { RawCommit } from '../../core/types.js'
import { hasComponentsReads, type ComponentsGitReader } from '../components/ports.js'
import type { GitReader } from '../ports.js'
import type { PlanDeps } from '../release/index.js'

/** The log's arguments over other revisions than HEAD (the view's HEAD is no commit yet). */
function over(args: string[], revisions: string[]): string[] {
  const at = args.indexOf('HEAD')
  return at < 0 ? args : [...args.slice(0, at), ...revisions, ...args.slice(at + 1)]
}

/** A commit's record as the log writes it (no NUL can end a field early: the text is the pull request's). */
function record(commit: RawCommit, files: string[]): Uint8Array {
  // eslint-disable-next-line no-control-regex
  const clean = (text: string) => text.replace(/[\0\x1e]/g, '')
  // eslint-disable-next-line no-control-regex
  const author = clean(commit.author).replace(/\x1f/g, ' ')
  const head = `\x1e${commit.sha}\x1f${commit.parents.join(' ')}\x1f${commit.time}\x1f${author}\x1f${clean(commit.message)}\0`
  const list = files.length > 0 ? `\n${files.map(file => `${file}\0`).join('')}` : ''
  return new TextEncoder().encode(head + list)
}

/**
 * `view` with the components' reads when the checkout's git has them; `onTop` is the view's commit
 * on top of `tips` (none for a rebase or the base alone).
 */
export function withComponentReads(
  view: PlanDeps['git'],
  git: GitReader,
  shape: { tips: string[]; onTop: RawCommit | undefined }
): PlanDeps['git'] {
  const reads = git as GitReader & Partial<ComponentsGitReader>
  if (!hasComponentsReads(reads) || typeof reads.mergeBase !== 'function') return view
  const filesLog = async (args: string[], onChunk: (chunk: Uint8Array) => void): Promise<void> => {
    const top = shape.onTop
    if (top) {
      const files = new Set<string>()
      // a squash commit: what the pull request's commits change (a merge commit: none, as git shows it)
      if (top.parents.length === 1) {
        const parser = new FilesLogParser((_commit, changed) => changed.forEach(file => files.add(file)))
        await reads.filesLog(
          over(args, [top.sha, ...top.parents.map(parent => `^${parent}`)]).filter(
            arg => arg === '--' || !arg.startsWith('^') || top.parents.includes(arg.slice(1))
          ),
          chunk => parser.push(chunk)
        )
        parser.end()
      }
      onChunk(record(top, [...files]))
    }
    await reads.filesLog(over(args, shape.tips), onChunk)
  }
  return Object.assign(Object.create(null) as object, view, {
    filesLog,
    allFiles: () => reads.allFiles(),
    mergeBase: (shas: string[]) => reads.mergeBase(shas)
  }) as PlanDeps['git']
}
