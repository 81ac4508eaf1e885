import { result } from '../../core/gates/types.js'
import { defineGate } from './types.js'

/** No uncommitted or untracked changes (the action's own notes and metrics files, and the release's own edits, excepted). */
export const cleanTree = defineGate({
  name: 'clean_tree',
  byDefault: true,
  schema: {},
  params: (_raw, _config, settings) => ({ own: [settings.releaseNotesFile, 'release-metrics.json'] }),
  async run({ own }, input, deps) {
    const ours = [...own, ...(input.written ?? [])]
    const dirty = (await deps.git.changedPaths()).filter(path => !ours.includes(path))
    if (dirty.length === 0) return result('clean_tree', 'pass', 'no uncommitted or untracked changes')
    return result(
      'clean_tree',
      'fail',
      `${dirty.length} uncommitted or untracked path(s): commit, stash or remove them`,
      dirty.slice(0, 20)
    )
  }
})
