// the runner's commands and files, as @actions/core writes them, without loading it (adapters/runner.ts)
import * as core from './adapters/runner.js'
import * as path from 'node:path'
import { ConfigurationError, describeFailure } from './core/errors.js'
import { scrubberFor, secretParts, type Scrub } from './core/text/secrets.js'
import { parseSettings, secretInputs, type InputReader, type Settings } from './core/config/settings.js'
import { actionsArtifact } from './adapters/artifact.js'
import { loadSettings, runMode, type ShellOptions } from './compose.js'
import type { ModeResult } from './usecases/modes/types.js'
import { madeByRun } from './usecases/outputs.js'
import type { Logger } from './usecases/ports.js'

/** The raw inputs: undefined when an input was not given at all. */
function inputReader(env: NodeJS.ProcessEnv): InputReader {
  return name => {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
    return env[key] === undefined ? undefined : core.getInput(name)
  }
}

/** Reads every input once into the typed settings, without the configuration file. */
export function getSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return parseSettings(inputReader(env))
}

/**
 * The run's secrets, read before anything else: each part is masked by the runner in the log, and
 * the scrubber takes them out of what the runner does not mask (the job summary, outputs, files).
 */
function secretsScrubber(env: NodeJS.ProcessEnv): Scrub {
  const secrets = secretInputs(inputReader(env), env.GITHUB_TOKEN)
  for (const { value, user } of secrets) for (const part of secretParts(value, user)) core.setSecret(part)
  return scrubberFor(secrets)
}

function actionsLogger(scrub: Scrub): Logger {
  return {
    info: message => core.info(scrub(message)),
    warning: message => core.warning(scrub(message)),
    group: (name, fn) => core.group(scrub(name), fn)
  }
}

/**
 * Where the action works: the current directory when it lies in GITHUB_WORKSPACE (a checkout into a
 * subfolder), else GITHUB_WORKSPACE (a runner such as @github/local-action starts elsewhere).
 */
function runDirectory(env: NodeJS.ProcessEnv): string {
  const here = process.cwd()
  const workspace = env.GITHUB_WORKSPACE
  if (!workspace) return here
  const relative = path.relative(path.resolve(workspace), here)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative)) ? here : workspace
}

/** A failure's own words: a user error's advice, else the error's message (no "Unexpected error": the step names what to do). */
function failureText(error: unknown): string {
  const described = describeFailure(error)
  const text = described.userError ? described.message : error instanceof Error ? error.message : String(error)
  return text.replace(/\.?$/, '.')
}

/** What the runner keeps of a run: outputs (GITHUB_OUTPUT), variables (GITHUB_ENV), annotations, the job summary. */
async function report(result: ModeResult, env: NodeJS.ProcessEnv, scrub: Scrub): Promise<void> {
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, scrub(value))
  for (const [name, value] of Object.entries(result.variables)) core.exportVariable(name, scrub(value))
  for (const { level, message, title, file, line } of result.annotations)
    core[level](scrub(message), { title: title && scrub(title), file, startLine: line })
  if (env.GITHUB_STEP_SUMMARY && result.summary) await core.appendSummary(scrub(result.summary))
}

/**
 * The action: inputs → settings → the mode's handler → outputs, variables, annotations, summary.
 * `options`: how the GitHub clients retry and space their calls, how the HTTP client waits before a
 * retry (tests against local servers wait for nothing; the action itself runs with the defaults).
 */
export async function run(
  env: NodeJS.ProcessEnv = process.env,
  cwd = runDirectory(env),
  options: Pick<ShellOptions, 'github' | 'sleep'> = {}
): Promise<void> {
  let scrub: Scrub = text => text
  try {
    scrub = secretsScrubber(env)
    const loaded = await loadSettings(inputReader(env), cwd)
    const { settings } = loaded
    core.info(
      `mode=${settings.mode} bump=${settings.bump} dry_run=${settings.dryRun} severity=${settings.severity || '(none)'} push=${settings.push}`
    )
    const result = await runMode(
      settings,
      cwd,
      env,
      { log: actionsLogger(scrub), artifact: actionsArtifact, scrub, github: options.github, sleep: options.sleep },
      loaded
    )
    await report(result, env, scrub).catch((error: unknown) => {
      // past the point of no return: the failure names what was made and the rerun that finishes it
      const made = madeByRun(result.outputs)
      if (!made) throw error
      throw new ConfigurationError(
        `${made.made}, but writing the step's outputs, variables or summary failed: ${failureText(error)} ${made.rerun}`
      )
    })
    if (result.failure) throw new ConfigurationError(result.failure)
    core.info(scrub(result.message))
  } catch (error) {
    const failure = describeFailure(error)
    if (failure.stack) core.debug(scrub(failure.stack))
    core.setFailed(scrub(failure.message))
  }
}
