import type { AnalyzedCommit } from '../commits/changes.js'
import { planRelease, type PlanInput, type PlanSettings, type ReleasePlan } from '../versioning/plan.js'
import type { ReleaseTag } from '../versioning/version.js'
import type { Installation } from '../notes/notes.js'
import { BUMP_ORDER, type BumpLevel } from '../types.js'
import type { Component, FixedGroup } from './types.js'
import type { PinKind } from './pins.js'

/** What one component's decision reads: its previous release, its tags, its commits. */
export interface ComponentInput {
  component: Component
  previous: ReleaseTag | null
  /** Its release tags (its prefix), for prerelease numbering. */
  tags: ReleaseTag[]
  /** Its commits (attributed by path), newest first. */
  commits: AnalyzedCommit[]
  /**
   * How its manifest pins a dependency released at a version (src/core/components/pins.ts); absent:
   * every `depends_on` is an exact pin (a monorepo's workspace packages, as release-please treats them).
   */
  pin?: (dependency: string, version: string) => PinKind
  installs?: Installation[]
  /** Its versions that must not be released again (rolled back, tagged on origin only), with why. */
  burned?: ReadonlyMap<string, string>
}

/** A dependency of a component updated by this release. */
export interface DependencyUpdate {
  name: string
  version: string
  pin: 'exact'
}

export interface ComponentDecision {
  component: Component
  plan: ReleasePlan
  /** Why, for this component: which commits decided (or the dependency or fixed group that did). */
  reason: string
  /** The dependencies released with it (their pins get the new version). */
  dependencies: DependencyUpdate[]
  /** The fixed group it releases with, when there is one. */
  group: string | null
}

export interface ComponentsPlanInput {
  settings: PlanSettings
  inputs: ComponentInput[]
  fixed: FixedGroup[]
  repoUrl: string | null
  date: string
}

/** The top level's rules, with the component's own where it sets them. */
function settingsOf(top: PlanSettings, component: Component, bump: PlanSettings['bump']): PlanSettings {
  return {
    ...top,
    bump,
    tagPrefix: component.tagPrefix,
    changelogFile: component.changelog,
    prerelease: component.prerelease ?? top.prerelease,
    bumpMinorPreMajor: component.bumpMinorPreMajor ?? top.bumpMinorPreMajor,
    initialVersion: component.initialVersion ?? top.initialVersion,
    notesSections: component.notesSections ?? top.notesSections
  }
}

function planOne(input: ComponentsPlanInput, one: ComponentInput, bump: PlanSettings['bump']): ReleasePlan {
  const planInput: PlanInput = {
    settings: settingsOf(input.settings, one.component, bump),
    commits: one.commits,
    previous: one.previous,
    allTags: one.tags,
    repoUrl: input.repoUrl,
    packageName: one.component.packageName || null,
    installs: one.installs,
    date: input.date,
    burned: one.burned
  }
  return planRelease(planInput)
}

/** The level a forced bump releases over `previous` (what planRelease would name it). */
function levelOf(plan: ReleasePlan): BumpLevel {
  return plan.bump === 'none' ? 'patch' : plan.bump
}

/** Appends a section to a release's notes and changelog section (dependencies updated). */
function withSection(plan: ReleasePlan, title: string, lines: string[]): ReleasePlan {
  const block = `\n### ${title}\n\n${lines.map(line => `- ${line}`).join('\n')}\n`
  return {
    ...plan,
    notes: `${plan.notes.trimEnd()}\n${block}`,
    changelogSection: plan.changelogSection ? `${plan.changelogSection.trimEnd()}\n${block}` : ''
  }
}

/**
 * Every component's decision, in dependency order: each decided from its own commits with its own
 * rules (`bump_patch_for_minor_pre_major`: below 1.0.0 a feat makes a patch); a component whose
 * dependency is released updates its pin, and when it pins exactly releases a patch of its own;
 * a fixed group's members release together at the highest version any member calls for.
 */
export function planComponents(input: ComponentsPlanInput): ComponentDecision[] {
  const decisions = new Map<string, ComponentDecision>()
  const inputs = new Map(input.inputs.map(one => [one.component.name, one]))
  const groupOf = (name: string) => input.fixed.find(group => group.members.includes(name)) ?? null

  for (const one of input.inputs) {
    let plan = planOne(input, one, input.settings.bump)
    let reason = plan.reason
    const major = one.previous ? Number(one.previous.version.split('.')[0]) : 0
    if (
      one.component.bumpPatchForMinorPreMajor &&
      plan.released &&
      plan.bump === 'minor' &&
      major === 0 &&
      one.previous &&
      !plan.decision.releaseAs &&
      plan.decision.drivers[0]?.level === 'minor'
    ) {
      plan = planOne(input, one, 'patch')
      reason = `${plan.decision.reason.replace(/^bump input set to patch/, `patch because of ${plan.decision.drivers[0].change.sha.slice(0, 7)} feat`)} (a feat below 1.0.0 bumps patch: bump_patch_for_minor_pre_major): ${one.previous.version} → ${plan.version}`
    }
    decisions.set(one.component.name, {
      component: one.component,
      plan,
      reason,
      dependencies: [],
      group: groupOf(one.component.name)?.name ?? null
    })
  }

  // dependencies (in dependency order: a dependency is decided before its dependents) and fixed
  // groups, until nothing changes (a group member released for a dependency releases its group)
  for (let round = 0; round < input.inputs.length + 1; round++) {
    let changed = false
    for (const one of input.inputs) {
      const decision = decisions.get(one.component.name)!
      const updates: DependencyUpdate[] = []
      for (const name of one.component.dependsOn) {
        const dependency = decisions.get(name)!
        if (!dependency.plan.released) continue
        // a range that admits the new version is left as it is; an exact pin (or a range left behind) is updated
        if ((one.pin?.(name, dependency.plan.version) ?? 'exact') !== 'exact') continue
        updates.push({ name, version: dependency.plan.version, pin: 'exact' })
      }
      if (updates.length === decision.dependencies.length) continue
      decision.dependencies = updates
      changed = true
      const exact = updates
      if (!decision.plan.released && exact.length > 0) {
        decision.plan = planOne(input, one, 'patch')
        decision.reason = `patch because ${exact.map(u => `${u.name} ${u.version}`).join(', ')} is released and ${one.component.name} pins it exactly: ${decision.plan.previousVersion || 'first release'} → ${decision.plan.version}`
      }
    }
    for (const group of input.fixed) {
      const members = group.members.map(name => decisions.get(name)!)
      const released = members.filter(member => member.plan.released)
      if (released.length === 0) continue
      const lead = released.reduce((best, member) =>
        BUMP_ORDER[levelOf(member.plan)] > BUMP_ORDER[levelOf(best.plan)] ? member : best
      )
      for (const member of members) {
        if (member.plan.released && member.plan.version === lead.plan.version) continue
        member.plan = planOne(input, inputs.get(member.component.name)!, levelOf(lead.plan))
        member.reason = `fixed group ${group.name}: released with ${lead.component.name} at ${member.plan.version} (${lead.reason})`
        changed = true
      }
    }
    if (!changed) break
  }

  return input.inputs.map(one => {
    const decision = decisions.get(one.component.name)!
    if (decision.plan.released && decision.dependencies.length > 0)
      decision.plan = withSection(
        decision.plan,
        'Dependencies',
        decision.dependencies.map(update => `${update.name} updated to ${update.version}`)
      )
    return decision
  })
}
