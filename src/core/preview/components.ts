/**
 * The preview of a repository with components (the configuration file's `components`): which
 * components the pull request changes (their next version, why, their notes), the others on one
 * line, and what each commit contributes to each component.
 */
import type { BumpDecision } from '../versioning/bump.js'
import { codeSpan, sanitizeCell, sanitizeInline } from '../text/sanitize.js'
import { BUMP_ORDER, type Bump, type RawCommit } from '../types.js'
import { contributions, type Contribution } from './contributions.js'
import type { MergeMethod } from './pull-request.js'
import type { PlannedRelease } from './render.js'
import { shown } from './text.js'

/** One component as the merge would release it, and as the base alone would. */
export interface ComponentPreview {
  name: string
  merged: PlannedRelease
  base: PlannedRelease
}

/** What the pull request changes in a component's release (as render.ts's effectOf). */
function effectOf(merged: PlannedRelease, base: PlannedRelease): 'version' | 'notes' | 'nothing' {
  if (merged.released !== base.released || merged.version !== base.version || merged.bump !== base.bump)
    return 'version'
  return merged.notes !== base.notes ? 'notes' : 'nothing'
}

/** The components whose release the pull request changes (version or notes), in dependency order. */
export function changedComponents(components: ComponentPreview[]): ComponentPreview[] {
  return components.filter(c => effectOf(c.merged, c.base) !== 'nothing')
}

function version(plan: PlannedRelease): string {
  return plan.released ? `${codeSpan(plan.tag)} (${plan.bump})` : 'no release'
}

/** The verdict with components: the check's title and the comment's headline. */
export function componentsVerdict(components: ComponentPreview[]): string {
  const changed = changedComponents(components)
  if (changed.length === 0) return 'Changes no component of the release'
  const released = changed.filter(c => c.merged.released)
  // a check run's title: five names at most
  const few = (list: string[]) => (list.length > 5 ? [...list.slice(0, 5), `${list.length - 5} more`] : list).join(', ')
  if (released.length === 0) return `No release of ${few(changed.map(c => c.name))} after this merge`
  return `Next release${released.length > 1 ? 's' : ''}: ${few(released.map(c => `${c.merged.tag} (${c.merged.bump})`))}`
}

/** The headline of a preview with components: a row per component it changes, one line for the rest. */
export function componentsHeadline(components: ComponentPreview[], merge: string): string[] {
  const changed = changedComponents(components)
  const unchanged = components.filter(c => !changed.includes(c))
  const lines: string[] = []
  if (changed.length === 0)
    lines.push(
      `**This pull request changes no component's release** (${components.length} component${components.length === 1 ? '' : 's'}).`
    )
  else {
    lines.push(
      `**If this pull request were ${merge} now, it would change the release of ${changed.length} of ${components.length} components:**`,
      '',
      '| component | next release | without it | why |',
      '| --- | --- | --- | --- |'
    )
    for (const c of changed) {
      const from = c.merged.previousTag ? ` from ${codeSpan(c.merged.previousTag)}` : ' (first release)'
      const next = c.merged.released ? `${version(c.merged)}${from}` : 'no release'
      const notesOnly = effectOf(c.merged, c.base) === 'notes' ? ' (adds to its notes)' : ''
      lines.push(
        `| ${sanitizeCell(c.name)} | ${next}${notesOnly} | ${version(c.base)} | ${sanitizeCell(shown(c.merged.reason, 300))} |`
      )
    }
  }
  if (unchanged.length > 0)
    lines.push(
      '',
      `Unchanged by this pull request: ${unchanged
        .map(
          c =>
            `${sanitizeInline(c.name)} (${c.merged.released ? `next stays ${codeSpan(c.merged.tag)}` : 'no release'})`
        )
        .join(', ')}.`
    )
  return lines
}

/** The notes of the components the pull request changes and releases, each under its heading. */
export function componentsNotes(components: ComponentPreview[]): string {
  return changedComponents(components)
    .filter(c => c.merged.released && c.merged.notes.trim())
    .map(c => `#### ${sanitizeInline(c.name)} ${sanitizeInline(c.merged.version)}\n\n${c.merged.notes.trim()}`)
    .join('\n\n')
}

/**
 * What each commit on top contributes, read from every component's decision: the strongest bump,
 * and per component the commit counts for, why (`lib: feature; web: fix`).
 */
export function componentContributions(
  method: MergeMethod,
  onTop: RawCommit[],
  decisions: ReadonlyArray<readonly [string, BumpDecision]>
): Contribution[] {
  const per = decisions.map(([name, decision]) => [name, contributions(method, onTop, decision)] as const)
  const base = contributions(method, onTop, null)
  return base.map((row, index) => {
    if (onTop[index].parents.length > 1) return row
    let bump: Bump = 'none'
    const whys: string[] = []
    for (const [name, rows] of per) {
      const own = rows[index]
      const decision = decisions.find(([n]) => n === name)![1]
      const sha = onTop[index].sha
      const counted = decision.changes.some(c => c.sha === sha) || decision.skipped.includes(sha)
      if (!counted) continue
      if (BUMP_ORDER[own.bump] > BUMP_ORDER[bump]) bump = own.bump
      whys.push(`${name}: ${own.why}`)
    }
    return {
      ...row,
      bump,
      why: whys.length > 0 ? whys.join('; ') : 'touches no component (or is not in any range)'
    }
  })
}
