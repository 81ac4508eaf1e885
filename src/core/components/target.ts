/**
 * Which component a mode acting on one package acts on (rollback, hotfix, a release line), in a
 * repository with `components`. action.yml has no input left for it, so it is named where the mode
 * already reads a name:
 *
 * - the `version` input: `name@1.2.3`, or the component's tag (`name-v1.2.3`);
 * - the branch: `hotfix/<name>/…` (or `hotfix/<name>`), `<name>/1.x`, `<name>/next`;
 * - a `component:` of the configuration file's `release_lines` block (every line releases it);
 * - the CLI's `--component NAME`.
 */
import semver from 'semver'
import { ConfigurationError } from '../errors.js'
import type { ReleaseLinesConfig } from '../versioning/release-lines.js'
import type { Component, ComponentsConfig } from './types.js'

/** How a mode names its component, for the error that asks for one. */
export interface TargetQuery {
  /** The name given outright (the CLI's --component, release_lines' component), '' for none. */
  name: string
  /** The version input ('' for none): `name@1.2.3`, a component's tag, or a bare version. */
  version: string
  /** The branch released ('' for none). */
  branch: string
  /** The mode, for the messages: `rollback`, `hotfix`, `the release line <branch>`. */
  what: string
}

export interface Target {
  component: Component
  /** The version the input names without the component ('' when none was given). */
  version: string
  /** How the component was named, for the log. */
  by: string
}

function names(config: ComponentsConfig): string {
  return config.components.map(c => c.name).join(', ')
}

/** The component of that name, or one error listing the names. */
export function componentNamed(config: ComponentsConfig, name: string, where: string): Component {
  const found = config.components.find(c => c.name === name)
  if (found) return found
  throw new ConfigurationError(
    `${where} names the component "${name.slice(0, 100)}", which is not one of the configuration file's components: ${names(config)}. Name one of them. Nothing was changed.`
  )
}

const NAMED = /^([^@\s]+)@v?(\S+)$/

/** A version input that names its component (`name@1.2.3` or a tag), or null for a bare version. */
export function namedVersion(
  config: ComponentsConfig,
  value: string
): { component: Component; version: string } | null {
  const named = NAMED.exec(value)
  if (named) {
    const component = componentNamed(config, named[1], `The version input "${value.slice(0, 100)}"`)
    if (semver.valid(named[2]) !== named[2])
      throw new ConfigurationError(
        `The version input "${value.slice(0, 100)}": "${named[2].slice(0, 60)}" is not a semantic version. Use ${component.name}@X.Y.Z, such as ${component.name}@1.3.0.`
      )
    return { component, version: named[2] }
  }
  // a tag: the longest prefix of a component's tags that leaves a version
  const tagged = config.components
    .filter(c => c.tagPrefix !== '' && value.startsWith(c.tagPrefix))
    .filter(c => semver.valid(value.slice(c.tagPrefix.length)) === value.slice(c.tagPrefix.length))
    .sort((a, b) => b.tagPrefix.length - a.tagPrefix.length)[0]
  return tagged ? { component: tagged, version: value.slice(tagged.tagPrefix.length) } : null
}

/** The component a branch names: `hotfix/<name>/…`, `hotfix/<name>`, or `<name>/…` (a line). */
export function componentOfBranch(config: ComponentsConfig, branch: string): Component | null {
  const parts = branch.split('/')
  const candidates = parts[0] === 'hotfix' ? [parts[1] ?? ''] : parts.length > 1 ? [parts[0]] : []
  // `hotfix/api-crash` names no component: only a whole part does
  return config.components.find(c => candidates.includes(c.name)) ?? null
}

/**
 * The one component the mode acts on: named outright, by the version input, or by the branch
 * (in that order; two that disagree are an error); a repository of one component needs no name.
 */
export function chooseComponent(config: ComponentsConfig, query: TargetQuery): Target {
  const found: Array<{ component: Component; version: string; by: string }> = []
  if (query.name)
    found.push({
      component: componentNamed(config, query.name, `The component "${query.name}"`),
      version: '',
      by: 'named'
    })
  const named = query.version ? namedVersion(config, query.version) : null
  if (named) found.push({ ...named, by: `the version input ${query.version}` })
  const fromBranch = query.branch ? componentOfBranch(config, query.branch) : null
  if (fromBranch) found.push({ component: fromBranch, version: '', by: `the branch ${query.branch}` })
  const distinct = [...new Set(found.map(f => f.component.name))]
  if (distinct.length > 1)
    throw new ConfigurationError(
      `${query.what}: ${found.map(f => `${f.by} names ${f.component.name}`).join(', ')}. Name one component only. Nothing was changed.`
    )
  const version = named ? named.version : query.version
  if (found.length > 0) return { component: found[0].component, version, by: found.map(f => f.by).join(' and ') }
  if (config.components.length === 1) return { component: config.components[0], version, by: 'the only component' }
  const example = config.components[0].name
  throw new ConfigurationError(
    `${query.what} acts on one component, and this repository has several (${names(config)}): say which. ` +
      `Give the version as ${example}@X.Y.Z (or its tag), name the branch hotfix/${example}/… (or ${example}/1.x for a release line), ` +
      `set component: ${example} in release_lines, or on the command line --component ${example}. Nothing was changed.`
  )
}

/** release_lines' `component:` names one of the components (and is only meaningful with them). */
export function checkLinesComponent(lines: ReleaseLinesConfig, config: ComponentsConfig | null, file: string): void {
  if (!lines.component) return
  if (!config)
    throw new ConfigurationError(
      `${file}: release_lines.component is "${lines.component.slice(0, 100)}", but there is no components block: a repository of one package releases it on every line. Remove release_lines.component, or add the components block.`
    )
  componentNamed(config, lines.component, `${file}: release_lines.component`)
}
