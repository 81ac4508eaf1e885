/** What several modes report alike: the gates as annotations, the metrics output, the notifiers' summary. */
import type { DoraMetrics } from '../../core/metrics/metrics.js'
import type { GatesReport } from '../../core/gates/types.js'
import type { Settings } from '../../core/config/settings.js'
import { renderNotifySummary } from '../../core/notes/summary.js'
import { servicesOf, type NotifyReport } from '../notifiers/notify.js'
import { METRICS_FILE } from '../paths.js'
import type { FileStore } from '../ports.js'
import type { PublishDeps } from '../publish/publish.js'
import type { Annotation, Outputs, RunEnvironment, Services } from './types.js'

export function publishDeps(services: Services): PublishDeps {
  return {
    files: services.files,
    github: services.github.publisher,
    artifact: services.artifact,
    log: services.log,
    toolVersion: services.toolVersion
  }
}

export function repoUrl(env: RunEnvironment): string | null {
  return env.serverUrl && env.repository ? `${env.serverUrl}/${env.repository}` : null
}

/** The gates' failures as annotations, each finding at its file and line. */
export function gateAnnotations(report: GatesReport | null): Annotation[] {
  const annotations: Annotation[] = []
  for (const gate of report?.results ?? []) {
    if (gate.status !== 'fail') continue
    annotations.push({
      level: 'error',
      message: `${gate.gate}: ${gate.reason}`,
      title: `Release gate ${gate.gate} failed`
    })
    for (const note of gate.annotations) {
      annotations.push({
        level: note.level,
        message: note.message,
        title: `Release gate ${gate.gate}`,
        file: note.file,
        line: note.line
      })
    }
  }
  return annotations
}

/** The DORA metrics: the `metrics` output, and release-metrics.json except in a dry run. */
export function metricsOutput(settings: Settings, files: FileStore, metrics: DoraMetrics): Outputs {
  if (!settings.dryRun) files.write(METRICS_FILE, `${JSON.stringify(metrics, null, 2)}\n`)
  return { metrics: JSON.stringify(metrics) }
}

export function notifySection(settings: Settings, report: NotifyReport): string {
  return renderNotifySummary({
    dryRun: settings.dryRun,
    services: servicesOf(report),
    jiraIssues: report.jira?.issues ?? []
  })
}
