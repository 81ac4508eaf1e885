import semver from 'semver'

/**
 * How a component's manifest names a dependency: `package.json` dependencies (any of the four
 * lists) and `pyproject.toml` requirements. `exact`: pinned to one version (`"1.2.3"`, `"=1.2.3"`,
 * `==1.2.3`); `range`: a range (`^1.2.3`, `>=1.2`, `~=1.2`, `workspace:*`). A manifest is edited
 * only where the dependency's version is written: the rest of its bytes stay as they are.
 */
export type PinKind = 'exact' | 'range' | 'none'

export type Manifest = 'package.json' | 'pyproject.toml'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

function npmPattern(name: string): RegExp {
  return new RegExp(
    `("${escape(name)}"\\s*:\\s*")(workspace:)?(=|\\^|~|>=)?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?|\\*)(")`,
    'g'
  )
}

function pythonPattern(name: string): RegExp {
  // PEP 503: -, _ and . are alike in a distribution name
  const flexible = name
    .split(/[-_.]+/)
    .map(escape)
    .join('[-_.]+')
  return new RegExp(
    `(["'])(${flexible})(\\s*(?:\\[[^\\]]*\\])?\\s*)(===|==|>=|~=)(\\s*)(\\d+(?:\\.\\d+)*(?:[a-z]+\\d+)?)`,
    'gi'
  )
}

/** The pin of `dependency` (its package name) in the manifest, judged against the version it is released at. */
export function pinOf(manifest: Manifest, text: string, dependency: string, version: string): PinKind {
  if (manifest === 'package.json') {
    const match = npmPattern(dependency).exec(text)
    if (!match) return 'none'
    const [, , workspace, op = '', pinned] = match
    if (pinned === '*') return 'range'
    if (op === '' || op === '=') return 'exact'
    return semver.satisfies(version, `${workspace ? '' : ''}${op}${pinned}`) ? 'range' : 'exact'
  }
  const match = pythonPattern(dependency).exec(text)
  if (!match) return 'none'
  const op = match[4]
  if (op === '==' || op === '===') return 'exact'
  if (op === '>=') return 'range'
  // ~=1.2 admits 1.x; ~=1.2.3 admits 1.2.x
  const parts = match[6].split('.')
  const upper = parts.length <= 2 ? `${Number(parts[0]) + 1}.0.0` : `${parts[0]}.${Number(parts[1]) + 1}.0`
  const lower = semver.coerce(match[6])?.version ?? '0.0.0'
  return semver.satisfies(version, `>=${lower} <${upper}`) ? 'range' : 'exact'
}

/** The manifest with the dependency's written version replaced (its operator kept). */
export function updatePin(manifest: Manifest, text: string, dependency: string, version: string): string {
  if (manifest === 'package.json')
    return text.replace(
      npmPattern(dependency),
      (all, head: string, workspace = '', op = '', pinned: string, tail: string) =>
        pinned === '*' ? all : `${head}${workspace}${op}${version}${tail}`
    )
  return text.replace(
    pythonPattern(dependency),
    (_all, quote: string, name: string, extras: string, op: string, space: string) =>
      `${quote}${name}${extras}${op}${space}${version}`
  )
}
