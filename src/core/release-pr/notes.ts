/**
 * The part of a release's notes a maintainer edits in the release pull request: the entries (the
 * text of the changelog section below its heading, which the release notes hold too, between their
 * heading and their compare and install lines). An edit replaces it in both, so the changelog
 * section and the GitHub release publish the same text. Pure: no I/O.
 */

export interface NotesTexts {
  /** release-notes.md / the GitHub release's body. */
  notes: string
  /** The CHANGELOG.md section (its `## version` heading, then the entries). */
  changelogSection: string
}

/** The entries: the changelog section below its heading (null when the notes do not hold them as they are). */
export function editableText(texts: NotesTexts): string | null {
  const newline = texts.changelogSection.indexOf('\n')
  if (newline < 0) return null
  const entries = texts.changelogSection.slice(newline + 1).trim()
  if (!entries || !texts.notes.includes(entries)) return null
  return entries
}

/** The notes and the changelog section with the entries replaced by a maintainer's text. */
export function withEntries<T extends NotesTexts>(texts: T, entries: string): T {
  const current = editableText(texts)
  const edited = entries.replace(/\r\n?/g, '\n').trim()
  if (current === null || current === edited) return texts
  return {
    ...texts,
    notes: texts.notes.split(current).join(edited),
    changelogSection: texts.changelogSection.split(current).join(edited)
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The entries of a version's section in a changelog (`## [1.4.0](…) (date)`, `## 1.4.0 (date)`,
 * `## [1.4.0] - date`, a `v` before the version too), up to the next `## ` heading; null when the
 * changelog has no such section.
 */
export function changelogEntries(changelog: string, version: string): string | null {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n')
  const heading = new RegExp(`^## \\[?v?${escapeRegExp(version)}(?:\\]|\\s|\\(|$)`)
  const start = lines.findIndex(line => heading.test(line))
  if (start < 0) return null
  let end = start + 1
  while (end < lines.length && !/^## /.test(lines[end])) end++
  const entries = lines
    .slice(start + 1, end)
    .join('\n')
    .trim()
  return entries || null
}
