import { ConfigurationError } from '../errors.js'
import type { Component, FixedGroup } from './types.js'

/**
 * The components in dependency order (each after the ones it depends on), otherwise as configured;
 * an unknown name or a cycle in `depends_on` is an error naming it.
 */
export function dependencyOrder(components: Component[], file: string): Component[] {
  const byName = new Map(components.map(c => [c.name, c]))
  for (const component of components) {
    for (const dependency of component.dependsOn) {
      if (!byName.has(dependency))
        throw new ConfigurationError(
          `Component ${component.name} of ${file} depends_on "${dependency}", which is no component. Use one of: ${[...byName.keys()].join(', ')}.`
        )
      if (dependency === component.name)
        throw new ConfigurationError(
          `Component ${component.name} of ${file} depends on itself. Remove it from its depends_on.`
        )
    }
  }
  const order: Component[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (component: Component, trail: string[]): void => {
    const now = state.get(component.name)
    if (now === 'done') return
    if (now === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(component.name)), component.name]
      throw new ConfigurationError(
        `The depends_on of ${file} make a cycle: ${cycle.join(' → ')}. A component cannot depend on itself through others; remove one of these.`
      )
    }
    state.set(component.name, 'visiting')
    for (const dependency of component.dependsOn) visit(byName.get(dependency)!, [...trail, component.name])
    state.set(component.name, 'done')
    order.push(component)
  }
  for (const component of components) visit(component, [])
  return order
}

/** The fixed group a component is in, or null. */
export function groupOf(groups: FixedGroup[], name: string): FixedGroup | null {
  return groups.find(group => group.members.includes(name)) ?? null
}

/**
 * A fixed group's members share one version: their current versions (read from their tags or
 * version files) must agree before a release, or the error names each.
 */
export function checkFixedVersions(groups: FixedGroup[], current: ReadonlyMap<string, string | null>): void {
  for (const group of groups) {
    const versions = group.members.map(member => ({ member, version: current.get(member) ?? null }))
    const distinct = new Set(versions.map(v => v.version ?? 'none'))
    if (distinct.size > 1)
      throw new ConfigurationError(
        `The fixed group ${group.name} has members whose versions disagree today: ${versions.map(v => `${v.member} ${v.version ?? '(no release)'}`).join(', ')}. ` +
          'Members of a fixed group share one version: set their version files to the same version (or tag them alike), or make the group independent.'
      )
  }
}

/** A fixed group member's version files at HEAD, each with its version (as written, and as SemVer). */
export interface MemberFiles {
  name: string
  /** Its version by its tags (the tag check has made them agree), or null. */
  tagVersion: string | null
  files: Array<{ path: string; version: string; semver: string }>
}

/**
 * Whether a fixed group's members' version files disagree today: the version most of their files
 * hold (a tie: the one the group's tags hold, else the first member's) is the group's; the first
 * file holding another is named, with its component and what to do. Null when they agree (or a
 * member has no version file: a Docker image has nothing to disagree with).
 */
export function disagreeingFixedFiles(group: FixedGroup, members: MemberFiles[]): string | null {
  const all = members.flatMap(member => member.files.map(file => ({ member, file })))
  if (new Set(all.map(({ file }) => file.semver)).size <= 1) return null
  const count = new Map<string, number>()
  for (const { file } of all) count.set(file.semver, (count.get(file.semver) ?? 0) + 1)
  const most = Math.max(...count.values())
  const tagged = members.find(member => member.tagVersion !== null)?.tagVersion ?? null
  const leading = [...count].filter(([, n]) => n === most).map(([version]) => version)
  const version =
    tagged !== null && leading.includes(tagged)
      ? tagged
      : all.find(({ file }) => leading.includes(file.semver))!.file.semver
  const holder = all.find(({ file }) => file.semver === version)!
  const odd = all.find(({ file }) => file.semver !== version)!
  return (
    `component ${odd.member.name} of the fixed group ${group.name} has ${odd.file.path} at ${odd.file.version}, but ${holder.member.name === odd.member.name ? 'its' : `${holder.member.name}'s`} ${holder.file.path} is at ${holder.file.version}: members of a fixed group share one version, and their version files disagree today. ` +
    `Set ${odd.file.path} to ${holder.file.version} (the group's version) and commit it, or take ${odd.member.name} out of the group (independent), or leave the file out of its version_files ("!${odd.file.path}"). Nothing was changed.`
  )
}

/** The components that depend on `name`, directly or not. */
export function dependentsOf(components: Component[], name: string): Component[] {
  const result: Component[] = []
  const seen = new Set<string>([name])
  let frontier = [name]
  while (frontier.length > 0) {
    const next: string[] = []
    for (const component of components) {
      if (seen.has(component.name)) continue
      if (component.dependsOn.some(d => frontier.includes(d))) {
        seen.add(component.name)
        result.push(component)
        next.push(component.name)
      }
    }
    frontier = next
  }
  return result
}
