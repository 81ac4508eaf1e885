import { ConfigurationError } from '../errors.js'

/** The checks of single values the settings apply: paths, URLs, names. */

export function relativePath(name: string, value: string): string {
  const normalized = value.replace(/\\/g, '/').replace(/^\.\//, '')
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
