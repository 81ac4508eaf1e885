/**
 * A release of ONE component (src/core/components/target.ts says which): a hotfix (mode: hotfix, a
 * `hotfix/*` branch), a release line (a maintenance branch or a prerelease channel of
 * release_lines), or the CLI's --component. It is the single package's own planning (hotfix
 * rules, the line's range, channels, an earlier run's tag) over the component's history: the log
 * keeps the commits that change its files (one streaming `git log --name-only`), its tags are its
 * own, and its version files and changelog are found in its folder. Every other component is left
 * as it is (its dependents are not bumped: a hotfix or a line releases one package). Reads only.
 */
import { attributor } from '../../core/components/attribution.js'
import { FILES_LOG_FORMAT, FilesLogParser } from '../../core/components/log.js'
import { chooseComponent, type Target } from '../../core/components/target.js'
import type { ComponentRelease, ComponentsConfig } from '../../core/components/types.js'
import { ConfigurationError } from '../../core/errors.js'
import { DEFAULT_LINES, lineOf, type ReleaseLinesConfig } from '../../core/versioning/release-lines.js'
import type { RawCommit } from '../../core/types.js'
import type { PlanDeps } from '../release/plan.js'
import { planRelease, strategyOf } from '../release/plan.js'
import type { Plan, ReleaseSettings } from '../release/types.js'
import { baseOf, componentEdits } from './files.js'
import { componentNotesFile, planComponentRelease } from './plan.js'
import { hasComponentsReads, type ComponentsGitReader } from './ports.js'

/** The lines with components: a branch such as `api/1.x` is a maintenance line of api by default. */
export function componentLines(lines: ReleaseLinesConfig): ReleaseLinesConfig {
  if (lines.configured) return lines
  return { ...lines, maintenance: [...lines.maintenance, '*/*.x', '*/*.*.x'] }
}

/**
 * The component this run releases alone, or null for a release of every component. A hotfix, a
 * maintenance line and a prerelease channel act on one; so does the CLI's --component.
 */
export async function oneComponentTarget(
  settings: ReleaseSettings,
  config: ComponentsConfig,
  deps: Pick<PlanDeps, 'git' | 'env'>
): Promise<{ target: Target; hotfix: boolean } | null> {
  const lines = componentLines(settings.sections?.releaseLines ?? DEFAULT_LINES)
  const named = settings.sections?.component ?? ''
  const branch =
    deps.env.baseRef && /^\d+\/merge$/.test(deps.env.refName ?? '')
      ? deps.env.baseRef
      : (await deps.git.branch()) || deps.env.refName || ''
  const hotfix = settings.mode === 'hotfix' || (settings.mode === 'release' && branch.startsWith('hotfix/'))
  const line = hotfix ? null : lineOf(branch, lines, settings.baseBranch ?? '')
  const onLine = line?.kind === 'maintenance' || line?.kind === 'channel'
  if (!hotfix && !onLine && !named) return null
  const what = hotfix
    ? `A hotfix (${settings.mode === 'hotfix' ? 'mode: hotfix' : `branch ${branch}`})`
    : onLine
      ? `The release line ${branch}`
      : 'The run'
  const target = chooseComponent(config, {
    name: named || (hotfix || onLine ? (lines.component ?? '') : ''),
    version: '',
    branch: hotfix || onLine ? branch : '',
    what
  })
  return { target, hotfix }
}

/** The release's git reads with the log narrowed to the commits that change the component's files. */
function componentHistory(
  git: PlanDeps['git'] & ComponentsGitReader,
  keep: (files: string[]) => boolean
): PlanDeps['git'] {
  const log = async (
    exclude: string | null,
    onCommit: (commit: RawCommit) => void,
    tips?: string[]
  ): Promise<Set<string>> => {
    const parents = new Set<string>()
    const parser = new FilesLogParser((commit, files) => {
      for (const parent of commit.parents) parents.add(parent)
      if (keep(files)) onCommit(commit)
    })
    const args = [
      'log',
      '-z',
      '--name-only',
      '--no-renames',
      `--format=${FILES_LOG_FORMAT}`,
      ...(tips ?? ['HEAD']),
      ...(exclude ? [`^${exclude}`] : []),
      '--'
    ]
    await git.filesLog(args, chunk => parser.push(chunk))
    parser.end()
    // the boundary of `tips ^exclude` holds exclude when a commit read has it as a parent
    return new Set(exclude && parents.has(exclude) ? [exclude] : [])
  }
  const view = Object.create(git) as PlanDeps['git']
  return Object.assign(view, { log })
}

