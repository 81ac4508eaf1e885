/**
 * A component's file edits: the release's own (src/usecases/release/files.ts: version files
 * auto-detected or listed, the files that follow them, the changelog) computed in the component's
 * folder, as if it were the root; then paths from the repository root again.
 */
import { ConfigurationError } from '../../core/errors.js'
import type { Component } from '../../core/components/types.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'
import type { FileReader, GitReader } from '../ports.js'
import { checkWorkingTree } from '../release/files.js'
import type { FileEdit, ReleaseSettings, VersionFileChange } from '../release/types.js'

type FileView = Pick<FileReader, 'bytes' | 'list'>

export interface ComponentEdits {
  edits: FileEdit[]
  changes: VersionFileChange[]
  written: string[]
  stray: string[]
}

/** The folder a component's files are found in: its first literal path ('' at the root). */
export function baseOf(component: Component): string {
  const literal = component.paths.find(path => !path.includes('*'))
  return literal ?? ''
}

function within(base: string, path: string): string | null {
  if (base === '') return path
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : null
}

export async function componentEdits(
  settings: ReleaseSettings,
  component: Component,
  plan: ReleasePlan,
  git: Pick<GitReader, 'changedPaths' | 'show'>,
  files: FileView,
  /** Whether a file is this component's (the root's auto-detection must not take a nested component's files). */
  owns: (file: string) => boolean
): Promise<ComponentEdits> {
  const base = baseOf(component)
  const at = (path: string) => (base === '' ? path : `${base}/${path}`)
  const relative = (path: string, key: string): string => {
    const inside = within(base, path)
    if (inside === null)
      throw new ConfigurationError(
        `Component ${component.name}: its ${key} ${path} is outside its folder ${base}. Name a file inside it, or leave ${key} out for the default.`
      )
    return inside
  }
  const view: FileView = {
    bytes: path => files.bytes(at(path)),
    list: dir => files.list(dir === '.' ? base || '.' : at(dir))
  }
  const scoped: ReleaseSettings = {
    ...settings,
    versionFiles: component.versionFiles.map(file =>
      file.startsWith('!')
        ? `!${relative(file.slice(1), 'version_files entry')}`
        : relative(file, 'version_files entry')
    ),
    changelogFile: component.changelog === null ? null : relative(component.changelog, 'changelog')
  }
  const tree = await checkWorkingTree(
    scoped,
    plan,
    {
      changedPaths: async () =>
        (await git.changedPaths()).map(path => within(base, path)).filter((path): path is string => path !== null),
      show: (rev, path) => git.show(rev, at(path))
    },
    view
  )
  const listed = new Set(component.versionFiles)
  const keep = (path: string) => listed.has(path) || path === component.changelog || owns(path)
  const edits = tree.edits.map(edit => ({ ...edit, path: at(edit.path) })).filter(edit => keep(edit.path))
  const paths = new Set(edits.map(edit => edit.path))
  return {
    edits,
    changes: tree.changes
      .map(change => ({ ...change, path: at(change.path) }))
      .filter(change => paths.has(change.path)),
    written: tree.written.map(at).filter(path => paths.has(path)),
    stray: tree.stray.map(at).filter(path => paths.has(path))
  }
}
