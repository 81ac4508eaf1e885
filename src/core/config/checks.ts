import { ConfigurationError } from '../errors.js'

/** The checks of single values the settings apply: paths, URLs, names. */

export function relativePath(name: string, value: string): string {
  const plain = value.replace(/\\/g, '/').replace(/^\.\//, '')
  // one spelling per file (`docs//x.md`, `././x.md`, `docs/./x.md` are docs/x.md, x.md): paths are
  // compared as strings to find a file named twice (checkWrittenPaths)
  const segments = plain.split('/').filter((segment, i) => segment !== '.' && (segment !== '' || i === 0))
  const joined = segments.join('/').replace(/\/$/, '')
  const normalized = joined === '' || joined === '/' ? plain : joined
  if (normalized.startsWith('/') || normalized.split('/').includes('..') || /^[A-Za-z]:/.test(normalized)) {
    throw new ConfigurationError(
      `Input ${name} has the invalid value "${value}". Use a path relative to the repository root, inside it.`
    )
  }
  return normalized
}

export function datadogSite(value: string): string {
  if (!/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(value))
    throw new ConfigurationError(
      `Input datadog_site has the invalid value "${value}". Use a Datadog site such as datadoghq.com or datadoghq.eu.`
    )
  return value
}

/** An https URL (http only for 127.0.0.1/localhost, for local testing); the value is not echoed (it may hold a secret). */
export function serviceUrl(name: string, value: string): string {
  if (value === '') return ''
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigurationError(`Input ${name} is not a URL. Use an https:// URL.`)
  }
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new ConfigurationError(`Input ${name} must be an https:// URL (http:// is allowed only for 127.0.0.1).`)
  }
  return value.replace(/\/+$/, '')
}

export function jiraProjects(keys: string[]): string[] {
  for (const key of keys) {
    if (!/^[A-Z][A-Z0-9_]{1,9}$/.test(key))
      throw new ConfigurationError(
        `Input jira_projects has the invalid project key "${key}". Use JIRA project keys such as FVLM, comma-separated.`
      )
  }
  return keys
}

/** commit_types / commit_scopes: words as the commit grammar reads a type or a scope. */
export function commitWords(name: 'commit_types' | 'commit_scopes', words: string[]): string[] {
  const pattern = name === 'commit_types' ? /^\w+$/ : /^[^\s()]+$/
  for (const word of words) {
    if (!pattern.test(word))
      throw new ConfigurationError(
        `Input ${name} has the invalid value "${word.slice(0, 80)}". List ${name === 'commit_types' ? 'types such as feat, fix, docs (letters, digits, _)' : 'scopes such as api, decoder (no spaces or parentheses)'}, one a line or comma-separated.`
      )
  }
  return name === 'commit_types' ? words.map(word => word.toLowerCase()) : words
}

export function validBranch(value: string): string {
  if (
    value !== '' &&
    (/[\s~^:?*[\\]|\.\.|@\{/.test(value) || value.startsWith('-') || value.endsWith('/') || value.endsWith('.lock'))
  ) {
    throw new ConfigurationError(`Input base_branch has the invalid value "${value}". Use a branch name such as main.`)
  }
  return value
}

/** A path a run writes, named by its setting; a pattern (`docs/migrations/v{major}.md`) stands for every release's file. */
export interface WrittenPath {
  setting: 'rollback_record' | 'release_notes_file' | 'changelog_file' | 'migration_guide'
  path: string
}

/** The pattern of a path whose `{major}`, `{minor}`, `{patch}`, `{version}` stand for any name part. */
function pathPattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escaped.replace(/\{(?:major|minor|patch|version)\}/g, '[^/]+')}$`)
}

/**
 * The files a run writes (the rollback record, the release notes, the changelog, the migration
 * guide) are neither version files (found, listed, or named as one: `pyproject.toml`, `*.py`) nor
 * each other: each would corrupt the other. One ConfigurationError naming both and the fix.
 */
export function checkWrittenPaths(
  written: WrittenPath[],
  versionFiles: string[],
  isVersionFileName: (path: string) => boolean
): void {
  for (const [i, entry] of written.entries()) {
    const pattern = pathPattern(entry.path)
    const example = entry.path.replace(/\{(?:major|minor|patch|version)\}/g, '1')
    const clash = versionFiles.find(file => pattern.test(file))
    if (clash || isVersionFileName(example)) {
      throw new ConfigurationError(
        `${entry.setting} ${entry.path} is ${clash ? `the version file ${clash}` : 'named as a version file'}: the run would write its own text into it and corrupt the version. ` +
          `Name a separate Markdown file for ${entry.setting} (its default is best), or remove the file from version_files. Nothing was changed.`
      )
    }
    for (const other of written.slice(i + 1)) {
      const otherExample = other.path.replace(/\{(?:major|minor|patch|version)\}/g, '1')
      if (pattern.test(otherExample) || pathPattern(other.path).test(example)) {
        throw new ConfigurationError(
          `${entry.setting} ${entry.path} and ${other.setting} ${other.path} are the same file: one would overwrite the other. ` +
            `Give each its own path (the defaults are docs/ROLLBACKS.md, release-notes.md, CHANGELOG.md, docs/migrations/v{major}.md). Nothing was changed.`
        )
      }
    }
  }
}
