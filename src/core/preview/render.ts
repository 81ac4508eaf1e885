/**
 * The preview as Markdown (the comment and the job summary), its one-line verdict, and the check
 * run's output, with GitHub's limits kept.
 */
import { codeSpan, sanitizeCell, sanitizeInline } from '../text/sanitize.js'
import type { Bump } from '../types.js'
import { COMMENT_LIMIT, cutMarkdown, PREVIEW_MARKER, STATUS_DESCRIPTION_LIMIT } from './comment.js'
import type { Contribution } from './contributions.js'
import type { LintProblem } from './lint.js'
import type { MergeMethod, PullRequest } from './pull-request.js'
import { before, shown } from './text.js'
import { componentsHeadline, componentsNotes, componentsVerdict, type ComponentPreview } from './components.js'

/** The release as planned (a subset of ReleasePlan). */
export interface PlannedRelease {
  released: boolean
  version: string
  tag: string
  bump: Bump
  previousTag: string
  reason: string
  notes: string
  /** What the notes follow when learned from the repository's changelog (Markdown lines; none with the defaults). */
  learned?: string[]
}

export type Effect = 'version' | 'notes' | 'nothing'

/** What the pull request changes in the release: its version, only its notes, or nothing. */
export function effectOf(merged: PlannedRelease, base: PlannedRelease): Effect {
  if (merged.released !== base.released || merged.version !== base.version || merged.bump !== base.bump)
    return 'version'
  return merged.notes !== base.notes ? 'notes' : 'nothing'
}

export interface PreviewGate {
  gate: string
  /** `release`: runs at release time (a command: a preview runs none). */
  status: 'pass' | 'fail' | 'skipped' | 'release'
  reason: string
}

export interface PreviewReport {
  pr: Pick<PullRequest, 'number' | 'headSha'>
  method: MergeMethod
  methodWhy: string
  merged: PlannedRelease | null
  base: PlannedRelease | null
  /** The release would stop with this error (sanitized when rendered). */
  error: string | null
  contributions: Contribution[]
  lint: { problems: LintProblem[]; checked: number; mode: 'warn' | 'fail' }
  gates: PreviewGate[]
  versionFiles: Array<{ path: string; from: string; to: string }>
  toolVersion: string
  /** With `components` configured: each component, merged and without the pull request (src/core/preview/components.ts). */
  components?: ComponentPreview[]
}

function version(plan: PlannedRelease): string {
  return plan.released ? `${codeSpan(plan.tag)} (${plan.bump})` : 'no release'
}

/** The one-line verdict: the comment's headline, the check's title. */
export function verdict(report: PreviewReport): string {
  const { merged, base } = report
  if (report.error || !merged || !base) return 'The release would fail after this merge'
  if (report.components) return componentsVerdict(report.components)
  const effect = effectOf(merged, base)
  if (effect === 'nothing')
    return merged.released
      ? `Changes nothing in the release: next is still ${merged.tag}`
      : 'Changes nothing in the release: no release'
  if (effect === 'notes') return `Adds to the notes of ${merged.tag}; the version stays`
  return merged.released ? `Next release: ${merged.tag} (${merged.bump})` : 'No release after this merge'
}

/** The check's conclusion: a failure when the release would fail, or the lint fails and is set to. */
export function conclusionOf(report: PreviewReport): 'success' | 'failure' {
  if (report.error) return 'failure'
  return report.lint.mode === 'fail' && report.lint.problems.length > 0 ? 'failure' : 'success'
}

const GATE_ICONS: Record<PreviewGate['status'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  skipped: '⏭️ skipped',
  release: '⏳ at release time'
}
const MAX_ROWS = 50
const MAX_PROBLEMS = 20

