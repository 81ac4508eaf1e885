/**
 * A release of several components through GitHub's Git Data API (release_commit: api): the one
 * release commit made and signed by GitHub, the branch moved to it (a fast-forward only), then a
 * tag per component (src/usecases/release/apply-api.ts). GitHub has no atomic push: the tags
 * follow the branch one by one, so a failure between them leaves the release commit on the
 * branch; the rerun at it (a new checkout) makes only the tags GitHub does not have yet.
 */
import { applyApi, checkApi, type ApiDeps, type ApiReady } from '../release/apply-api.js'
import type { Applied } from '../release/apply-local.js'
import { REMOTE, type Plan } from '../release/types.js'
import type { GitDataApi } from '../ports.js'
import { writeComponentNotes } from './apply.js'

export async function applyComponentsApi(
  plan: Plan,
  gitData: GitDataApi | null | undefined,
  ready: ApiReady | null,
  deps: ApiDeps
): Promise<Applied> {
  let applied: Applied
  if (plan.earlier === 'none') applied = await applyApi(plan, ready ?? (await checkApi(plan, gitData)), deps)
  else {
    // an earlier run's release commit at HEAD: the tags GitHub has are made; the others are made now
    const missing = []
    for (const tag of plan.tags)
      if (!(deps.remote && (await deps.remote.remoteHasTag(REMOTE, tag.name)))) missing.push(tag)
    applied =
      missing.length === 0
        ? { commitSha: plan.head, pushed: true }
        : await applyApi({ ...plan, tags: missing }, ready ?? (await checkApi(plan, gitData)), deps)
    if (missing.length < plan.tags.length && deps.remote)
      for (const tag of plan.tags) if (!missing.includes(tag)) await deps.remote.fetchTag(REMOTE, tag.name)
  }
  deps.files.write(plan.notesFile, plan.release.notes)
  writeComponentNotes(plan, deps.files)
  return applied
}
