import semver from 'semver'
import { ConfigurationError } from '../errors.js'
import { parseNotesSections } from '../notes/notes.js'
import type { Component, ComponentsConfig, FixedGroup } from './types.js'
import { checkTagFormats, tagPrefixOf } from './tags.js'
import { dependencyOrder } from './groups.js'

const STRINGS = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }

/** The `components` block's JSON Schema (the configuration file's schema embeds it). */
export const COMPONENTS_SCHEMA: Record<string, unknown> = {
  description:
    'several packages released from one repository: one entry per component (name, path, and its own tag format, changelog, version files and rules)',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'path'],
    properties: {
      name: { type: 'string', description: 'the component name (letters, digits, ., _, -)' },
      path: {
        ...STRINGS,
        description: 'its folders or globs (`.` is the root); a file belongs to the longest path it lies under'
      },
      shared_paths: { ...STRINGS, description: 'folders whose changes count for it too, such as proto/' },
      exclude: { ...STRINGS, description: 'folders or globs inside its path that are not its own' },
      version_files: {
        ...STRINGS,
        description: 'its version files; empty: auto-detected among its tracked files (git ls-files) inside its path'
      },
      tag_format: { type: 'string', description: 'default {name}-v{version} below the root, v{version} at it' },
      changelog: { type: 'string', description: 'default <path>/CHANGELOG.md; empty for none' },
      package_name: { type: 'string', description: 'the package of its install line' },
      depends_on: { ...STRINGS, description: 'components it depends on (released first; pinned versions updated)' },
      prerelease: { type: 'string', description: 'its prerelease identifier' },
      initial_version: { type: 'string', description: 'the version of its first release' },
      bump_minor_pre_major: { type: 'boolean', description: 'below 1.0.0, breaking changes bump minor' },
      bump_patch_for_minor_pre_major: { type: 'boolean', description: 'below 1.0.0, a feat bumps patch' },
      notes_sections: { ...STRINGS, description: 'its notes sections, one a line: type[,type]: Title' }
    }
  }
}

/** The `component_groups` block's JSON Schema. */
export const COMPONENT_GROUPS_SCHEMA: Record<string, unknown> = {
  description:
    'groups of components: fixed (members share one version and release together); the default is independent',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['fixed'],
    properties: {
      name: { type: 'string', description: 'the group name (default: its first member)' },
      fixed: {
        type: 'array',
        items: { type: 'string' },
        description: 'the members; their tags and version files must hold one version before a release'
      }
    }
  }
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

function list(value: unknown): string[] {
  if (value === undefined || value === null) return []
  return (Array.isArray(value) ? value : [value]).map(item => String(item).trim()).filter(Boolean)
}

/** `./packages/a/` → `packages/a`; `.` → `` (the root). A path leaving the repository is refused. */
export function normalizePath(raw: string, where: string): string {
  const path = raw
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '')
  if (path === '.' || path === '') return ''
  if (path.startsWith('/') || path.split('/').includes('..'))
    throw new ConfigurationError(
      `${where}: "${raw}" is not inside the repository. Use a path relative to its root, such as packages/core.`
    )
  return path
}

function stringField(entry: Record<string, unknown>, key: string): string | null {
  const value = entry[key]
  return value === undefined || value === null ? null : String(value).trim()
}