function headline(report: PreviewReport): string[] {
  const { merged, base } = report
  const merge = report.method === 'squash' ? 'squash-merged' : report.method === 'rebase' ? 'rebase-merged' : 'merged'
  if (report.error || !merged || !base)
    return [
      `**If this pull request were ${merge} now, the release would fail:** ${sanitizeInline(shown(report.error ?? 'unknown error', 2_000))}`
    ]
  if (report.components) return componentsHeadline(report.components, merge)
  const effect = effectOf(merged, base)
  const from = merged.previousTag ? ` from ${codeSpan(merged.previousTag)}` : ', the first release'
  const lines: string[] = []
  if (effect === 'nothing') {
    lines.push(
      merged.released
        ? `**This pull request changes nothing in the release**: the next release stays ${version(merged)}${from}.`
        : '**This pull request changes nothing in the release**: there is nothing to release, with or without it.'
    )
  } else if (effect === 'notes') {
    lines.push(
      `**This pull request adds to the release notes but does not change the version**: the next release stays ${version(merged)}${from}.`
    )
  } else if (merged.released) {
    lines.push(
      `**If this pull request were ${merge} now, the next release would be ${version(merged)}**${from}. Without it: ${version(base)}.`
    )
  } else {
    lines.push(`**If this pull request were ${merge} now, there would be no release** (without it: ${version(base)}).`)
  }
  lines.push('', `Why: ${sanitizeInline(shown(merged.reason, 2_000))}`)
  return lines
}

function contributionTable(report: PreviewReport): string[] {
  if (report.contributions.length === 0) return ['The pull request has no commits to merge.']
  const rows = report.contributions.slice(0, MAX_ROWS).map(row => {
    const commit = /^[0-9a-f]{7}$/.test(row.commit) ? `\`${row.commit}\`` : row.commit
    return `| ${commit} | ${sanitizeCell(shown(row.header))} | ${row.bump} | ${sanitizeCell(row.why)} |`
  })
  const more = report.contributions.length - MAX_ROWS
  return [
    report.method === 'squash'
      ? 'With squash merging the title (and the description, as the commit body) makes one commit, which decides:'
      : `With ${report.method === 'rebase' ? 'rebase merging' : 'a merge commit'} each commit of the pull request counts:`,
    '',
    '| commit | message | bump | why |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...(more > 0 ? ['', `_…and ${more.toLocaleString('en-US')} more commits._`] : [])
  ]
}

function lintSection(report: PreviewReport): string[] {
  const { lint } = report
  if (lint.checked === 0) return []
  const what = report.method === 'squash' ? 'The title' : 'Every commit message'
  if (lint.problems.length === 0) return [`✅ ${what} is a conventional commit.`]
  const icon = lint.mode === 'fail' ? '❌' : '⚠️'
  const lines = [
    `${icon} ${lint.problems.length} ${lint.problems.length === 1 ? 'message is' : 'messages are'} not what the release reads${lint.mode === 'fail' ? ' (preview_lint: fail: the check fails)' : ''}:`,
    ''
  ]
  for (const problem of lint.problems.slice(0, MAX_PROBLEMS)) {
    const where =
      problem.where === 'title' ? 'The title' : problem.where === 'commit' ? 'The commit' : codeSpan(problem.where)
    lines.push(
      `- ${where} "${sanitizeInline(shown(problem.header))}": ${sanitizeInline(problem.problem)}. ${sanitizeInline(problem.suggestion)}`
    )
  }
  if (lint.problems.length > MAX_PROBLEMS) lines.push(`- _…and ${lint.problems.length - MAX_PROBLEMS} more._`)
  return lines
}

function gatesSection(report: PreviewReport): string[] {
  if (report.gates.length === 0) return ['No release gates would run.']
  return [
    '| gate | now |',
    '| --- | --- |',
    ...report.gates.map(
      gate => `| ${gate.gate} | ${GATE_ICONS[gate.status]}: ${sanitizeCell(shown(gate.reason, 300))} |`
    )
  ]
}

