import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

/**
 * A `git` on PATH that counts the calls of one run and, at the Nth, SIGKILLs its parent (the
 * action's node process): `before` the call (git never runs), or `during` it (git runs on, its
 * parent gone). The product code knows nothing of it.
 */
export class GitShim {
  readonly dir: string
  private readonly real: string

  constructor() {
    this.dir = mkdtempSync(path.join(tmpdir(), 'fvr-shim-'))
    this.real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    const script = [
      '#!/bin/bash',
      'dir="$(dirname "$0")"',
      'n=$(flock "$dir/count.lock" bash -c \'n=$(( $(cat "$0/count" 2>/dev/null || echo 0) + 1 )); echo $n > "$0/count"; echo $n\' "$dir")',
      'printf "%s\\t%s\\n" "$n" "$*" >> "$dir/calls"',
      'if [ "$n" = "$(cat "$dir/kill-at" 2>/dev/null)" ]; then',
      '  mode="$(cat "$dir/kill-mode")"',
      '  if [ "$mode" = pause ]; then sleep "$(cat "$dir/pause")"; else kill -9 "$PPID"; fi',
      '  if [ "$mode" = before ]; then exit 137; fi',
      'fi',
      `exec ${JSON.stringify(this.real)} "$@"`,
      ''
    ].join('\n')
    writeFileSync(path.join(this.dir, 'git'), script)
    chmodSync(path.join(this.dir, 'git'), 0o755)
  }

  /** Arms the shim for the next run (0: count only); `pause` holds the Nth call for `seconds` instead. */
  arm(killAt: number, mode: 'before' | 'during' | 'pause' = 'during', seconds = 0): void {
    for (const file of ['count', 'calls']) rmSync(path.join(this.dir, file), { force: true })
    writeFileSync(path.join(this.dir, 'kill-at'), String(killAt))
    writeFileSync(path.join(this.dir, 'kill-mode'), mode)
    writeFileSync(path.join(this.dir, 'pause'), String(seconds))
  }

  /** The calls of the last run: number → git arguments. */
  calls(): string[] {
    const file = path.join(this.dir, 'calls')
    if (!existsSync(file)) return []
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .sort((a, b) => Number(a.split('\t')[0]) - Number(b.split('\t')[0]))
      .map(line => line.split('\t')[1])
  }

  /** PATH with the shim first. */
  path(): string {
    return `${this.dir}${path.delimiter}${process.env.PATH ?? ''}`
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }

  /** A counting shim (armed with 0) first on this process's PATH until `restore()`: every git of the test goes through it. */
  static onPath(): GitShim & { restore: () => void } {
    const shim = new GitShim()
    shim.arm(0)
    const saved = process.env.PATH
    process.env.PATH = shim.path()
    return Object.assign(shim, {
      restore: () => {
        process.env.PATH = saved
        shim.cleanup()
      }
    })
  }
}
