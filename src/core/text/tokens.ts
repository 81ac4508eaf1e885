/**
 * Secrets that are not the run's own but look like one: a token someone pasted into a commit
 * message, a rollback reason or an error a service echoes back. Each pattern is a token format its
 * issuer documents with a prefix of its own (so ordinary text, commit shas and checksums are left
 * alone); a bare hex key (Datadog's) only counts where a key's name stands before it.
 */
const MASK = '***'

const TOKEN_PATTERNS: readonly RegExp[] = [
  // GitHub: personal, OAuth, user-to-server, server-to-server and refresh tokens; fine-grained PATs
  /\bgh[pousr]_[A-Za-z0-9]{30,255}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  // Slack: bot, user, app-level, configuration tokens; incoming webhooks
  /\bxox[abposre]-[A-Za-z0-9-]{10,}/g,
  /\bxapp-\d-[A-Za-z0-9-]{10,}/g,
  /\bhooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/g,
  // npm, PyPI, AWS access key ids, GitLab
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  // (PyPI's tokens are macaroons: `pypi-AgE…`; a branch named pypi-… in a merge subject is not one)
  /\bpypi-AgE[A-Za-z0-9_-]{50,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}/g,
  // a private key block; without its end line, the header and the key's lines after it (base64,
  // PEM headers), not the rest of the text (a commit subject that names the header is not a key)
  /-----BEGIN [A-Z ]*PRIVATE KEY-----(?:[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----|(?:[ \t]+[A-Za-z0-9+/]{16,}={0,2})*(?:\r?\n[ \t]*(?:[A-Za-z0-9+/]{16,}={0,2}[ \t]*(?=\r?\n|$)|(?:Proc-Type|DEK-Info|Comment):[^\r\n]*|(?=\r?\n[ \t]*[A-Za-z0-9+/]{16,}={0,2}[ \t]*(?:\r?\n|$))))*)/g
]

/**
 * Datadog's API (32 hex) and application (40 hex) keys have no prefix: masked where a key's name
 * (DD_API_KEY, dd-application-key, api_key, "apiKey": …) stands just before them.
 */
const NAMED_HEX_KEY =
  /\b((?:dd[-_]?)?(?:api|app|application)[-_ ]?key["']?\s*(?:[:=]|\bis\b)?\s*["']?)([0-9a-fA-F]{32}(?:[0-9a-fA-F]{8})?)\b/gi

/**
 * A name made of lowercase words after a token's prefix (`xoxb-token-handling`, a branch
 * `glpat-rotation-and-cleanup` in a merge subject): words, not a token's random characters (Slack's
 * start with a digit; a random GitLab token is almost never lowercase words).
 */
function namedLikeWords(match: string): boolean {
  return /^(?:xox[abposre]|glpat)-[a-z]+(?:-[a-z0-9]+)+$/.test(match)
}

/** Whether the text may hold a token (a cheap test before the patterns run). */
const HINT = /gh[pousr]_|github_pat_|xox|xapp-|hooks\.slack|npm_|pypi-|AKIA|ASIA|glpat-|PRIVATE KEY|key/i

/** The text with every token-shaped secret replaced by `***`. */
export function scrubTokens(text: string): string {
  if (!HINT.test(text)) return text
  let out = text
  for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, match => (namedLikeWords(match) ? match : MASK))
  return out.replace(NAMED_HEX_KEY, (_match, name: string) => `${name}${MASK}`)
}
