/**
 * What history holds that the release must respect besides the commits: the versions released once
 * that must not be released again, and a hotfix's limits. Reads only.
 */
import { isFeatureType } from '../../core/commits/type-table.js'
import type { AnalyzedCommit } from '../../core/commits/changes.js'
import { ConfigurationError } from '../../core/errors.js'
import { parseRollbacks } from '../../core/record/release-record.js'
import { releaseTags, type ReleaseTag } from '../../core/versioning/version.js'
import type { HistoryDeps } from './history.js'
import { REMOTE, type ReleaseSettings } from './types.js'

export /** A hotfix patches the release it fixes: no features or breaking changes unless allowed. */
function checkHotfix(
  settings: ReleaseSettings,
  previous: ReleaseTag | null,
  commits: AnalyzedCommit[],
  branch: string
): void {
  if (!previous) {
    throw new ConfigurationError(
      `Hotfix branch ${branch} has no release tag (${settings.tagPrefix}X.Y.Z) in its history, so there is no release to patch. Cut hotfix branches from the release tag they fix: git switch -c hotfix/NAME ${settings.tagPrefix}X.Y.Z.`
    )
  }
  if (settings.allowFeatures) return
  for (const analyzed of commits) {
    if (analyzed.merge || analyzed.skip) continue
    const bad = analyzed.changes.find(change => change.breaking || isFeatureType(change.type))
    if (bad) {
      throw new ConfigurationError(
        `Hotfix branch ${branch} has ${bad.breaking ? 'a breaking change' : 'a feature'}: ${analyzed.sha.slice(0, 7)} "${bad.header.slice(0, 100).replace(/[\r\n]/g, ' ')}". ` +
          `A hotfix is a patch of ${previous.name}: move that commit to main, or set allow_features: true to ship it in the patch anyway.`
      )
    }
  }
}

/**
 * Versions released once that must not be released again: rolled back (the rollback record), or
 * tagged on origin but not here (a tag that existed once). Each with why, for the reason.
 */
export async function burnedVersions(
  settings: ReleaseSettings,
  deps: HistoryDeps,
  localTags: ReleaseTag[],
  remote: HistoryDeps['remote']
): Promise<Map<string, string>> {
  const burned = new Map<string, string>()
  const record = deps.files.read(settings.rollbackRecord)
  if (record !== null) {
    for (const entry of parseRollbacks(record))
      burned.set(entry.version, `was rolled back (${settings.rollbackRecord})`)
  }
  // the rollback workflow records on the default branch: a maintenance line or a channel that has
  // not merged it yet must not release a rolled-back version again
  const base = settings.baseBranch || 'main'
  // origin's branch itself too (its commits fetched before the plan, converge.ts): a stale clone
  const tip = remote?.remoteBranch ? await remote.remoteBranch(REMOTE, base) : null
  for (const ref of [`refs/remotes/${REMOTE}/${base}`, `refs/heads/${base}`, ...(tip ? [tip] : [])]) {
    for (const entry of parseRollbacks((await deps.git.show(ref, settings.rollbackRecord)) ?? ''))
      if (!burned.has(entry.version))
        burned.set(entry.version, `was rolled back (${settings.rollbackRecord} on ${base})`)
  }
  if (remote) {
    const local = new Set(localTags.map(tag => tag.name))
    const onOrigin = releaseTags(
      (await remote.remoteTags(REMOTE, settings.tagPrefix)).map(name => ({ name, sha: '' })),
      settings.tagPrefix
    )
    for (const tag of onOrigin) {
      if (!local.has(tag.name) && !burned.has(tag.version))
        burned.set(tag.version, `is tagged on ${REMOTE} (${tag.name}) but not here`)
    }
  }
  return burned
}
