/**
 * The preview of a pull request (mode: preview): what the next release would be if the pull request
 * were merged now. Pure parts only: the event payload read into a pull request, the merge method,
 * the commits the merge would put on the base branch (a squash commit made of the title and body,
 * or the pull request's own commits), the title and message lint, what each commit contributes,
 * and the comment, with GitHub's 65,536-character limit kept. The decision itself is the release's
 * (src/usecases/preview.ts runs the release's dry run on a view of the merged history).
 */
import type { BumpDecision } from './bump.js'
import { parseCommitMessage } from './commit-parser.js'
import { KNOWN_TYPES } from './changes.js'
import { ConfigurationError } from './errors.js'
import { DEFAULT_SECTIONS, type NotesSection } from './notes.js'
import { sanitizeCell, sanitizeInline } from './sanitize.js'
import { BUMP_ORDER, type Bump, type RawCommit } from './types.js'

/** The hidden first line that finds this action's comment again (never a second one). */
export const PREVIEW_MARKER = '<!-- fastvlm-release-action:preview -->'
/**
 * The comment this action wrote before, to update in place: the first that starts with the marker
 * and is by the token's own identity (`viewer`); when GitHub does not say who the token is, by a bot.
 * Never a person's comment: anyone can start a comment with the marker (or edit one to).
 */
export function ownComment<T extends { body: string; author: string; authorIsBot: boolean }>(
  comments: readonly T[],
  viewer: string | null
): T | undefined {
  return comments.find(
    comment =>
      comment.body.startsWith(PREVIEW_MARKER) && (viewer === null ? comment.authorIsBot : comment.author === viewer)
  )
}

/** GitHub refuses a comment body longer than this (characters). */
export const COMMENT_LIMIT = 65_536
/** The check run and the commit status. */
export const CHECK_NAME = 'release preview'
/** GitHub refuses a commit status description longer than this. */
export const STATUS_DESCRIPTION_LIMIT = 140

export type MergeMethod = 'squash' | 'merge' | 'rebase'

export interface PullRequest {
  number: number
  title: string
  body: string
  /** The author's login. */
  author: string
  headSha: string
  headRef: string
  /** owner/name of the head's repository ('' when the fork was deleted). */
  headRepo: string
  baseRef: string
  baseSha: string
  baseRepo: string
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/**
 * The pull request of a `pull_request` or `pull_request_target` event payload (GITHUB_EVENT_PATH).
 * Shas are checked (they become git arguments); every text stays untrusted.
 */
export function pullRequestFromEvent(eventName: string | undefined, payload: unknown): PullRequest {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') {
    throw new ConfigurationError(
      `mode: preview runs on pull_request or pull_request_target events, but this run is ${eventName ? `a ${eventName} event` : 'not a workflow run (GITHUB_EVENT_NAME is not set)'}. ` +
        'Run it from a workflow with on: pull_request (see Preview on pull requests in the README).'
    )
  }
  const pull = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request
  const head = pull?.head as Record<string, unknown> | undefined
  const base = pull?.base as Record<string, unknown> | undefined
  const number = pull?.number
  if (!pull || typeof number !== 'number' || !Number.isSafeInteger(number) || !head || !base) {
    throw new ConfigurationError(
      `The ${eventName} event payload (GITHUB_EVENT_PATH) has no pull_request with a number, head and base: mode: preview needs the event of a pull request.`
    )
  }
  const headSha = text(head.sha)
  const baseSha = text(base.sha)
  if (!SHA.test(headSha) || !SHA.test(baseSha)) {
    throw new ConfigurationError(
      `The ${eventName} event payload has no commit sha for the head or the base of pull request #${number}.`
    )
  }
  const repo = (side: Record<string, unknown>) => text((side.repo as Record<string, unknown> | null)?.full_name)
  return {
    number,
    title: text(pull.title),
    body: text(pull.body),
    author: text((pull.user as Record<string, unknown> | null)?.login),
    headSha,
    headRef: text(head.ref),
    headRepo: repo(head),
    baseRef: text(base.ref),
    baseSha,
    baseRepo: repo(base)
  }
}