function componentFrom(entry: Record<string, unknown>, index: number, file: string): Component {
  const name = stringField(entry, 'name') ?? ''
  const where = `components[${index}]${name ? ` (${name})` : ''} of ${file}`
  if (!NAME.test(name))
    throw new ConfigurationError(
      `${where}: the name "${name}" is not a component name. Use letters, digits, ".", "_" and "-", such as core or ios-kit.`
    )
  const paths = list(entry.path).map(path => normalizePath(path, `${where}, path`))
  if (paths.length === 0)
    throw new ConfigurationError(
      `${where}: path is empty. Name its folder, such as packages/${name} (or . for the root).`
    )
  const atRoot = paths.includes('')
  const tagFormat = stringField(entry, 'tag_format') || (atRoot ? 'v{version}' : '{name}-v{version}')
  const changelogRaw = stringField(entry, 'changelog')
  const base = paths[0] === '' || paths[0].includes('*') ? '' : `${paths[0]}/`
  const changelog =
    changelogRaw === ''
      ? null
      : changelogRaw
        ? normalizePath(changelogRaw, `${where}, changelog`)
        : `${base}CHANGELOG.md`
  const initialVersion = stringField(entry, 'initial_version')
  if (initialVersion !== null && (semver.valid(initialVersion) !== initialVersion || semver.prerelease(initialVersion)))
    throw new ConfigurationError(
      `${where}: initial_version "${initialVersion}" is not a stable semantic version. Use one such as 0.1.0 or 1.0.0.`
    )
  const prerelease = stringField(entry, 'prerelease')
  if (prerelease && !/^[A-Za-z][0-9A-Za-z-]*$/.test(prerelease))
    throw new ConfigurationError(
      `${where}: prerelease "${prerelease}" is not an identifier. Use letters, digits and hyphens starting with a letter, such as rc.`
    )
  const boolOrNull = (key: string): boolean | null => {
    const value = entry[key]
    if (value === undefined || value === null) return null
    if (typeof value !== 'boolean') throw new ConfigurationError(`${where}: ${key} must be true or false.`)
    return value
  }
  const notesLines = list(entry.notes_sections)
  return {
    name,
    paths,
    sharedPaths: list(entry.shared_paths).map(path => normalizePath(path, `${where}, shared_paths`)),
    exclude: list(entry.exclude).map(path => normalizePath(path, `${where}, exclude`)),
    versionFiles: list(entry.version_files).map(path =>
      path.startsWith('!') ? `!${normalizePath(path.slice(1), where)}` : normalizePath(path, where)
    ),
    tagFormat,
    tagPrefix: tagPrefixOf(tagFormat, name, where),
    changelog,
    packageName: stringField(entry, 'package_name') ?? '',
    dependsOn: list(entry.depends_on),
    prerelease,
    bumpMinorPreMajor: boolOrNull('bump_minor_pre_major'),
    bumpPatchForMinorPreMajor: boolOrNull('bump_patch_for_minor_pre_major') ?? false,
    initialVersion,
    notesSections: notesLines.length === 0 ? null : notesLines.flatMap(line => parseNotesSections(line))
  }
}

/** Two components owning the same folder: a file there would have two owners and no rule to choose. */
function checkPathClaims(components: Component[], file: string): void {
  const owner = new Map<string, string>()
  for (const component of components) {
    for (const path of component.paths) {
      const other = owner.get(path)
      if (other && other !== component.name)
        throw new ConfigurationError(
          `Components ${other} and ${component.name} of ${file} both claim the path "${path || '.'}". Give each its own folder, or list the folder under shared_paths of the one that only shares it.`
        )
      owner.set(path, component.name)
    }
  }
}

function groupsFrom(raw: unknown, components: Component[], file: string): FixedGroup[] {
  const names = new Set(components.map(c => c.name))
  const seen = new Map<string, string>()
  return (Array.isArray(raw) ? raw : []).map((entry: Record<string, unknown>, index) => {
    const members = list(entry.fixed)
    const name = stringField(entry, 'name') || members[0] || `group ${index + 1}`
    if (members.length < 2)
      throw new ConfigurationError(
        `component_groups[${index}] (${name}) of ${file} has ${members.length} member(s). A fixed group needs two or more components.`
      )
    for (const member of members) {
      if (!names.has(member))
        throw new ConfigurationError(
          `component_groups[${index}] (${name}) of ${file} names "${member}", which is no component. Use one of: ${[...names].join(', ')}.`
        )
      const other = seen.get(member)
      if (other)
        throw new ConfigurationError(
          `Component ${member} is in two fixed groups of ${file} (${other} and ${name}). Put it in one.`
        )
      seen.set(member, name)
    }
    return { name, members }
  })
}

/**
 * The `components` and `component_groups` blocks, checked: duplicate names, paths claimed twice,
 * tag formats that collide or git refuses, unknown or cyclic `depends_on`, fixed
 * groups naming no component. Null when the file has no `components` (a single-package repository).
 */
export function componentsFrom(raw: unknown, groups: unknown, file: string): ComponentsConfig | null {
  if (raw === undefined || raw === null) {
    if (groups !== undefined && groups !== null)
      throw new ConfigurationError(`${file} has component_groups but no components. Declare the components first.`)
    return null
  }
  if (!Array.isArray(raw) || raw.length === 0)
    throw new ConfigurationError(
      `components of ${file} is empty. List each component with name and path, or remove the key.`
    )
  const components = raw.map((entry, index) => componentFrom(entry as Record<string, unknown>, index, file))
  const names = new Set<string>()
  for (const component of components) {
    if (names.has(component.name))
      throw new ConfigurationError(
        `Two components of ${file} are named ${component.name}. Give each a name of its own.`
      )
    names.add(component.name)
  }
  checkPathClaims(components, file)
  checkTagFormats(components, file)
  const fixed = groupsFrom(groups, components, file)
  return { components: dependencyOrder(components, file), fixed, warnings: [] }
}