/**
 * The preview as Markdown, never longer than `limit` characters (the comment: 65,536): the release
 * notes are cut first, with a line saying so; everything else is bounded (rows, problems, reasons).
 */
export function renderPreview(
  report: PreviewReport,
  limit = COMMENT_LIMIT,
  where = 'the job summary of this run'
): string {
  const head = [
    PREVIEW_MARKER,
    `## 🔮 Release preview of #${report.pr.number}`,
    '',
    ...headline(report),
    '',
    ...(report.versionFiles.length > 0
      ? [
          `Version files it would update: ${report.versionFiles
            // the old version is read from a file the pull request may change: untrusted
            // escaped: rendered literally (the `__init__` of `pkg/__init__.py` is not bold) and inert
            .map(file => sanitizeInline(`${shown(file.path, 200)} ${shown(file.from, 60)} → ${shown(file.to, 60)}`))
            .join(', ')}.`,
          ''
        ]
      : []),
    '### What each commit contributes',
    '',
    ...contributionTable(report),
    '',
    ...(report.lint.checked > 0 ? ['### Title and commit messages', '', ...lintSection(report), ''] : []),
    '### Release gates that would run',
    '',
    ...gatesSection(report),
    ''
  ].join('\n')
  const footer = [
    '',
    `<sub>Merge method: ${report.method} (${report.methodWhy}). Preview of ${report.pr.headSha.slice(0, 7)} by fastvlm-release-action ${report.toolVersion}: a dry run, nothing was changed; this comment is updated on every push and edit.</sub>`,
    ''
  ].join('\n')
  const notes = report.error
    ? ''
    : report.components
      ? componentsNotes(report.components)
      : report.merged?.released
        ? report.merged.notes.trim()
        : ''
  const open = notes
    ? [
        '',
        '### Release notes as they would read',
        '',
        `<details><summary>Release notes of ${report.components ? 'the components it changes' : sanitizeInline(report.merged!.tag)}</summary>`,
        '',
        ''
      ].join('\n')
    : ''
  const learned = notes && report.merged?.learned?.length ? `\n${report.merged.learned.join('\n')}\n` : ''
  const close = notes ? `\n\n</details>\n${learned}` : ''
  const fixed = head.length + footer.length + open.length + close.length
  let body = notes
  if (fixed + notes.length > limit) {
    const note = `\n\n_…the release notes are cut here: the whole preview is longer than ${limit.toLocaleString('en-US')} characters. ${where} has them in full._`
    body = cutMarkdown(notes, Math.max(0, limit - fixed - note.length)) + note
  }
  const markdown = head + open + body + close + footer
  if (markdown.length <= limit) return markdown
  // cannot happen with bounded parts; a last guarantee all the same
  const note = '\n\n_…cut: the preview is longer than a comment can be._\n'
  return cutMarkdown(markdown, limit - note.length) + note
}

/** The check run's output (title and summary) and the status description (≤ 140 characters). */
export function checkOutput(report: PreviewReport): { title: string; summary: string; description: string } {
  const title = verdict(report)
  const lines = [`**${sanitizeInline(title)}**`]
  if (report.merged && !report.error) lines.push('', `Why: ${sanitizeInline(shown(report.merged.reason, 1_000))}`)
  if (report.error) lines.push('', sanitizeInline(shown(report.error, 2_000)))
  if (report.lint.problems.length > 0)
    lines.push(
      '',
      `${report.lint.problems.length} message(s) are not conventional commits${report.lint.mode === 'fail' ? ' (preview_lint: fail)' : ''}: see the comment or the job summary.`
    )
  const lint = report.lint.problems.length > 0 ? `; ${report.lint.problems.length} lint problem(s)` : ''
  const description = `${title}${lint}`
  return {
    title,
    summary: lines.join('\n'),
    description:
      description.length > STATUS_DESCRIPTION_LIMIT
        ? `${before(description, STATUS_DESCRIPTION_LIMIT - 1)}…`
        : description
  }
}
