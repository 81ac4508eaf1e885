// npm run bench: wall time and peak RSS of a dry run of dist/index.js on synthetic repositories and on
// one of real messages (../shared/histories),
// next to `git log` over the same range in the same run. Targets (issue 2): at 100k commits
// ≤ 2× git log and ≤ 300 MB peak RSS; a 50-commit repository in ≤ 250 ms.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildRepo } from './synth.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const action = path.join(root, 'dist', 'index.js')
const probe = path.join(root, 'scripts', 'rss-probe.mjs')
if (!existsSync(action)) throw new Error('dist/index.js is missing: npm run build first')
// a size with an r (100000r) uses the real messages of ../shared/histories, cycled
const sizes = (process.env.BENCH_SIZES ?? '50,10000,100000,100000r')
  .split(',')
  .map(size => ({ count: Number.parseInt(size, 10), real: size.endsWith('r') }))
const runs = Number(process.env.BENCH_RUNS ?? 5)
const work = mkdtempSync(path.join(tmpdir(), 'fvr-bench-'))

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function timed(command, args, options) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, { maxBuffer: 1 << 30, ...options })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  return { ms, result }
}

const rows = []
try {
  for (const { count: size, real } of sizes) {
    const dir = path.join(work, `repo-${size}${real ? 'r' : ''}`)
    buildRepo(dir, size, { real, files: { 'pyproject.toml': '[project]\nname = "bench"\nversion = "1.0.0"\n' } })
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      INPUT_DRY_RUN: 'true',
      INPUT_BUMP: 'auto',
      INPUT_TAG_PREFIX: 'v',
      INPUT_CHANGELOG_FILE: 'CHANGELOG.md',
      INPUT_RELEASE_NOTES_FILE: 'release-notes.md',
      GITHUB_OUTPUT: path.join(work, 'out'),
      GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/bench',
      NODE_OPTIONS: `--import=${probe}`
    }
    const gitTimes = []
    const actionTimes = []
    let rss = 0
    let version = ''
    for (let i = 0; i < runs; i++) {
      gitTimes.push(
        timed('git', ['log', '-z', '--format=%H%x1f%P%x1f%cI%x1f%an%x1f%B', 'v1.0.0..HEAD', '--'], { cwd: dir }).ms
      )
      writeFileSync(env.GITHUB_OUTPUT, '')
      writeFileSync(env.GITHUB_STEP_SUMMARY, '')
      const { ms, result } = timed(process.execPath, [action], { cwd: dir, env, encoding: 'utf8' })
      actionTimes.push(ms)
      rss = Math.max(rss, Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0))
      version = /Would release (\S+?):/.exec(result.stdout)?.[1] ?? 'none'
    }
    const g = median(gitTimes)
    const a = median(actionTimes)
    rows.push({ commits: size, real, git: g, action: a, ratio: a / g, rss: rss / 1024, version })
    rmSync(dir, { recursive: true, force: true })
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

console.log(`Node ${process.version}, ${runs} runs each, medians\n`)
console.log('| commits since tag | messages | git log | action dry run | ratio | peak RSS | version |')
console.log('| ---: | --- | ---: | ---: | ---: | ---: | --- |')
for (const r of rows)
  console.log(
    `| ${r.commits.toLocaleString('en')} | ${r.real ? 'real' : 'synthetic'} | ${r.git.toFixed(0)} ms | ${r.action.toFixed(0)} ms | ${r.ratio.toFixed(2)}× | ${r.rss.toFixed(0)} MB | ${r.version} |`
  )
const small = rows.find(r => r.commits === 50)
const checks = []
for (const big of rows.filter(r => r.commits === 100000)) {
  const kind = big.real ? 'real messages' : 'synthetic'
  checks.push([`100k ${kind}: ≤ 2× git log`, big.ratio <= 2], [`100k ${kind}: ≤ 300 MB peak RSS`, big.rss <= 300])
}
if (small) checks.push([`50 commits: ≤ 250 ms`, small.action <= 250])
for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`)
if (checks.some(([, ok]) => !ok)) process.exitCode = 1
