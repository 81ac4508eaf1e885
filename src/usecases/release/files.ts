/**
 * The release's file edits, computed in memory from reads only (so that bad input fails before
 * anything is written): the version files, the files that follow them, the changelog; and what the
 * working tree already holds of them (an earlier run's edits, or someone's uncommitted changes).
 */
import { createHash } from 'node:crypto'
import { ConfigurationError } from '../../core/errors.js'
import { isPlaceholderVersion } from '../../core/versioning/ecosystem-versions.js'
import { decodeFile, encodeFile, insertable } from '../../core/version-files/file-text.js'
import { prependChangelog } from '../../core/notes/notes.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'
import {
  detected,
  followedBy,
  kindOf,
  locateVersion,
  replaceVersion,
  type Place
} from '../../core/version-files/files.js'
import { cargoMemberFiles, pythonVersionFiles, type TreeView } from '../../core/version-files/layout.js'
import type { FileReader, GitReader } from '../ports.js'
import type { FileEdit, ReleaseSettings, VersionFileChange } from './types.js'

/**
 * Files that may hold the version, each format saying where it is found (src/core/version-files/):
 * at the root, in src/NAME/ (Python packages), and in Sources/NAME/ of a Swift package at the root
 * or one folder down (ios/Sources/Kit/Version.swift); and where the project's metadata points
 * (src/core/version-files/layout.ts): the Python package it names (flat or src layout, hatch's
 * version path, setuptools' attr), and the member crates of a Cargo workspace.
 */
