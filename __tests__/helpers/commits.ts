import { analyzeCommit, type AnalyzedCommit } from '../../src/core/commits/changes.js'

let counter = 0

/** A commit with a fresh sha; `parents` > 1 makes a merge. */
export function commit(message: string, options: { sha?: string; parents?: number } = {}): AnalyzedCommit {
  counter++
  const sha = options.sha ?? counter.toString(16).padStart(8, '0').padEnd(40, 'a')
  const parents = Array.from({ length: options.parents ?? 1 }, (_, i) => `${i}`.padEnd(40, 'f'))
  return analyzeCommit({ sha, parents, time: 1_767_225_600, author: 'a', message })
}

/** Commits given oldest first, returned newest first as git log lists them. */
export function history(...messages: Array<string | AnalyzedCommit>): AnalyzedCommit[] {
  return messages.map(m => (typeof m === 'string' ? commit(m) : m)).reverse()
}
