import type { ReleasePlan } from '../versioning/plan.js'
import { sanitizeBlock, sanitizeCell } from '../text/sanitize.js'
import type { GatesReport } from '../gates/types.js'

/** GitHub refuses job summaries over 1 MiB; stay well below. */
export const SUMMARY_LIMIT = 900 * 1024
const DRIVER_ROWS = 50

/** Cuts text at a line boundary below `limit` bytes, closing an open code fence. */
export function truncateMarkdown(text: string, limit: number, note: string): string {
  if (Buffer.byteLength(text) <= limit) return text
  let cut = text.slice(0, limit)
  while (Buffer.byteLength(cut) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.9))
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))
  const fences = (cut.match(/^\s*(```|~~~)/gm) ?? []).length
  return `${cut}${fences % 2 === 1 ? '\n```' : ''}\n\n${note}\n`
}

export interface SummaryInput {
  plan: ReleasePlan
  dryRun: boolean
  severity: string
  notesFile: string
  commitSha: string
  pushed: boolean
  resumed: boolean
  gates: GatesReport | null
  /** Set when the gates stopped the release. */
  stoppedByGates?: boolean
  /** The version files the release updates (the plan's file edits). */
  versionFiles?: Array<{ path: string; from: string; to: string }>
  /** Files that still hold the previous version, which the release does not update. */
  staleVersions?: string[]
}

const STATUS_ICON: Record<string, string> = { pass: '✅ pass', fail: '❌ fail', skipped: '⏭️ skipped' }

/** The gates table, the skipped-gates note and the rollback triggers. */
export function renderGates(report: GatesReport): string {
  const lines = [`### Release gates${report.configFile ? ` (${report.configFile})` : ''}`, '']
  if (report.results.length === 0) lines.push('No gates ran (gates: none).')
  else {
    lines.push('| Gate | Result | Why |', '| --- | --- | --- |')
    for (const gate of report.results)
      lines.push(`| ${gate.gate} | ${STATUS_ICON[gate.status]} | ${sanitizeCell(gate.reason)} |`)
    for (const gate of report.results.filter(g => g.status === 'fail' && g.details.length > 0)) {
      lines.push(
        '',
        `<details><summary>${gate.gate}: details</summary>`,
        '',
        '```',
        ...gate.details.map(d => d.replace(/```/g, "'''")),
        '```',
        '',
        '</details>'
      )
    }
  }
  if (report.skipSlowTests) {
    const skipped = report.results
      .filter(g => g.status === 'skipped' && /severity: critical/.test(g.reason))
      .map(g => g.gate)
    lines.push(
      '',
      `> severity: critical — slow gates skipped${skipped.length > 0 ? ` (${skipped.join(', ')})` : ''}; SKIP_SLOW_TESTS=true is set for later steps.`
    )
  }
  if (report.rollbackTriggers.length > 0) {
    lines.push(
      '',
      `Automatic rollback triggers (watched after the release): ${report.rollbackTriggers.map(t => `${t.name} ${t.condition}`).join(', ')}.`
    )
  }
  return lines.join('\n')
}

/** Which version files the release updates (or would), and which still hold the previous version. */
function versionFileLines(input: SummaryInput): string[] {
  const files = input.versionFiles ?? []
  const lines =
    files.length > 0
      ? [
          `**Version files ${input.dryRun || input.stoppedByGates ? 'it would update' : 'updated'}:** ${files.map(file => `\`${sanitizeCell(file.path)}\` ${sanitizeCell(file.from)} → ${file.to}`).join(', ')}`
        ]
      : []
  for (const warning of input.staleVersions ?? []) lines.push('', '> [!WARNING]', `> ${sanitizeCell(warning)}`)
  return lines
}

export function renderSummary(input: SummaryInput): string {
  const { plan } = input
  const lines: string[] = []
  if (input.stoppedByGates)
    lines.push(
      '> [!CAUTION]',
      '> **Stopped by the release gates**: nothing was changed. Fix what failed below and run again.',
      ''
    )
  else if (input.dryRun)
    lines.push(
      '> [!NOTE]',
      '> **Dry run**: nothing was changed in the repository. This is the release that would be made.',
      ''
    )
  if (plan.released && plan.hotfix) {
    lines.push(
      `## 🚑 ${input.dryRun ? 'Would release hotfix' : 'Hotfix'} ${plan.tag} (severity: ${input.severity}, patch of ${plan.previousTag})`,
      ''
    )
  } else if (plan.released) {
    const from = plan.previousTag ? ` (from ${plan.previousTag}, ${plan.bump})` : ' (first release)'
    lines.push(`## 🚀 ${input.dryRun || input.stoppedByGates ? 'Would release' : 'Released'} ${plan.tag}${from}`, '')
  } else {
    lines.push('## No release', '', `No new version: ${plan.reason}.`, '')
  }
  if (input.resumed) lines.push(`${plan.tag} was already tagged at HEAD by an earlier run; this run completed it.`, '')
  lines.push(`**Why:** ${sanitizeCell(plan.reason)}`, '')
  const facts = [`- Commits read: ${plan.commitCount}`, `- Severity: ${input.severity || 'not set'}`]
  if (input.commitSha)
    facts.push(
      `- Release commit: \`${input.commitSha}\`${input.pushed ? ', pushed with its tag' : ', not pushed (push: false)'}`
    )
  lines.push(...facts, '')
  const fileLines = plan.released ? versionFileLines(input) : []
  if (fileLines.length > 0) lines.push(...fileLines, '')

  if (input.gates) lines.push(renderGates(input.gates), '')
  const drivers = plan.decision.drivers
  if (drivers.length > 0) {
    lines.push(
      '### Commits that drove the version',
      '',
      '| Commit | Effect | Type | Scope | Subject |',
      '| --- | --- | --- | --- | --- |'
    )
    for (const driver of drivers.slice(0, DRIVER_ROWS)) {
      const { change } = driver
      lines.push(
        `| \`${change.sha.slice(0, 7)}\` | ${driver.level} (${driver.why}) | ${sanitizeCell(change.type ?? '')} | ${sanitizeCell(change.scope ?? '')} | ${sanitizeCell(change.subject)} |`
      )
    }
    if (drivers.length > DRIVER_ROWS) lines.push('', `…and ${drivers.length - DRIVER_ROWS} more.`)
    lines.push('')
  }
  let text = lines.join('\n')
  if (plan.released) {
    const room = SUMMARY_LIMIT - Buffer.byteLength(text) - 200
    text += `\n### Release notes\n\n${truncateMarkdown(plan.notes, room, `_Notes cut here to fit the job summary; the whole text is in ${input.notesFile}._`)}`
  }
  return text
}

export interface RollbackSummaryInput {
  tag: string
  restoredVersion: string
  dryRun: boolean
  reason: string
  steps: Array<{ step: string; status: string; detail: string }>
  manual: string[]
}

export function renderRollbackSummary(input: RollbackSummaryInput): string {
  const lines: string[] = []
  if (input.dryRun)
    lines.push('> [!NOTE]', '> **Dry run**: nothing was changed. These are the steps a rollback would take.', '')
  lines.push(`## ⏪ ${input.dryRun ? 'Would roll back' : 'Rolled back'} ${input.tag}`, '')
  lines.push(
    `Users are back on **${input.restoredVersion || 'no release'}**. Reason: ${sanitizeCell(input.reason || '(none given)')}`,
    ''
  )
  lines.push('| Step | Status | Detail |', '| --- | --- | --- |')
  for (const step of input.steps) lines.push(`| ${step.step} | ${step.status} | ${sanitizeCell(step.detail)} |`)
  lines.push('', '### Manual steps', '', ...input.manual.map(text => `- ${sanitizeCell(text)}`), '')
  return lines.join('\n')
}

export interface PublishSummaryInput {
  dryRun: boolean
  releaseUrl: string
  release: { tag: string; title: string; draft: boolean; prerelease: boolean; makeLatest: string }
  assets: Array<{ name: string; size: number; sha256: string }>
  expected: Array<{ name: string; found: boolean }>
  sbomPath: string | null
  checksumsPath: string
  warnings: string[]
}

export function renderPublishSummary(input: PublishSummaryInput): string {
  const lines = ['### Publishing', '']
  const { release } = input
  if (input.releaseUrl)
    lines.push(
      `GitHub release: [${sanitizeCell(release.title)}](${input.releaseUrl})${release.draft ? ' (draft)' : ''}${release.prerelease ? ' (prerelease)' : ''}, latest: ${release.makeLatest}`,
      ''
    )
  else if (input.dryRun)
    lines.push(
      `Dry run: the GitHub release "${sanitizeCell(release.title)}" would be created or updated (prerelease: ${release.prerelease}, latest: ${release.makeLatest}).`,
      ''
    )
  lines.push('| Asset | Size | SHA-256 |', '| --- | ---: | --- |')
  for (const asset of input.assets)
    lines.push(
      `| ${sanitizeCell(asset.name)} | ${asset.size.toLocaleString('en-US')} B | \`${asset.sha256.slice(0, 16)}…\` |`
    )
  lines.push(
    '',
    `Checksums: \`${input.checksumsPath}\`${input.sbomPath ? `; SBOM (SPDX 2.3): \`${input.sbomPath}\`` : ''}.`,
    ''
  )
  if (input.expected.length > 0) {
    lines.push('| Expected asset | Found |', '| --- | --- |')
    for (const asset of input.expected)
      lines.push(`| ${sanitizeCell(asset.name)} | ${asset.found ? '✅' : '❌ missing'} |`)
    lines.push('')
  }
  for (const warning of input.warnings) lines.push(`> ${sanitizeCell(warning)}`)
  return lines.join('\n')
}

export interface NotifySummaryInput {
  dryRun: boolean
  services: Array<{ name: string; status: string; detail: string; payload?: unknown }>
  jiraIssues: Array<{ key: string; status: string; detail: string }>
}

export function renderNotifySummary(input: NotifySummaryInput): string {
  const active = input.services.filter(service => service.status !== 'off')
  if (active.length === 0) return ''
  const lines = ['### Notifications', '', '| Service | Status | Detail |', '| --- | --- | --- |']
  for (const service of active) lines.push(`| ${service.name} | ${service.status} | ${sanitizeCell(service.detail)} |`)
  if (input.jiraIssues.length > 0) {
    lines.push('', '| JIRA issue | Result | Detail |', '| --- | --- | --- |')
    for (const issue of input.jiraIssues)
      lines.push(`| ${sanitizeCell(issue.key)} | ${issue.status} | ${sanitizeCell(issue.detail)} |`)
  }
  if (input.dryRun) {
    for (const service of active.filter(s => s.payload !== undefined)) {
      const json = sanitizeBlock(JSON.stringify(service.payload, null, 2).replace(/`{3}/g, "'''"))
      lines.push(
        '',
        `<details><summary>${service.name}: the payload that would be sent</summary>`,
        '',
        '```json',
        json,
        '```',
        '',
        '</details>'
      )
    }
  }
  return lines.join('\n')
}
