/**
 * The preview with components (the configuration file's `components`): the merged view gets the
 * reads their planning needs (components-view.ts), and the report each component's release,
 * merged and without the pull request (rendered by src/core/preview/components.ts).
 */
import type { ComponentPreview, PlannedRelease } from '../../core/preview/index.js'
import type { ComponentRelease } from '../../core/components/types.js'
import type { Plan, PlanDeps } from '../release/index.js'
import { withComponentReads } from './components-view.js'
import { mergedView, type PreviewGit } from './preview-view.js'

/** The merged view, with the components' reads when the checkout's git offers them. */
export function viewWithComponents(git: PreviewGit, shape: Parameters<typeof mergedView>[1]): PlanDeps['git'] {
  return withComponentReads(mergedView(git, shape), git, { tips: shape.tips, onTop: shape.onTop[0] })
}

function planned(release: ComponentRelease): PlannedRelease {
  return {
    released: release.released,
    version: release.version,
    tag: release.tag,
    bump: release.released ? (release.bump as PlannedRelease['bump']) : 'none',
    previousTag: release.previousTag,
    reason: release.reason,
    notes: release.released ? release.notes : ''
  }
}

/** Each component, merged and without the pull request; {} for a single package. */
export function componentsPreview(merged: Plan, base: Plan): { components?: ComponentPreview[] } {
  if (!merged.components) return {}
  const before = new Map((base.components ?? []).map(release => [release.name, release]))
  const none: PlannedRelease = {
    released: false,
    version: '',
    tag: '',
    bump: 'none',
    previousTag: '',
    reason: '',
    notes: ''
  }
  return {
    components: merged.components.map(release => {
      const other = before.get(release.name)
      return { name: release.name, merged: planned(release), base: other ? planned(other) : none }
    })
  }
}
