/**
 * Dependency pins between components: how a dependent's manifest (package.json, pyproject.toml in
 * its folder) names each component it depends on, and the edits that write a released
 * dependency's version into it (on top of the dependent's own version edit of the same file).
 */
import { createHash } from 'node:crypto'
import { pinOf, updatePin, type Manifest, type PinKind } from '../../core/components/pins.js'
import type { Component } from '../../core/components/types.js'
import type { FileReader } from '../ports.js'
import type { FileEdit } from '../release/types.js'
import { packageNameFrom } from '../project.js'
import { baseOf } from './files.js'

const MANIFESTS: Manifest[] = ['package.json', 'pyproject.toml']

const at = (base: string, file: string) => (base ? `${base}/${file}` : file)

/** The package name a component publishes (package.json's name, else pyproject's), or null. */
export function packageOf(component: Component, files: Pick<FileReader, 'read'>): string | null {
  const base = baseOf(component)
  const npm = files.read(at(base, 'package.json'))
  if (npm) {
    try {
      const name = (JSON.parse(npm) as { name?: unknown }).name
      if (typeof name === 'string' && name) return name
    } catch {
      // not JSON: its version edit says so
    }
  }
  return packageNameFrom({ read: file => files.read(at(base, file)) })
}

/** How the component's manifests pin a dependency (by component name) released at a version. */
export function pinReader(
  component: Component,
  components: readonly Component[],
  files: Pick<FileReader, 'read'>
): (dependency: string, version: string) => PinKind {
  const base = baseOf(component)
  const texts = MANIFESTS.map(manifest => ({ manifest, text: files.read(at(base, manifest)) }))
  return (dependency, version) => {
    const other = components.find(c => c.name === dependency)
    const name = other ? packageOf(other, files) : null
    if (!name) return 'none'
    let found: PinKind = 'none'
    for (const { manifest, text } of texts) {
      if (text === null) continue
      const pin = pinOf(manifest, text, name, version)
      if (pin === 'exact') return 'exact'
      if (pin === 'range') found = 'range'
    }
    return found
  }
}

/** Writes the released dependencies' versions into the dependent's manifests, on top of the edits planned. */
export function addPinEdits(
  component: Component,
  dependencies: ReadonlyArray<{ name: string; version: string }>,
  components: readonly Component[],
  files: Pick<FileReader, 'read' | 'bytes'>,
  edits: FileEdit[]
): void {
  const base = baseOf(component)
  for (const manifest of MANIFESTS) {
    const path = at(base, manifest)
    const existing = edits.find(edit => edit.path === path)
    const before = existing ? existing.before : files.bytes(path)
    if (before === null) continue
    const start = existing ? Buffer.from(existing.bytes).toString('utf8') : Buffer.from(before).toString('utf8')
    let text = start
    for (const dependency of dependencies) {
      const other = components.find(c => c.name === dependency.name)
      const name = other ? packageOf(other, files) : null
      if (name) text = updatePin(manifest, text, name, dependency.version)
    }
    if (text === start) continue
    const bytes = Buffer.from(text, 'utf8')
    if (existing) existing.bytes = bytes
    else
      edits.push({
        path,
        oldHash: createHash('sha256').update(before).digest('hex'),
        before,
        bytes
      })
  }
}
