/**
 * Where publishing leaves the SBOM and SHA256SUMS: the run's side files (RUNNER_TEMP, outside the
 * workspace, so the next `npm pack` or `python -m build` does not ship them), or release_dir in the
 * workspace when it is set. The outputs `sbom` and `checksums` name the paths.
 */
import * as path from 'node:path'
import type { FileStore, SideFiles } from '../ports.js'

/** Where the files go: a workspace folder, or the side files. */
type Place = { folder: string } | { side: SideFiles }

function placeOf(releaseDir: string, deps: { sideFiles?: SideFiles }): Place {
  if (releaseDir) return { folder: releaseDir }
  // no side files (a test's deps): the workspace's dist/, as before
  return deps.sideFiles ? { side: deps.sideFiles } : { folder: 'dist' }
}

/** The path a side file of publishing gets (absolute for the side files; else relative to the workspace). */
export function publishPath(releaseDir: string, deps: { sideFiles?: SideFiles }, name: string): string {
  const place = placeOf(releaseDir, deps)
  return 'side' in place ? place.side.path(name) : path.posix.join(place.folder, name)
}

/** Writes one of publishing's files where `publishPath` said. */
export function writePublishFile(
  releaseDir: string,
  deps: { sideFiles?: SideFiles; files: Pick<FileStore, 'write'> },
  file: string,
  text: string
): void {
  const place = placeOf(releaseDir, deps)
  if ('side' in place) place.side.write(path.basename(file), text)
  else deps.files.write(file, text)
}

/**
 * The workflow artifact's files and its root: the notes (copied beside the side files, an artifact
 * has one root) and the SBOM and SHA256SUMS.
 */
export function artifactFiles(
  releaseDir: string,
  deps: { sideFiles?: SideFiles; files: Pick<FileStore, 'absolute' | 'read'> },
  notesFile: string,
  written: string[]
): { files: string[]; root: string } {
  const place = placeOf(releaseDir, deps)
  if (!('side' in place))
    return { files: [notesFile, ...written].map(file => deps.files.absolute(file)), root: deps.files.absolute('.') }
  const notes = place.side.write(path.posix.basename(notesFile), deps.files.read(notesFile) ?? '')
  return { files: [notes, ...written], root: path.dirname(notes) }
}
