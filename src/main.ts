import * as core from '@actions/core'
import { ConfigurationError, describeFailure } from './core/errors.js'
import { parseSettings, secretsOf, type InputReader, type Settings } from './core/settings.js'
import { actionsArtifact } from './adapters/artifact.js'
import { loadSettings, runMode } from './compose.js'
import type { Logger } from './usecases/ports.js'

/** Reads an input (undefined when it was not given at all). */
function inputOf(env: NodeJS.ProcessEnv): InputReader {
  return name => {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
    return env[key] === undefined ? undefined : core.getInput(name)
  }
}

/** Reads every input once into the typed settings, without the configuration file. */
export function getSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return parseSettings(inputOf(env))
}

const actionsLogger: Logger = {
  info: message => core.info(message),
  warning: message => core.warning(message),
  group: (name, fn) => core.group(name, fn)
}

/** The action: inputs → settings → the mode's handler → outputs, variables, annotations, summary. */
export async function run(
  env: NodeJS.ProcessEnv = process.env,
  cwd = env.GITHUB_WORKSPACE || process.cwd()
): Promise<void> {
  try {
    const loaded = loadSettings(inputOf(env), cwd)
    const { settings } = loaded
    for (const secret of secretsOf(settings)) core.setSecret(secret)
    core.info(
      `mode=${settings.mode} bump=${settings.bump} dry_run=${settings.dryRun} severity=${settings.severity || '(none)'} push=${settings.push}`
    )
    const result = await runMode(settings, cwd, env, { log: actionsLogger, artifact: actionsArtifact }, loaded)
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value)
    for (const [name, value] of Object.entries(result.variables)) core.exportVariable(name, value)
    for (const { level, message, title, file, line } of result.annotations)
      core[level](message, { title, file, startLine: line })
    if (env.GITHUB_STEP_SUMMARY && result.summary) await core.summary.addRaw(result.summary).write()
    if (result.failure) throw new ConfigurationError(result.failure)
    core.info(result.message)
  } catch (error) {
    const failure = describeFailure(error)
    if (failure.stack) core.debug(failure.stack)
    core.setFailed(failure.message)
  }
}
