/**
 * What a watch says (mode: watch): the closing log line, the job summary, the issue and the Slack
 * message, from the report the use case assembled. Pure; the decisions are in ./watch.ts.
 */
import { slackEscape, SLACK_HEADER_LIMIT, SLACK_SECTION_LIMIT, excerpt } from '../notify/integrations.js'
import { sanitizeCell, sanitizeInline } from '../text/sanitize.js'
import {
  formatChange,
  formatDuration,
  iso,
  MIN_COVERAGE,
  type TriggerVerdict,
  type Window,
  type WatchVerdict
} from './watch.js'
export interface WatchReport {
  tag: string | null
  previousTag: string | null
  verdict: WatchVerdict
  /** What was done: nothing, an issue, a rollback (or would be, in a dry run). */
  action: string
  windows: { release: Window | null; baseline: Window | null; note: string }
  triggers: TriggerVerdict[]
  /** Why there was nothing to decide at all ('' when triggers were evaluated). */
  note: string
}

function cellNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value)
}

/** The run's closing log line: the verdict, the note (one sentence, its full stop dropped) and the action. */
export function watchHeadline(report: Pick<WatchReport, 'tag' | 'verdict' | 'note' | 'action'>): string {
  const note = report.note ? ` — ${report.note.replace(/\.+$/, '')}` : ''
  return `Release watch${report.tag ? ` of ${report.tag}` : ''}: ${report.verdict}${note}; action: ${report.action}.`
}

/** The job summary: the verdict, the windows, and one row per trigger with its numbers. */
export function renderWatchSummary(report: WatchReport, dryRun: boolean): string {
  const icon = { ok: '✅', fired: '🚨', 'no-decision': '❔' }[report.verdict]
  const lines: string[] = []
  if (dryRun) lines.push('> [!NOTE]', '> **Dry run**: nothing was changed.', '')
  lines.push(`## ${icon} Release watch${report.tag ? ` of ${report.tag}` : ''}: ${report.verdict}`, '')
  if (report.note) lines.push(sanitizeInline(report.note), '')
  const { release, baseline, note } = report.windows
  if (release)
    lines.push(
      `- This release: ${iso(release.from)} → ${iso(release.to)} (${formatDuration(release.to - release.from)})`,
      `- Previous release${report.previousTag ? ` ${report.previousTag}` : ''}: ${baseline ? `${iso(baseline.from)} → ${iso(baseline.to)} (${formatDuration(baseline.to - baseline.from)})` : 'none'}`,
      ...(note ? [`- Note: ${sanitizeInline(note)}`] : []),
      ''
    )
  if (report.triggers.length > 0) {
    lines.push(
      '| Trigger | Previous release | This release | Change | Threshold | Verdict | Detail |',
      '| --- | ---: | ---: | ---: | --- | --- | --- |'
    )
    for (const row of report.triggers) {
      const change =
        row.changePercent === undefined ? '—' : row.changePercent === null ? '—' : formatChange(row.changePercent)
      lines.push(
        `| ${row.trigger} | ${cellNumber(row.baseline)} | ${cellNumber(row.current)} | ${change} | ${sanitizeCell(row.threshold ?? row.condition)} | ${row.status} | ${sanitizeCell(row.detail)} |`
      )
    }
    lines.push(
      '',
      `Change = (this release − previous release) ÷ previous release × 100, each the mean of the window's non-null points; a window with data over less than ${MIN_COVERAGE * 100}% of it, or an API error, is no decision.`,
      ''
    )
  }
  lines.push(`Action: ${sanitizeInline(report.action)}`, '')
  return lines.join('\n')
}

/** The hidden marker that finds a release's watch issue again. */
export function issueMarker(tag: string): string {
  return `<!-- fastvlm-release-watch: ${tag} -->`
}

/** The issue opened when a trigger fires and watch_action is issue. */
export function watchIssue(report: WatchReport, runUrl: string | null): { title: string; body: string } {
  const tag = report.tag ?? 'the latest release'
  const fired = report.triggers.filter(row => row.status === 'fired')
  const body = [
    issueMarker(tag),
    `The release watch found ${tag} past its automatic rollback triggers: ${fired.map(row => row.trigger).join(', ')}.`,
    '',
    renderWatchSummary({ ...report, action: 'this issue (watch_action: issue)' }, false),
    `To roll ${tag} back: run the action with \`mode: rollback\` and \`version: ${tag}\`, or set \`watch_action: rollback\` to let the watch do it.`,
    ...(runUrl ? ['', `The workflow run: ${runUrl}`] : [])
  ].join('\n')
  return { title: `Release watch: ${tag} fired ${fired.map(row => row.trigger).join(', ')}`, body }
}

/** The Slack message of a fired watch. */
export function slackWatchMessage(
  repository: string | null,
  report: WatchReport,
  action: string,
  link: string | null
): Record<string, unknown> {
  const title =
    `🚨 Release watch: ${report.tag ?? 'release'}${repository ? ` of ${repository}` : ''} fired its rollback triggers`.slice(
      0,
      SLACK_HEADER_LIMIT
    )
  const lines = report.triggers
    .filter(row => row.status === 'fired')
    .map(row => `• *${row.trigger}*: ${slackEscape(row.detail)}`)
  const blocks: Array<Record<string, unknown>> = [
    { type: 'header', text: { type: 'plain_text', text: title, emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: excerpt(lines, SLACK_SECTION_LIMIT - 20) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: slackEscape(action) }] }
  ]
  if (link) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `<${link}|Details>` }] })
  return { text: title, blocks }
}
