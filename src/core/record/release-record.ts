import { sanitizeCell } from '../text/sanitize.js'

/**
 * The release history record, readable from the repository alone:
 * - every release tag made by this action is annotated with the notes and, last, trailers
 *   (`Release-Type: release|hotfix`, for hotfixes `Severity:` and `Hotfix-Of:` the release fixed);
 * - every rollback appends a row to the rollback record (docs/ROLLBACKS.md) and its commit carries
 *   the trailers `Rollback-Of:` and `Restored-Version:`.
 */

export type ReleaseType = 'release' | 'hotfix'

export interface TagMeta {
  type: ReleaseType
  severity?: string
  /** The release tag a hotfix fixes. */
  hotfixOf?: string
}

const TRAILER = /^([A-Z][A-Za-z-]*): (.+)$/

export function formatTagMessage(notes: string, meta: TagMeta): string {
  const trailers = [`Release-Type: ${meta.type}`]
  if (meta.severity) trailers.push(`Severity: ${meta.severity}`)
  if (meta.hotfixOf) trailers.push(`Hotfix-Of: ${meta.hotfixOf}`)
  return `${notes.trimEnd()}\n\n${trailers.join('\n')}\n`
}

/** Splits a tag message into the notes and the trailers this action wrote (none for other tags). */
export function parseTagMessage(message: string): { notes: string; meta: TagMeta | null } {
  const text = message.trimEnd()
  const cut = text.lastIndexOf('\n\n')
  const block = cut >= 0 ? text.slice(cut + 2) : ''
  const lines = block.split('\n')
  if (lines.length === 0 || !lines.every(line => TRAILER.test(line))) return { notes: `${text}\n`, meta: null }
  const fields = new Map(
    lines.map(line => {
      const [, key, value] = TRAILER.exec(line)!
      return [key.toLowerCase(), value.trim()] as const
    })
  )
  const type = fields.get('release-type')
  if (type !== 'release' && type !== 'hotfix') return { notes: `${text}\n`, meta: null }
  const meta: TagMeta = { type }
  if (fields.has('severity')) meta.severity = fields.get('severity')
  if (fields.has('hotfix-of')) meta.hotfixOf = fields.get('hotfix-of')
  return { notes: `${text.slice(0, cut)}\n`, meta }
}

export interface RollbackEntry {
  version: string
  /** ISO 8601. */
  date: string
  reason: string
  actor: string
  /** The version users are back on ('' when none is left). */
  restored: string
  /** When the rolled-back release had been made (ISO 8601), so the metrics can still use it. */
  released?: string
}

const RECORD_HEADER = [
  '# Rollbacks',
  '',
  'Releases rolled back by fastvlm-release-action. One row a rollback, newest last; the rollback',
  'commits carry the trailers `Rollback-Of:` and `Restored-Version:`.',
  '',
  '| Version | Date | Reason | Actor | Users are back on | Released |',
  '| --- | --- | --- | --- | --- | --- |'
]

function row(entry: RollbackEntry): string {
  const cell = (text: string) => sanitizeCell(text || '—')
  return `| ${cell(entry.version)} | ${cell(entry.date)} | ${cell(entry.reason || '(no reason given)')} | ${cell(entry.actor)} | ${cell(entry.restored)} | ${cell(entry.released ?? '')} |`
}

/** The record with the entry added (created when missing); earlier content stays byte-identical. */
export function appendRollback(existing: string | null, entry: RollbackEntry): string {
  if (existing === null || existing.trim() === '') return `${[...RECORD_HEADER, row(entry)].join('\n')}\n`
  return `${existing}${existing.endsWith('\n') ? '' : '\n'}${row(entry)}\n`
}

/** Reads the entries back (rows whose first cell is a version, or a component's `name@version`). */
export function parseRollbacks(text: string): RollbackEntry[] {
  const entries: RollbackEntry[] = []
  for (const line of text.split('\n')) {
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map(cell => cell.trim().replace(/\\\|/g, '|'))
    if ((cells.length !== 5 && cells.length !== 6) || !/^(?:[A-Za-z0-9][A-Za-z0-9._-]*@)?\d+\.\d+\.\d+/.test(cells[0]))
      continue
    const [version, date, reason, actor, restored, released] = cells
    entries.push({
      version,
      date,
      reason,
      actor,
      restored: restored === '—' ? '' : restored,
      ...(released && released !== '—' ? { released } : {})
    })
  }
  return entries
}

/** Free text on one line: control characters and line breaks become spaces. */
export function oneLine(text: string): string {
  return Array.from(text, char => (char.charCodeAt(0) < 0x20 || char === '\u007f' ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

export function rollbackCommitMessage(tag: string, restored: string, reason: string): string {
  // the reason on one line: free text can't start a paragraph of its own trailers, nor a comment
  const line = oneLine(reason)
  const why = line ? `\n\nReason: ${line}` : ''
  return `chore(release): roll back ${tag}${why}\n\nRollback-Of: ${tag}\nRestored-Version: ${restored || 'none'}\n`
}
