// Builds synthetic repositories for the benchmark and the demo: a realistic mix of
// conventional commits (types, scopes, bodies, footers, squash bodies, reverts, merges).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The commit messages of the real histories (../shared/histories, else the fixture copy), merges
 * and release commits left out: bodies, footers, squash lists and bots' quoted changelogs.
 */
export function realMessages() {
  const dirs = [
    path.resolve(root, '..', 'shared', 'histories'),
    path.join(root, '__tests__', 'fixtures', 'shared', 'histories')
  ]
  const dir = dirs.find(candidate => existsSync(candidate))
  if (!dir) throw new Error(`No histories at ${dirs.join(' or ')}`)
  const messages = []
  for (const file of readdirSync(dir)
    .filter(name => name.endsWith('.json'))
    .sort()) {
    for (const commit of JSON.parse(readFileSync(path.join(dir, file), 'utf8')).commits) {
      if (commit.parents.length > 1 || /^release-as:/im.test(commit.message)) continue
      messages.push(commit.message)
    }
  }
  return messages
}

const TYPES = ['feat', 'fix', 'fix', 'chore', 'docs', 'refactor', 'test', 'ci', 'perf', 'build', 'style']
const SCOPES = [null, 'api', 'decoder', 'swift', 'docker', 'cli', 'deps', 'vision', 'quant']
const WORDS =
  'add support for streaming image tokens in the decoder and fix cache eviction on low memory devices quantize int8 weights'.split(
    ' '
  )

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

function synthetic(rand, i) {
  const pick = list => list[Math.floor(rand() * list.length)]
  const scope = pick(SCOPES)
  const words = Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(WORDS)).join(' ')
  const type = pick(TYPES)
  let text = `${type}${scope ? `(${scope})` : ''}: ${words} (#${1000 + i})`
  const r = rand()
  if (r < 0.35)
    text += `\n\n${Array.from({ length: 1 + Math.floor(rand() * 4) }, () => `${words} ${pick(WORDS)} ${pick(WORDS)}.`).join('\n')}`
  if (r < 0.05)
    text += `\n\n* fix(${pick(SCOPES) ?? 'core'}): squashed ${pick(WORDS)}\n\n* chore: squashed ${pick(WORDS)}`
  if (rand() < 0.1) text += `\n\nRefs: #${i}\nSigned-off-by: Dev <dev@example.com>`
  if (rand() < 0.002) text += '\n\nBREAKING CHANGE: the old API is removed; call new() instead.'
  return text
}

/**
 * Creates a repository at `dir` with a tagged base commit (v1.0.0) and `count` commits after it;
 * every 25th commit is a merge of a one-commit side branch. With `origin`, adds a bare origin.
 */
export function buildRepo(dir, count, { seed = 42, tag = 'v1.0.0', files = {}, origin = false, real = false } = {}) {
  const pool = real ? realMessages() : null
  const message = pool ? (_rand, i) => pool[i % pool.length] : synthetic
  mkdirSync(dir, { recursive: true })
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' })
  git('init', '-q', '-b', 'main')
  git('config', 'user.name', 'Bench')
  git('config', 'user.email', 'bench@example.com')
  const rand = random(seed)
  const out = []
  let time = 1_700_000_000
  const data = text => {
    const b = Buffer.from(text)
    return `data ${b.length}\n${text}\n`
  }
  const fileOps = Object.entries(files)
    .map(([path, text]) => `M 100644 inline ${path}\n${data(text)}`)
    .join('')
  out.push(
    `commit refs/heads/main\nmark :1\ncommitter Bench <bench@example.com> ${time} +0000\n${data('chore: initial import')}${fileOps}M 100644 inline history.txt\n${data('0')}`
  )
  out.push(`tag ${tag}\nfrom :1\ntagger Bench <bench@example.com> ${time} +0000\n${data(tag)}`)
  let mark = 1
  let main = 1
  for (let i = 0; i < count; i++) {
    time += 60
    if (i % 25 === 24) {
      // a side commit and its merge (two of the count)
      const side = ++mark
      out.push(
        `commit refs/heads/side\nmark :${side}\ncommitter Bench <bench@example.com> ${time} +0000\n${data(message(rand, i))}from :${main}\nM 100644 inline side.txt\n${data(String(i))}`
      )
      i++
      const merge = ++mark
      out.push(
        `commit refs/heads/main\nmark :${merge}\ncommitter Bench <bench@example.com> ${time + 30} +0000\n${data(`Merge pull request #${i} from dev/branch-${i}\n\nfeat!: merge titles never bump`)}from :${main}\nmerge :${side}\nM 100644 inline history.txt\n${data(String(i))}`
      )
      main = merge
      continue
    }
    const id = ++mark
    out.push(
      `commit refs/heads/main\nmark :${id}\ncommitter Bench <bench@example.com> ${time} +0000\n${data(message(rand, i))}from :${main}\nM 100644 inline history.txt\n${data(String(i))}`
    )
    main = id
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: out.join(''), maxBuffer: 1 << 30 })
  git('checkout', '-q', '-f', 'main')
  git('branch', '-q', '-D', 'side')
  if (origin) {
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', `${dir}.origin.git`])
    git('remote', 'add', 'origin', `${dir}.origin.git`)
    git('push', '-q', 'origin', 'main', '--tags')
  }
}
