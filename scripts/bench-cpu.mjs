// The CPU time of a small dry run (issue 18): `node dist/cli/index.js plan -C <repo>` on a repository
// of 50 commits since its tag, BENCH_RUNS times (7 by default); the median of the node process's own
// CPU (user + system, process.cpuUsage at exit: its git children not included) next to bare node's
// (`node -e 0`), and the CPU of the whole tree (node and its git children, /usr/bin/time).
// CPU, not wall time: on a shared machine wall time measures the neighbours as well.
// Target: ≤ 150 ms of node CPU. BENCH_CLI picks another build (dist/cli/index.js by default).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildRepo } from './synth.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.resolve(process.env.BENCH_CLI ?? path.join(root, 'dist', 'cli', 'index.js'))
const probe = path.join(root, 'scripts', 'rss-probe.mjs')
if (!existsSync(cli)) throw new Error(`${cli} is missing: npm run build first`)
const runs = Number(process.env.BENCH_RUNS ?? 7)
const work = mkdtempSync(path.join(tmpdir(), 'fvr-bench-cpu-'))

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** node `args` in `cwd` under /usr/bin/time: the node process's own CPU (ms) and the tree's. */
function cpu(args, cwd) {
  const times = path.join(work, 'time')
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: `--import=${probe}` }
  const result = spawnSync('/usr/bin/time', ['-o', times, '-f', '%U %S', process.execPath, ...args], {
    cwd,
    env,
    encoding: 'utf8'
  })
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}\n${result.stdout}`)
  const [user, sys] = readFileSync(times, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
  const own = Number(/BENCH_CPU_US=(\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1000
  return { own, tree: (user + sys) * 1000, stdout: result.stdout }
}

try {
  const repo = path.join(work, 'repo')
  buildRepo(repo, 50, { files: { 'pyproject.toml': '[project]\nname = "bench"\nversion = "1.0.0"\n' } })
  const bare = []
  const plan = []
  let first = ''
  for (let i = 0; i < runs; i++) {
    bare.push(cpu(['-e', '0'], repo))
    const run = cpu([cli, 'plan', '-C', repo], repo)
    first ||= run.stdout.split('\n')[0]
    plan.push(run)
  }
  const own = median(plan.map(r => r.own))
  console.log(`Node ${process.version}, ${runs} runs, medians of CPU time (user + system)\n`)
  console.log('| process | node CPU | node + git CPU |')
  console.log('| --- | ---: | ---: |')
  console.log(
    `| node -e 0 | ${median(bare.map(r => r.own)).toFixed(0)} ms | ${median(bare.map(r => r.tree)).toFixed(0)} ms |`
  )
  console.log(`| plan, 50 commits | ${own.toFixed(0)} ms | ${median(plan.map(r => r.tree)).toFixed(0)} ms |`)
  console.log(`\n${first}`)
  console.log(`${own <= 150 ? 'PASS' : 'FAIL'} 50 commits: ≤ 150 ms of node CPU`)
  if (own > 150) process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
