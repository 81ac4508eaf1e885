import { createHash } from 'node:crypto'
import { parse as parseToml } from 'smol-toml'
import { ConfigurationError } from '../errors.js'

/**
 * An SPDX 2.3 JSON SBOM of the released package and its declared dependencies, from
 * pyproject.toml, requirements*.txt, Swift's Package.resolved (v2/v3) and package-lock.json.
 */

export type Ecosystem = 'pypi' | 'swift' | 'npm'

export interface Dependency {
  name: string
  ecosystem: Ecosystem
  /** The pinned version, or null when only a range is declared. */
  version: string | null
  /** The requirement as declared (a range), when there is no pin. */
  range: string | null
  /** The file it was declared in, and the optional group. */
  source: string
  group?: string
  /** Where it comes from (a repository URL for Swift). */
  location?: string
}

export interface RootPackage {
  name: string
  version: string
  license: string | null
  homepage: string | null
  downloadLocation: string | null
}

const NOASSERTION = 'NOASSERTION'

/** JSON.parse with the file and line:column in the error. */
function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const position =
      /position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? String(text.length) : null)
    if (position !== null) {
      const before = text.slice(0, Number(position))
      const line = before.split('\n').length
      const column = before.length - before.lastIndexOf('\n')
      throw new ConfigurationError(
        `${file}:${line}:${column}: not valid JSON (${message.replace(/ in JSON at position.*$/, '')})`
      )
    }
    throw new ConfigurationError(`${file}: not valid JSON (${message})`)
  }
}

function parseTomlFile(text: string, file: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>
  } catch (error) {
    const e = error as Error & { line?: number; column?: number }
    throw new ConfigurationError(
      `${file}${e.line ? `:${e.line}:${e.column ?? 0}` : ''}: not valid TOML (${e.message.split('\n')[0]})`
    )
  }
}

