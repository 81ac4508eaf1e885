import type { Settings } from '../../core/config/settings.js'
import { NOTIFIERS } from './index.js'
import type {
  GateFailureInput,
  NotifyDeps,
  NotifyInput,
  ReleaseNotifyInput,
  ServiceReport,
  WatchNotifyInput
} from './types.js'

export type {
  GateFailureInput,
  JiraIssueResult,
  NotifyDeps,
  NotifyInput,
  ReleaseInfo,
  ReleaseNotifyInput,
  ServiceReport,
  ServiceStatus
} from './types.js'

/** Each notifier's report, by its id (`report.slack`), in the registry's order. */
export type NotifyReport = Record<string, ServiceReport>

type Hook = 'release' | 'metrics' | 'gateFailure' | 'watch'

async function tell<I>(hook: Hook, settings: Settings, input: I, deps: NotifyDeps): Promise<NotifyReport> {
  const report: NotifyReport = {}
  for (const notifier of NOTIFIERS) {
    const run = notifier[hook] as ((s: Settings, i: I, d: NotifyDeps) => Promise<ServiceReport>) | undefined
    if (run) report[notifier.id] = await run(settings, input, deps)
  }
  return report
}

/** Every notifier after a release; in a dry run, the payloads only. */
export function notifyRelease(settings: Settings, input: ReleaseNotifyInput, deps: NotifyDeps): Promise<NotifyReport> {
  return tell('release', settings, input, deps)
}

/** Mode metrics: the notifiers that take metrics (Datadog). */
export function notifyMetrics(settings: Settings, input: NotifyInput, deps: NotifyDeps): Promise<NotifyReport> {
  return tell('metrics', settings, input, deps)
}

/** The release gates stopped a release: the notifiers that report it (Slack with slack_on_failure). */
export function notifyGateFailure(
  settings: Settings,
  input: GateFailureInput,
  deps: NotifyDeps
): Promise<NotifyReport> {
  return tell('gateFailure', settings, input, deps)
}

/** mode: watch fired: the notifiers that report it (Slack), once per issue or rollback. */
export function notifyWatch(settings: Settings, input: WatchNotifyInput, deps: NotifyDeps): Promise<NotifyReport> {
  return tell('watch', settings, input, deps)
}

/** Every notifier's configuration, checked before anything is released. */
export function checkNotifiers(settings: Settings): void {
  for (const notifier of NOTIFIERS) notifier.check?.(settings)
}

/** Whether any notifier needs the released commits' messages. */
export function messagesWanted(settings: Settings): boolean {
  return NOTIFIERS.some(notifier => notifier.needsMessages?.(settings))
}

/** The summary's list of services: each notifier that ran, with its name. */
export function servicesOf(report: NotifyReport): Array<{ name: string } & ServiceReport> {
  return NOTIFIERS.filter(notifier => report[notifier.id]).map(notifier => ({
    name: notifier.name,
    ...report[notifier.id]
  }))
}
