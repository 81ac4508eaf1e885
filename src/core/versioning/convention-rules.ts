/**
 * A project's release rules: what a kind of commit releases when the project's own convention
 * differs from the standard rules (commits/type-table.ts). One rule set, two sources: the
 * configuration file's `release_rules` (explicit, always wins) and the rules inferred from the
 * project's own releases (convention.ts). bump.ts applies them.
 *
 * Keys, lower case:
 * - `breaking`: a breaking change at or above 1.0.0; `0.x breaking`: below 1.0.0
 * - `0.x feat`: a feature below 1.0.0
 * - `plain`: a plain (non-conventional) message
 * - `TYPE` or `TYPE(SCOPE)`: a commit of that type (and scope) that is not breaking
 */
import { ConfigurationError } from '../errors.js'
import { isFeatureType } from '../commits/type-table.js'
import type { Change } from '../commits/changes.js'
import type { Bump } from '../types.js'

export interface ReleaseRule {
  key: string
  level: Bump
  source: 'configuration' | 'inferred'
  /** Where it comes from, in words: `breaking changes released as minor in 7 of 7 releases since v2.0.0`. */
  evidence: string
}

export interface Convention {
  rules: ReadonlyMap<string, ReleaseRule>
  /** Why no convention was inferred at all (too few releases); '' otherwise. */
  note: string
  /** Kinds (rule keys) whose releases contradict each other, with the evidence: no rule for them. */
  contested?: ReadonlyMap<string, string>
}

export const STANDARD: Convention = Object.freeze({ rules: new Map<string, ReleaseRule>(), note: '' })

const LEVELS: readonly Bump[] = ['major', 'minor', 'patch', 'none']
/** A type or a scope a rule may name: a word (no mention, markup or marker can ride along). */
const WORD = /^[a-z][a-z0-9_-]{0,30}$/
const SCOPE = /^[a-z0-9][a-z0-9_.-]{0,30}$/

/** The rule key of a type and scope (`chore(deps)`), or null when they are not plain words. */
export function typeKey(type: string, scope: string | null): string | null {
  const lower = type.toLowerCase()
  if (!WORD.test(lower)) return null
  if (scope === null) return lower
  const scoped = scope.toLowerCase()
  return SCOPE.test(scoped) ? `${lower}(${scoped})` : null
}

function validKey(key: string): boolean {
  if (key === 'breaking' || key === '0.x breaking' || key === '0.x feat' || key === 'plain') return true
  const match = /^([^()\s]+)(?:\(([^()\s]+)\))?$/.exec(key)
  return match !== null && typeKey(match[1], match[2] ?? null) === key
}

/** `release_rules` entries (`breaking=minor`, `chore(deps)=patch`, `plain=none`): the explicit rules. */
export function parseReleaseRules(entries: readonly string[]): Map<string, ReleaseRule> {
  const rules = new Map<string, ReleaseRule>()
  for (const entry of entries) {
    const match = /^\s*([^=]+?)\s*=\s*([a-z]+)\s*$/i.exec(entry)
    const key = match?.[1].toLowerCase().replace(/\s+/g, ' ') ?? ''
    const level = (match?.[2].toLowerCase() ?? '') as Bump
    if (!match || !validKey(key) || !LEVELS.includes(level)) {
      throw new ConfigurationError(
        `release_rules has the entry "${entry.slice(0, 80)}", which is not KIND=LEVEL. ` +
          'Write entries such as breaking=minor, 0.x feat=patch, chore(deps)=patch or plain=none (KIND: breaking, 0.x breaking, 0.x feat, plain, TYPE or TYPE(SCOPE); LEVEL: major, minor, patch or none).'
      )
    }
    rules.set(key, { key, level, source: 'configuration', evidence: `release_rules: ${key}=${level}` })
  }
  return rules
}

/** Explicit rules win over inferred ones, key by key. */
export function mergeConventions(explicit: ReadonlyMap<string, ReleaseRule>, inferred: Convention): Convention {
  if (explicit.size === 0) return inferred
  return { ...inferred, rules: new Map([...inferred.rules, ...explicit]) }
}

/** The rule keys that may decide a (conventional or breaking) change, most specific first. */
export function ruleKeys(change: Change, preMajor: boolean): string[] {
  if (change.breaking) return [preMajor ? '0.x breaking' : 'breaking']
  if (change.type === null) return []
  const keys = preMajor && isFeatureType(change.type) ? ['0.x feat'] : []
  const scoped = typeKey(change.type, change.scope)
  if (scoped !== null && change.scope !== null) keys.push(scoped)
  keys.push(change.type.toLowerCase())
  return keys
}

/** The rule that decides a (conventional or breaking) change, if any. */
export function ruleFor(change: Change, preMajor: boolean, convention: Convention): ReleaseRule | undefined {
  if (convention.rules.size === 0) return undefined
  for (const key of ruleKeys(change, preMajor)) {
    const rule = convention.rules.get(key)
    if (rule) return rule
  }
  return undefined
}

/** How the rule reads in a reason: its evidence, and the configuration that makes an inferred rule explicit. */
export function describeRule(rule: ReleaseRule): string {
  return rule.source === 'configuration'
    ? rule.evidence
    : `convention inferred from this repository's releases: ${rule.evidence} (to make it explicit, set release_rules: [${rule.key}=${rule.level}] in the configuration file; infer_convention: false turns inference off)`
}
