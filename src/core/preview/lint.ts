/**
 * The title and message lint of a preview: each header against the commit grammar
 * (src/core/commits/parser.ts) and the allowed types and scopes. The types, their aliases and the
 * words that say what a plain message is come from the table of commit types (commits/type-table.ts).
 */
import { parseCommitMessage } from '../commits/parser.js'
import {
  DEFAULT_SECTIONS,
  KNOWN_TYPES,
  LINT_ALIASES,
  LINT_GUESSES,
  UNWRITTEN_TYPES,
  type NotesSection
} from '../commits/type-table.js'
import type { RawCommit } from '../types.js'
import type { MergeMethod } from './pull-request.js'
import { firstLine, lowerFirst, shown } from './text.js'

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
          ...(sections ?? DEFAULT_SECTIONS).flatMap(section => section.types).filter(t => !UNWRITTEN_TYPES.has(t))
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
/**
 * One header against the commit grammar (src/core/commits/parser.ts) and the allowed types and
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
    let type = colon ? (LINT_ALIASES[colon[1].toLowerCase()] ?? colon[1].toLowerCase()) : undefined
    if (!type) {
      type = LINT_GUESSES.find(([pattern]) => pattern.test(line))?.[1]
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
    const alias = LINT_ALIASES[type]
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
