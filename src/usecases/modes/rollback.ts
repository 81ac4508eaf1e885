/** mode: rollback — record, tags, GitHub release, push; the manual steps as warnings. */
import type { Settings } from '../../core/config/settings.js'
import { renderRollbackSummary } from '../../core/notes/summary.js'
import { runRollback } from '../rollback/rollback.js'
import { rollbackTarget } from '../components/target.js'
import { scrubTokens } from '../../core/text/secrets.js'
import type { ModeResult, Services } from './types.js'

export async function rollback(settings: Settings, services: Services): Promise<ModeResult> {
  // with components, the one rolled back (src/usecases/components/target.ts)
  const one = rollbackTarget(settings, services.files)
  if (one) services.log.info(`Rolling back component ${one.target.component.name} (named by ${one.target.by}).`)
  const result = await runRollback(one?.settings ?? settings, {
    packageFiles: one?.packageFiles,
    git: services.git,
    remote: services.remote ?? null,
    origin: services.origin ?? null,
    files: services.files,
    log: services.log,
    env: services.env,
    github: services.github.releases,
    scrub: services.scrub
  })
  const message = `${result.dryRun ? 'Would roll back' : 'Rolled back'} ${result.tag}; users are back on ${result.restoredVersion || 'no release'}.`
  return {
    outputs: {
      rolled_back_version: result.version,
      restored_version: result.restoredVersion,
      rollback_steps: JSON.stringify(result.steps),
      commit_sha: result.recordCommit,
      pushed: String(result.pushed),
      dry_run: String(result.dryRun)
    },
    summary: renderRollbackSummary({ ...result, reason: (services.scrub ?? scrubTokens)(settings.reason) }),
    annotations: result.manual.map(text => ({
      level: 'warning',
      message: text,
      title: `Manual step to finish the rollback of ${result.tag}`
    })),
    variables: {},
    message,
    report: [
      message,
      ...result.steps.map(step => `  ${step.step}: ${step.status}${step.detail ? ` (${step.detail})` : ''}`),
      'Manual steps:',
      ...result.manual.map(text => `  - ${text}`)
    ]
  }
}
