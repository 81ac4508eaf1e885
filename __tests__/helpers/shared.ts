import { existsSync, readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'

export interface History {
  repo: string
  commits: Array<{ sha: string, parents: string[], date: string, message: string }>
  tags: Array<{ name: string, sha: string }>
  transitions: Array<{ repo: string, prev: string, next: string, bump: string, commits: number, sha: string, changelog?: string }>
}

/** ../shared beside the repository (as CI lays it out), or SHARED_DIR. */
export function sharedDir(): string {
  const dir = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '..', 'shared')
  if (!existsSync(path.join(dir, 'histories'))) {
    throw new Error(`The shared histories are missing at ${dir}/histories: run the tests from the repository root with ../shared beside it, or set SHARED_DIR.`)
  }
  return dir
}

export function loadHistories(): History[] {
  const dir = path.join(sharedDir(), 'histories')
  return readdirSync(dir).filter(file => file.endsWith('.json')).sort().map(file => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as History)
}
