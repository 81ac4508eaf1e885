/**
 * Secrets and the parts of them that are secret on their own: a webhook URL's path (Slack's
 * `/services/T…/B…/…`), a token, `user:token` in Basic authentication (and its base64), and the
 * URL-encoded forms. Everything we print or write goes through `scrub`, including text that a
 * remote server echoes back and the job summary (which the runner does not mask).
 */
import { scrubTokens } from './tokens.js'

export { scrubTokens } from './tokens.js'

const MASK = '***'
/** Shorter parts are not secret on their own (and would mask ordinary words). */
const MIN_PART = 6

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function secretLooking(part: string): boolean {
  return (part.length >= 8 && /\d/.test(part)) || part.length >= 20
}

/** The secret-bearing parts of one secret value. */
export function secretParts(secret: string, user = ''): string[] {
  const value = secret.trim()
  if (value.length < MIN_PART) return value ? [value] : []
  const parts = new Set<string>([value, encodeURIComponent(value)])
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value)
      const path = url.pathname + url.search
      if (path.length >= MIN_PART) parts.add(path)
      // an identifier or key in the path (T0123ABCD, a 24-character key), not a word such as services
      for (const segment of url.pathname.split('/')) if (secretLooking(segment)) parts.add(segment)
      for (const [, param] of url.searchParams) if (param.length >= MIN_PART) parts.add(param)
      if (url.password) parts.add(url.password)
    } catch {
      // not a URL after all: the value itself is masked
    }
  } else {
    parts.add(base64(value))
    if (user) parts.add(base64(`${user}:${value}`))
  }
  return [...parts]
}

export type Scrub = (text: string) => string

/**
 * A function that replaces every secret part in a text (longest first) with `***`, then every
 * token-shaped secret that is not the run's own (`scrubTokens`: a token pasted into a commit message).
 */
export function scrubberFor(secrets: ReadonlyArray<{ value: string; user?: string }>): Scrub {
  const parts = [...new Set(secrets.flatMap(({ value, user }) => secretParts(value, user)))]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
  if (parts.length === 0) return scrubTokens
  return text => {
    let out = text
    for (const part of parts) if (out.includes(part)) out = out.split(part).join(MASK)
    return scrubTokens(out)
  }
}
