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
