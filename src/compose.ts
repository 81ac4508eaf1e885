/**
 * The composition root: builds the services of a run (one git client, one file store, the GitHub
 * clients, HTTP) for a working directory and the settings, and runs the mode's handler. The action
 * (main.ts) and the CLI (cli.ts) are thin shells over it; the one thing each brings is how it logs
 * and whether it can upload workflow artifacts.
 */
import { layered, overrideLines, sectionsOf, type Override } from './core/config/layering.js'
import { existsSync } from 'node:fs'
import { ConfigurationError, OfflineError } from './core/errors.js'
import { DEFAULTS } from './core/config/inputs.js'
import type { Scrub } from './core/text/secrets.js'
import { configPathFrom, parseSettings, type InputReader, type Settings } from './core/config/settings.js'
import { GATES } from './usecases/gates/index.js'
import { shellRunner } from './adapters/commands.js'
import { Workspace, workspaceRoot } from './adapters/confine.js'
import { sideFilesIn } from './adapters/side-files.js'
import { LocalFiles } from './adapters/files.js'
import { ExecGit } from './adapters/git.js'
import {
  apiUrlFrom,
  OctokitGates,
  OctokitGitData,
  OctokitPublisher,
  OctokitPulls,
  OctokitReleasePulls,
  OctokitReleases,
  OctokitWatch,
  type ClientOptions
} from './adapters/github/index.js'
import { readEvent } from './adapters/event.js'
import { fetchClient } from './adapters/http.js'
import { acquireRunLock, type RunLock } from './adapters/lock.js'
import { releaseDate } from './usecases/context.js'
import { checkGateNames } from './usecases/gates/run.js'
import { checkPaths } from './usecases/paths.js'
import {
  loadHandler,
  takesRunLock,
  type ModeResult,
  type RunEnvironment,
  type Services
} from './usecases/modes/index.js'
import type { ArtifactUploader, CommandRunner, FileStore, HttpClient, Logger } from './usecases/ports.js'
import { TOOL_VERSION } from './version.js'

export interface ShellOptions {
  log: Logger
  /** Takes the run's secrets out of every text (src/core/text/secrets.ts); default: nothing scrubbed. */
  scrub?: Scrub
  /** The action uploads with @actions/artifact; the CLI has no workflow to upload to. */
  artifact: ArtifactUploader
  /**
   * What the run may do over the network: `write` (the action; the CLI with --push), `read` (the
   * CLI with --online: fetch from origin, read the GitHub API) or `none` (the CLI by default).
   */
  network?: 'none' | 'read' | 'write'
  /** The CLI's plan: planned from reads only and reported, never applied (the report shows the notes). */
  preview?: boolean
  /** How the GitHub clients retry and space their calls (tests against a local server: no spacing, short delays). */
  github?: ClientOptions
  /** How the HTTP client (Datadog, Slack, Jira) waits before a retry; default: real time (tests: none). */
  sleep?: (ms: number) => Promise<void>
  /** Runs the project's commands (the tests gate); default: a shell. The CLI's plan runs none. */
  commands?: CommandRunner
}

/**
 * The run's files and commands, each write or command followed by `forget()` of the run's git client:
 * what it keeps (the status, HEAD, the branch) is read again after the tree may have changed.
 */
function forgetting(
  files: LocalFiles,
  commands: CommandRunner,
  git: ExecGit
): { files: FileStore; commands: CommandRunner } {
  const after =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return fn(...args)
      } finally {
        git.forget()
      }
    }
  return {
    files: {
      read: file => files.read(file),
      bytes: file => files.bytes(file),
      confine: (what, file) => files.confine(what, file),
      realRelative: file => files.realRelative(file),
      list: dir => files.list(dir),
      absolute: file => files.absolute(file),
      glob: pattern => files.glob(pattern),
      write: after((file: string, text: string) => files.write(file, text)),
      writeBytes: after((file: string, data: Uint8Array) => files.writeBytes(file, data)),
      remove: after((file: string) => files.remove(file))
    },
    commands: { run: (command, options) => commands.run(command, options).finally(() => git.forget()) }
  }
}

