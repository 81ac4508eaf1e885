import { existsSync, readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'

export interface History {
  repo: string
  commits: Array<{ sha: string; parents: string[]; date: string; message: string }>
  tags: Array<{ name: string; sha: string }>
  transitions: Array<{
    repo: string
    prev: string
    next: string
    bump: string
    commits: number
    sha: string
    changelog?: string
  }>
}

/**
 * SHARED_DIR, else ../shared beside the repository (as our CI lays it out), else the copy of the
 * development set in __tests__/fixtures/shared (for clones without ../shared, such as GitHub CI).
 */
export function sharedDir(): string {
  const candidates = process.env.SHARED_DIR
    ? [process.env.SHARED_DIR]
    : [path.resolve(process.cwd(), '..', 'shared'), path.resolve(process.cwd(), '__tests__', 'fixtures', 'shared')]
  const dir = candidates.find(candidate => existsSync(path.join(candidate, 'histories')))
  if (!dir)
    throw new Error(`No shared histories at ${candidates.join(' or ')}: set SHARED_DIR to a folder with histories/.`)
  return dir
}

export function loadHistories(): History[] {
  const dir = path.join(sharedDir(), 'histories')
  return readdirSync(dir)
    .filter(file => file.endsWith('.json'))
    .sort()
    .map(file => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as History)
}
