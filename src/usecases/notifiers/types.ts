import type { DoraMetrics } from '../../core/metrics/metrics.js'
import type { Change } from '../../core/commits/changes.js'
import type { Settings } from '../../core/config/settings.js'
import { HttpError } from '../../core/errors.js'
import type { WatchReport } from '../../core/watch/index.js'
import type { HttpClient, Logger } from '../ports.js'

export type ServiceStatus = 'sent' | 'would send' | 'failed' | 'off'

export interface JiraIssueResult {
  key: string
  status: 'updated' | 'would update' | 'failed'
  detail: string
}

/** What one service did: its status, one line of detail, the items it touched and the payload. */
export interface ServiceReport {
  status: ServiceStatus
  detail: string
  /** The issues a tracker updated (JIRA); [] for the others. */
  issues: JiraIssueResult[]
  payload?: unknown
}

/** The release being told about. */
export interface ReleaseInfo {
  tag: string
  version: string
  hotfix: boolean
  /** The changes it ships (the notes' entries). */
  changes: Change[]
}

export interface NotifyInput {
  /** null in mode metrics: no release. */
  release: ReleaseInfo | null
  metrics: DoraMetrics | null
  /** Messages of the released commits (JIRA keys are taken from them). */
  messages: string[]
  repository: string | null
  releaseUrl: string | null
  compareUrl: string | null
  now: Date
}

/** After a release: the release is known. */
export type ReleaseNotifyInput = NotifyInput & { release: ReleaseInfo }

export interface GateFailureInput {
  tag: string
  failures: Array<{ gate: string; reason: string }>
  repository: string | null
  runUrl: string | null
}

/** A release watch that fired: the report with its numbers, and what was done. */
export interface WatchNotifyInput {
  repository: string | null
  report: WatchReport
  /** What was done, in one line (the issue opened, the rollback). */
  action: string
  /** The issue or the workflow run. */
  link: string | null
}

export interface NotifyDeps {
  http: HttpClient
  log: Logger
}

/**
 * A service told about releases. Each hook is optional: `release` after a release (or its dry run),
 * `metrics` after mode metrics, `gateFailure` when the release gates stop a release.
 */
export interface Notifier {
  /** The key of its report (`report.slack`), lower case. */
  id: string
  /** Its name in the job summary. */
  name: string
  /**
   * Its configuration checked before the release is made (throws a ConfigurationError): what would
   * fail only after the push must fail before the commit.
   */
  check?: (settings: Settings) => void
  /** Whether the release needs the released commits' messages (read only then). */
  needsMessages?: (settings: Settings) => boolean
  release?: (settings: Settings, input: ReleaseNotifyInput, deps: NotifyDeps) => Promise<ServiceReport>
  metrics?: (settings: Settings, input: NotifyInput, deps: NotifyDeps) => Promise<ServiceReport>
  gateFailure?: (settings: Settings, input: GateFailureInput, deps: NotifyDeps) => Promise<ServiceReport>
  /** mode: watch fired (once: when the issue is opened or the rollback is made). */
  watch?: (settings: Settings, input: WatchNotifyInput, deps: NotifyDeps) => Promise<ServiceReport>
}

export function off(detail: string): ServiceReport {
  return { status: 'off', detail, issues: [] }
}

export function failure(error: unknown): string {
  return error instanceof HttpError ? error.message : ((error as Error).message ?? String(error))
}