/** A pull request from another repository (a fork); a deleted fork counts as one. */
export function isFork(pr: Pick<PullRequest, 'headRepo' | 'baseRepo'>): boolean {
  return pr.headRepo === '' || pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase()
}

export interface RepoMergeSettings {
  allowSquash: boolean | null
  allowMerge: boolean | null
  allowRebase: boolean | null
  squashTitle: string | null
  squashMessage: string | null
}

/**
 * The merge method the preview assumes. `auto` reads the repository's settings: merge commits
 * allowed (or not said) → merge; otherwise squash when allowed, else rebase. The first is also
 * GitHub's default button; a repository that allows only squash merging gets the title's preview.
 */
export function chooseMergeMethod(
  setting: 'auto' | MergeMethod,
  repo: RepoMergeSettings | null
): { method: MergeMethod; why: string } {
  if (setting !== 'auto') return { method: setting, why: `preview_merge_method: ${setting}` }
  if (!repo) return { method: 'merge', why: "the repository's merge settings could not be read: merge commits assumed" }
  if (repo.allowMerge === false && repo.allowSquash === true)
    return {
      method: 'squash',
      why: repo.allowRebase
        ? 'the repository does not allow merge commits'
        : 'the repository allows only squash merging'
    }
  if (repo.allowMerge === false && repo.allowRebase === true)
    return { method: 'rebase', why: 'the repository allows only rebase merging' }
  if (repo.allowMerge === null)
    return {
      method: 'merge',
      why: "the repository's merge settings are not visible to the token: merge commits assumed"
    }
  return { method: 'merge', why: 'the repository allows merge commits' }
}

/** A commit of the pull request as git has it. */
export interface PullCommit {
  sha: string
  parents: string[]
  message: string
}

function firstLine(message: string): string {
  const trimmed = message.replace(/^\s+/, '')
  const end = trimmed.search(/\r?\n|\r/)
  return end < 0 ? trimmed : trimmed.slice(0, end)
}

/**
 * The squash commit's message as GitHub writes it: the title (the PR's, or with COMMIT_OR_PR_TITLE
 * the one commit's subject) followed by ` (#N)`, then the body: the PR's description (PR_BODY, and
 * when GitHub does not say), the commits' messages as bullets (COMMIT_MESSAGES), or nothing (BLANK).
 * `commits` newest first, as git lists them.
 */
export function squashMessage(pr: PullRequest, commits: PullCommit[], repo: RepoMergeSettings | null): string {
  const own = commits.filter(commit => commit.parents.length < 2)
  const title =
    repo?.squashTitle === 'COMMIT_OR_PR_TITLE' && own.length === 1 ? firstLine(own[0].message) : pr.title.trim()
  const header = `${title.replace(/[\r\n]+/g, ' ')} (#${pr.number})`
  const body =
    repo?.squashMessage === 'BLANK'
      ? ''
      : repo?.squashMessage === 'COMMIT_MESSAGES'
        ? [...own]
            .reverse()
            .map(commit => `* ${commit.message.trim()}`)
            .join('\n\n')
        : pr.body.replace(/\r\n/g, '\n').trim()
  return body ? `${header}\n\n${body}` : header
}

/** The sha the synthetic merge commit gets (it is a merge: it never shows in notes or reasons). */
export const MERGE_SHA = '0'.repeat(40)

/**
 * The commits a merge of the pull request puts on the base branch, newest first: one squash commit
 * (shown with the PR head's sha, since it does not exist yet), or a merge commit over the pull
 * request's commits, or those commits alone (rebase). None when the pull request has no commits.
 */
export function mergedCommits(
  method: MergeMethod,
  pr: PullRequest,
  commits: RawCommit[],
  base: string,
  now: Date,
  repo: RepoMergeSettings | null
): RawCommit[] {
  if (commits.length === 0) return []
  const time = Math.floor(now.getTime() / 1000)
  if (method === 'squash')
    return [{ sha: pr.headSha, parents: [base], time, author: pr.author, message: squashMessage(pr, commits, repo) }]
  if (method === 'rebase') return commits
  const from = `${pr.headRepo.split('/')[0] || 'fork'}/${pr.headRef}`
  return [
    {
      sha: MERGE_SHA,
      parents: [base, pr.headSha],
      time,
      author: pr.author,
      message: `Merge pull request #${pr.number} from ${from}\n\n${pr.title}`
    },
    ...commits
  ]
}

