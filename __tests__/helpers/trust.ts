import { createHash } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { RunnerResult } from './runner.js'
import type { TestRepo } from './repo.js'

/** Every file and link under a folder, with a hash of its bytes (or its link target): compared before and after. */
export function treeState(dir: string, skip: string[] = []): Record<string, string> {
  const state: Record<string, string> = {}
  if (!existsSync(dir)) return state
  const walk = (current: string): void => {
    for (const entry of readdirSync(current)) {
      const full = path.join(current, entry)
      const relative = path.relative(dir, full)
      if (skip.includes(relative)) continue
      const stat = lstatSync(full)
      if (stat.isSymbolicLink()) state[relative] = `link ${readlinkSync(full)}`
      else if (stat.isDirectory()) {
        state[relative] = 'dir'
        walk(full)
      } else state[relative] = createHash('sha256').update(readFileSync(full)).digest('hex')
    }
  }
  walk(dir)
  return state
}

/** The repository (refs, index, status, HEAD, origin) and a folder outside it, as they are now. */
export function worldState(repo: TestRepo, outside: string) {
  return { repo: repo.snapshot(), outside: treeState(outside), work: treeState(repo.dir, ['.git']) }
}

/** A folder beside the workspace (outside it) holding a file an attacker would aim at. */
export function outsideFolder(repo: TestRepo): { dir: string; file: string } {
  const dir = path.join(repo.root, 'outside')
  mkdirSync(path.join(dir, 'sub'), { recursive: true })
  const file = path.join(dir, 'passwd')
  writeFileSync(file, 'root:x:0:0:root:/root:/bin/bash\n')
  writeFileSync(path.join(dir, 'sub', 'notes.md'), 'outside notes\n')
  return { dir, file }
}

/** The one failure the action reports (::error::), decoded; the run must have failed with exactly one. */
export function actionError(run: RunnerResult): string {
  const errors = run.stdout.split('\n').filter(line => line.startsWith('::error'))
  if (run.code === 0 || errors.length !== 1)
    throw new Error(`expected one ::error:: line and a failed run, got code ${run.code}:\n${run.stdout}\n${run.stderr}`)
  return errors[0]
    .replace(/^::error[^:]*::/, '')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')
}
