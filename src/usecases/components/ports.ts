/** The git reads the components' planning adds to the release's (implemented by src/adapters/git.ts). */
export interface ComponentsGitReader {
  /**
   * Streams `git log -z --name-only` (src/core/components/log.ts's arguments) over HEAD minus the
   * excluded commits: the raw bytes, chunk by chunk, as the pipe delivers them.
   */
  filesLog(args: string[], onChunk: (chunk: Uint8Array) => void): Promise<void>
  /** Every tracked file (`git ls-files -z`), paths from the repository root. */
  allFiles(): Promise<string[]>
  /** The best common ancestor of these commits (`git merge-base --octopus`), or null. */
  mergeBase(shas: string[]): Promise<string | null>
}

/** Whether a git client offers the components' reads. */
export function hasComponentsReads(git: object): git is ComponentsGitReader {
  const candidate = git as Partial<ComponentsGitReader>
  return typeof candidate.filesLog === 'function' && typeof candidate.allFiles === 'function'
}