// ---------------------------------------------------------------------------------------------
// Lint

export interface LintRules {
  /** Allowed types, lower case. */
  types: ReadonlySet<string>
  /** Allowed scopes; null for any. */
  scopes: readonly string[] | null
}

/**
 * The allowed types: commit_types when given; else the conventional types and the types the notes
 * sections name (such as `deps`), without the pseudo-types `other` and `deps-dev`.
 */
export function lintRules(
  commitTypes: readonly string[],
  commitScopes: readonly string[],
  sections: readonly NotesSection[] | null
): LintRules {
  const types =
    commitTypes.length > 0
      ? new Set(commitTypes.map(type => type.toLowerCase()))
      : new Set([
          ...KNOWN_TYPES,
          ...(sections ?? DEFAULT_SECTIONS)
            .flatMap(section => section.types)
            .filter(t => !['other', 'deps-dev'].includes(t))
        ])
  return { types, scopes: commitScopes.length > 0 ? commitScopes : null }
}

export interface LintProblem {
  /** `title`, or the commit's short sha. */
  where: string
  header: string
  problem: string
  suggestion: string
}

const FIXUP = /^(?:fixup|squash|amend)! /
const REVERT = /^(?:revert|reapply)\s+"/i
/** First words that say what kind of change a plain message is. */
const GUESSES: Array<[RegExp, string]> = [
  [
    /^(?:add|adds|added|implement|implements|introduce|introduces|support|supports|allow|allows|enable|enables|new|create|creates)\b/i,
    'feat'
  ],
  [/^(?:fix|fixes|fixed|correct|corrects|resolve|resolves|repair|prevent|prevents|handle|handles|bug)\b/i, 'fix'],
  [/^(?:doc|docs|document|documents|readme|typo)\b/i, 'docs'],
  [/^(?:refactor|refactors|rename|renames|move|moves|simplify|simplifies|extract|clean|cleanup)\b/i, 'refactor'],
  [/^(?:test|tests|testing)\b/i, 'test'],
  [/^(?:speed|faster|optimize|optimise|optimizes|perf|performance)\b/i, 'perf'],
  [/^(?:bump|update|updates|upgrade|upgrades|pin)\b/i, 'chore']
]
/** Types people write that mean a conventional one. */
const ALIASES: Record<string, string> = {
  feature: 'feat',
  features: 'feat',
  bugfix: 'fix',
  hotfix: 'fix',
  bug: 'fix',
  doc: 'docs',
  tests: 'test',
  performance: 'perf',
  refactoring: 'refactor',
  dependencies: 'chore',
  deps: 'chore'
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text
}

/** The text before `end`, never ending in the first half of a surrogate pair (an emoji cut in two). */
function before(text: string, end: number): string {
  const code = text.charCodeAt(end - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end)
}

function shown(header: string, max = 120): string {
  const line = header.replace(/[\r\n]+/g, ' ').trim()
  return line.length > max ? `${before(line, max - 1)}…` : line
}

/**
 * One header against the commit grammar (src/core/commit-parser.ts) and the allowed types and
 * scopes; null when it is fine. Reverts as git and GitHub write them (`Revert "…"`) are fine.
 */
