/**
 * The release pull request's text: its title, and a body that holds the notes as they will be
 * published between two markers (a maintainer may edit them there), the reason and the gates. The
 * body also records a fingerprint of the notes it was written with, so the next run tells a
 * maintainer's edit from its own text. Pure: no I/O.
 */

/** The first line of every body we write: how the run knows a pull request's body is its own. */
export const BODY_MARKER = '<!-- fastvlm-release-action:release-pr -->'
export const NOTES_START =
  '<!-- fastvlm-release-action:notes-start (edit the notes below; they are published as written) -->'
export const NOTES_END = '<!-- fastvlm-release-action:notes-end -->'
const GENERATED = /<!-- fastvlm-release-action:generated ([0-9a-f]{8}) -->/

/** The branch the release pull request comes from, for a base branch. */
export function releaseBranch(base: string): string {
  return `release-pr/${base}`
}

/** The release pull request's title (a conventional commit: a squash merge keeps it as the subject). */
export function releaseTitle(tag: string): string {
  return `chore(release): ${tag}`
}

/**
 * A fingerprint of a text (FNV-1a, 32 bits, over its UTF-16 code units, line endings and trailing
 * blanks ignored): enough to tell an edited text from ours, not a security measure.
 */
export function fingerprint(text: string): string {
  const normal = text.replace(/\r\n?/g, '\n').trim()
  let hash = 0x811c9dc5
  for (let i = 0; i < normal.length; i++) {
    hash ^= normal.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * Text placed between our markers can never look like them: an HTML comment opener inside the notes
 * (written by a stranger in a commit message) is spelled as an entity, which renders the same.
 */
function inert(text: string): string {
  return text.replace(/<!--/g, '&lt;!--')
}

/** The fingerprint a body records for notes (as they stand in the body). */
export function notesFingerprint(notes: string): string {
  return fingerprint(inert(notes.trim()))
}

export interface BodyInput {
  tag: string
  previousTag: string
  reason: string
  /** The notes to publish (the generated ones, or a maintainer's edit). */
  notes: string
  /**
   * The fingerprint (notesFingerprint) of the generated notes the body is based on: what the next run
   * compares the text between the markers with to tell an edit.
   */
  generated: string
  gates: readonly string[]
  /** The files the release commit changes. */
  files: readonly string[]
  /** Set when a maintainer's edit is kept although the generated notes changed since. */
  staleEdit?: { generatedNotes: string } | null
}

/** The body of the release pull request. */
export function renderBody(input: BodyInput): string {
  const code = (text: string) => `\`${text.replace(/`/g, "'")}\``
  const lines = [
    BODY_MARKER,
    `This pull request releases ${code(input.tag)}${input.previousTag ? ` (after ${code(input.previousTag)})` : ''}. ` +
      'Merge it to release: the run on the merge tags its commit and publishes the notes below.',
    '',
    NOTES_START,
    inert(input.notes.trim()),
    NOTES_END,
    `<!-- fastvlm-release-action:generated ${input.generated} -->`,
    ''
  ]
  if (input.staleEdit) {
    lines.push(
      '> [!NOTE]',
      '> The notes above were edited by hand and are kept, but new changes arrived since. The notes as generated now are below: copy what you need, or delete the text between the markers to have them regenerated.',
      '',
      '<details><summary>The generated notes</summary>',
      '',
      inert(input.staleEdit.generatedNotes.trim()),
      '',
      '</details>',
      ''
    )
  }
  lines.push(
    '---',
    '',
    `**Why this version**: ${inert(input.reason)}`,
    '',
    `**Gates that run when it is merged**: ${input.gates.length ? input.gates.map(code).join(', ') : 'none'}`,
    '',
    `**Files the release commit changes**: ${input.files.length ? input.files.map(code).join(', ') : 'none'}`,
    ''
  )
  return lines.join('\n')
}

/** What a body says about its notes. */
export type BodyNotes =
  /** Not our body (or no body): nothing of it is ours to keep or to overwrite. */
  | { kind: 'foreign' }
  /** Our body, but the notes' markers were deleted: the maintainer's text cannot be told from ours. */
  | { kind: 'markers missing' }
  /** Our notes, as we wrote them. */
  | { kind: 'ours'; generated: string }
  /** A maintainer's edit of the notes (published as written). */
  | { kind: 'edited'; notes: string; generated: string }

/** Reads the notes of a body we wrote: ours as written, or a maintainer's edit. */
export function readBody(body: string | null | undefined): BodyNotes {
  const text = (body ?? '').replace(/\r\n?/g, '\n')
  // an emptied body asks for ours again
  if (text.trim() === '') return { kind: 'ours', generated: '' }
  if (!text.startsWith(BODY_MARKER)) return { kind: 'foreign' }
  const start = text.indexOf(NOTES_START)
  const end = text.lastIndexOf(NOTES_END)
  const generated = GENERATED.exec(text)?.[1] ?? ''
  if (start < 0 || end < start || !generated) return { kind: 'markers missing' }
  const notes = text.slice(start + NOTES_START.length, end).trim()
  if (fingerprint(notes) === generated) return { kind: 'ours', generated }
  // the text between the markers deleted asks for the generated notes again (as the body says)
  if (notes === '') return { kind: 'ours', generated: '' }
  // our body spells an HTML comment opener as an entity (inert): the edit is the maintainer's text as typed
  return { kind: 'edited', notes: notes.replace(/&lt;!--/g, '<!--'), generated }
}
