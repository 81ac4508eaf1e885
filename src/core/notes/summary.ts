import type { ReleasePlan } from '../versioning/plan.js'
import { codeSpan, sanitizeBlock, sanitizeCell } from '../text/sanitize.js'
import type { GatesReport } from '../gates/types.js'
import type { NotesConventions } from './conventions.js'
import { conventionsPart, filesPart, shiftHeadings, type FilesInput } from './summary-parts.js'

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
  /** The version files the release changes (or would). */
  versionFiles?: FilesInput['versionFiles']
  /** The changelog that gets the new section, or null. */
  changelogFile?: string | null
  /** False for the CLI's plan, which writes nothing. */
  notesWritten?: boolean
  /** The notes convention learned from the repository's changelog (null: the default sections). */
  conventions?: { file: string; conventions: NotesConventions } | null
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

/** The verdict: what happened (released, would release, stopped, nothing), the version and why. */
function verdict(input: SummaryInput): string[] {
  const { plan } = input
  const lines: string[] = []
  if (!plan.released) return ['## No release', '', `No new version: ${sanitizeCell(plan.reason)}.`, '']
  const from = plan.previousTag ? ` (from ${plan.previousTag}, ${plan.bump})` : ' (first release)'
  if (input.stoppedByGates)
    lines.push(
      `## ⛔ Stopped: ${plan.tag} was not released`,
      '',
      '> [!CAUTION]',
      '> **Stopped by the release gates**: nothing was changed. Fix what failed below and run again.',
      ''
    )
  else if (plan.hotfix)
    lines.push(
      `## 🚑 ${input.dryRun ? 'Would release hotfix' : 'Hotfix'} ${plan.tag} (severity: ${input.severity}, patch of ${plan.previousTag})`,
      ''
    )
  else lines.push(`## 🚀 ${input.dryRun ? 'Would release' : 'Released'} ${plan.tag}${from}`, '')
  if (input.dryRun && !input.stoppedByGates)
    lines.push(
      '> [!NOTE]',
      '> **Dry run**: nothing was changed in the repository. This is the release that would be made.',
      ''
    )
  if (input.resumed) lines.push(`${plan.tag} was already tagged at HEAD by an earlier run; this run completed it.`, '')
  lines.push(
    `**Why:** ${sanitizeCell(plan.reason)}`,
    '',
    `Commits read: ${plan.commitCount}. Severity: ${input.severity || 'not set'}.`,
    ''
  )
  return lines
}

/** The commits that drove the version, folded. */
function drivers(plan: ReleasePlan): string[] {
  const list = plan.decision.drivers
  if (list.length === 0) return []
  const lines = [
    `<details><summary>Commits that drove the version (${list.length})</summary>`,
    '',
    '| Commit | Effect | Type | Scope | Subject |',
    '| --- | --- | --- | --- | --- |'
  ]
  for (const driver of list.slice(0, DRIVER_ROWS)) {
    const { change } = driver
    lines.push(
      `| \`${change.sha.slice(0, 7)}\` | ${driver.level} (${driver.why}) | ${sanitizeCell(change.type ?? '')} | ${sanitizeCell(change.scope ?? '')} | ${sanitizeCell(change.subject)} |`
    )
  }
  if (list.length > DRIVER_ROWS) lines.push('', `…and ${list.length - DRIVER_ROWS} more.`)
  lines.push('', '</details>', '')
  return lines
}

/**
 * The release's job summary, most important first: the verdict (with the version and why), the
 * notes as they will be published, the gates, the files. Publishing, notifications and (when asked)
 * the metrics follow it. Headings: `##` verdict, `###` parts, the notes' own headings one level down.
 */
export function renderSummary(input: SummaryInput): string {
  const { plan } = input
  const head = [...verdict(input), ...drivers(plan)].join('\n')
  const after: string[] = []
  if (input.gates) after.push(renderGates(input.gates), '')
  if (plan.released && !input.stoppedByGates)
    after.push(
      ...filesPart({
        dryRun: input.dryRun,
        notesWritten: input.notesWritten ?? true,
        notesFile: input.notesFile,
        versionFiles: input.versionFiles ?? [],
        changelogFile: input.changelogFile ?? null,
        commitSha: input.commitSha,
        pushed: input.pushed
      })
    )
  for (const warning of plan.released ? (input.staleVersions ?? []) : [])
    after.push('> [!WARNING]', `> ${sanitizeCell(warning)}`, '')
  const tail = after.join('\n')
  if (!plan.released) return `${head}\n${tail}`
  const learned = conventionsPart(input.conventions).join('\n')
  const room = SUMMARY_LIMIT - Buffer.byteLength(head) - Buffer.byteLength(tail) - Buffer.byteLength(learned) - 200
  // only what can fit is shifted (room + 1 characters are over room bytes: the cut note follows)
  const notes = truncateMarkdown(
    shiftHeadings(plan.notes.length > room ? plan.notes.slice(0, Math.max(0, room + 1)) : plan.notes, 1),
    room,
    `_Notes cut here to fit the job summary; the whole text is in ${input.notesFile}._`
  )
  return `${head}\n${notes.trimEnd()}\n\n${learned ? `${learned}\n` : ''}${tail}`
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
  /** What was uploaded (the assets and SHA256SUMS), when the release was made. */
  uploaded?: Array<{ name: string; size: number; sha256: string }>
  /** SHA256SUMS's text (uploaded beside the assets). */
  checksums?: string
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
  const rows = input.uploaded && input.uploaded.length > 0 ? input.uploaded : input.assets
  for (const asset of rows)
    lines.push(
      `| ${sanitizeCell(asset.name)} | ${asset.size.toLocaleString('en-US')} B | \`${asset.sha256.slice(0, 16)}…\` |`
    )
  // SHA256SUMS is uploaded beside the assets: a dry run lists it too (its own hash is known once uploaded)
  if (input.dryRun && input.checksums !== undefined && !rows.some(asset => asset.name === 'SHA256SUMS'))
    lines.push(
      `| SHA256SUMS | ${Buffer.byteLength(input.checksums).toLocaleString('en-US')} B | (the hashes of the assets above) |`
    )
  lines.push(
    '',
    `Checksums: ${codeSpan(input.checksumsPath)}${input.sbomPath ? `; SBOM (SPDX 2.3): ${codeSpan(input.sbomPath)}` : ''}.`,
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