/** A PEP 508 requirement: name, extras, version specifier; markers are ignored. */
export function parseRequirement(line: string, source: string, group?: string): Dependency | null {
  // a comment starts at a # after white space (found without a backtracking pattern: linear on long lines)
  const comment = line.search(/\s#/)
  const text = (comment >= 0 ? line.slice(0, comment) : line).trim()
  if (!text || text.startsWith('#') || text.startsWith('-') || /^[a-z+]+:\/\//i.test(text)) return null
  const match =
    /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(?:@\s*(\S+)|\(?\s*([^;()]*?)\s*\)?)?\s*(?:;.*)?$/.exec(
      text
    )
  if (!match) return null
  const [, name, url, spec] = match
  const pinned = spec ? /^===?\s*([^,*\s]+)$/.exec(spec) : null
  return {
    name,
    ecosystem: 'pypi',
    version: pinned ? pinned[1] : null,
    range: pinned ? null : url ? `@ ${url}` : spec || null,
    source,
    group
  }
}

export function pyprojectPackage(
  text: string,
  file = 'pyproject.toml'
): { root: Partial<RootPackage>; dependencies: Dependency[] } {
  const data = parseTomlFile(text, file)
  const project = (data.project ?? {}) as Record<string, unknown>
  const poetry = ((data.tool as Record<string, unknown> | undefined)?.poetry ?? {}) as Record<string, unknown>
  const dependencies: Dependency[] = []
  const add = (list: unknown, group?: string) => {
    if (!Array.isArray(list)) return
    for (const item of list) {
      if (typeof item !== 'string') continue
      const dep = parseRequirement(item, file, group)
      if (dep) dependencies.push(dep)
    }
  }
  add(project.dependencies)
  for (const [group, list] of Object.entries((project['optional-dependencies'] ?? {}) as Record<string, unknown>))
    add(list, group)
  for (const [name, spec] of Object.entries((poetry.dependencies ?? {}) as Record<string, unknown>)) {
    if (name.toLowerCase() === 'python') continue
    const version =
      typeof spec === 'string'
        ? spec
        : typeof (spec as { version?: unknown })?.version === 'string'
          ? (spec as { version: string }).version
          : null
    const exact = version && /^=?=?\s*\d[^*,^~<>]*$/.test(version) ? version.replace(/^=+\s*/, '') : null
    dependencies.push({ name, ecosystem: 'pypi', version: exact, range: exact ? null : version, source: file })
  }
  const license = project.license
  const licenseText =
    typeof license === 'string'
      ? license
      : typeof (license as { text?: unknown })?.text === 'string'
        ? (license as { text: string }).text
        : typeof poetry.license === 'string'
          ? poetry.license
          : null
  const urls = (project.urls ?? {}) as Record<string, unknown>
  const homepage = [urls.Homepage, urls.homepage, urls.Repository, poetry.homepage].find(
    value => typeof value === 'string'
  ) as string | undefined
  return {
    root: {
      name: typeof project.name === 'string' ? project.name : typeof poetry.name === 'string' ? poetry.name : undefined,
      license: licenseText,
      homepage: homepage ?? null
    },
    dependencies
  }
}

export function requirementsFile(text: string, file: string): Dependency[] {
  return text
    .split('\n')
    .map(line => parseRequirement(line, file))
    .filter((dep): dep is Dependency => dep !== null)
}

/** Swift Package.resolved, format v1 (object.pins), v2 and v3 (pins). */
export function packageResolved(text: string, file: string): Dependency[] {
  const data = parseJsonFile(text, file) as { version?: number; pins?: unknown; object?: { pins?: unknown } }
  const pins = (
    Array.isArray(data.pins) ? data.pins : Array.isArray(data.object?.pins) ? data.object!.pins : null
  ) as Array<Record<string, unknown>> | null
  if (!pins) throw new ConfigurationError(`${file}: not a Package.resolved file (no "pins")`)
  return pins.map((pin, index) => {
    const location = (pin.location ?? pin.repositoryURL) as string | undefined
    const name = (pin.identity ?? pin.package) as string | undefined
    if (!name || !location) throw new ConfigurationError(`${file}: pins[${index}] has no identity or location`)
    const state = (pin.state ?? {}) as { version?: string | null; revision?: string; branch?: string | null }
    return {
      name,
      ecosystem: 'swift' as const,
      version: state.version ?? null,
      range: state.version
        ? null
        : state.branch
          ? `branch ${state.branch}`
          : state.revision
            ? `revision ${state.revision}`
            : null,
      source: file,
      location
    }
  })
}

/** npm package-lock.json, lockfile v1, v2 and v3. */
export function packageLock(text: string, file: string): Dependency[] {
  const data = parseJsonFile(text, file) as {
    lockfileVersion?: number
    packages?: Record<string, { version?: string; dev?: boolean }>
    dependencies?: Record<string, { version?: string; dev?: boolean }>
  }
  const locked = (name: string, version: string, dev?: boolean): Dependency => ({
    name,
    ecosystem: 'npm',
    version,
    range: null,
    source: file,
    group: dev ? 'dev' : undefined
  })
  const deps: Dependency[] = []
  if (data.packages) {
    for (const [path, pkg] of Object.entries(data.packages)) {
      if (!path || !pkg.version) continue
      const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
      deps.push(locked(name, pkg.version, pkg.dev))
    }
  } else if (data.dependencies) {
    for (const [name, pkg] of Object.entries(data.dependencies))
      if (pkg.version) deps.push(locked(name, pkg.version, pkg.dev))
  } else throw new ConfigurationError(`${file}: not a package-lock.json (no "packages" or "dependencies")`)
  return deps
}

function normalizePypi(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

export function purl(dep: Pick<Dependency, 'name' | 'ecosystem' | 'version' | 'location'>): string {
  const at = dep.version ? `@${encodeURIComponent(dep.version)}` : ''
  switch (dep.ecosystem) {
    case 'pypi':
      return `pkg:pypi/${normalizePypi(dep.name)}${at}`
    case 'npm': {
      const [scope, name] = dep.name.startsWith('@') ? dep.name.split('/') : [null, dep.name]
      return `pkg:npm/${scope ? `${encodeURIComponent(scope)}/` : ''}${encodeURIComponent(name)}${at}`
    }
    case 'swift': {
      const path = (dep.location ?? dep.name)
        .replace(/^https?:\/\//, '')
        .replace(/^git@([^:]+):/, '$1/')
        .replace(/\.git$/, '')
      return `pkg:swift/${path}${at}`
    }
  }
}

function spdxId(text: string): string {
  return `SPDXRef-${text.replace(/[^A-Za-z0-9.-]+/g, '-')}`
}

/** An SPDX license expression as declared, or NOASSERTION when the text is not one. */
export function licenseExpression(text: string | null | undefined): string {
  if (!text) return NOASSERTION
  const trimmed = text.trim()
  return /^\(?[A-Za-z0-9.+-]+(?:\s+(?:AND|OR|WITH)\s+\(?[A-Za-z0-9.+-]+\)?)*\)?$/.test(trimmed) ? trimmed : NOASSERTION
}

export interface SbomInput {
  root: RootPackage
  dependencies: Dependency[]
  /** ISO 8601 creation time. */
  created: string
  /** A URI unique to this document. */
  namespaceBase: string
  toolVersion: string
}

export function buildSbom(input: SbomInput): Record<string, unknown> {
  const { root } = input
  const rootId = spdxId(`Package-${root.name}`)
  const seen = new Set<string>([rootId])
  const packages: Array<Record<string, unknown>> = [
    {
      SPDXID: rootId,
      name: root.name,
      versionInfo: root.version,
      downloadLocation: root.downloadLocation ?? NOASSERTION,
      filesAnalyzed: false,
      licenseConcluded: NOASSERTION,
      licenseDeclared: licenseExpression(root.license),
      copyrightText: NOASSERTION,
      primaryPackagePurpose: 'LIBRARY',
      ...(root.homepage ? { homepage: root.homepage } : {}),
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: purl({ name: root.name, ecosystem: 'pypi', version: root.version })
        }
      ]
    }
  ]
  const relationships: Array<Record<string, string>> = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId }
  ]
  for (const dep of input.dependencies) {
    let id = spdxId(`Package-${dep.ecosystem}-${dep.name}${dep.version ? `-${dep.version}` : ''}`)
    if (seen.has(id)) {
      if (packages.some(p => p.SPDXID === id && p.versionInfo === (dep.version ?? dep.range ?? NOASSERTION))) continue
      let n = 2
      while (seen.has(`${id}-${n}`)) n++
      id = `${id}-${n}`
    }
    seen.add(id)
    packages.push({
      SPDXID: id,
      name: dep.name,
      versionInfo: dep.version ?? dep.range ?? NOASSERTION,
      downloadLocation: dep.ecosystem === 'swift' && dep.location ? `git+${dep.location}` : NOASSERTION,
      filesAnalyzed: false,
      licenseConcluded: NOASSERTION,
      licenseDeclared: NOASSERTION,
      copyrightText: NOASSERTION,
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl(dep) }],
      comment: `Declared in ${dep.source}${dep.group ? ` (${dep.group})` : ''}${dep.version ? '' : dep.range ? `; not pinned: ${dep.range}` : '; no version declared'}`
    })
    relationships.push({
      spdxElementId: rootId,
      relationshipType: dep.group === 'dev' ? 'DEV_DEPENDENCY_OF' : 'DEPENDS_ON',
      relatedSpdxElement: id
    })
  }
  // DEV_DEPENDENCY_OF points from the dependency to the package
  for (const rel of relationships) {
    if (rel.relationshipType === 'DEV_DEPENDENCY_OF')
      [rel.spdxElementId, rel.relatedSpdxElement] = [rel.relatedSpdxElement, rel.spdxElementId]
  }
  const digest = createHash('sha256')
    .update(JSON.stringify([root, input.dependencies, input.created]))
    .digest('hex')
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${root.name}-${root.version}`,
    documentNamespace: `${input.namespaceBase.replace(/\/+$/, '')}/${root.name}-${root.version}-${digest.slice(0, 16)}`,
    creationInfo: { created: input.created, creators: [`Tool: fastvlm-release-action-${input.toolVersion}`] },
    documentDescribes: [rootId],
    packages,
    relationships
  }
}
