/** mode: publish — the GitHub release, assets, SBOM and checksums of a release already tagged. */
import type { Settings } from '../../core/config/settings.js'
import { renderPublishSummary } from '../../core/notes/summary.js'
import { executePublish, preparePublish, publishOutputs } from '../publish/publish.js'
import { existingReleaseTarget } from '../publish/publish-target.js'
import { publishDeps } from './report.js'
import type { ModeResult, Services } from './types.js'

export async function publish(settings: Settings, services: Services): Promise<ModeResult> {
  const deps = publishDeps(services)
  const target = await existingReleaseTarget(services.git, settings, services.env)
  const prepared = await preparePublish(settings, target, deps)
  const published = await executePublish(settings, target, prepared, deps)
  const message = `${settings.dryRun ? 'Would publish' : 'Published'} ${target.tag}${published.releaseUrl ? `: ${published.releaseUrl}` : ''}`
  return {
    outputs: { ...publishOutputs(published), new_version: target.version, tag: target.tag },
    summary: renderPublishSummary(published),
    annotations: [],
    variables: {},
    message,
    report: [message]
  }
}
