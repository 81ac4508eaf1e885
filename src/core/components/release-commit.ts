import { dockerTag, pep440Version } from '../versioning/ecosystem-versions.js'
import type { ComponentRelease } from './types.js'

/** The subject of the one release commit of a run: `chore(release): kit 1.3.0, ios 0.4.1`. */
export function releaseCommitSubject(
  releases: ReadonlyArray<Pick<ComponentRelease, 'name' | 'version' | 'released'>>
): string {
  return `chore(release): ${releases
    .filter(r => r.released)
    .map(r => `${r.name} ${r.version}`)
    .join(', ')}`
}

const PAIR = /^([A-Za-z0-9][A-Za-z0-9._-]*) (\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/

/** The `name version` pairs of such a subject (an earlier run's release commit), or null when it is none. */
export function parseReleaseCommitSubject(subject: string, names: ReadonlySet<string>): Map<string, string> | null {
  const prefix = 'chore(release): '
  if (!subject.startsWith(prefix)) return null
  const pairs = new Map<string, string>()
  for (const part of subject.slice(prefix.length).split(', ')) {
    const match = PAIR.exec(part)
    if (!match || !names.has(match[1])) return null
    pairs.set(match[1], match[2])
  }
  return pairs.size > 0 ? pairs : null
}

/**
 * The `releases` output: a JSON array in dependency order, for `strategy.matrix: ${{ fromJSON(...) }}`;
 * `release_url` is the component's GitHub release made by the run ('' when none was made).
 */
export function releasesJson(
  releases: readonly ComponentRelease[],
  releaseUrls: ReadonlyMap<string, string> = new Map()
): string {
  return JSON.stringify(
    releases.map(r => ({
      name: r.name,
      version: r.version,
      tag: r.tag,
      pep440_version: r.version ? (pep440Version(r.version) ?? '') : '',
      docker_version: r.version ? dockerTag(r.version) : '',
      path: r.path,
      notes_file: r.notesFile,
      released: r.released,
      release_url: releaseUrls.get(r.name) ?? ''
    }))
  )
}

/** What the components' notes may take of the job summary (GitHub shows up to 1 MiB of it). */
const SUMMARY_NOTES_BUDGET = 600_000

/** The per-component section of the job summary and the dry run. */
export function componentsSummary(releases: readonly ComponentRelease[], dryRun: boolean): string {
  const lines = ['## Components', '', '| component | version | tag | bump | why |', '| --- | --- | --- | --- | --- |']
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  for (const r of releases)
    lines.push(
      `| ${cell(r.name)} | ${r.released ? `${r.previousVersion || '—'} → **${r.version}**` : r.previousVersion || '—'} | ${r.released ? `\`${r.tag}\`` : '—'} | ${r.released ? r.bump : 'none'} | ${cell(r.reason)} |`
    )
  // the job summary takes 1 MiB: each component's notes within its share, the rest in its notes file
  const released = releases.filter(each => each.released)
  const share = Math.floor(SUMMARY_NOTES_BUDGET / Math.max(1, released.length))
  for (const r of released) {
    lines.push('', `### ${r.name} ${r.version}${dryRun ? ' (dry run)' : ''}`, '')
    for (const file of r.versionFiles) lines.push(`- \`${file.path}\`: ${file.from} → ${file.to}`)
    if (r.versionFiles.length > 0) lines.push('')
    const notes = r.notes.trim()
    if (notes.length <= share) lines.push(notes)
    else {
      const cut = notes.lastIndexOf('\n', share)
      lines.push(
        notes.slice(0, cut > 0 ? cut : 0),
        '',
        `_…cut to fit the job summary: all of it is in ${r.notesFile}._`
      )
    }
  }
  return `${lines.join('\n')}\n`
}