export function lintHeader(header: string, rules: LintRules): Omit<LintProblem, 'where'> | null {
  const line = header.trim()
  const typesList = [...rules.types].sort().join(', ')
  const generic = `for example \`feat: …\` for a feature or \`fix: …\` for a bug fix (allowed types: ${typesList})`
  if (!line) return { header, problem: 'it is empty', suggestion: `Write what the change does, ${generic}.` }
  if (FIXUP.test(line))
    return {
      header,
      problem: 'it is a fixup commit left unsquashed',
      suggestion: 'Squash it into the commit it fixes (git rebase -i --autosquash) before merging.'
    }
  if (REVERT.test(line)) return null
  const parsed = parseCommitMessage(line)
  if (parsed.type === null) {
    const colon = /^(\w+)(\([^()]*\))?(!?):\s*(\S.*)$/.exec(line)
    let subject = lowerFirst(colon ? colon[4] : line)
    let type = colon ? (ALIASES[colon[1].toLowerCase()] ?? colon[1].toLowerCase()) : undefined
    if (!type) {
      type = GUESSES.find(([pattern]) => pattern.test(line))?.[1]
      // `Fix crash` is `fix: crash`; `Add x` stays `feat: add x`
      const rest = /^(\w+)\s+(\S.*)$/.exec(subject)
      if (type && rest && rest[1].toLowerCase().startsWith(type)) subject = rest[2]
    }
    const scope = colon?.[2] ?? ''
    const suggestion =
      type && rules.types.has(type)
        ? `For example \`${type}${scope}${colon?.[3] ?? ''}: ${shown(subject, 100)}\`.`
        : `Start it with a type, ${generic}.`
    return {
      header,
      problem: colon
        ? 'it is not a conventional commit header (`type(scope): description`, one space after the colon)'
        : 'it is not a conventional commit (`type(scope): description`)',
      suggestion
    }
  }
  const type = parsed.type.toLowerCase()
  const breaking = /^\w+(?:\(.*\))?!:/.test(line) ? '!' : ''
  const scopePart = parsed.scope ? `(${parsed.scope})` : ''
  const subject = parsed.subject ?? ''
  if (!rules.types.has(type)) {
    const alias = ALIASES[type]
    return {
      header,
      problem: `its type \`${shown(parsed.type, 40)}\` is not one of the allowed types (${typesList})`,
      suggestion:
        alias && rules.types.has(alias)
          ? `For example \`${alias}${scopePart}${breaking}: ${shown(subject, 100)}\`.`
          : `Use one of the allowed types (commit_types in .github/release-action.yml).`
    }
  }
  if (rules.scopes && parsed.scope) {
    const scopes = parsed.scope.split(/\s*,\s*/)
    const unknown = scopes.filter(scope => !rules.scopes!.includes(scope))
    if (unknown.length > 0)
      return {
        header,
        problem: `its scope \`${shown(unknown.join(','), 40)}\` is not one of the allowed scopes (${rules.scopes.join(', ')})`,
        suggestion: `Use one of them, or no scope: \`${type}${breaking}: ${shown(subject, 100)}\`.`
      }
  }
  if (!subject.trim())
    return {
      header,
      problem: 'it has no description after the type',
      suggestion: `Say what changes: \`${type}${scopePart}${breaking}: …\`.`
    }
  return null
}

/**
 * What the lint looks at: with squash merging the squash commit's header (the title decides),
 * else every commit of the pull request but merges.
 */
