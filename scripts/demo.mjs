// npm run demo: a sample Fast VLM repository with a bare origin; the bundled action runs on it
// as the Actions runner would, first as a dry run, then for real with push.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const action = path.join(root, 'dist', 'index.js')
const base = mkdtempSync(path.join(tmpdir(), 'fastvlm-demo-'))
const repo = path.join(base, 'fast-vlm-ondevice')
const origin = path.join(base, 'origin.git')
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Demo Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Demo Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com'
}
const git = (...args) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim()
const write = (file, text) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true })
  writeFileSync(path.join(repo, file), text)
}
const commit = (message, files = {}) => {
  for (const [file, text] of Object.entries(files)) write(file, text)
  git('add', '-A')
  execFileSync('git', ['commit', '-q', '--allow-empty', '-F', '-'], { cwd: repo, env, input: message })
}

mkdirSync(repo, { recursive: true })
execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin])
git('init', '-q', '-b', 'main')
git('remote', 'add', 'origin', origin)
commit('chore: initial import', {
  'pyproject.toml': '[project]\nname = "fast-vlm-ondevice"\nversion = "1.2.0"\nrequires-python = ">=3.10"\n',
  'src/fast_vlm_ondevice/__init__.py': '"""Fast VLM On-Device Kit."""\n\n__version__ = "1.2.0"\n',
  'ios/Sources/FastVLMKit/Version.swift': 'public enum FastVLMKit {\n    public static let version = "1.2.0"\n}\n',
  'CHANGELOG.md': '# Changelog\n\n## 1.2.0 (2026-10-01)\n\n- First public release.\n'
})
git('tag', '-a', 'v1.2.0', '-m', 'v1.2.0')
commit('fix(decoder): stop dropping the last image token (#41)')
commit('feat(swift): stream tokens to SwiftUI views (#42)')
commit('docs: quantization guide for Apple Neural Engine')
commit(
  'feat(api)!: Session takes a SessionConfig (#45)\n\nBREAKING CHANGE: `Session(model, device)` is now `Session(SessionConfig(model=..., device=...))`.\nWrap the old arguments in a SessionConfig.'
)
commit('perf(vision): 2x faster CoreML image preprocessing')
git('push', '-q', 'origin', 'main', '--tags')

function runAction(inputs) {
  const files = Object.fromEntries(
    ['output', 'summary', 'env'].map(name => [name, path.join(base, `${name}-${inputs.dry_run}.txt`)])
  )
  for (const file of Object.values(files)) writeFileSync(file, '')
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
  )
  const run = spawnSync(process.execPath, [action], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...inputEnv,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ENV: files.env,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/fast-vlm-ondevice'
    }
  })
  if (run.status !== 0) {
    process.stdout.write(run.stdout + run.stderr)
    throw new Error(`the action failed (exit ${run.status})`)
  }
  const outputs = {}
  const lines = readFileSync(files.output, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const value = []
    for (i++; lines[i] !== match[2]; i++) value.push(lines[i])
    outputs[match[1]] = value.join('\n')
  }
  return outputs
}

const show = (title, text) => console.log(`\n=== ${title}\n${text}`)
console.log(`Sample repository: ${repo} (origin: ${origin})`)

const plan = runAction({ dry_run: 'true', push: 'true' })
show(
  'Plan (dry run)',
  ['released', 'new_version', 'previous_version', 'bump', 'reason', 'version_files']
    .map(name => `${name}: ${plan[name].replace(/\n/g, ', ')}`)
    .join('\n')
)
show('Repository after the dry run (git status --porcelain)', git('status', '--porcelain') || '(clean)')

const made = runAction({ dry_run: 'false', push: 'true' })
show('Release', ['new_version', 'tag', 'commit_sha', 'pushed'].map(name => `${name}: ${made[name]}`).join('\n'))
show('release-notes.md', made.notes)
show(
  'Pushed tag on origin',
  execFileSync('git', ['ls-remote', '--tags', origin, made.tag], { encoding: 'utf8' }).trim()
)
show(
  'Version files after the release',
  ['pyproject.toml', 'src/fast_vlm_ondevice/__init__.py', 'ios/Sources/FastVLMKit/Version.swift']
    .map(
      file =>
        `${file}: ${readFileSync(path.join(repo, file), 'utf8')
          .split('\n')
          .find(line => line.includes('version'))
          ?.trim()}`
    )
    .join('\n')
)
