/**
 * The composition root: builds the services of a run (one git client, one file store, the GitHub
 * clients, HTTP) for a working directory and the settings, and runs the mode's handler. The action
 * (main.ts) and the CLI (cli.ts) are thin shells over it; the one thing each brings is how it logs
 * and whether it can upload workflow artifacts.
 */
import { ConfigurationError } from './core/errors.js'
import type { Settings } from './core/settings.js'
import { shellRunner } from './adapters/commands.js'
import { LocalFiles } from './adapters/files.js'
import { ExecGit } from './adapters/git.js'
import { OctokitGates, OctokitPublisher, OctokitReleases } from './adapters/github.js'
import { fetchClient } from './adapters/http.js'
import { acquireRunLock, type RunLock } from './adapters/lock.js'
import { releaseDate } from './usecases/context.js'
import { checkGateNames } from './usecases/gates.js'
import { MODES, type ModeResult, type RunEnvironment, type Services } from './usecases/modes.js'
import type { ArtifactUploader, Logger } from './usecases/ports.js'
import { TOOL_VERSION } from './version.js'

export interface ShellOptions {
  log: Logger
  /** The action uploads with @actions/artifact; the CLI has no workflow to upload to. */
  artifact: ArtifactUploader
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
  settings: Pick<Settings, 'githubToken'>,
  env: NodeJS.ProcessEnv,
  options: ShellOptions
): Services {
  const token = githubToken(settings, env)
  const repository = env.GITHUB_REPOSITORY
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com'
  const api = token && repository
  return {
    cwd,
    git: new ExecGit(cwd),
    files: new LocalFiles(cwd),
    commands: shellRunner,
    http: fetchClient(),
    artifact: options.artifact,
    log: options.log,
    env: environmentFrom(env),
    github: {
      releases: api ? new OctokitReleases(token, repository, apiUrl) : null,
      gates: api ? new OctokitGates(token, repository, apiUrl) : null,
      publisher: api ? new OctokitPublisher(token, repository, apiUrl, message => options.log.warning(message)) : null
    },
    toolVersion: TOOL_VERSION
  }
}

/** Modes that change the repository, the remote or a release: one such run at a time per clone. */
const WRITING_MODES: ReadonlySet<Settings['mode']> = new Set(['release', 'hotfix', 'rollback', 'publish'])

/**
 * The run lock of the clone `cwd` is in (null outside a repository: the mode then says so). It lives in
 * the common git directory, so a worktree's run and the main checkout's run exclude each other too
 * (they share tags and branches).
 */
async function runLock(cwd: string): Promise<RunLock | null> {
  const dir = await new ExecGit(cwd).commonDir()
  return dir ? acquireRunLock(dir) : null
}

/** Runs the settings' mode in `cwd`. */
export async function runMode(
  settings: Settings,
  cwd: string,
  env: NodeJS.ProcessEnv,
  options: ShellOptions
): Promise<ModeResult> {
  checkGateNames(settings.gates) // the gates' registry knows the names: fail before anything is read
  const services = buildServices(cwd, settings, env, options)
  const lock = WRITING_MODES.has(settings.mode) && !settings.dryRun ? await runLock(cwd) : null
  try {
    return await MODES[settings.mode](settings, services)
  } finally {
    await lock?.release()
  }
}
