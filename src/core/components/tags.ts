import { ConfigurationError } from '../errors.js'
import { refNameProblem } from '../versioning/refname.js'
import type { Component } from './types.js'

/**
 * The tag prefix of a tag format: `{name}-v{version}` → `core-v`. `{version}` comes last and once
 * (the tags are read back by their prefix); the tags it makes must be names git accepts.
 */
export function tagPrefixOf(format: string, name: string, where: string): string {
  const at = format.indexOf('{version}')
  if (
    at < 0 ||
    at !== format.length - '{version}'.length ||
    format.indexOf('{version}') !== format.lastIndexOf('{version}')
  )
    throw new ConfigurationError(
      `${where}: tag_format "${format}" must end with {version} (once), such as {name}-v{version} or v{version}.`
    )
  const prefix = format.slice(0, at).split('{name}').join(name)
  if (/[{}]/.test(prefix))
    throw new ConfigurationError(`${where}: tag_format "${format}" has a placeholder other than {name} and {version}.`)
  const problem = refNameProblem(`refs/tags/${prefix}1.0.0`)
  if (problem)
    throw new ConfigurationError(
      `${where}: tag_format "${format}" makes tags such as ${prefix}1.0.0 that git refuses: ${problem}. Use letters, digits, "-", "_", "." and "/", such as {name}-v{version}.`
    )
  if (prefix.startsWith('-'))
    throw new ConfigurationError(
      `${where}: tag_format "${format}" makes tags starting with "-", which git reads as options.`
    )
  return prefix
}

/**
 * Whether the tags of prefix `a` can be read as tags of prefix `b`: `b` is a prefix of `a` and what
 * is left could start a version (`v` and `v2-v`), or they are the same. `v` and `vue-v` do not
 * collide: `vue-v1.0.0` read with the prefix `v` is `ue-v1.0.0`, no version.
 */
export function prefixesCollide(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (!long.startsWith(short)) return false
  const rest = long.slice(short.length)
  return rest === '' || /^[0-9]/.test(rest)
}

/** Tag formats that collide with another component's; a fixed group shares one prefix only if its members all use it. */
export function checkTagFormats(components: Component[], file: string): void {
  for (let i = 0; i < components.length; i++) {
    for (let j = i + 1; j < components.length; j++) {
      const [a, b] = [components[i], components[j]]
      if (prefixesCollide(a.tagPrefix, b.tagPrefix))
        throw new ConfigurationError(
          `Components ${a.name} and ${b.name} of ${file} have tag formats that collide ("${a.tagFormat}" makes ${a.tagPrefix}1.0.0, "${b.tagFormat}" makes ${b.tagPrefix}1.0.0): one's tags would read as the other's. Give each a prefix of its own, such as {name}-v{version}.`
        )
    }
  }
}

/** A prefix whose tags SwiftPM reads as versions of the package at the root: `1.2.3` and `v1.2.3`. */
export function isBareVersionPrefix(prefix: string): boolean {
  return prefix === '' || prefix === 'v' || prefix === 'V'
}

/**
 * SwiftPM reads every bare version tag (`1.2.3`, `v1.2.3`) of a repository as a version of the
 * package whose Package.swift is at its root. With one there, only the root's component may make
 * such tags: another component's would be read as a Swift release (an error naming the rule). A
 * Swift package below the root cannot be used through git at all: a warning pointing to the
 * package registry (`swift package-registry publish`).
 * @param swiftManifests the Package.swift files of the repository (paths from its root)
 */
export function checkSwiftTags(components: Component[], swiftManifests: string[], file: string): string[] {
  const warnings: string[] = []
  const rootSwift = swiftManifests.includes('Package.swift')
  if (rootSwift) {
    for (const component of components) {
      if (!component.paths.includes('') && isBareVersionPrefix(component.tagPrefix))
        throw new ConfigurationError(
          `Component ${component.name} of ${file}: its tag format "${component.tagFormat}" makes bare version tags (${component.tagPrefix}1.0.0), and SwiftPM reads every such tag as a version of the Swift package at the repository root (Package.swift). ` +
            'SwiftPM-safe tags: only the root component may tag bare versions; use a prefix such as {name}-v{version}.'
        )
    }
  }
  for (const manifest of swiftManifests) {
    if (manifest === 'Package.swift') continue
    const folder = manifest.slice(0, -'/Package.swift'.length)
    const owner = components.find(c =>
      c.paths.some(path => path !== '' && (folder === path || folder.startsWith(`${path}/`)))
    )
    if (owner)
      warnings.push(
        `Component ${owner.name} is a Swift package below the repository root (${manifest}): SwiftPM resolves packages through git only from the root, so it cannot use ${owner.tagPrefix}X.Y.Z tags. Publish it to a package registry (swift package-registry publish; see docs/examples/workflows).`
      )
  }
  return warnings
}
