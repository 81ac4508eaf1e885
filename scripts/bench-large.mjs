// The large-history case of `npm run bench`: a repository of many commits and release tags (1M
// commits, 10k annotated tags whose messages are release notes of a few KB, 500 commits since the
// last release), built once with `git fast-import` from a generated stream and cached under
// .bench/ (git-ignored), and the measurement of one process tree: wall, CPU (node and its git
// children) and peak RSS of node and of every git process (a `git` shim on PATH that runs the
// real git under /usr/bin/time).
//
// The timeline: the old releases are spread over the years before the metrics window; the last ten
// are weekly inside it (SOURCE_DATE_EPOCH = NOW), as for a project that releases every week.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import * as path from 'node:path'

/** The run's "now" (SOURCE_DATE_EPOCH): 2026-09-21. */
export const NOW = 1_790_000_000
const DAY = 86_400
const START = 1_000_000_000 // 2001-09-09
const RECENT = 10 // releases inside the metrics window, one a week

const TYPES = ['feat', 'fix', 'fix', 'fix', 'chore', 'docs', 'refactor', 'test', 'ci', 'perf', 'build']
const SCOPES = ['', 'api', 'decoder', 'swift', 'docker', 'cli', 'deps', 'vision', 'quant']
const WORDS =
  'add support for streaming image tokens in the decoder and fix cache eviction on low memory devices'.split(' ')

function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Where the tags go (commit indexes) and when each commit was made, for `commits`, `tags`, `since`. */
export function layout({ commits, tags, since }) {
  const last = commits - 1 - since // the last release's commit
  const gap = Math.max(1, Math.floor(last / Math.max(1, tags)))
  const positions = Array.from({ length: tags }, (_, k) => last - (tags - 1 - k) * gap)
  const recent = Math.min(RECENT, tags)
  // piecewise linear: first commit START, the first recent tag RECENT weeks ago, the last a week ago, HEAD an hour ago;
  const anchors = [[0, START]]
  // the release before them a month earlier still: the window (90 days) holds the weekly ones alone
  if (tags > recent) anchors.push([positions[tags - recent - 1], NOW - 7 * DAY * recent - 30 * DAY])
  if (tags > recent) anchors.push([positions[tags - recent], NOW - 7 * DAY * recent])
  if (tags > 0) anchors.push([last, NOW - 7 * DAY])
  anchors.push([commits - 1, NOW - 3600])
  const time = i => {
    for (let a = 1; a < anchors.length; a++) {
      const [i0, t0] = anchors[a - 1]
      const [i1, t1] = anchors[a]
      if (i <= i1) return Math.round(i1 === i0 ? t1 : t0 + ((t1 - t0) * (i - i0)) / (i1 - i0))
    }
    return anchors.at(-1)[1]
  }
  return { positions, time }
}

function version(k) {
  return `${Math.floor(k / 100) + 1}.${Math.floor((k % 100) / 10)}.${k % 10}`
}

/** Release notes as this action writes them into the tag (a few KB), with its trailers. */
function tagMessage(rand, k, pick) {
  const lines = [`## ${version(k)}`, '']
  for (const section of ['Features', 'Bug Fixes', 'Performance']) {
    lines.push(`### ${section}`, '')
    const count = 4 + Math.floor(rand() * 10)
    for (let i = 0; i < count; i++) {
      const scope = pick(SCOPES)
      const words = Array.from({ length: 6 + Math.floor(rand() * 8) }, () => pick(WORDS)).join(' ')
      const sha = Math.floor(rand() * 2 ** 32)
        .toString(16)
        .padStart(8, '0')
      lines.push(
        `- ${scope ? `**${scope}:** ` : ''}${words} ([#${1000 + k * 10 + i}](https://github.com/acme/bench/pull/${1000 + k * 10 + i})) ([${sha.slice(0, 7)}](https://github.com/acme/bench/commit/${sha}${sha}${sha}${sha}${sha}))`
      )
    }
    lines.push('')
  }
  const hotfix = k > 0 && k % 50 === 0
  lines.push(hotfix ? `Release-Type: hotfix\nSeverity: high\nHotfix-Of: v${version(k - 1)}` : 'Release-Type: release')
  return `${lines.join('\n')}\n`
}

function commitMessage(rand, i, recent, pick) {
  const scope = pick(SCOPES)
  const type = pick(TYPES)
  if (!recent) return `${type}${scope ? `(${scope})` : ''}: change ${i}`
  const words = Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(WORDS)).join(' ')
  let text = `${type}${scope ? `(${scope})` : ''}: ${words} (#${100000 + i})`
  if (rand() < 0.35) text += `\n\n${words} ${pick(WORDS)}.\n${pick(WORDS)} ${words}.`
  if (rand() < 0.1) text += `\n\nRefs: #${i}\nSigned-off-by: Dev <dev@example.com>`
  return text
}