/** An HTTP client for a run that may not send (the CLI without --push): every request is refused. */
const noNetwork: HttpClient = {
  send: () => Promise.reject(new OfflineError('This would send a request (a notifier); the CLI does only with --push.'))
}

export const NO_ARTIFACTS = 'upload_artifact needs a workflow run: use the action, or leave upload_artifact off.'

/** An uploader for where there is no workflow run: upload_artifact is then an input error. */
export const noArtifacts: ArtifactUploader = {
  upload: () => Promise.reject(new ConfigurationError(NO_ARTIFACTS))
}

/** The run's environment, from the variables the runner sets (the CLI outside Actions: USER as actor). */
export function environmentFrom(env: NodeJS.ProcessEnv): RunEnvironment {
  return {
    serverUrl: env.GITHUB_SERVER_URL,
    repository: env.GITHUB_REPOSITORY,
    refName: env.GITHUB_REF_TYPE === 'tag' ? undefined : env.GITHUB_REF_NAME,
    baseRef: env.GITHUB_BASE_REF || undefined,
    actor: env.GITHUB_ACTOR || env.USER,
    now: releaseDate(env),
    runId: env.GITHUB_RUN_ID
  }
}

/** The token: the github_token input, else GITHUB_TOKEN (the action and the CLI alike). */
export function githubToken(settings: Pick<Settings, 'githubToken'>, env: NodeJS.ProcessEnv): string {
  return settings.githubToken || env.GITHUB_TOKEN || ''
}

/** Builds every service once for this directory and these settings. */
export function buildServices(
  cwd: string,
  settings: Pick<Settings, 'githubToken' | 'releaseNotesFile'>,
  env: NodeJS.ProcessEnv,
  options: ShellOptions
): Services {
  const network = options.network ?? 'write'
  const token = network === 'none' ? '' : githubToken(settings, env)
  const repository = env.GITHUB_REPOSITORY
  const apiUrl = apiUrlFrom(env)
  const api = token && repository
  const writes = api && network === 'write'
  const scrub = options.scrub ?? ((text: string) => text)
  const log: Logger = {
    info: message => options.log.info(scrub(message)),
    warning: message => options.log.warning(scrub(message)),
    group: (name, fn) => options.log.group(scrub(name), fn)
  }
  const workspace = new Workspace(workspaceRoot(cwd, env.GITHUB_WORKSPACE))
  const files = new LocalFiles(cwd, { workspace, scrub })
  // one client configuration for every GitHub port: rate-limit waits are logged
  const client: ClientOptions = { onWait: message => log.warning(message), ...options.github }
  // one client for the run: it reads the branch, HEAD, the status and origin's URL once (until a write)
  const git = new ExecGit(cwd, scrub, true)
  const run = forgetting(files, options.commands ?? shellRunner, git)
  return {
    cwd,
    git,
    remote: network === 'none' ? null : git,
    origin: network === 'write' ? git : null,
    planOnly: options.preview ?? false,
    files: run.files,
    sideFiles: sideFilesIn(env.RUNNER_TEMP, scrub),
    commands: run.commands,
    http: network === 'write' ? fetchClient({ scrub, sleep: options.sleep }) : noNetwork,
    artifact: options.artifact,
    log,
    scrub,
    env: environmentFrom(env),
    github: {
      releases: writes ? new OctokitReleases(token, repository, apiUrl, client) : null,
      gates: api ? new OctokitGates(token, repository, apiUrl, client) : null,
      gitData: writes ? new OctokitGitData(token, repository, apiUrl, client) : null,
      watch: writes ? new OctokitWatch(token, repository, apiUrl, client) : null,
      publisher: writes ? new OctokitPublisher(token, repository, apiUrl, client.onWait, { ...client, scrub }) : null,
      pulls: writes ? new OctokitPulls(token, repository, apiUrl, scrub, client) : null,
      releasePulls: writes ? new OctokitReleasePulls(token, repository, apiUrl, scrub, client) : null
    },
    event: () => readEvent(env),
    toolVersion: TOOL_VERSION
  }
}

