// The components benchmark (issue 21; also run by `npm run bench`, BENCH_COMPONENTS=off skips it):
// 1. a monorepo of 200 components (packages/pNNN, each tagged pNNN-v1.0.0) with 100,000 commits
//    since their tags, realistic messages and file lists (1–3 files a commit, one in ten at the
//    root): a dry run of the action next to `git log --name-only` over the same range, peak RSS;
//    targets: ≤ 2× git log, ≤ 400 MB;
// 2. a 5-component repository with 50 commits next to a single-package one of the same size:
//    target: within 20 %.
// The action is bundled from source with esbuild into a temporary folder (dist/ is left alone);
// BENCH_ACTION runs another build. BENCH_COMPONENTS_COMMITS and BENCH_COMPONENTS_COUNT change case 1.
// Wall times and CPU times (user + system, of the process and its git children) are medians of
// BENCH_RUNS (default 5); on a loaded machine the CPU ratio is the fairer one.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.env.BENCH_RUNS ?? 5)
const work = mkdtempSync(path.join(tmpdir(), 'fvr-bench-components-'))

export function bundle() {
  if (process.env.BENCH_ACTION) return path.resolve(process.env.BENCH_ACTION)
  const out = path.join(work, 'action', 'index.mjs')
  execFileSync(
    path.join(root, 'node_modules', '.bin', 'esbuild'),
    [
      path.join(root, 'src', 'index.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node22',
      '--main-fields=module,main',
      '--log-level=error',
      `--outfile=${out}`,
      "--banner:js=import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"
    ],
    { cwd: root, stdio: 'inherit' }
  )
  return out
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TYPES = ['feat', 'fix', 'fix', 'chore', 'docs', 'refactor', 'test', 'ci', 'perf', 'build', 'chore(deps)']
const WORDS =
  'add support for streaming tokens in the decoder and fix cache eviction on low memory devices quantize weights'.split(
    ' '
  )
const FILES = ['src/index.ts', 'src/client.ts', 'src/cache.ts', 'README.md', 'src/util.ts', 'test/client.test.ts']

const data = text => {
  const b = Buffer.from(text)
  return `data ${b.length}\n${text}\n`
}
const pad = n => String(n).padStart(3, '0')

/**
 * A repository of `components` packages (none: a single package at the root) with `count` commits
 * after the tagged base; returns the configuration's YAML.
 */
export function buildMonorepo(dir, components, count, seed = 7) {
  const rand = random(seed)
  const pick = list => list[Math.floor(rand() * list.length)]
  mkdirSync(dir, { recursive: true })
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
  const names = Array.from({ length: components }, (_, i) => `p${pad(i)}`)
  const config = components
    ? `components:\n${names.map(name => `  - name: ${name}\n    path: packages/${name}\n`).join('')}`
    : ''
  let time = 1_700_000_000
  const who = () => `committer Bench <bench@example.com> ${time} +0000\n`
  const base = [
    `M 100644 inline .github/release-action.yml\n${data(config || 'tag_prefix: v\n')}`,
    `M 100644 inline .gitignore\n${data('release-notes*.md\nrelease-metrics.json\n')}`,
    `M 100644 inline pyproject.toml\n${data('[project]\nname = "bench"\nversion = "1.0.0"\n')}`,
    ...names.map(
      name =>
        `M 100644 inline packages/${name}/package.json\n${data(`{\n  "name": "@bench/${name}",\n  "version": "1.0.0"\n}\n`)}M 100644 inline packages/${name}/src/index.ts\n${data('export {}\n')}`
    )
  ]
  const out = [`commit refs/heads/main\nmark :1\n${who()}${data('chore: initial import')}${base.join('')}`]
  for (const tag of components ? names.map(name => `${name}-v1.0.0`) : ['v1.0.0'])
    out.push(`tag ${tag}\nfrom :1\ntagger Bench <bench@example.com> ${time} +0000\n${data(tag)}`)
  for (let i = 0; i < count; i++) {
    time += 60
    const type = pick(TYPES)
    let message = `${type}: ${Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(WORDS)).join(' ')} (#${1000 + i})`
    if (rand() < 0.35) message += `\n\n${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.\n${pick(WORDS)} ${pick(WORDS)}.`
    if (rand() < 0.1) message += `\n\nRefs: #${i}\nSigned-off-by: Dev <dev@example.com>`
    const files = new Set()
    const n = 1 + Math.floor(rand() * 3)
    for (let f = 0; f < n; f++) {
      if (!components || rand() < 0.1) files.add(pick(['README.md', 'docs/guide.md', '.github/workflows/ci.yml']))
      else files.add(`packages/${pick(names)}/${pick(FILES)}`)
    }
    out.push(
      `commit refs/heads/main\nmark :${i + 2}\n${who()}${data(message)}from :${i + 1}\n${[...files].map(file => `M 100644 inline ${file}\n${data(`${i}\n`)}`).join('')}`
    )
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: out.join(''), maxBuffer: 1 << 30 })
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir })
  execFileSync('git', ['gc', '-q'], { cwd: dir })
}

