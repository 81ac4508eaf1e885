// npm run bench: wall time and peak RSS of a dry run of dist/index.js on synthetic repositories and on
// one of real messages (../shared/histories),
// next to `git log` over the same range in the same run. Targets (issue 2): at 100k commits
// ≤ 2× git log and ≤ 300 MB peak RSS; a 50-commit repository in ≤ 250 ms.
// Then the large-history case (issue 18, scripts/bench-large.mjs): a repository of 1M commits and
// 10k release tags, 500 commits since the last release, next to one of 50 commits since its only
// tag: the dry run within 1.5× the small one and under 200 MB in every process (node and each git).
// BENCH_SIZES picks the first cases ('' for none), BENCH_LARGE=COMMITS,TAGS,SINCE the large one
// ('off' to skip; cached under .bench/), BENCH_ACTION another build (dist/index.js by default),
// BENCH_VERBOSE=1 lists every git process of the large run (time, peak RSS, arguments). On a busy
// machine compare the CPU ratio too: wall time there measures the neighbours as well.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildRepo } from './synth.mjs'
import { buildLargeRepo, gitShim, measure, NOW } from './bench-large.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const action = path.resolve(process.env.BENCH_ACTION ?? path.join(root, 'dist', 'index.js'))
const probe = path.join(root, 'scripts', 'rss-probe.mjs')
if (!existsSync(action)) throw new Error('dist/index.js is missing: npm run build first')
// a size with an r (100000r) uses the real messages of ../shared/histories, cycled
const sizes = (process.env.BENCH_SIZES ?? '50,10000,100000,100000r')
  .split(',')
  .filter(Boolean)
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
if (rows.length > 0) {
  console.log('| commits since tag | messages | git log | action dry run | ratio | peak RSS | version |')
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | --- |')
}
for (const r of rows)
  console.log(
    `| ${r.commits.toLocaleString('en')} | ${r.real ? 'real' : 'synthetic'} | ${r.git.toFixed(0)} ms | ${r.action.toFixed(0)} ms | ${r.ratio.toFixed(2)}× | ${r.rss.toFixed(0)} MB | ${r.version} |`
  )
const small = rows.find(r => r.commits === 50)
const checks = []
if (process.env.BENCH_LARGE !== 'off') checks.push(...largeCase())
for (const big of rows.filter(r => r.commits === 100000)) {
  const kind = big.real ? 'real messages' : 'synthetic'
  checks.push([`100k ${kind}: ≤ 2× git log`, big.ratio <= 2], [`100k ${kind}: ≤ 300 MB peak RSS`, big.rss <= 300])
}
if (small) checks.push([`50 commits: ≤ 250 ms`, small.action <= 250])
for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`)
if (checks.some(([, ok]) => !ok)) process.exitCode = 1

/** The large-history case: the dry run's cost follows the commits since the release, not the repository's age. */
function largeCase() {
  const [commits, tags, since] = (process.env.BENCH_LARGE || '1000000,10000,500').split(',').map(Number)
  const cache = path.join(root, '.bench')
  const cases = [
    { name: '50 commits, 1 tag', commits: 51, tags: 1, since: 50 },
    { name: `${commits.toLocaleString('en')} commits, ${tags.toLocaleString('en')} tags`, commits, tags, since }
  ]
  const shim = gitShim(path.join(cache, 'shim'))
  const log = path.join(cache, 'git-calls.log')
  const measured = []
  for (const c of cases) {
    const dir = path.join(cache, `repo-${c.commits}-${c.tags}-${c.since}`)
    const start = Date.now()
    buildLargeRepo(dir, c)
    if (Date.now() - start > 1000)
      console.log(`built ${c.name} in ${((Date.now() - start) / 1000).toFixed(0)} s (${dir})`)
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SOURCE_DATE_EPOCH: String(NOW),
      INPUT_DRY_RUN: 'true',
      INPUT_BUMP: 'auto',
      INPUT_TAG_PREFIX: 'v',
      INPUT_CHANGELOG_FILE: 'CHANGELOG.md',
      INPUT_RELEASE_NOTES_FILE: 'release-notes.md',
      GITHUB_OUTPUT: path.join(cache, 'out'),
      GITHUB_STEP_SUMMARY: path.join(cache, 'summary'),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/bench',
      NODE_OPTIONS: `--import=${probe}`
    }
    const samples = []
    for (let i = 0; i < runs; i++) {
      writeFileSync(env.GITHUB_OUTPUT, '')
      writeFileSync(env.GITHUB_STEP_SUMMARY, '')
      samples.push(measure(action, dir, env))
    }
    const traced = measure(action, dir, env, { shim, log })
    const version = /Would release (\S+?):/.exec(traced.stdout)?.[1] ?? 'none'
    measured.push({
      ...c,
      wall: median(samples.map(s => s.wall)),
      cpu: median(samples.map(s => s.cpu)),
      peak: Math.max(...samples.map(s => s.peakMb)),
      node: Math.max(...samples.map(s => s.nodeMb)),
      gits: traced.gits,
      version
    })
  }
  console.log(
    '\n| large history | dry run wall | CPU (node + git) | peak RSS node | peak RSS any process | git processes | biggest git | version |'
  )
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |')
  for (const m of measured) {
    const biggest = m.gits.reduce((a, b) => (b.mb > a.mb ? b : a), { mb: 0, command: '' })
    console.log(
      `| ${m.name} | ${m.wall.toFixed(0)} ms | ${m.cpu.toFixed(0)} ms | ${m.node.toFixed(0)} MB | ${m.peak.toFixed(0)} MB | ${m.gits.length} | ${biggest.mb.toFixed(0)} MB: ${biggest.command.slice(0, 60)} | ${m.version} |`
    )
  }
  const [few, many] = measured
  if (process.env.BENCH_VERBOSE)
    for (const g of many.gits) console.log(`  ${g.ms.toFixed(0)} ms ${g.mb.toFixed(0)} MB  ${g.command}`)
  // a query that reads the message of every release tag: for-each-ref with %(contents) over a pattern
  const scans = many.gits.filter(
    g => /for-each-ref/.test(g.command) && /%\(contents/.test(g.command) && /\*/.test(g.command)
  )
  return [
    [
      `large history: within 1.5× the 50-commit dry run (${(many.wall / few.wall).toFixed(2)}× wall, ${(many.cpu / few.cpu).toFixed(2)}× CPU)`,
      many.wall <= 1.5 * few.wall
    ],
    [`large history: every process under 200 MB (${many.peak.toFixed(0)} MB)`, many.peak < 200],
    [`large history: no git call reads every tag's message (${scans.length})`, scans.length === 0],
    [`50 commits: dry run CPU ${few.cpu.toFixed(0)} ms (target ≤ 150 ms)`, few.cpu <= 150]
  ]
}

// the components benchmark (issue 21: scripts/bench-components.mjs); BENCH_COMPONENTS=off skips it
if (process.env.BENCH_COMPONENTS !== 'off') {
  const { benchComponents } = await import('./bench-components.mjs')
  if (benchComponents().some(([, ok]) => !ok)) process.exitCode = 1
}
