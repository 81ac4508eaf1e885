import type { Change } from '../commits/changes.js'
import { isFeatureType } from '../commits/type-table.js'
import type { DoraMetrics } from '../metrics/metrics.js'

/** Slack mrkdwn: &, < and > are the control characters (links, mentions); escape them in foreign text. */
export function slackEscape(text: string): string {
  // Slack's mrkdwn has no escape for its formatting characters: a zero-width space on each side
  // keeps `__init__.py` or `*args` from turning bold, italic, struck or code
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, '\u200b$&\u200b')
}

/** Slack's limits: a section's text 3,000 characters, a header 150, 50 blocks. */
export const SLACK_SECTION_LIMIT = 3000
export const SLACK_HEADER_LIMIT = 150

/**
 * Lines joined up to `limit` characters, cut only between lines and never inside a code block,
 * with a last line that counts what was left out.
 */
export function excerpt(lines: string[], limit: number): string {
  const kept: string[] = []
  let length = 0
  let fence = false
  let safe = 0 // how many kept lines end outside a code block
  for (const line of lines) {
    const extra = line.length + (kept.length > 0 ? 1 : 0)
    if (length + extra > limit - 40) break
    kept.push(line)
    length += extra
    if (/^\s*```/.test(line)) fence = !fence
    if (!fence) safe = kept.length
  }
  const shown = kept.slice(0, safe)
  const rest = lines.length - shown.length
  return rest > 0 ? `${shown.join('\n')}\n_…and ${rest} more line(s)_` : shown.join('\n')
}

export interface SlackInput {
  tag: string
  repository: string | null
  hotfix: boolean
  severity: string
  dryRun: boolean
  changes: Change[]
  releaseUrl: string | null
  compareUrl: string | null
}

function line(change: Change): string {
  const scope = change.scope ? `*${slackEscape(change.scope)}:* ` : ''
  return `• ${scope}${slackEscape(change.subject)} (\`${change.sha.slice(0, 7)}\`)`
}

export function slackReleaseMessage(input: SlackInput): Record<string, unknown> {
  const title =
    `${input.hotfix ? '🚑 Hotfix' : '🚀 Released'} ${input.tag}${input.repository ? ` of ${input.repository}` : ''}`.slice(
      0,
      SLACK_HEADER_LIMIT
    )
  const newest = [...input.changes].reverse()
  const breaking = newest
    .filter(c => c.breaking)
    .map(
      // the subject names the change (as in the notes); the breaking text is in the release notes
      c => `• ⚠️ *Breaking:* ${slackEscape(c.subject)} (\`${c.sha.slice(0, 7)}\`)`
    )
  const features = newest.filter(c => !c.breaking && isFeatureType(c.type)).map(line)
  const others = newest.filter(c => !c.breaking && !isFeatureType(c.type)).map(line)
  const blocks: Array<Record<string, unknown>> = [
    { type: 'header', text: { type: 'plain_text', text: title, emoji: true } }
  ]
  if (input.hotfix)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Severity: *${slackEscape(input.severity)}*` }] })
  const highlights = [...breaking, ...features]
  if (highlights.length > 0)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*Highlights*\n${excerpt(highlights, SLACK_SECTION_LIMIT - 20)}` }
    })
  if (others.length > 0)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*Changes*\n${excerpt(others, SLACK_SECTION_LIMIT - 20)}` }
    })
  const links = [
    input.releaseUrl ? `<${input.releaseUrl}|Release notes>` : null,
    input.compareUrl ? `<${input.compareUrl}|Compare>` : null
  ].filter(Boolean)
  if (links.length > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: links.join(' · ') }] })
  return { text: `${title}${input.dryRun ? ' (dry run)' : ''}`, blocks }
}

export function slackFailureMessage(
  repository: string | null,
  tag: string,
  failures: Array<{ gate: string; reason: string }>,
  runUrl: string | null
): Record<string, unknown> {
  const title = `⛔ Release ${tag}${repository ? ` of ${repository}` : ''} stopped by its gates`.slice(
    0,
    SLACK_HEADER_LIMIT
  )
  const lines = failures.map(f => `• *${slackEscape(f.gate)}*: ${slackEscape(f.reason)}`)
  const blocks: Array<Record<string, unknown>> = [
    { type: 'header', text: { type: 'plain_text', text: title, emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: excerpt(lines, SLACK_SECTION_LIMIT - 20) } }
  ]
  if (runUrl) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `<${runUrl}|The workflow run>` }] })
  return { text: title, blocks }
}

/** Datadog's API base: the configured URL, else the site's (`https://api.datadoghq.eu`). */
export function datadogApiBase(settings: { datadogApiUrl: string; datadogSite: string }): string {
  return settings.datadogApiUrl || `https://api.${settings.datadogSite}`
}

export interface DatadogContext {
  repository: string
  version: string
  releaseType: string
  now: number
}

/** The metrics as gauge series for Datadog's v2 series API (type 3 = gauge); unknown values are left out. */
export function datadogSeries(
  metrics: DoraMetrics,
  context: DatadogContext
): { series: Array<Record<string, unknown>> } {
  const tags = [`repository:${context.repository}`, `version:${context.version}`, `release_type:${context.releaseType}`]
  const values: Array<[string, number | null, string]> = [
    ['release.dora.deployment_frequency', metrics.deploymentFrequency.value, 'release/week'],
    ['release.dora.lead_time.median', metrics.leadTimeMedian.value, 'hour'],
    ['release.dora.lead_time.p90', metrics.leadTimeP90.value, 'hour'],
    ['release.dora.change_failure_rate', metrics.changeFailureRate.value, 'percent'],
    ['release.dora.time_to_restore.median', metrics.timeToRestoreMedian.value, 'hour']
  ]
  return {
    series: values
      .filter(([, value]) => value !== null)
      .map(([metric, value, unit]) => ({ metric, type: 3, unit, points: [{ timestamp: context.now, value }], tags }))
  }
}

/** JIRA keys of the configured projects only (so UTF-8 or SHA-256 never match), in order of appearance. */
export function jiraKeys(messages: string[], projects: string[]): string[] {
  if (projects.length === 0) return []
  const pattern = new RegExp(`(?<![A-Za-z0-9_-])(${projects.join('|')})-(\\d+)(?![A-Za-z0-9_])`, 'g')
  const keys: string[] = []
  for (const message of messages)
    for (const match of message.matchAll(pattern)) if (!keys.includes(match[0])) keys.push(match[0])
  return keys
}
