// Bundles the action and the CLI with ncc into one shared library, dist/lib/index.js (the
// artifact client stays a lazily loaded chunk only the action's upload_artifact loads), and writes
// the two entries over it: dist/index.js (action.yml's runs.main) and dist/cli/index.js (bin).
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const ncc = [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  '--quiet',
  '--license',
  'licenses.txt',
  '--target',
  'es2022'
]
rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, [...ncc, 'src/bundle.ts', '-o', 'dist/lib'], { stdio: 'inherit' })

/** An entry: the source entry's text, importing from the bundle instead of the sources. */
function entry(source, target, from) {
  const text = readFileSync(source, 'utf8').replace(/from '\.\/(main|cli)\.js'/, `from '${from}'`)
  if (!text.includes(from)) throw new Error(`${source} does not import what the bundle exports`)
  mkdirSync(target.replace(/\/[^/]+$/, ''), { recursive: true })
  writeFileSync(target, text)
}
entry('src/index.ts', 'dist/index.js', './lib/index.js')
entry('src/cli-entry.ts', 'dist/cli/index.js', '../lib/index.js')
writeFileSync('dist/package.json', '{"type":"module"}\n')
chmodSync('dist/cli/index.js', 0o755)
