/**
 * A fixed group's members share one version: before anything changes, the version their version
 * files hold at HEAD (listed, or auto-detected in each member's folder, as the release would edit
 * them) must agree, with each other and with the group's tags. A member without version files (a
 * Docker image) has nothing to disagree with. Reads only: the working tree, and HEAD's text of a
 * file someone (or an earlier run) changed without committing.
 */
import { disagreeingFixedFiles, type MemberFiles } from '../../core/components/groups.js'
import type { Component, FixedGroup } from '../../core/components/types.js'
import { ConfigurationError } from '../../core/errors.js'
import { decodeFile } from '../../core/version-files/file-text.js'
import { kindOf, locateVersion } from '../../core/version-files/files.js'
import { isPlaceholderVersion, semverOfFileVersion } from '../../core/versioning/ecosystem-versions.js'
import type { FileReader, GitReader } from '../ports.js'
import { detectVersionFiles } from '../release/files.js'
import { baseOf } from './files.js'

type FileView = Pick<FileReader, 'bytes' | 'list'>

/** A member's version files as the release would find them: listed, else detected in its folder and its own. */
function versionFilesOf(component: Component, files: FileView, owns: (path: string) => boolean): string[] {
  const listed = component.versionFiles.filter(file => !file.startsWith('!'))
  const off = new Set(component.versionFiles.filter(file => file.startsWith('!')).map(file => file.slice(1)))
  const base = baseOf(component)
  const at = (path: string) => (base === '' ? path : `${base}/${path}`)
  const view: FileView = {
    bytes: path => files.bytes(at(path)),
    list: dir => files.list(dir === '.' ? base || '.' : at(dir))
  }
  const detected = detectVersionFiles(view)
    .map(at)
    .filter(path => !off.has(path) && owns(path))
  return [...new Set([...listed, ...detected])]
}

export async function checkFixedVersionFiles(
  groups: FixedGroup[],
  components: Component[],
  tagVersions: ReadonlyMap<string, string | null>,
  files: FileView,
  git: Pick<GitReader, 'changedPaths' | 'show'>,
  owns: (component: number, path: string) => boolean,
  configFile: string
): Promise<void> {
  if (groups.length === 0) return
  const index = new Map(components.map((c, i) => [c.name, i]))
  let dirty: Set<string> | null = null
  const textAtHead = async (path: string): Promise<string | null> => {
    dirty ??= new Set(await git.changedPaths())
    if (dirty.has(path)) return git.show('HEAD', path)
    const bytes = files.bytes(path)
    return bytes === null ? null : decodeFile(bytes).text
  }
  for (const group of groups) {
    const members: MemberFiles[] = []
    for (const name of group.members) {
      const at = index.get(name)
      if (at === undefined) continue
      const found: MemberFiles['files'] = []
      for (const path of versionFilesOf(components[at], files, file => owns(at, file))) {
        const text = await textAtHead(path)
        if (text === null) continue
        let version: string | null = null
        try {
          version = locateVersion(kindOf(path), text)?.version ?? null
        } catch {
          continue // a file we cannot read is named by the release's own edit, with what to do
        }
        if (version === null || isPlaceholderVersion(version)) continue
        found.push({ path, version, semver: semverOfFileVersion(version) ?? version })
      }
      members.push({ name, tagVersion: tagVersions.get(name) ?? null, files: found })
    }
    const problem = disagreeingFixedFiles(group, members)
    if (problem) throw new ConfigurationError(`${configFile}: ${problem}`)
  }
}
