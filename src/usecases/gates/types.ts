import { GitHubApiError } from '../../core/errors.js'
import type { GatesConfig, GateSpec } from '../../core/gates/defaults.js'
import type { GateResult } from '../../core/gates/types.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'
import type { Settings } from '../../core/config/settings.js'
import type { CommandRunner, FileReader, GitHubGatesApi, GitReader, GitRemoteReader, Logger } from '../ports.js'

/** The settings the gates read. */
/** `sections`: the configuration file's blocks, whose release_gates is used when gates_config is not given. */
export type GateSettings = Pick<Settings, 'gates' | 'gatesConfig' | 'baseBranch' | 'severity' | 'releaseNotesFile'> &
  Partial<Pick<Settings, 'sections' | 'migrationGuide'>>

export interface GateDeps {
  /** The gates read the local clone; none writes. */
  git: GitReader
  /** Origin's branch, for up_to_date: null where the run does not read origin (up_to_date is then skipped). */
  remote: Pick<GitRemoteReader, 'remoteBranch'> | null
  /** Fetches origin's branch when HEAD lacks it: null where the run fetches nothing (a preview, the offline CLI). */
  fetch: Pick<GitRemoteReader, 'fetchObjects'> | null
  files: FileReader
  commands: CommandRunner
  /** null without a token or repository: the API-backed gates fail saying so. */
  github: GitHubGatesApi | null
  log: Logger
  cwd: string
  /** GITHUB_RUN_ID: this run's own check runs are not waited for. */
  runId?: string
}

export interface GateInput {
  plan: ReleasePlan
  head: string
  /** The branch being released (a hotfix branch is compared with its own remote copy, not main). */
  branch: string | null
  /** Files holding this release's own edits from an earlier run that stopped before its commit. */
  written?: string[]
}

/** A validation gate: one file under src/usecases/gates/ each, listed in GATES. */
export interface Gate<P> extends GateSpec {
  /** In the default slow_gates: severity critical skips it. */
  slow?: boolean
  /** Runs when neither the gates input nor a configuration says which gates run. */
  byDefault?: boolean
  /** Whether the configuration asks for it besides required_checks. */
  impliedBy?: (config: GatesConfig) => boolean
  /** Its parameters: its block of the configuration (as written) with its defaults. */
  params: (raw: Record<string, unknown>, config: GatesConfig, settings: GateSettings) => P
  run: (params: P, input: GateInput, deps: GateDeps) => Promise<GateResult>
}

/** A gate with its parameter type erased, as the registry holds it. */
export interface RegisteredGate extends GateSpec {
  slow: boolean
  byDefault: boolean
  impliedBy?: (config: GatesConfig) => boolean
  params: (raw: Record<string, unknown>, config: GatesConfig, settings: GateSettings) => unknown
  check: (config: GatesConfig, settings: GateSettings, input: GateInput, deps: GateDeps) => Promise<GateResult>
}

export function defineGate<P>(gate: Gate<P>): RegisteredGate {
  return {
    name: gate.name,
    aliases: gate.aliases,
    schema: gate.schema,
    slow: gate.slow ?? false,
    byDefault: gate.byDefault ?? false,
    impliedBy: gate.impliedBy,
    params: gate.params,
    check: (config, settings, input, deps) =>
      gate.run(gate.params(config.params[gate.name] ?? {}, config, settings), input, deps)
  }
}

/** A failed GitHub call as a gate's reason. */
export function apiFailure(error: unknown): string {
  return error instanceof GitHubApiError
    ? error.message
    : `unexpected failure: ${(error as Error).message ?? String(error)}`
}

/** The report readers (XML parser included), loaded by the gates that read reports. */
export const reports = () => import('../../core/gates/reports.js')
