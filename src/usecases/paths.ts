/**
 * Every path the run will read or write, checked before anything is touched (a dry run included):
 * each lies inside the workspace and outside `.git/` with symlinks followed (the FileStore's
 * `confine`), and the path inputs don't collide — the notes file is not the changelog, a version
 * file or a file git tracks; the changelog is a Markdown file and not a version file.
 */
import { ConfigurationError } from '../core/errors.js'
import { checkWrittenPaths, type WrittenPath } from '../core/config/checks.js'
import { kindOf } from '../core/version-files/files.js'
import type { Settings } from '../core/config/settings.js'
import type { FileStore, GitReader } from './ports.js'
import { detectVersionFiles } from './release/index.js'

const DEFAULT_GATES_CONFIG = '.github/release-gates.yml'
/** Written by every run but a dry run, as a side file (RUNNER_TEMP; src/usecases/modes/report.ts). */
export const METRICS_FILE = 'release-metrics.json'
export const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i

export type PathSettings = Pick<
  Settings,
  'mode' | 'changelogFile' | 'releaseNotesFile' | 'versionFiles' | 'rollbackRecord' | 'gatesConfig' | 'releaseDir'
> &
  Partial<Pick<Settings, 'migrationGuide'>>

export async function checkPaths(settings: PathSettings, files: FileStore, git: GitReader): Promise<void> {
  const notes = files.confine('release_notes_file', settings.releaseNotesFile)
  const changelog = settings.changelogFile ? files.confine('changelog_file', settings.changelogFile) : null
  const listed = settings.versionFiles.map(file => ({ file, real: files.confine('version_files', file) }))
  files.confine('rollback_record', settings.rollbackRecord)
  files.confine('gates_config', settings.gatesConfig || DEFAULT_GATES_CONFIG)
  if (settings.releaseDir) files.confine('release_dir', settings.releaseDir)
  // the pattern's folders (docs/migrations/): the path of one release is checked again where it is written
  if (settings.migrationGuide) files.confine('migration_guide', settings.migrationGuide)
  if (settings.mode !== 'release' && settings.mode !== 'hotfix') return checkWritten(settings, files)

  // the files found as version files are edited too: each must stay inside as well
  const detected = detectVersionFiles(files).map(file => ({
    file,
    real: files.confine('A version file found in the repository,', file)
  }))
  const versionFiles = [...listed, ...detected]

  const notesClash = versionFiles.find(entry => entry.real === notes)
  if (changelog === notes || notesClash) {
    const other =
      changelog === notes ? `changelog_file (${settings.changelogFile})` : `the version file ${notesClash!.file}`
    throw new ConfigurationError(
      `release_notes_file ${settings.releaseNotesFile} is the same file as ${other}: the notes would overwrite it. ` +
        'Name a separate, untracked file for the notes, such as release-notes.md. Nothing was changed.'
    )
  }
  if ((await git.trackedFiles([settings.releaseNotesFile])).length > 0) {
    throw new ConfigurationError(
      `release_notes_file ${settings.releaseNotesFile} is a file git tracks: each run would overwrite it, outside the release commit. ` +
        'Name an untracked file for the notes (such as release-notes.md, listed in .gitignore), or stop tracking it with git rm --cached. Nothing was changed.'
    )
  }
  if (changelog && settings.changelogFile) {
    const clash = versionFiles.find(entry => entry.real === changelog)
    if (clash) {
      throw new ConfigurationError(
        `changelog_file ${settings.changelogFile} is also a version file (${clash.file}): the release would edit it twice. ` +
          'Name a separate Markdown changelog, such as CHANGELOG.md, or remove it from version_files. Nothing was changed.'
      )
    }
    if (!MARKDOWN.test(settings.changelogFile) || !MARKDOWN.test(changelog)) {
      throw new ConfigurationError(
        `changelog_file ${settings.changelogFile}${changelog.endsWith(settings.changelogFile) ? '' : ` (resolving to ${changelog})`} is not a Markdown file: a release section would be written into it. ` +
          'Name a Markdown file (.md), such as CHANGELOG.md, or set changelog_file to empty to skip the changelog. Nothing was changed.'
      )
    }
  }
  checkWritten(settings, files)
}

/** The rollback record, notes, changelog and migration guide are not version files, nor each other (src/core/config/checks.ts). */
function checkWritten(settings: PathSettings, files: FileStore): void {
  // the migration guide first: a clash is named by the setting most likely mistyped (its default is a pattern)
  const written: WrittenPath[] = [
    ...(settings.migrationGuide ? [{ setting: 'migration_guide' as const, path: settings.migrationGuide }] : []),
    { setting: 'rollback_record', path: settings.rollbackRecord },
    { setting: 'release_notes_file', path: settings.releaseNotesFile },
    ...(settings.changelogFile ? [{ setting: 'changelog_file' as const, path: settings.changelogFile }] : [])
  ]
  const listed = settings.versionFiles.filter(file => !file.startsWith('!'))
  checkWrittenPaths(
    written,
    [...new Set([...listed, ...detectVersionFiles(files)])],
    path => kindOf(path) !== 'generic'
  )
}
