/**
 * Never silent: a file that still holds the previous version in a version-like assignment
 * (`version = "1.2.0"`, `__version__ = '1.2.0'`, `"version": "1.2.0"`, `versionName = "1.2.0"`) and
 * that the release does not edit is named in a warning: the build may ship the old version.
 */
import { isPlaceholderVersion, pep440Version } from '../../core/versioning/ecosystem-versions.js'
import { oneLine } from '../../core/record/release-record.js'
import { decodeFile } from '../../core/version-files/file-text.js'
import { ConfinementError } from '../../core/errors.js'
import type { FileReader } from '../ports.js'

/** Folders never read: tools' caches, dependencies, build output. */
const SKIPPED_DIRS = new Set([
  'node_modules',
  'target',
  'dist',
  'build',
  'vendor',
  'venv',
  'env',
  '__pycache__',
  'site-packages',
  'Pods',
  'DerivedData',
  'coverage'
])
/** Lock files list dependencies' versions (the project's own entry follows its manifest). */
const SKIPPED_FILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'Cargo.lock',
  'uv.lock',
  'poetry.lock',
  'Pipfile.lock',
  'Package.resolved',
  'Gemfile.lock',
  'go.sum'
])
const TEXT_FILE =
  /(?:\.(?:py|pyi|toml|cfg|ini|json|swift|gradle|kts|xml|ya?ml|properties|rs|ts|js|mjs|cjs|txt|h|go|rb|podspec|plist|cmake|nix)|^VERSION|^CMakeLists\.txt)$/
const MAX_DEPTH = 4
const MAX_FILES = 2_000
const MAX_BYTES = 256 * 1024

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The files, up to MAX_DEPTH folders down, that may hold a version (no Markdown: docs name old versions). */
function candidates(files: Pick<FileReader, 'list'>): string[] {
  const found: string[] = []
  const walk = (dir: string, depth: number): void => {
    for (const entry of files.list(dir)) {
      if (found.length >= MAX_FILES) return
      const path = dir === '.' ? entry.name : `${dir}/${entry.name}`
      if (entry.name.startsWith('.')) continue
      if (entry.directory) {
        if (depth < MAX_DEPTH && !SKIPPED_DIRS.has(entry.name)) walk(path, depth + 1)
      } else if (!SKIPPED_FILES.has(entry.name) && TEXT_FILE.test(entry.name)) found.push(path)
    }
  }
  walk('.', 0)
  return found
}

/**
 * The files (not edited, not the run's own) holding one of the `previous` versions (SemVer, or its
 * PEP 440 spelling) in a version-like assignment, each with the line's version.
 */
export function staleVersionFiles(
  files: Pick<FileReader, 'list' | 'bytes'>,
  previous: string[],
  skipped: Iterable<string>
): Array<{ path: string; version: string }> {
  const spellings = [...new Set(previous.flatMap(version => [version, pep440Version(version) ?? version]))].filter(
    Boolean
  )
  if (spellings.length === 0) return []
  const pattern = new RegExp(
    `(?:\\b[\\w.-]*version[\\w-]*|__version__)["']?\\s*(?::\\s*str\\s*)?[:=]\\s*["']?(${spellings.map(escape).join('|')})(?![\\w.+-])["']?`,
    'i'
  )
  const skip = new Set(skipped)
  const stale: Array<{ path: string; version: string }> = []
  for (const path of candidates(files)) {
    if (skip.has(path)) continue
    let bytes: Uint8Array | null
    try {
      bytes = files.bytes(path)
    } catch (error) {
      // a symlink out of the workspace is never read; it is not this scan's to refuse either
      if (error instanceof ConfinementError) continue
      throw error
    }
    if (!bytes || bytes.length > MAX_BYTES || bytes.includes(0)) continue
    const match = pattern.exec(decodeFile(bytes).text)
    if (match) stale.push({ path, version: match[1] })
  }
  return stale
}

/** The warnings of a release's plan: each file that still holds the previous version. */
export function staleWarnings(
  settings: { releaseNotesFile: string; rollbackRecord: string; changelogFile?: string | null },
  release: { tag: string; previousVersion: string },
  tree: { edits: Array<{ path: string }>; changes: Array<{ from: string }> },
  files: Pick<FileReader, 'list' | 'bytes'>
): string[] {
  const previous = [release.previousVersion, ...tree.changes.map(change => change.from)].filter(
    version => version && !isPlaceholderVersion(version)
  )
  const skipped = [
    ...tree.edits.map(edit => edit.path),
    settings.releaseNotesFile,
    settings.rollbackRecord,
    ...(settings.changelogFile ? [settings.changelogFile] : [])
  ]
  return staleVersionFiles(files, previous, skipped).map(
    ({ path, version }) =>
      `Not updated: ${oneLine(path)} still holds the previous version ${oneLine(version)} in a version assignment, and the release of ${release.tag} does not edit it, so what reads it may ship ${oneLine(version)}. ` +
      `List it in version_files to update it with each release; if it is not the project's version, ignore this warning.`
  )
}