/**
 * The repository of `commits` commits (a line of history), `tags` annotated release tags and
 * `since` commits after the last one, at `dir` (built once: a finished one is reused).
 */
export function buildLargeRepo(dir, { commits, tags, since }) {
  const done = path.join(dir, '.git', 'bench-done')
  if (existsSync(done)) return
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' })
  git('init', '-q', '-b', 'main')
  git('config', 'user.name', 'Bench')
  git('config', 'user.email', 'bench@example.com')
  const { positions, time } = layout({ commits, tags, since })
  const tagAt = new Map(positions.map((position, k) => [position, k]))
  const rand = random(7)
  const pick = list => list[Math.floor(rand() * list.length)]
  const streamFile = path.join(dir, '.git', 'bench-stream')
  const fd = openSync(streamFile, 'w')
  let buffer = ''
  const out = text => {
    buffer += text
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer)
      buffer = ''
    }
  }
  const data = text => `data ${Buffer.byteLength(text)}\n${text}\n`
  const pyproject = '[project]\nname = "bench"\nversion = "0.0.0"\n'
  const recentFrom = commits - since
  for (let i = 0; i < commits; i++) {
    const k = tagAt.get(i)
    out(
      `commit refs/heads/main\n${k === undefined ? '' : `mark :${k + 1}\n`}committer Bench <bench@example.com> ${time(i)} +0000\n${data(commitMessage(rand, i, i >= recentFrom, pick))}`
    )
    // the first commit holds the files; later ones keep its tree (the walk reads commits, not trees),
    // except the release commits, which set the version as the action does
    if (i === 0)
      out(`M 100644 inline pyproject.toml\n${data(pyproject)}M 100644 inline README.md\n${data('# bench\n')}`)
    if (k !== undefined) out(`M 100644 inline pyproject.toml\n${data(pyproject.replace('0.0.0', version(k)))}`)
    out('\n')
  }
  for (const [k, position] of positions.entries()) {
    out(
      `tag v${version(k)}\nfrom :${k + 1}\ntagger Bench <bench@example.com> ${time(position) + 60} +0000\n${data(tagMessage(rand, k, pick))}`
    )
  }
  writeSync(fd, buffer)
  closeSync(fd)
  const input = openSync(streamFile, 'r')
  const result = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, stdio: [input, 'inherit', 'inherit'] })
  closeSync(input)
  rmSync(streamFile, { force: true })
  if (result.status !== 0) throw new Error(`git fast-import failed in ${dir}`)
  git('pack-refs', '--all') // as a clone has them
  git('checkout', '-q', '-f', 'main')
  writeFileSync(done, `${commits} ${tags} ${since}\n`)
}

/** A `git` first on PATH that runs the real one under /usr/bin/time, one line a process into `log`. */
export function gitShim(dir) {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  mkdirSync(dir, { recursive: true })
  const script = `#!/bin/sh\nexec /usr/bin/time -a -o "$BENCH_GIT_LOG" -f '%e\t%U\t%S\t%M\t%C' ${JSON.stringify(real)} "$@"\n`
  writeFileSync(path.join(dir, 'git'), script)
  chmodSync(path.join(dir, 'git'), 0o755)
  return dir
}

/**
 * Runs `node script` in `cwd` under /usr/bin/time: wall (ms), CPU (ms, node and its children) and
 * the peak RSS (MB) of the largest process of the tree; with `shim`, every git process too.
 */
export function measure(script, cwd, env, { shim = null, log = null } = {}) {
  const times = path.join(cwd, '.git', 'bench-time')
  if (log) writeFileSync(log, '')
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-o', times, '-f', '%U %S %M', process.execPath, script], {
    cwd,
    env: shim ? { ...env, PATH: `${shim}${path.delimiter}${env.PATH}`, BENCH_GIT_LOG: log } : env,
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  const wall = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${script} failed in ${cwd}: ${result.stderr}\n${result.stdout}`)
  const [user, sys, maxKb] = readFileSync(times, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
  const nodeKb = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0)
  const gits = log
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter(line => /^\d/.test(line))
        .map(line => {
          const [elapsed, u, s, kb, command] = line.split('\t')
          return { ms: Number(elapsed) * 1000, cpu: (Number(u) + Number(s)) * 1000, mb: Number(kb) / 1024, command }
        })
    : []
  return { wall, cpu: (user + sys) * 1000, peakMb: maxKb / 1024, nodeMb: nodeKb / 1024, gits, stdout: result.stdout }
}
