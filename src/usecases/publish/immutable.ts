/**
 * A rerun that finds its GitHub release published and immutable: the assets can't change (GitHub
 * answers 422 to a deletion or an upload), so they are checked against what this run would upload,
 * and the difference reported; nothing is changed.
 */
import type { Logger, PublishedRelease } from '../ports.js'

interface Upload {
  name: string
  path: string
  size: number
  sha256: string
}

/** Compares by GitHub's digest (sha256) where it gives one, else by size; returns the assets that match. */
export function checkImmutableAssets<T extends Upload>(
  release: PublishedRelease,
  uploads: T[],
  log: Logger
): Array<T & { url: string }> {
  const same: Array<T & { url: string }> = []
  const missing: string[] = []
  const different: string[] = []
  for (const asset of uploads) {
    const attached = release.assets.find(candidate => candidate.name === asset.name)
    if (!attached) missing.push(asset.name)
    else if (attached.digest ? attached.digest === `sha256:${asset.sha256}` : attached.size === asset.size)
      same.push({ ...asset, url: attached.url ?? '' })
    else different.push(asset.name)
  }
  if (missing.length === 0 && different.length === 0) {
    log.info(`${release.url} is immutable: its ${same.length} asset(s) were checked and match; nothing was changed.`)
    return same
  }
  const problems = [
    missing.length > 0 ? `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not attached` : '',
    different.length > 0
      ? `${different.join(', ')} ${different.length === 1 ? 'differs' : 'differ'} from the attached bytes`
      : ''
  ].filter(Boolean)
  log.warning(
    `${release.url} is an immutable release: its assets can't change, and ${problems.join(' and ')}. Nothing was changed; release a new version to ship other assets.`
  )
  return same
}
