import { parseArgs, type ParseArgsConfig } from 'node:util'
import { ConfigurationError, describeFailure } from './core/errors.js'
import { INPUT_NAMES, INPUTS, type InputName, type InputSpec } from './core/config/inputs.js'
import { scrubberFor, type Scrub } from './core/text/secrets.js'
import { secretInputs } from './core/config/settings.js'
import { existsSync, statSync } from 'node:fs'
import { silentLogger, stderrLogger } from './adapters/logger.js'
import { loadSettings, NO_ARTIFACTS, noArtifacts, runMode } from './compose.js'
import { CLI_COMMANDS } from './usecases/modes/index.js'
import { componentNamed } from './core/components/target.js'
import { commandsNotRun } from './usecases/modes/plan-view.js'
import { TOOL_VERSION } from './version.js'

/** The commands, from the registry of modes: each sets mode, dry_run and version as the action's inputs would. */
const COMMANDS = new Map(CLI_COMMANDS.map(command => [command.name, command]))

const flag = (name: string) => name.replace(/_/g, '-')
const spec = (name: InputName): InputSpec => INPUTS[name]
const FLAG_INPUTS = INPUT_NAMES.filter(name => ['string', 'boolean'].includes(spec(name).cli))
const ENV_INPUTS = INPUT_NAMES.filter(name => spec(name).cli === 'env')