export interface LoadedSettings {
  settings: Settings
  /** The configuration file read, or null when there is none. */
  configFile: string | null
  /** Inputs that disagreed with the configuration file (the input won). */
  overrides: Override[]
}

/**
 * The settings of a run: the inputs, over the configuration file of the repository in `cwd`
 * (.github/release-action.yml, or the config input), over the defaults. The file is read here, once:
 * its keys and blocks go down typed in the settings (`sections`). A value from the file that is
 * invalid is reported with the file's name.
 */
export async function loadSettings(input: InputReader, cwd: string): Promise<LoadedSettings> {
  const { path, given } = configPathFrom(input)
  // the configuration file is confined like every other path (a symlink can't lead it out)
  const files = new LocalFiles(cwd, { workspace: new Workspace(workspaceRoot(cwd, process.env.GITHUB_WORKSPACE)) })
  const text = files.read(path)
  if (text === null && existsSync(files.confine('config', path))) {
    throw new ConfigurationError(
      `The configuration path ${path} is a directory or not a regular file. Name a YAML or JSON file, such as ${DEFAULTS.config}${given ? ', in the config input' : ''}.`
    )
  }
  if (text === null && given) {
    throw new ConfigurationError(
      `Input config names ${path}, which does not exist in the repository. Fix the path, or remove the input to use ${DEFAULTS.config} when present.`
    )
  }
  // the YAML parser and the schema validator are loaded only for a file to parse
  const config =
    text === null ? null : (await import('./core/config/config-file.js')).parseConfigFile(text, path, GATES)
  const { read, overrides } = layered(input, config)
  try {
    return { settings: parseSettings(read, sectionsOf(config)), configFile: config ? path : null, overrides }
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    const name = /^Input (\w+) /.exec(error.message)?.[1]
    if (
      config &&
      name &&
      input(name) === undefined &&
      config.values[name as keyof typeof config.values] !== undefined
    ) {
      throw new ConfigurationError(error.message.replace(/^Input (\w+) /, `${path}: key $1 `))
    }
    throw error
  }
}

/**
 * The run lock of the clone `cwd` is in (null outside a repository: the mode then says so). It lives in
 * the common git directory, so a worktree's run and the main checkout's run exclude each other too
 * (they share tags and branches).
 */
async function runLock(git: ExecGit): Promise<RunLock | null> {
  const dir = await git.commonDir()
  return dir ? acquireRunLock(dir) : null
}

/**
 * Runs the settings' mode in `cwd`, one writing run at a time per clone; inputs that won over the
 * configuration file are reported.
 */
export async function runMode(
  settings: Settings,
  cwd: string,
  env: NodeJS.ProcessEnv,
  options: ShellOptions,
  loaded: Pick<LoadedSettings, 'configFile' | 'overrides'> = { configFile: null, overrides: [] }
): Promise<ModeResult> {
  checkGateNames(settings.gates) // the gates' registry knows the names: fail before anything is read
  const services = buildServices(cwd, settings, env, options)
  await checkPaths(settings, services.files, services.git) // every path inside the workspace, before anything is touched
  const handler = await loadHandler(settings.mode) // the code of this mode only
  // the run's git client: its answers (the common git folder too) and its batch reader, closed after the run
  const git = services.git instanceof ExecGit ? services.git : new ExecGit(cwd)
  let result: ModeResult
  try {
    const lock = takesRunLock(settings.mode, settings.dryRun) ? await runLock(git) : null
    try {
      result = await handler(settings, services)
    } finally {
      await lock?.release()
    }
  } finally {
    git.close()
  }
  if (loaded.configFile && loaded.overrides.length > 0) {
    const lines = overrideLines(loaded.overrides, loaded.configFile)
    result.summary = `${result.summary}\n### Configuration\n\n${lines.map(line => `- ${line}`).join('\n')}\n`
    result.report.push(...lines)
    for (const line of lines)
      result.annotations.push({ level: 'notice', title: 'Input over configuration file', message: line })
  }
  return result
}
