/** The preview comment's identity and limits, and the Markdown cut that keeps it within them. */
import { before } from './text.js'

/** The hidden first line that finds this action's comment again (never a second one). */
export const PREVIEW_MARKER = '<!-- fastvlm-release-action:preview -->'
/** Who writes with the workflow's token (`GITHUB_TOKEN`, the github_token input's default). */
export const ACTIONS_BOT = 'github-actions[bot]'

/**
 * The comment this action wrote before, to update in place: the first that starts with the marker
 * and is by the token's own identity (`viewer`: GraphQL's, else GET /user's). An installation token
 * is told neither: then the identity is the workflow token's, `github-actions[bot]`. Never another
 * login's comment (a person's, another app's bot): anyone can start a comment with the marker.
 */
export function ownComment<T extends { body: string; author: string }>(
  comments: readonly T[],
  viewer: string | null
): T | undefined {
  const identity = viewer ?? ACTIONS_BOT
  return comments.find(comment => comment.body.startsWith(PREVIEW_MARKER) && comment.author === identity)
}

/** GitHub refuses a comment body longer than this (characters). */
export const COMMENT_LIMIT = 65_536
/** The check run and the commit status. */
export const CHECK_NAME = 'release preview'
/** GitHub refuses a commit status description longer than this. */
export const STATUS_DESCRIPTION_LIMIT = 140

const FENCE_OPEN = /^( *)(`{3,}|~{3,})(.*)$/
const FENCE_CLOSE = /^ *(`{3,}|~{3,})[ \t]*$/

/**
 * Cuts Markdown at a line end within `max` characters, closing a code fence left open at the
 * fence's own indentation (a fence under a list item closed at the margin would open a new one).
 */
export function cutMarkdown(markdown: string, max: number): string {
  if (markdown.length <= max) return markdown
  let room = Math.max(0, max - 10)
  for (;;) {
    let cut = markdown.lastIndexOf('\n', room)
    if (cut < 0) cut = room
    const out = before(markdown, cut)
    let fence: { indent: string; marker: string } | null = null
    for (const line of out.split('\n')) {
      if (fence === null) {
        const open = FENCE_OPEN.exec(line)
        // a backtick fence's info string has no backtick (else it is a code span)
        if (open && !(open[2][0] === '`' && open[3].includes('`'))) fence = { indent: open[1], marker: open[2] }
      } else {
        // only a line of the fence's character alone closes it (```js inside a block is code)
        const close = FENCE_CLOSE.exec(line)
        if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length) fence = null
      }
    }
    const result = fence ? `${out}\n${fence.indent}${fence.marker}` : out
    if (result.length <= max || room === 0) return result
    room = Math.max(0, room - (result.length - max))
  }
}
