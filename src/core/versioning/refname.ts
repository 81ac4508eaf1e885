/**
 * Git's rules for a reference name (`git check-ref-format`), so that a `tag_prefix` git can't use
 * is refused before anything is written. `__tests__/core/refname.test.ts` checks these rules
 * against git itself.
 */
export function refNameProblem(name: string): string | null {
  if (name === '' || name === '@') return 'it is empty or "@"'
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f]/.test(name)) return 'it holds a space or a control character'
  const bad = /[~^:?*[\\]/.exec(name)
  if (bad) return `it holds "${bad[0]}"`
  if (name.includes('..')) return 'it holds ".."'
  if (name.includes('@{')) return 'it holds "@{"'
  if (name.includes('//')) return 'it holds "//"'
  if (name.startsWith('/') || name.endsWith('/')) return 'it starts or ends with "/"'
  if (name.endsWith('.')) return 'it ends with "."'
  for (const component of name.split('/')) {
    if (component.startsWith('.')) return `its part "${component}" starts with "."`
    if (component.endsWith('.lock')) return `its part "${component}" ends with ".lock"`
  }
  return null
}

/** Control characters shown as \xNN, so that an error message prints them visibly. */
function visible(text: string): string {
  return [...text]
    .map(char =>
      char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f
        ? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`
        : char
    )
    .join('')
}

/** Why `refs/tags/{prefix}X.Y.Z` is not a name git accepts, or null when it is. */
export function tagPrefixProblem(prefix: string): string | null {
  const problem = refNameProblem(`refs/tags/${prefix}1.0.0`)
  if (problem === null) return null
  return (
    `tag_prefix "${visible(prefix)}" makes tags such as ${visible(prefix)}1.0.0 that git refuses: ${problem}. ` +
    'Use letters, digits, "-", "_", "." or "/" between parts, such as v or release/v.'
  )
}
