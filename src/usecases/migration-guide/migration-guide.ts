/**
 * mode: migration_guide — drafts (or extends) the migration guide of the next release when that
 * release is major, from its breaking changes, in the working tree: no commit, no push. A workflow
 * opens a pull request with the file (the `migration_guide` output names it); a person edits it;
 * the docs_updated gate then accepts it. A dry run writes nothing and shows the draft.
 */
import { ConfigurationError } from '../../core/errors.js'
import { decodeFile, encodeFile } from '../../core/version-files/file-text.js'
import { draftGuide, guideState, type GuideEntry, type GuideState } from '../../core/migration/guide.js'
import { repoUrlFrom } from '../../core/publish/repo-url.js'
import { truncateMarkdown } from '../../core/notes/summary.js'
import type { Settings } from '../../core/config/settings.js'
import { loadGatesConfig } from '../gates/run.js'
import { migrationGuidePattern } from '../gates/docs-updated.js'
import { MARKDOWN } from '../paths.js'
import type { ModeResult, Services } from '../modes/types.js'
import type { FileStore, GitRemoteReader, LocalGit, Logger } from '../ports.js'
import { readHistory, type ReleaseEnvironment, type ReleaseSettings } from '../release/index.js'

export type MigrationGuideSettings = ReleaseSettings &
  Pick<Settings, 'migrationGuide' | 'gatesConfig' | 'config' | 'changelogFile'>

export interface MigrationGuideDeps {
  git: LocalGit
  files: FileStore
  log: Logger
  env: ReleaseEnvironment
  /** Origin's tags (versions tagged there are not released again); null: origin is not read. */
  remote?: GitRemoteReader | null
}

export interface MigrationGuideResult {
  /** Why nothing was drafted (no release, not a major one), or null when the release is major. */
  nothingToDo: string | null
  version: string
  tag: string
  bump: string
  /** The guide's path for this release ('' when there is nothing to do). */
  path: string
  /** The guide's text after this run (what a dry run would write); '' when there is nothing to do. */
  text: string
  /** The breaking changes added by this run (in a dry run: that would be). */
  added: GuideEntry[]
  created: boolean
  /** Whether the file was written (never in a dry run, nor when nothing was added). */
  written: boolean
  /** The guide's state after this run: still the untouched draft, or edited by a person. */
  state: GuideState
  dryRun: boolean
}

/** The guide's path pattern: the same the docs_updated gate checks (its older parameter included). */
async function pattern(settings: MigrationGuideSettings, files: FileStore): Promise<string> {
  const { config } = await loadGatesConfig(settings, files)
  // as the gate reads its parameters: under its own name
  return migrationGuidePattern(config?.params.docs_updated?.migration_guide, settings)
}

/** The guide is Markdown with a marker line on top: written into any other file, it would break it. */
function notMarkdown(path: string, real: string): ConfigurationError {
  return new ConfigurationError(
    `migration_guide ${path}${real ? ` (resolving to ${real})` : ''} is not a Markdown file: the draft (a marker line, then Markdown) would be written into it. ` +
      'Name a Markdown file (.md) of its own, such as docs/migrations/v{major}.md. Nothing was changed.'
  )
}

