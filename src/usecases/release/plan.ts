/**
 * The planning step of a release: history, configuration and the working tree in, a Plan out (the
 * decision and reasons, the notes, every file edit, the tags, how it is made, what an earlier run
 * left). Its ports can only read: it writes nothing, and reads origin only when given a remote reader.
 */
import { ConfigurationError } from '../../core/errors.js'
import { changelogEntries, withEntries } from '../../core/release-pr/notes.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'
import { scrubTokens } from '../../core/text/secrets.js'
import { formatTagMessage, oneLine } from '../../core/record/release-record.js'
import { loadGatesConfig, selectGates } from '../gates/run.js'
import type { GitReader } from '../ports.js'
import { readConventions } from './conventions.js'
import { checkWorkingTree } from './files.js'
import { staleWarnings } from './stale-versions.js'
import { readHistory, type HistoryDeps, type HistoryReader } from './history.js'
import { scrubReleaseTexts } from './scrub-plan.js'
import type { Plan, ReleaseSettings, Strategy } from './types.js'
import { planComponents } from '../components/one.js'

export interface PlanDeps extends HistoryDeps {
  git: HistoryReader & Pick<GitReader, 'changedPaths'>
  /** Takes secrets out of the texts made from commits (notes, changelog, tag); absent: token-shaped text only. */
  scrub?: (text: string) => string
}

/** How the settings make a release. */
export function strategyOf(settings: Pick<ReleaseSettings, 'releaseCommit'>): Strategy {
  return settings.releaseCommit === false ? 'tag' : settings.releaseCommit === 'api' ? 'api' : 'local'
}

/** Plans the release: reads only. */
export async function planRelease(settings: ReleaseSettings, deps: PlanDeps): Promise<Plan> {
  const { git, log } = deps
  // several packages from one repository: src/usecases/components/
  const components = settings.sections?.components
  if (components) return planComponents(settings, components, deps)
  const learned = await readConventions(settings, git, deps.files)
  const history = await readHistory(settings, {
    ...deps,
    sections: learned?.conventions.sections,
    handMadeSections: learned?.conventions.handMade
  })
  const { head, earlier } = history
  // a release commit made earlier (a merged release pull request): its changelog section is what is
  // published, as a maintainer may have edited it there
  const release = scrubReleaseTexts(
    earlier === 'committed' ? await publishedAsCommitted(settings, history, deps) : history.plan,
    deps.scrub
  )
  const strategy = strategyOf(settings)
  const base: Plan = {
    release,
    head,
    branch: null,
    gatesBranch: null,
    strategy,
    earlier,
    waiting: history.waiting,
    edits: [],
    versionFiles: [],
    written: [],
    stray: [],
    commitMessage: `chore(release): ${release.tag}`,
    tags: [],
    notesFile: settings.releaseNotesFile,
    dryRun: settings.dryRun,
    push: settings.push,
    commitTimes: history.commitTimes,
    gates: [],
    publish: null,
    conventions: learned
  }
  if (!release.released) return base

  const branch = await git.branch()
  if (settings.push && !branch) {
    throw new ConfigurationError(
      'push: true needs a branch, but HEAD is detached. Check out the branch to release (actions/checkout with ref: main), or set push: false.'
    )
  }
  const tags = [
    {
      name: release.tag,
      message: (deps.scrub ?? scrubTokens)(formatTagMessage(release.notes, release.tagMeta)),
      on: strategy === 'tag' || earlier !== 'none' ? ('head' as const) : ('release commit' as const)
    }
  ]
  const publish = {
    githubRelease: settings.createRelease ?? false,
    assets: settings.assets ?? [],
    artifact: settings.uploadArtifact ?? false
  }
  const planned: Plan = {
    ...base,
    branch,
    gatesBranch: branch || deps.env.refName || null,
    tags,
    // an earlier run that tagged HEAD passed the gates
    gates:
      earlier === 'tagged'
        ? []
        : selectGates(
            settings.gates ?? null,
            (
              await loadGatesConfig(
                { gatesConfig: settings.gatesConfig ?? '', sections: settings.sections },
                deps.files
              )
            ).config
          ),
    publish: publish.githubRelease || publish.assets.length > 0 || publish.artifact ? publish : null
  }
  // the tag of an earlier run, or its release commit: nothing left to edit
  if (earlier !== 'none' || strategy === 'tag') {
    if (earlier === 'none')
      log.info(`release_commit: false: no version files or changelog; ${release.tag} goes on HEAD.`)
    return planned
  }
  const tree = await checkWorkingTree(settings, release, git, deps.files)
  // the old version is a file's text (a pull request's, in a preview): one line, never a workflow command
  for (const change of tree.changes) log.info(`${change.path}: ${oneLine(change.from)} → ${change.to}`)
  const stale = staleWarnings(settings, release, tree, deps.files)
  stale.forEach(warning => log.warning(warning))
  if (tree.written.length > 0)
    log.info(
      `${tree.written.join(', ')} already hold${tree.written.length === 1 ? 's' : ''} the edits of ${release.tag} from an earlier run that stopped before its commit: completing them.`
    )
  return {
    ...planned,
    edits: tree.edits,
    versionFiles: tree.changes,
    written: tree.written,
    stray: tree.stray,
    staleVersions: stale
  }
}

/**
 * The notes of a release commit made earlier: the entries its changelog section holds. At HEAD the
 * working tree's; a release commit other commits followed: its own (a later commit rewriting the
 * section is not what that tag releases).
 */
async function publishedAsCommitted(
  settings: ReleaseSettings,
  history: { plan: ReleasePlan; head: string; waiting: number },
  deps: Pick<PlanDeps, 'files' | 'git'>
): Promise<ReleasePlan> {
  const { plan: release, head, waiting } = history
  const file = settings.changelogFile
  const changelog = !file ? null : waiting > 0 ? await deps.git.show(head, file) : deps.files.read(file)
  const entries = changelog === null ? null : changelogEntries(changelog, release.version)
  return entries ? withEntries(release, entries) : release
}

/** The refusal of uncommitted changes in files the release rewrites (after the gates have reported). */
export function strayError(plan: Plan): ConfigurationError | null {
  const { stray } = plan
  if (stray.length === 0) return null
  return new ConfigurationError(
    `Uncommitted changes in ${stray.join(', ')}, which the release of ${plan.release.tag} rewrites and commits: the release would commit them too. ` +
      `Commit them first, or discard them (git checkout -- ${stray.join(' ')}; a new file: delete it), then run again. Nothing was changed.`
  )
}
