/**
 * Changes written in a commit's body. release-please publishes every line of a commit's body that
 * is a conventional header (`feat: enable overriding release-as`, `fix!: …`) as a change of its
 * own (python-semantic-release too): googleapis/python-api-core's `fix(deps): require
 * googleapis-common-protos >= 1.56.2` and launchdarkly/js-core's lists of `feat!:` lines are in
 * their changelogs. A squash merge's listing of its branch (`* feat: …` bullets, and the lines
 * between them) is not: there the header decides.
 */
import { KNOWN_TYPES } from './type-table.js'

/** A body line longer than this is prose, not a header (and no regular expression runs over it). */
const MAX_HEADER = 300
const HEADER = /^(\w+)(?:\([^()\r\n]*\))?!?: \S/
/** GitHub's squash-merge body lists the branch's commits as `* message` bullets. */
const SQUASH_BULLET = /^\* \S/m

/** The message without a trailing `(#123)`, lower case, white space collapsed. */
function comparable(text: string): string {
  return text
    .replace(/\(#\d+\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/**
 * The conventional headers written as lines of the body (`unquotedBody`: the message with quotes,
 * fences and `<details>` blanked; its first line is the header), each once, the header's own
 * copy left out. None for a squash merge's branch listing.
 */
export function bodyHeaders(unquotedBody: string): string[] {
  const end = unquotedBody.indexOf('\n')
  if (end < 0) return []
  const header = comparable(unquotedBody.slice(0, end))
  const body = unquotedBody.slice(end + 1)
  if (SQUASH_BULLET.test(body)) return []
  const seen = new Set<string>([header])
  const found: string[] = []
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd()
    if (line.length > MAX_HEADER || line.length < 4) continue
    const match = HEADER.exec(line)
    if (!match || !KNOWN_TYPES.has(match[1])) continue
    const key = comparable(line)
    if (seen.has(key)) continue
    seen.add(key)
    found.push(line)
  }
  return found
}