/** Every flag: one per input of the table, and the CLI's own. */
const OPTIONS: ParseArgsConfig['options'] = {
  ...Object.fromEntries(FLAG_INPUTS.map(name => [flag(name), { type: spec(name).cli as 'string' | 'boolean' }])),
  'dry-run': { type: 'boolean' },
  hotfix: { type: 'boolean' },
  component: { type: 'string' },
  json: { type: 'boolean' },
  online: { type: 'boolean' },
  'run-commands': { type: 'boolean' },
  version: { type: 'boolean', short: 'V' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  C: { type: 'string', short: 'C' }
}

function usage(): string {
  const hint = (name: InputName) => {
    const { cli, choices } = spec(name)
    if (cli === 'boolean') return `--${flag(name)}`
    return `--${flag(name)} ${choices ? choices.filter(Boolean).join('|') : name.toUpperCase().replace(/_/g, '-')}`
  }
  return [
    `Usage: fastvlm-release [${CLI_COMMANDS.map(command => command.name).join('|')}] [options]`,
    '',
    ...CLI_COMMANDS.map(command => `  ${`${command.name} ${command.args}`.padEnd(20)}${command.about}`),
    '',
    "Options (the action's inputs; a boolean flag has a --no- form):",
    ...FLAG_INPUTS.map(name => `  ${hint(name).padEnd(39)} ${spec(name).doc.replace(/`/g, '')}`),
    `  ${'--dry-run'.padEnd(40)}preview (apply, rollback, publish, metrics, migration-guide)`,
    `  ${'--hotfix'.padEnd(40)}a hotfix release (also on hotfix/* branches)`,
    `  ${'--component NAME'.padEnd(40)}with components: the one a hotfix, release line, plan or rollback acts on`,
    `  ${'--online'.padEnd(40)}read origin (up_to_date) and the GitHub API; without it nothing goes over the network`,
    `  ${'--run-commands'.padEnd(40)}plan: run the project's commands (the tests gate); without it none runs`,
    `  ${'-C DIR'.padEnd(40)}run in DIR instead of the current directory`,
    `  ${'--json'.padEnd(40)}print the outputs as JSON on stdout`,
    `  ${'-q, --quiet'.padEnd(40)}no progress on stderr`,
    `  ${'-V, --version'.padEnd(40)}the version of this tool`,
    `  ${'-h, --help'.padEnd(40)}this text`,
    '',
    `From the environment: ${ENV_INPUTS.map(name => name.toUpperCase()).join(', ')}; GITHUB_REPOSITORY and`,
    'GITHUB_API_URL for the GitHub API.',
    '',
    'plan writes nothing into the repository, uses no network, runs no command of the project (unless',
    '--run-commands) and prints the plan whatever the gates say. Nothing touches a remote (a push,',
    'a tag deleted on origin, a GitHub release, a notifier) without --push. The configuration file',
    '(.github/release-action.yml) is read; a flag wins over it.'
  ].join('\n')
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** The inputs a command line gives, by input name (undefined: not given, so the default). */
function inputsFrom(
  values: Record<string, string | boolean | undefined>,
  command: (typeof CLI_COMMANDS)[number],
  version: string | undefined,
  env: NodeJS.ProcessEnv
): Record<string, string | undefined> {
  const given: Record<string, string | undefined> = {}
  for (const name of FLAG_INPUTS) {
    const value = values[flag(name)]
    given[name] = value === undefined ? undefined : String(value)
  }
  for (const name of ENV_INPUTS) given[name] = env[name.toUpperCase()]
  given.mode = command.mode === 'release' && values.hotfix ? 'hotfix' : command.mode
  given.dry_run = command.preview || values['dry-run'] ? 'true' : 'false'
  given.version = version
  return given
}

/** parseArgs's errors, in this tool's words. */
function argumentError(error: Error & { code?: string }): string {
  const option = /'(-{1,2}[^'\s]+)/.exec(error.message)?.[1] ?? ''
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}. The options are listed by fastvlm-release --help.`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message)
        ? `option ${option} needs a value, such as ${option} VALUE.`
        : `option ${option} takes no value (a switch: ${option}, or ${option.replace(/^--/, '--no-')}).`
    default:
      return `${error.message}. See fastvlm-release --help.`
  }
}

/** --component NAME: the component a mode acting on one acts on (checked against the components when used). */
function withComponent(
  settings: Awaited<ReturnType<typeof loadSettings>>['settings'],
  values: Record<string, string | boolean | undefined>
): typeof settings.sections {
  const name = values.component
  if (typeof name !== 'string') return settings.sections
  if (!settings.sections.components)
    throw new ConfigurationError(
      `--component ${name}: this repository has no components block in its configuration file, so there is one package and nothing to name. Leave --component out.`
    )
  componentNamed(settings.sections.components, name, `--component ${name}`)
  return { ...settings.sections, component: name }
}

/** Commands that would change a remote need --push (a dry run is a preview and needs none). */
function refuseRemoteWithoutPush(
  command: { remote?: string },
  settings: { dryRun: boolean; createRelease: boolean },
  push: boolean
): void {
  if (push || settings.dryRun) return
  const what = command.remote ?? (settings.createRelease ? 'create_release creates the GitHub release' : null)
  if (what) throw new ConfigurationError(`${what}: add --push to let it change the remote, or --dry-run to preview.`)
}

/** The outputs for --json: JSON-valued outputs (assets, gates, metrics …) nested as objects. */
function nested(outputs: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(outputs).map(([name, value]) => {
      if (/^\s*[[{]/.test(value)) {
        try {
          return [name, JSON.parse(value) as unknown]
        } catch {
          return [name, value]
        }
      }
      return [name, value]
    })
  )
}

export async function cli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, allowNegative: true, options: OPTIONS })
  } catch (error) {
    return { code: 2, stdout: '', stderr: `error: ${argumentError(error as Error & { code?: string })}\n` }
  }
  const { positionals } = parsed
  const values = parsed.values as Record<string, string | boolean | undefined>
  if (values.help) return { code: 0, stdout: `${usage()}\n`, stderr: '' }
  if (values.version) return { code: 0, stdout: `fastvlm-release ${TOOL_VERSION}\n`, stderr: '' }
  const command = COMMANDS.get(positionals[0] ?? 'plan')
  const wanted = command?.args === 'VERSION' ? [2, 2] : command?.args === '[VERSION]' ? [1, 2] : [0, 1]
  if (!command) {
    return {
      code: 2,
      stdout: '',
      stderr: `error: unknown command "${positionals[0]}". Commands: ${CLI_COMMANDS.map(known => known.name).join(', ')} (fastvlm-release --help).\n`
    }
  }
  if (positionals.length < wanted[0] || positionals.length > wanted[1]) {
    const name = positionals[0]
    const takes = command.args === '' ? 'takes no argument' : `takes ${command.args}`
    return {
      code: 2,
      stdout: '',
      stderr: `error: ${name} ${takes}, such as: fastvlm-release ${name}${command.args ? ' 1.3.0' : ''}${positionals.length > wanted[1] ? ` (got ${positionals.slice(1).join(' ')})` : ''}.\n`
    }
  }
  let report: string[] = []
  let scrub: Scrub = text => text
  try {
    const given = inputsFrom(values, command, positionals[1], env)
    scrub = scrubberFor(secretInputs(name => given[name], env.GITHUB_TOKEN))
    const cwd = (values.C as string | undefined) ?? process.cwd()
    if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
      throw new ConfigurationError(
        `-C ${cwd}: no such directory. Name the directory of the repository to release (a clone), or leave -C out to use the current directory.`
      )
    }
    const loaded = await loadSettings(name => given[name], cwd)
    // nothing touches a remote without --push, whatever the configuration file says
    const settings = {
      ...loaded.settings,
      push: values.push === true,
      sections: withComponent(loaded.settings, values)
    }
    if (settings.uploadArtifact) throw new ConfigurationError(NO_ARTIFACTS) // refused before anything is done
    refuseRemoteWithoutPush(command, settings, values.push === true)
    const log = values.quiet || values.json ? silentLogger : stderrLogger
    const network = values.push ? 'write' : values.online ? 'read' : 'none'
    const preview = command.preview === true
    // plan runs no command of the project unless asked: its gates show what they would decide
    const commands = preview && values['run-commands'] !== true ? commandsNotRun : undefined
    const result = await runMode(
      settings,
      cwd,
      env,
      { log, artifact: noArtifacts, network, preview, scrub, commands },
      loaded
    )
    report = result.report
    if (result.failure && !values.json) throw new ConfigurationError(result.failure)
    const stdout = values.json ? JSON.stringify(nested(result.outputs), null, 2) : result.report.join('\n')
    // --json always prints the outputs, those of a run the gates stopped too (its error on stderr)
    const stderr = result.failure ? `error: ${result.failure}\n` : ''
    return { code: result.failure ? 1 : 0, stdout: scrub(`${stdout}\n`), stderr: scrub(stderr) }
  } catch (error) {
    const failure = describeFailure(error)
    const prefix = report.length > 0 ? `${report.join('\n')}\n` : ''
    const message = `${failure.userError ? 'error: ' : ''}${failure.message}`
    return {
      code: 1,
      // --json always prints: a run that failed before its outputs says so in its JSON too
      stdout: values.json ? scrub(`${JSON.stringify({ released: 'false', error: failure.message }, null, 2)}\n`) : '',
      stderr: scrub(`${prefix}${message}\n`)
    }
  }
}

/** Runs the CLI when this module is the program (the bundle's entry). */
export async function main(): Promise<void> {
  const result = await cli(process.argv.slice(2))
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  process.exitCode = result.code
}
