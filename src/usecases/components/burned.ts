/**
 * The versions of each component that must not be released again, as for a single package
 * (src/usecases/release/burned.ts): rolled back (the rollback record, a component's rows as
 * `name@1.2.3`, a bare version for the component at the root), or tagged on origin but not here.
 * Reads only.
 */
import type { Component } from '../../core/components/types.js'
import { parseRollbacks } from '../../core/record/release-record.js'
import { releaseTags } from '../../core/versioning/version.js'
import type { FileReader, GitRemoteReader } from '../ports.js'
import { REMOTE } from '../release/types.js'

export async function componentsBurned(
  components: readonly Component[],
  deps: {
    files: Pick<FileReader, 'read'>
    /** Origin's tags; absent: origin is not read. */
    remote?: Pick<GitRemoteReader, 'remoteTags'>
  },
  record: string,
  localTags: ReadonlySet<string>
): Promise<Map<string, Map<string, string>>> {
  const burned = new Map(components.map(component => [component.name, new Map<string, string>()]))
  const root = components.find(component => component.paths.includes('')) // path: . is ''
  for (const entry of parseRollbacks(deps.files.read(record) ?? '')) {
    const at = entry.version.indexOf('@')
    const name =
      at > 0 ? entry.version.slice(0, at) : (root?.name ?? (components.length === 1 ? components[0].name : ''))
    burned.get(name)?.set(at > 0 ? entry.version.slice(at + 1) : entry.version, `was rolled back (${record})`)
  }
  if (deps.remote) {
    const onOrigin = await deps.remote.remoteTags(REMOTE, '')
    for (const component of components) {
      const own = burned.get(component.name)!
      for (const tag of releaseTags(
        onOrigin.map(name => ({ name, sha: '' })),
        component.tagPrefix
      ))
        if (!localTags.has(tag.name) && !own.has(tag.version))
          own.set(tag.version, `is tagged on ${REMOTE} (${tag.name}) but not here`)
    }
  }
  return burned
}
