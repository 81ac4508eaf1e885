/**
 * Parts of the release summary: the notes as they will be published (their headings moved one
 * level down so that the page's outline has no skipped or inverted level), what was learned of the
 * repository's notes convention, and the files the release writes.
 */
import { describeConventions, type NotesConventions } from './conventions.js'
import { codeSpan, sanitizeCell } from '../text/sanitize.js'

/**
 * Moves every ATX heading outside fenced code `by` levels down (at most to level 6):
 * the notes' `## What's Changed` becomes a `###` under the summary's `##` verdict.
 */
export function shiftHeadings(markdown: string, by: number): string {
  let fence: string | null = null
  return markdown
    .split('\n')
    .map(line => {
      const open = /^\s*(`{3,}|~{3,})/.exec(line)
      if (open) {
        if (fence === null) fence = open[1][0]
        else if (open[1][0] === fence) fence = null
        return line
      }
      if (fence !== null) return line
      return line.replace(/^(\s*)(#{1,6})(?=[ \t]|$)/, (_all, lead: string, marks: string) => {
        return `${lead}${'#'.repeat(Math.min(6, marks.length + by))}`
      })
    })
    .join('\n')
}

/** What the notes followed: the sections learned from the repository's changelog, or the defaults. */
export function conventionsPart(learned: { file: string; conventions: NotesConventions } | null | undefined): string[] {
  if (!learned) return []
  return [...describeConventions(learned.conventions, learned.file), '']
}

export interface FilesInput {
  dryRun: boolean
  /** The run writes the notes file (false for the CLI's plan). */
  notesWritten: boolean
  notesFile: string
  versionFiles: Array<{ path: string; from: string; to: string }>
  /** The changelog that gets the new section, or null. */
  changelogFile: string | null
  commitSha: string
  pushed: boolean
}

/** The files section: what the release changed (or would change) and where the notes are. */
export function filesPart(input: FilesInput): string[] {
  const verb = input.dryRun ? 'would change' : 'changed'
  const lines = ['### Files', '']
  for (const file of input.versionFiles)
    lines.push(`- ${codeSpan(file.path)}: ${sanitizeCell(file.from)} → ${sanitizeCell(file.to)} (${verb})`)
  if (input.changelogFile) lines.push(`- ${codeSpan(input.changelogFile)}: new section at the top (${verb})`)
  lines.push(
    input.notesWritten
      ? `- ${codeSpan(input.notesFile)}: the notes above (written, not committed)`
      : `- ${codeSpan(input.notesFile)}: not written (plan only)`
  )
  if (input.commitSha)
    lines.push(
      `- Release commit \`${input.commitSha}\`${input.pushed ? ', pushed with its tag' : ', not pushed (push: false)'}`
    )
  lines.push('')
  return lines
}
