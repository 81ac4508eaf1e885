/** What several modes report alike: the gates as annotations, the metrics output, the notifiers' summary. */
import type { DoraMetrics } from '../../core/metrics/metrics.js'
import type { GatesReport } from '../../core/gates/types.js'
import type { Settings } from '../../core/config/settings.js'
import { renderNotifySummary } from '../../core/notes/summary.js'
import { servicesOf, type NotifyReport } from '../notifiers/notify.js'
import { METRICS_FILE } from '../paths.js'
import type { FileStore, SideFiles } from '../ports.js'
import type { PublishDeps } from '../publish/publish.js'
import type { Annotation, Outputs, RunEnvironment, Services } from './types.js'

export function publishDeps(services: Services): PublishDeps {
  return {
    files: services.files,
    sideFiles: services.sideFiles,
    offline: services.planOnly,
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

/**
 * The DORA metrics: the `metrics` output, and release-metrics.json except in a dry run: a side file
 * (RUNNER_TEMP, never packaged with the project) named by `metrics_file`.
 */
export function metricsOutput(
  settings: Settings,
  files: FileStore,
  metrics: DoraMetrics,
  sideFiles?: SideFiles
): Outputs {
  const json = JSON.stringify(metrics)
  if (settings.dryRun) return { metrics: json }
  const text = `${JSON.stringify(metrics, null, 2)}\n`
  if (!sideFiles) files.write(METRICS_FILE, text)
  return { metrics: json, metrics_file: sideFiles ? sideFiles.write(METRICS_FILE, text) : METRICS_FILE }
}

export function notifySection(settings: Settings, report: NotifyReport): string {
  return renderNotifySummary({
    dryRun: settings.dryRun,
    services: servicesOf(report),
    jiraIssues: report.jira?.issues ?? []
  })
}