export function detectVersionFiles(files: Pick<FileReader, 'list' | 'bytes'>): string[] {
  const found = new Set<string>()
  const root = files.list('.')
  for (const entry of root) if (!entry.directory && detected(entry.name, 'root')) found.add(entry.name)
  const swiftRoots = [
    'Sources',
    ...root
      .filter(entry => entry.directory && !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .map(entry => `${entry.name}/Sources`)
  ]
  for (const base of ['src', ...swiftRoots]) {
    const place: Place = base === 'src' ? 'package' : 'swift'
    for (const dir of files.list(base).filter(entry => entry.directory)) {
      for (const entry of files.list(`${base}/${dir.name}`)) {
        if (!entry.directory && detected(entry.name, place)) found.add(`${base}/${dir.name}/${entry.name}`)
      }
    }
  }
  for (const file of layoutFiles(treeOf(files))) found.add(file)
  return [...found].sort()
}

/** The files the project's metadata points at (Python package, Cargo workspace members). */
function layoutFiles(tree: TreeView): string[] {
  return [...pythonVersionFiles(tree), ...cargoMemberFiles(tree)]
}

function treeOf(files: FileView): TreeView {
  return {
    list: dir => files.list(dir),
    read: path => {
      const bytes = files.bytes(path)
      return bytes === null ? null : decodeFile(bytes).text
    }
  }
}

function hashOf(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : createHash('sha256').update(bytes).digest('hex')
}

function fileEdit(path: string, before: Uint8Array | null, bytes: Uint8Array): FileEdit {
  return { path, oldHash: hashOf(before), before, bytes }
}

/** A version file's edit, or an error naming the file, why it can't be read and what to do. */
function editVersionFile(file: string, text: string, version: string, listed: boolean) {
  try {
    return replaceVersion(file, text, version)
  } catch (error) {
    const cause = (error as Error).message.replace(/\.$/, '')
    throw new ConfigurationError(
      `${file} (${listed ? 'listed in version_files' : 'found as a version file'}) can't be read, so its version can't be updated: ${cause}. ` +
        `Fix the file (a ${kindOf(file)} file this action edits in place)${listed ? ', or remove it from version_files' : ''}, and run again. Nothing was changed.`
    )
  }
}

type FileView = Pick<FileReader, 'bytes' | 'list'>

/**
 * Computes every file edit in memory. Files are edited as bytes (src/core/version-files/file-text.ts): only the
 * version string or the new changelog section changes; an encoding, a byte-order mark and CRLF line
 * endings stay as they were.
 */
export function prepareFiles(
  settings: ReleaseSettings,
  plan: ReleasePlan,
  files: FileView
): { edits: FileEdit[]; changes: VersionFileChange[] } {
  const edits: FileEdit[] = []
  const changes: VersionFileChange[] = []
  const listed = new Set(settings.versionFiles.filter(file => !file.startsWith('!')))
  const off = new Set(settings.versionFiles.filter(file => file.startsWith('!')).map(file => file.slice(1)))
  for (const file of listed) {
    if (files.bytes(file) === null)
      throw new ConfigurationError(
        `version_files names ${file}, which does not exist. Fix the path or remove it from version_files.`
      )
  }
  // a workspace's member crates move with the release only when they hold the release's version (the
  // previous one, or the workspace's): a crate versioned on its own is left alone
  const members = new Set(cargoMemberFiles(treeOf(files)))
  const candidates = [...new Set([...listed, ...detectVersionFiles(files).filter(file => !off.has(file))])].sort(
    (a, b) => Number(members.has(a)) - Number(members.has(b))
  )
  const lockstep = (version: string): boolean =>
    version === plan.previousVersion || changes.some(change => change.from === version)
  const edit = (file: string, text: string): ReturnType<typeof replaceVersion> => {
    if (!listed.has(file)) {
      let found: ReturnType<typeof locateVersion> = null
      try {
        found = locateVersion(kindOf(file), text)
      } catch {
        // an auto-detected file we can't read is named in an error, never skipped while the release goes on
        return editVersionFile(file, text, plan.version, false)
      }
      // a placeholder (0.0.0-development) is filled in at build time: not ours to change
      if (!found || isPlaceholderVersion(found.version)) return null
      if (members.has(file) && !lockstep(found.version)) return null
    }
    return editVersionFile(file, text, plan.version, listed.has(file))
  }
  for (const file of candidates) {
    const raw = files.bytes(file)
    if (raw === null) continue
    const decoded = decodeFile(raw)
    const change = edit(file, decoded.text)
    if (!change) {
      if (listed.has(file)) {
        throw new ConfigurationError(
          `version_files names ${file}, but it holds no version string this action can update (${kindOf(file)} file). Add one, such as version = "${plan.previousVersion || '0.0.0'}", or remove it from version_files.`
        )
      }
      continue
    }
    edits.push(fileEdit(file, raw, encodeFile(decoded, change.text)))
    changes.push({ path: file, from: change.oldVersion, to: change.newVersion })
  }
  // files that follow another (package-lock.json follows package.json) change with it, and only then
  for (const change of [...changes]) {
    const slash = change.path.lastIndexOf('/')
    const folder = slash >= 0 ? change.path.slice(0, slash) : '.'
    const name = change.path.slice(slash + 1)
    for (const entry of files.list(folder)) {
      const file = folder === '.' ? entry.name : `${folder}/${entry.name}`
      if (entry.directory || followedBy(file) !== name || off.has(file) || listed.has(file)) continue
      const raw = files.bytes(file)
      if (raw === null) continue
      const decoded = decodeFile(raw)
      let follow: ReturnType<typeof replaceVersion> = null
      try {
        follow = replaceVersion(file, decoded.text, plan.version)
      } catch {
        follow = null // a lock file we cannot read is left as it is
      }
      if (!follow) continue
      edits.push(fileEdit(file, raw, encodeFile(decoded, follow.text)))
      changes.push({ path: file, from: follow.oldVersion, to: follow.newVersion })
    }
  }
  if (settings.changelogFile && !settings.dryRun) {
    const original = files.bytes(settings.changelogFile)
    const decoded = original ? decodeFile(original) : { text: '', binary: false, bom: false, eol: '\n' as const }
    const text = prependChangelog(
      original ? decoded.text : null,
      insertable(decoded, plan.changelogSection),
      decoded.eol
    )
    edits.push(fileEdit(settings.changelogFile, original, encodeFile(decoded, text)))
  }
  return { edits, changes }
}

function same(a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  return a !== null && a !== undefined && b !== null && b !== undefined && Buffer.compare(a, b) === 0
}

/**
 * What the working tree holds of the edits: uncommitted changes in a file the release rewrites are
 * `stray` (someone's edits: the release refuses, after the gates have reported), unless they are
 * exactly the edits of this release from an earlier run that stopped before its commit (`written`):
 * then the edits are computed from HEAD's text, which the apply step completes.
 */
export async function checkWorkingTree(
  settings: ReleaseSettings,
  plan: ReleasePlan,
  git: Pick<GitReader, 'changedPaths' | 'show'>,
  files: FileView
): Promise<{ edits: FileEdit[]; changes: VersionFileChange[]; written: string[]; stray: string[] }> {
  const planned = prepareFiles(settings, plan, files)
  const dirty = new Set(await git.changedPaths())
  const touched = planned.edits.filter(file => dirty.has(file.path)).map(file => file.path)
  if (touched.length === 0) return { ...planned, written: [], stray: [] }
  const atHead = new Map<string, Buffer | null>()
  for (const file of touched) {
    const text = await git.show('HEAD', file)
    atHead.set(file, text === null ? null : Buffer.from(text, 'utf8'))
  }
  const headView: FileView = {
    bytes: file => (atHead.has(file) ? atHead.get(file)! : files.bytes(file)),
    list: dir => files.list(dir)
  }
  const fromHead = prepareFiles(settings, plan, headView)
  // the files as they are now are exactly what this release makes from HEAD's text: an earlier run's edits
  const stray = touched.filter(
    file =>
      !same(
        planned.edits.find(candidate => candidate.path === file)?.before,
        fromHead.edits.find(candidate => candidate.path === file)?.bytes
      )
  )
  if (stray.length > 0) return { ...planned, written: [], stray }
  return { ...fromHead, written: touched, stray: [] }
}