const probe = path.join(work, 'probe.mjs')
writeFileSync(
  probe,
  "import { writeSync } from 'node:fs'\nprocess.on('exit', () => { const u = process.resourceUsage(); writeSync(2, `\\nBENCH_MAX_RSS_KB=${u.maxRSS}\\n`) })\n"
)

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Wall time and CPU time (the process and its children, from the shell's `times`) of a command. */
function timed(command, args, options = {}) {
  const script = `start=$(date +%s%N); "$@" >"$BENCH_OUT" 2>"$BENCH_ERR"; code=$?; end=$(date +%s%N); echo "WALL=$(( (end - start) / 1000000 ))"; times; exit $code`
  const out = path.join(work, 'stdout')
  const err = path.join(work, 'stderr')
  const result = spawnSync('bash', ['-c', script, 'bench', command, ...args], {
    ...options,
    env: { ...(options.env ?? process.env), BENCH_OUT: out, BENCH_ERR: err },
    encoding: 'utf8'
  })
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed: ${readFileSync(err, 'utf8').slice(-2000)}${readFileSync(out, 'utf8').slice(-2000)}`
    )
  const wall = Number(/WALL=(\d+)/.exec(result.stdout)[1])
  // `times`: the shell's user/system, then its children's
  const lines = result.stdout.trim().split('\n')
  const seconds = text => {
    const m = /(\d+)m([\d.]+)s/.exec(text)
    return Number(m[1]) * 60 + Number(m[2])
  }
  const children = lines[lines.length - 1].split(/\s+/)
  const cpu = (seconds(children[0]) + seconds(children[1])) * 1000
  const stderr = readFileSync(err, 'utf8')
  const stdout = options.discard ? '' : readFileSync(out, 'utf8')
  return { wall, cpu, stdout, stderr }
}

const actionEnv = dir => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  INPUT_DRY_RUN: 'true',
  INPUT_GATES: 'none',
  GITHUB_OUTPUT: path.join(work, 'out'),
  GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/bench',
  GITHUB_WORKSPACE: dir,
  NODE_OPTIONS: `--import=${probe}`
})

function measure(dir, gitArgs, action) {
  const git = []
  const act = []
  let rss = 0
  let released = ''
  for (let i = 0; i < runs; i++) {
    if (gitArgs) git.push(timed('git', gitArgs, { cwd: dir, discard: true }))
    writeFileSync(path.join(work, 'out'), '')
    writeFileSync(path.join(work, 'summary'), '')
    const run = timed(process.execPath, [action], { cwd: dir, env: actionEnv(dir) })
    act.push(run)
    rss = Math.max(rss, Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024)
    released = /(Would release[^\n]*|No release[^\n]*)/.exec(run.stdout)?.[1]?.slice(0, 80) ?? ''
  }
  return {
    gitWall: git.length ? median(git.map(r => r.wall)) : 0,
    gitCpu: git.length ? median(git.map(r => r.cpu)) : 0,
    wall: median(act.map(r => r.wall)),
    cpu: median(act.map(r => r.cpu)),
    rss,
    released
  }
}

export function benchComponents() {
  const action = bundle()
  const count = Number(process.env.BENCH_COMPONENTS_COMMITS ?? 100_000)
  const components = Number(process.env.BENCH_COMPONENTS_COUNT ?? 200)
  const checks = []
  try {
    const big = path.join(work, 'big')
    buildMonorepo(big, components, count)
    const base = execFileSync('git', ['rev-list', '--max-parents=0', 'HEAD'], { cwd: big, encoding: 'utf8' }).trim()
    const gitArgs = ['log', '-z', '--name-only', '--format=%H%x1f%P%x1f%ct%x1f%an%x1f%B', 'HEAD', `^${base}`, '--']
    const m = measure(big, gitArgs, action)
    console.log(`Node ${process.version}, ${runs} runs each, medians\n`)
    console.log(
      '| case | git log --name-only (wall / CPU) | action dry run (wall / CPU) | ratio (wall / CPU) | peak RSS |'
    )
    console.log('| --- | ---: | ---: | ---: | ---: |')
    console.log(
      `| ${components} components, ${count.toLocaleString('en')} commits | ${m.gitWall} / ${m.gitCpu.toFixed(0)} ms | ${m.wall} / ${m.cpu.toFixed(0)} ms | ${(m.wall / m.gitWall).toFixed(2)}× / ${(m.cpu / m.gitCpu).toFixed(2)}× | ${m.rss.toFixed(0)} MB |`
    )
    checks.push([`${components} components, ${count} commits: ≤ 2× git log --name-only (CPU)`, m.cpu / m.gitCpu <= 2])
    checks.push([`${components} components, ${count} commits: ≤ 400 MB peak RSS`, m.rss <= 400])
    rmSync(big, { recursive: true, force: true })

    const five = path.join(work, 'five')
    const single = path.join(work, 'single')
    buildMonorepo(five, 5, 50)
    buildMonorepo(single, 0, 50)
    const f = measure(five, null, action)
    const s = measure(single, null, action)
    console.log(`| 5 components, 50 commits | | ${f.wall} / ${f.cpu.toFixed(0)} ms | | ${f.rss.toFixed(0)} MB |`)
    console.log(`| 1 package, 50 commits | | ${s.wall} / ${s.cpu.toFixed(0)} ms | | ${s.rss.toFixed(0)} MB |`)
    console.log(
      `\n5 components vs 1 package: ${((100 * f.cpu) / s.cpu - 100).toFixed(1)} % CPU, ${((100 * f.wall) / s.wall - 100).toFixed(1)} % wall`
    )
    console.log(`  ${f.released}\n  ${s.released}`)
    checks.push(['5 components, 50 commits: within 20 % of a single package (CPU)', f.cpu <= s.cpu * 1.2])
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`)
  return checks
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (benchComponents().some(([, ok]) => !ok)) process.exitCode = 1
}
