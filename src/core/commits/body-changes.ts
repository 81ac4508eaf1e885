/**
 * Changes written in a commit's body. release-please publishes every line of a commit's body that
 * is a conventional header (`feat: enable overriding release-as`, `fix!: …`) as a change of its
 * own (python-semantic-release too): googleapis/python-api-core's `fix(deps): require
 * googleapis-common-protos >= 1.56.2` and launchdarkly/js-core's lists of `feat!:` lines are in
 * their changelogs. A squash merge's listing of its branch (`* feat: …` bullets, and the lines
 * between them) is not: there the header decides; nor is a dependency bot's body (other projects'
 * release notes, in `<details>`).
 */
import { KNOWN_TYPES } from './type-table.js'

/** A body line longer than this is prose, not a header (and no regular expression runs over it). */
const MAX_HEADER = 300
const HEADER = /^(\w+)(?:\([^()\r\n]*\))?!?: \S/
/** GitHub's squash-merge body lists the branch's commits as `* message` bullets. */
const SQUASH_BULLET = /^\* \S/m
/** A dependency bot's body (its release notes folded in `<details>`): what it says is other projects'. */
const BOT_BODY = /<details\b/i

/** The message without a trailing `(#123)`, lower case, white space collapsed. */
function comparable(text: string): string {
  return text
    .replace(/\(#\d+\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/**
 * The conventional headers written as lines of the body of `message` (read without what `unquote`
 * blanks: quotes, fences), each once, the header's own copy left out. None for a squash merge's
 * branch listing or a dependency bot's body.
 */
export function bodyHeaders(message: string, unquote: (message: string) => string): string[] {
  if (BOT_BODY.test(message)) return []
  const unquotedBody = unquote(message)
  // the body starts after the first blank line: a line glued to the header is part of its paragraph
  const blank = /\n[ \t]*\n/.exec(unquotedBody)
  if (!blank) return []
  const end = unquotedBody.indexOf('\n')
  const header = comparable(unquotedBody.slice(0, end))
  const body = unquotedBody.slice(blank.index + blank[0].length)
  if (SQUASH_BULLET.test(body)) return []
  const seen = new Set<string>([header])
  const found: string[] = []
  let nested = false // a BEGIN_NESTED_COMMIT block is a change of its own (changes.ts reads it)
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd()
    if (line.trim() === 'BEGIN_NESTED_COMMIT') nested = true
    else if (line.trim() === 'END_NESTED_COMMIT') nested = false
    if (nested || line.length > MAX_HEADER || line.length < 4) continue
    const match = HEADER.exec(line)
    if (!match || !KNOWN_TYPES.has(match[1])) continue
    const key = comparable(line)
    if (seen.has(key)) continue
    seen.add(key)
    found.push(line)
  }
  return found
}
