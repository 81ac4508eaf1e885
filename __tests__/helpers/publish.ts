import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'

/**
 * What `git push -q origin <branch>… [--tags]` does to a local bare origin when the push is a plain
 * fast-forward nobody raced, done by copying files: the objects origin lacks, then the refs, then
 * the work repository's remote-tracking branches. For building fixtures only: a real push costs
 * seven git processes (push, pack-objects, receive-pack, unpack-objects, two rev-lists,
 * for-each-ref), about 50 ms of CPU each time, and the fast lane makes hundreds of them.
 *
 * Anything a real push might answer differently is refused rather than guessed: origin with a hook,
 * a branch origin moved since the last fetch or push (it may not fast-forward), a tag origin has
 * at another commit, a refspec (`a:b`, `:delete`) or an option. Tests of pushing itself use git.
 */
export function publish(gitDir: string, origin: string, args: string[]): void {
  const branches = args.filter(arg => arg !== '--tags')
  for (const name of branches)
    if (!/^[\w][\w./-]*$/.test(name) || name.includes('..'))
      throw new Error(`publish: "${name}" is not a plain branch name; use git push for refspecs`)
  const hooks = path.join(origin, 'hooks')
  if (existsSync(hooks) && readdirSync(hooks).some(file => !file.endsWith('.sample')))
    throw new Error('publish: origin has a hook; use git push so that it runs')
  const local = refs(gitDir)
  const remote = refs(origin)
  const updates = new Map<string, string>()
  for (const name of [...branches]) {
    const sha = local.get(`refs/heads/${name}`)
    const tag = local.get(`refs/tags/${name}`)
    if (!sha && tag) {
      // `git push origin v1.3.0` pushes the tag of that name
      if (remote.has(`refs/tags/${name}`)) throw new Error(`publish: origin has the tag ${name} already; use git push`)
      updates.set(`refs/tags/${name}`, tag)
      branches.splice(branches.indexOf(name), 1)
      continue
    }
    if (!sha) throw new Error(`publish: no local branch or tag ${name}`)
    const there = remote.get(`refs/heads/${name}`)
    const known = local.get(`refs/remotes/origin/${name}`)
    if (there !== undefined && there !== known)
      throw new Error(`publish: origin's ${name} moved since it was last read; use git push`)
    updates.set(`refs/heads/${name}`, sha)
  }
  if (args.includes('--tags'))
    for (const [ref, sha] of local) {
      if (!ref.startsWith('refs/tags/')) continue
      const there = remote.get(ref)
      if (there !== undefined && there !== sha) throw new Error(`publish: origin has ${ref} elsewhere; use git push`)
      if (there === undefined) updates.set(ref, sha)
    }
  copyObjects(path.join(gitDir, 'objects'), path.join(origin, 'objects'))
  for (const [ref, sha] of updates) writeRef(origin, ref, sha)
  for (const name of branches) writeRef(gitDir, `refs/remotes/origin/${name}`, updates.get(`refs/heads/${name}`)!)
}

/**
 * `git for-each-ref --format='%(refname) %(objectname)'` read from the files: one line a ref, in
 * refname order, a symbolic ref as the object of its target.
 */
export function refLines(gitDir: string): string {
  const found = refs(gitDir)
  return [...found.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map(ref => `${ref} ${found.get(ref)}`)
    .join('\n')
}

/** Every ref of a repository (loose refs over packed ones, a symbolic ref resolved), name → object. */
function refs(gitDir: string): Map<string, string> {
  const found = new Map<string, string>()
  const packed = path.join(gitDir, 'packed-refs')
  if (existsSync(packed))
    for (const line of readFileSync(packed, 'utf8').split('\n')) {
      const match = /^([0-9a-f]{40}) (refs\/\S+)$/.exec(line)
      if (match) found.set(match[2], match[1])
    }
  const walk = (dir: string, name: string): void => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full, `${name}/${entry.name}`)
      else {
        const text = readFileSync(full, 'utf8').trim()
        if (/^[0-9a-f]{40}$/.test(text)) found.set(`${name}/${entry.name}`, text)
        else if (text.startsWith('ref: ')) symbolic.set(`${name}/${entry.name}`, text.slice(5))
        else throw new Error(`refs: ${name}/${entry.name} holds neither an object nor a ref`)
      }
    }
  }
  const symbolic = new Map<string, string>()
  walk(path.join(gitDir, 'refs'), 'refs')
  for (const [ref, target] of symbolic) {
    const sha = found.get(target)
    if (sha) found.set(ref, sha)
  }
  return found
}

function writeRef(gitDir: string, ref: string, sha: string): void {
  const file = path.join(gitDir, ref)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${sha}\n`)
}

/** Loose objects and packs that `to` lacks (objects are immutable: a file of the same name is the same). */
function copyObjects(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'info') continue
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    for (const file of readdirSync(source)) {
      if (file.startsWith('tmp_')) continue
      const there = path.join(target, file)
      if (existsSync(there)) continue
      mkdirSync(target, { recursive: true })
      copyFileSync(path.join(source, file), there)
    }
  }
}