/** Plans the release of the one component. */
export async function planOneComponent(
  settings: ReleaseSettings,
  config: ComponentsConfig,
  chosen: { target: Target; hotfix: boolean },
  deps: PlanDeps
): Promise<Plan> {
  const { component } = chosen.target
  const git = deps.git as PlanDeps['git'] & Partial<ComponentsGitReader>
  if (!hasComponentsReads(git))
    throw new ConfigurationError(
      `The release of component ${component.name} reads the files each commit changed, which this run's view of the history cannot list. Use a dry run (dry_run: true) or the CLI plan on the branch.`
    )
  deps.log.info(`Releasing component ${component.name} alone (named by ${chosen.target.by}).`)
  const index = config.components.indexOf(component)
  const { owners } = attributor(config.components)
  const root = component.paths.includes('')
  const owns = (path: string) => owners(path).includes(index)
  const base = baseOf(component)
  const narrowed: ReleaseSettings = {
    ...settings,
    // a hotfix branch is a hotfix whatever release_lines says of hotfix/<name>/… (one part only)
    mode: chosen.hotfix ? 'hotfix' : settings.mode,
    tagPrefix: component.tagPrefix,
    prerelease: component.prerelease ?? settings.prerelease,
    bumpMinorPreMajor: component.bumpMinorPreMajor ?? settings.bumpMinorPreMajor,
    initialVersion: component.initialVersion ?? settings.initialVersion,
    notesSections: component.notesSections ?? settings.notesSections,
    packageName: base === '' ? settings.packageName : '',
    changelogFile: component.changelog,
    versionFiles: [],
    inferConvention: false,
    // the tag alone is planned here; the component's files below
    releaseCommit: false,
    sections: settings.sections
      ? {
          ...settings.sections,
          components: null,
          releaseLines: componentLines(settings.sections.releaseLines)
        }
      : undefined
  }
  // a bare file name (pyproject.toml, package.json: the package name and install line) is read in the component's folder
  const files: PlanDeps['files'] = Object.assign(Object.create(deps.files) as PlanDeps['files'], {
    read: (path: string) => deps.files.read(base && !path.includes('/') ? `${base}/${path}` : path)
  })
  const plan = await planRelease(narrowed, {
    ...deps,
    files,
    git: componentHistory(git, changed => changed.some(owns) || (changed.length === 0 && root))
  })
  const strategy = strategyOf(settings)
  const { release } = plan
  let tree = { edits: plan.edits, changes: plan.versionFiles, written: plan.written, stray: plan.stray }
  if (release.released && plan.earlier === 'none' && strategy !== 'tag')
    tree = await componentEdits(settings, component, release, deps.git, deps.files, owns)
  const part: ComponentRelease = {
    name: component.name,
    path: base || '.',
    released: release.released,
    version: release.version,
    tag: release.tag,
    previousVersion: release.previousVersion,
    previousTag: release.previousTag,
    bump: release.bump,
    reason: release.reason,
    notes: release.notes,
    notesFile: componentNotesFile(settings.releaseNotesFile, component.name),
    versionFiles: tree.changes,
    dependencies: [],
    group: null,
    tagged: plan.earlier === 'tagged'
  }
  return {
    ...plan,
    strategy,
    edits: tree.edits,
    versionFiles: tree.changes,
    written: tree.written,
    stray: tree.stray,
    // an earlier run's tag at HEAD is pushed, not made again
    tags: (plan.earlier === 'tagged' ? [] : plan.tags).map(tag => ({
      ...tag,
      on: plan.earlier !== 'none' || strategy === 'tag' ? ('head' as const) : ('release commit' as const)
    })),
    components: [part],
    componentDecisions: [[component.name, release.decision] as const]
  }
}

/** The release of every component, or of the one a hotfix, a release line or --component names. */
export async function planComponents(
  settings: ReleaseSettings,
  config: ComponentsConfig,
  deps: PlanDeps
): Promise<Plan> {
  const one = await oneComponentTarget(settings, config, deps)
  if (one) return planOneComponent(settings, config, one, deps)
  return planComponentRelease(settings, config, deps)
}

/**
 * mode: release_pr with components: a release of ONE component (its release line, a hotfix branch,
 * --component) goes through the single package's pull request; several at once are refused, as
 * the pull request's one title and changelog edit cannot carry several tags and the run after the
 * merge could not tell which components it released.
 */
export async function refuseSeveralInPullRequest(
  settings: ReleaseSettings,
  deps: Pick<PlanDeps, 'git' | 'env'>
): Promise<void> {
  const config = settings.sections?.components
  if (!config || (await oneComponentTarget(settings, config, deps))) return
  throw new ConfigurationError(
    `mode: release_pr does not release several components in one pull request yet (components: ${config.components.map(c => c.name).join(', ')}). ` +
      'Use mode: release (one release commit, a tag per component, one atomic push), or keep a release pull request per component on its release line (such as ' +
      `${config.components[0].name}/1.x, or release_lines.component). Nothing was changed.`
  )
}