export async function runMigrationGuide(
  settings: MigrationGuideSettings,
  deps: MigrationGuideDeps
): Promise<MigrationGuideResult> {
  const { git, files, log } = deps
  const guidePattern = await pattern(settings, files) // a configuration mistake fails before history is read
  if (!MARKDOWN.test(guidePattern)) throw notMarkdown(guidePattern, '')
  const branch = deps.env.refName || (await git.branch()) || ''
  const { plan, earlier } = await readHistory(settings, { ...deps, remote: deps.remote ?? undefined })
  const base = {
    version: plan.version,
    tag: plan.tag,
    bump: plan.bump,
    path: '',
    text: '',
    added: [],
    created: false,
    written: false,
    state: 'missing' as GuideState,
    dryRun: settings.dryRun
  }
  if (branch.startsWith('hotfix/'))
    return { ...base, nothingToDo: `${branch} is a hotfix branch: its releases are patches, with no migration guide` }
  if (earlier === 'tagged') return { ...base, nothingToDo: `${plan.tag} is already released at HEAD` }
  if (!plan.released) return { ...base, nothingToDo: `no release: ${plan.reason}` }
  if (plan.bump !== 'major')
    return {
      ...base,
      nothingToDo: `the next release is ${plan.tag} (${plan.bump}), not a major release: no migration guide is needed`
    }

  const { migrationGuidePath } = await import('../../core/gates/reports.js')
  const path = migrationGuidePath(guidePattern, plan.version)
  const real = files.confine('migration_guide', path)
  if (!MARKDOWN.test(real)) throw notMarkdown(path, real)
  for (const [name, other] of [
    ['release_notes_file', settings.releaseNotesFile],
    ['changelog_file', settings.changelogFile],
    ['rollback_record', settings.rollbackRecord]
  ] as const) {
    if (other && files.confine(name, other) === real)
      throw new ConfigurationError(
        `migration_guide names ${path}, the same file as ${name}: the guide would overwrite it (or be overwritten). Name a file of its own, such as docs/migrations/v{major}.md. Nothing was changed.`
      )
  }
  const originUrl = await git.remoteUrl('origin')
  const repoUrl = repoUrlFrom(deps.env.serverUrl, deps.env.repository, originUrl)
  const major = plan.version.split('.')[0]
  const raw = files.bytes(path)
  const decoded = raw ? decodeFile(raw) : null
  if (decoded?.binary)
    throw new ConfigurationError(
      `The migration guide ${path} is not UTF-8 text, so it can't be extended. Save it as UTF-8 and run again. Nothing was changed.`
    )
  const draft = draftGuide(
    decoded ? decoded.text : null,
    {
      title: `${settings.tagPrefix}${major}`,
      version: plan.version,
      previousTag: plan.previousTag || null,
      changes: plan.decision.changes,
      repoUrl
    },
    decoded?.eol ?? '\n'
  )
  const changed = draft.added.length > 0 || draft.created
  if (changed && !settings.dryRun) {
    files.writeBytes(path, encodeFile(decoded ?? { binary: false, bom: false }, draft.text))
    log.info(`${draft.created ? 'Drafted' : 'Extended'} ${path}: ${draft.added.length} breaking change(s).`)
  }
  return {
    ...base,
    nothingToDo: null,
    path,
    text: draft.text,
    added: draft.added,
    created: draft.created,
    written: changed && !settings.dryRun,
    state: guideState(draft.text)
  }
}

/** GitHub takes 1 MiB of job summary a step: the draft gets at most half of it. */
const SUMMARY_SHARE = 512 * 1024

/** The job summary of a run: what was (or would be) written, and the draft itself in a dry run. */
export function migrationGuideSummary(result: MigrationGuideResult): string {
  const lines = ['### Migration guide', '']
  if (result.nothingToDo) return [...lines, `Nothing to do: ${result.nothingToDo}.`, ''].join('\n')
  const count = `${result.added.length} breaking change(s)`
  const what = result.created
    ? `${result.dryRun ? 'Would draft' : 'Drafted'} \`${result.path}\` for ${result.tag}: ${count}.`
    : result.added.length > 0
      ? `${result.dryRun ? 'Would add' : 'Added'} ${count} to \`${result.path}\` for ${result.tag}; the rest of it is as it was.`
      : `\`${result.path}\` already names every breaking change of ${result.tag}: nothing added.`
  lines.push(what, '')
  for (const entry of result.added) lines.push(`- \`${entry.sha.slice(0, 7)}\` ${entry.heading}`)
  if (result.added.length > 0) lines.push('')
  lines.push(
    result.state === 'draft'
      ? 'It is a draft: edit it for your users (what they must change, with examples) and commit it. The `docs_updated` release gate refuses the untouched draft.'
      : 'It has been edited by a person: the `docs_updated` release gate accepts it.',
    ''
  )
  if (result.dryRun && result.added.length > 0)
    lines.push(
      '<details><summary>The guide as it would be written</summary>',
      '',
      truncateMarkdown(
        result.text.trimEnd(),
        SUMMARY_SHARE,
        '_Cut to fit the job summary: run without dry_run to write all of it._'
      ),
      '',
      '</details>',
      ''
    )
  return lines.join('\n')
}

/** mode: migration_guide — the handler MODES runs. */
export async function migrationGuideMode(settings: Settings, services: Services): Promise<ModeResult> {
  const result = await runMigrationGuide(settings, services)
  const message = result.nothingToDo
    ? `No migration guide: ${result.nothingToDo}.`
    : result.added.length === 0
      ? `${result.path} already names every breaking change of ${result.tag}${result.state === 'draft' ? ' (still the untouched draft: edit it)' : ''}.`
      : `${result.dryRun ? 'Would write' : 'Wrote'} ${result.path}: ${result.added.length} breaking change(s) of ${result.tag}${result.created ? ', a new draft' : ' added'}; edit it and commit it.`
  return {
    outputs: {
      migration_guide: result.path,
      new_version: result.version,
      tag: result.tag,
      bump: result.bump,
      dry_run: String(result.dryRun)
    },
    summary: migrationGuideSummary(result),
    annotations: [],
    variables: {},
    message,
    // commit text only after a prefix: no line of it starts a workflow command
    report: [message, ...result.added.map(entry => `  + ${entry.sha.slice(0, 7)} ${entry.heading}`)]
  }
}