export function lintPullRequest(
  method: MergeMethod,
  onTop: RawCommit[],
  rules: LintRules,
  squashTitleFromCommit: boolean
): { problems: LintProblem[]; checked: number } {
  if (method === 'squash') {
    if (onTop.length === 0) return { problems: [], checked: 0 }
    // the title as written, without the ` (#N)` GitHub appends
    const header = firstLine(onTop[0].message).replace(/ \(#\d+\)$/, '')
    const problem = lintHeader(header, rules)
    return { problems: problem ? [{ where: squashTitleFromCommit ? 'commit' : 'title', ...problem }] : [], checked: 1 }
  }
  const commits = onTop.filter(commit => commit.parents.length < 2)
  const problems: LintProblem[] = []
  for (const commit of commits) {
    const problem = lintHeader(firstLine(commit.message), rules)
    if (problem) problems.push({ where: commit.sha.slice(0, 7), ...problem })
  }
  return { problems, checked: commits.length }
}

// ---------------------------------------------------------------------------------------------
// What each commit contributes

export interface Contribution {
  /** `squash`, `merge`, or the commit's short sha. */
  commit: string
  header: string
  bump: Bump
  why: string
}

/** The bump each commit on top contributes, read from the release's own decision (drivers, cancels, skips). */
export function contributions(method: MergeMethod, onTop: RawCommit[], decision: BumpDecision | null): Contribution[] {
  return onTop.map(commit => {
    const label = commit.parents.length > 1 ? 'merge' : method === 'squash' ? 'squash' : commit.sha.slice(0, 7)
    const header = firstLine(commit.message)
    if (commit.parents.length > 1)
      return { commit: label, header, bump: 'none' as Bump, why: 'a merge commit: its commits count on their own' }
    if (!decision) return { commit: label, header, bump: 'none' as Bump, why: 'no decision (the release would fail)' }
    const drivers = decision.drivers.filter(driver => driver.change.sha === commit.sha)
    if (drivers.length > 0) {
      const strongest = drivers.reduce((best, driver) =>
        BUMP_ORDER[driver.level] > BUMP_ORDER[best.level] ? driver : best
      )
      const whys = [...new Set(drivers.map(driver => driver.why))]
      return { commit: label, header, bump: strongest.level, why: whys.join(', ') }
    }
    if (decision.skipped.includes(commit.sha))
      return { commit: label, header, bump: 'none' as Bump, why: '[skip release]' }
    if (decision.cancelled.has(commit.sha))
      return { commit: label, header, bump: 'none' as Bump, why: 'cancelled by a revert in the range' }
    const change = decision.changes.find(each => each.sha === commit.sha)
    if (change)
      return {
        commit: label,
        header,
        bump: 'none' as Bump,
        why: change.type
          ? `${change.type}: in the notes, releases nothing by itself`
          : 'not a conventional commit: releases nothing'
      }
    return {
      commit: label,
      header,
      bump: 'none' as Bump,
      why: 'not in the release (a release commit or an empty message)'
    }
  })
}

// ---------------------------------------------------------------------------------------------
// The comment

/** The release as planned (a subset of ReleasePlan). */
export interface PlannedRelease {
  released: boolean
  version: string
  tag: string
  bump: Bump
  previousTag: string
  reason: string
  notes: string
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
}

function version(plan: PlannedRelease): string {
  return plan.released ? `\`${plan.tag}\` (${plan.bump})` : 'no release'
}

/** The one-line verdict: the comment's headline, the check's title. */
export function verdict(report: PreviewReport): string {
  const { merged, base } = report
  if (report.error || !merged || !base) return 'The release would fail after this merge'
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
  const effect = effectOf(merged, base)
  const from = merged.previousTag ? ` from \`${sanitizeInline(merged.previousTag)}\`` : ', the first release'
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
      problem.where === 'title' ? 'The title' : problem.where === 'commit' ? 'The commit' : `\`${problem.where}\``
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

const FENCE_OPEN = /^( *)(`{3,}|~{3,})(.*)$/
const FENCE_CLOSE = /^ *(`{3,}|~{3,})[ \t]*$/

/**
 * Cuts Markdown at a line end within `max` characters, closing a code fence left open at the
 * fence's own indentation (a fence under a list item closed at the margin would open a new one).
 */
export function cutMarkdown(markdown: string, max: number): string {
  if (markdown.length <= max) return markdown
  let room = Math.max(0, max - 10)
  for (;;) {
    let cut = markdown.lastIndexOf('\n', room)
    if (cut < 0) cut = room
    const out = before(markdown, cut)
    let fence: { indent: string; marker: string } | null = null
    for (const line of out.split('\n')) {
      if (fence === null) {
        const open = FENCE_OPEN.exec(line)
        // a backtick fence's info string has no backtick (else it is a code span)
        if (open && !(open[2][0] === '`' && open[3].includes('`'))) fence = { indent: open[1], marker: open[2] }
      } else {
        // only a line of the fence's character alone closes it (```js inside a block is code)
        const close = FENCE_CLOSE.exec(line)
        if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length) fence = null
      }
    }
    const result = fence ? `${out}\n${fence.indent}${fence.marker}` : out
    if (result.length <= max || room === 0) return result
    room = Math.max(0, room - (result.length - max))
  }
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
  const notes = report.merged?.released && !report.error ? report.merged.notes.trim() : ''
  const open = notes
    ? [
        '',
        '### Release notes as they would read',
        '',
        `<details><summary>Release notes of ${sanitizeInline(report.merged!.tag)}</summary>`,
        '',
        ''
      ].join('\n')
    : ''
  const close = notes ? '\n\n</details>\n' : ''
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
  const lines = [`**${title}**`]
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
