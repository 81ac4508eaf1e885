import * as core from '@actions/core'
import { isConfigurationError } from './core/errors.js'
import { parseSettings, type Settings } from './core/settings.js'
import { renderSummary } from './core/summary.js'
import { LocalFiles } from './adapters/files.js'
import { ExecGit } from './adapters/git.js'
import type { Logger } from './adapters/logger.js'
import { outputsOf } from './usecases/outputs.js'
import { runRelease } from './usecases/release.js'
import { gatesNote, releaseDate } from './usecases/context.js'

/** Reads every input once into the typed settings (undefined when an input was not given at all). */
export function getSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return parseSettings(name => {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
    return env[key] === undefined ? undefined : core.getInput(name)
  })
}

const actionsLogger: Logger = {
  info: message => core.info(message),
  warning: message => core.warning(message),
  group: (name, fn) => core.group(name, fn)
}

export async function run(): Promise<void> {
  try {
    const settings = getSettings()
    if (settings.githubToken) core.setSecret(settings.githubToken)
    const cwd = process.cwd()
    core.info(`bump=${settings.bump} dry_run=${settings.dryRun} severity=${settings.severity || '(none)'} push=${settings.push}`)
    const result = await runRelease(settings, {
      git: new ExecGit(cwd),
      files: new LocalFiles(cwd),
      log: actionsLogger,
      env: {
        serverUrl: process.env.GITHUB_SERVER_URL,
        repository: process.env.GITHUB_REPOSITORY,
        now: releaseDate(process.env)
      }
    })
    for (const [name, value] of Object.entries(outputsOf(result, settings.severity))) core.setOutput(name, value)
    if (result.plan.released) {
      core.exportVariable('NEW_VERSION', result.plan.version)
      core.exportVariable('VERSION', result.plan.version)
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderSummary({
        plan: result.plan,
        dryRun: settings.dryRun,
        severity: settings.severity,
        notesFile: result.notesFile,
        commitSha: result.commitSha,
        pushed: result.pushed,
        resumed: result.resumed,
        gatesNote: gatesNote(settings)
      })).write()
    }
    core.info(result.plan.released ? `${settings.dryRun ? 'Would release' : 'Released'} ${result.plan.tag}: ${result.plan.reason}` : `No release: ${result.plan.reason}`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (!isConfigurationError(error) && error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(isConfigurationError(error) ? message : `Unexpected error (please report it): ${message}`)
  }
}
