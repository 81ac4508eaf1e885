/**
 * The types of the modes: what a mode may use (Services), what it reports (ModeResult), and what the
 * registry says of each mode (ModeDefinition). The handlers import their types from here only, so the
 * registry (index.ts) and the handlers don't import each other.
 */
import type { OutputName } from '../../core/config/inputs.js'
import type { Mode, Settings } from '../../core/config/settings.js'
import type {
  ArtifactUploader,
  CommandRunner,
  FileStore,
  LocalGit,
  GitDataApi,
  GitRemoteReader,
  GitRemoteWriter,
  GitHubGatesApi,
  GitHubPublisher,
  GitHubReleases,
  HttpClient,
  Logger,
  PullRequestApi,
  SideFiles
} from '../ports.js'
import type { ReleaseEnvironment } from '../release/index.js'
import type { ReleasePullApi } from '../release-pr/ports.js'
import type { GitHubWatchApi } from '../watch/ports.js'

/** Where the run happens: the repository on the server, the branch, the actor, the clock, the run. */
export interface RunEnvironment extends ReleaseEnvironment {
  /** GITHUB_RUN_ID: for the run's link, and so the tests gate skips this run's own checks. */
  runId?: string
}

/** Everything a mode may use, built once per run by the composition root (src/compose.ts). */
export interface Services {
  cwd: string
  git: LocalGit
  /** Reads of origin (ls-remote, fetch): null where the run stays offline (the CLI without --online or --push). */
  remote?: GitRemoteReader | null
  /** Pushes to origin: null where the run may not push (the CLI without --push). */
  origin?: GitRemoteWriter | null
  /** The CLI's plan: the release is planned and reported, never applied (not even the notes file). */
  planOnly?: boolean
  files: FileStore
  /** Files for later steps outside the workspace (RUNNER_TEMP); absent: the workspace, as before (tests). */
  sideFiles?: SideFiles
  commands: CommandRunner
  http: HttpClient
  artifact: ArtifactUploader
  log: Logger
  /**
   * Takes the run's secrets and token-shaped text out of what goes to another service (src/core/text/secrets.ts);
   * absent: token-shaped text only.
   */
  scrub?: (text: string) => string
  env: RunEnvironment
  /** null without a token or a repository. */
  github: {
    releases: GitHubReleases | null
    gates: GitHubGatesApi | null
    publisher: GitHubPublisher | null
    /** The Git Data API, for release_commit: api. */
    gitData?: GitDataApi | null
    /** Pull requests, their comments and checks, for mode: preview. */
    pulls?: PullRequestApi | null
    /** mode: watch's alerts and issues. */
    watch?: GitHubWatchApi | null
    /** mode: release_pr's branch and pull request. */
    releasePulls?: ReleasePullApi | null
  }
  /** The workflow event: GITHUB_EVENT_NAME and the payload of GITHUB_EVENT_PATH (read when asked). */
  event?: () => { name: string | undefined; payload: unknown }
  toolVersion: string
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title?: string
  file?: string
  line?: number
}

/** What a mode reports; the action writes it as outputs, summary and annotations, the CLI prints it. */
/** Outputs by name: only outputs of the table (action.yml) type-check. */
export type Outputs = Partial<Record<OutputName, string>>

export interface ModeResult {
  outputs: Outputs
  /** Markdown for the job summary. */
  summary: string
  annotations: Annotation[]
  /** Environment variables for later steps (NEW_VERSION, VERSION, SKIP_SLOW_TESTS). */
  variables: Record<string, string>
  /** The closing log line. */
  message: string
  /** The CLI's text, line by line. */
  report: string[]
  /** Set when the run fails as a result, not an exception: the gates stopped the release. */
  failure?: string
}

export type ModeHandler = (settings: Settings, services: Services) => Promise<ModeResult>

/** A command of the CLI that runs a mode (`fastvlm-release <name>`). */
export interface CliCommand {
  name: string
  /** Its argument: none, a VERSION it needs, or a VERSION it may take. */
  args: '' | 'VERSION' | '[VERSION]'
  /** The usage's line. */
  about: string
  /** Always a dry run that writes no file into the repository (the notes are in the report): `plan`. */
  preview?: boolean
  /** What the command changes on the remote when it is not a dry run: it then needs --push. */
  remote?: string
}

/**
 * One mode, as the registry (index.ts) holds it: from it come the Mode names the action takes, the
 * run lock, the CLI's commands and usage, and the dispatch. The handler is loaded when the mode runs
 * (a dynamic import), so a run of one mode does not load the code of the others.
 */
export interface ModeDefinition<M extends Mode = Mode> {
  name: M
  /** The mode input's meaning, in a few words. */
  about: string
  /**
   * It changes the repository, the remote or a release: one such run at a time per clone (the run
   * lock, unless it is a dry run).
   */
  writes: boolean
  /** Its CLI commands (none: the mode is the action's only). */
  cli: readonly CliCommand[]
  /** Every output it may set. */
  outputs: readonly OutputName[]
  /** Its handler, loaded when the mode runs. */
  load(): Promise<ModeHandler>
}
