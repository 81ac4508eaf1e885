/**
 * Planning a release of several components (the configuration file's `components`): one streaming
 * `git log --name-only` over the union of the components' ranges attributes each commit to the
 * components owning its files; each component is decided with its own rules
 * (src/core/components/decide.ts); the plan holds every component's version files and changelog,
 * its tag, and one release commit naming each `name version`. Reads only.
 */
import { attributor, checkFixedVersions, checkSwiftTags, unmatchedPath } from '../../core/components/index.js'
import { foldersOf } from '../../core/components/attribution.js'
import { collector } from '../../core/components/ranges.js'
import { FilesLogParser, filesLogArgs } from '../../core/components/log.js'
import { planComponents, type ComponentInput } from '../../core/components/decide.js'
import { runNotes } from '../../core/components/run-notes.js'
import { parseReleaseCommitSubject, releaseCommitSubject } from '../../core/components/release-commit.js'
import type { ComponentRelease, ComponentsConfig } from '../../core/components/types.js'
import { ConfigurationError } from '../../core/errors.js'
import { formatTagMessage, parseTagMessage } from '../../core/record/release-record.js'
import { repoUrlFrom } from '../../core/publish/repo-url.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'
import { highestStable, releaseTags, type ReleaseTag } from '../../core/versioning/version.js'
import { loadGatesConfig, selectGates } from '../gates/run.js'
import { installsFrom } from '../project.js'
import type { GitReader } from '../ports.js'
import type { PlanDeps } from '../release/plan.js'
import { strategyOf } from '../release/plan.js'
import { REMOTE, type FileEdit, type Plan, type ReleaseSettings, type TagToCreate } from '../release/types.js'
import { baseOf, componentEdits } from './files.js'
import { hasComponentsReads, type ComponentsGitReader } from './ports.js'
import { scrubReleaseTexts } from '../release/scrub-plan.js'
import { scrubTokens } from '../../core/text/secrets.js'
import { addPinEdits, pinReader } from './pins.js'
import { componentsBurned } from './burned.js'
import { checkFixedVersionFiles } from './fixed-files.js'
import { trackedView } from './tracked-view.js'

/** The notes file of one component: beside the run's, named for it. */
export function componentNotesFile(notesFile: string, name: string): string {
  const dot = notesFile.lastIndexOf('.')
  const slash = notesFile.lastIndexOf('/')
  return dot > slash ? `${notesFile.slice(0, dot)}-${name}${notesFile.slice(dot)}` : `${notesFile}-${name}`
}

/** The run's aggregate release (the outputs a single package has): the first component released, every component's notes (src/core/components/run-notes.ts). */
function aggregate(releases: ComponentRelease[], plans: Map<string, ReleasePlan>): ReleasePlan {
  const released = releases.filter(r => r.released)
  const lead = released[0] ? plans.get(released[0].name)! : plans.values().next().value!
  const notes = runNotes(released)
  const reason = releases.map(r => `${r.name}: ${r.reason}`).join('; ')
  return {
    ...lead,
    released: released.length > 0,
    reason,
    notes: released.length > 0 ? notes : '',
    commitCount: Math.max(0, ...[...plans.values()].map(plan => plan.commitCount)),
    decision: { ...lead.decision, reason }
  }
}

export async function planComponentRelease(
  settings: ReleaseSettings,
  config: ComponentsConfig,
  deps: PlanDeps
): Promise<Plan> {
  const { log, files } = deps
  const git = deps.git as PlanDeps['git'] & Partial<ComponentsGitReader> & Partial<Pick<GitReader, 'tags'>>
  if (!hasComponentsReads(git))
    throw new ConfigurationError(
      'This run plans over a view of the history that cannot list the files each commit changed, which components need. Use a dry run (dry_run: true) or the CLI plan on the branch.'
    )
  const file = settings.config ?? '.github/release-action.yml'
  const components = config.components
  const head = await git.head()
  if (!head) throw new ConfigurationError('The repository has no commits yet: there is nothing to release.')

  // bad input first, before anything is read further
  const tracked = await git.allFiles()
  const folders = foldersOf(tracked)
  for (const component of components) {
    const missing = unmatchedPath(component, tracked, folders)
    if (missing !== null)
      throw new ConfigurationError(
        `Component ${component.name} of ${file}: its path "${missing}" matches no file of the repository. Fix the path (relative to the repository root), or remove the component.`
      )
  }
  for (const warning of [
    ...config.warnings,
    ...checkSwiftTags(
      components,
      tracked.filter(f => f === 'Package.swift' || f.endsWith('/Package.swift')),
      file
    )
  ])
    log.warning(warning)

  const allRefs = await git.tags('')
  const reachable = new Set((await git.tags('', 'HEAD')).map(tag => tag.name))
  const tagsOf = new Map<string, ReleaseTag[]>()
  const previous = new Map<string, ReleaseTag | null>()
  for (const component of components) {
    const tags = releaseTags(allRefs, component.tagPrefix)
    tagsOf.set(component.name, tags)
    previous.set(component.name, highestStable(tags.filter(tag => reachable.has(tag.name))))
  }
  const tagVersions = new Map(components.map(c => [c.name, previous.get(c.name)?.version ?? null]))
  checkFixedVersions(config.fixed, tagVersions)
  const { owners } = attributor(components)
  // one `git status` for every component's working-tree check
  let changed: Promise<string[]> | null = null
  const treeGit = { changedPaths: () => (changed ??= deps.git.changedPaths()), show: deps.git.show.bind(deps.git) }
  const owns = (index: number, path: string) => owners(path).includes(index)
  // one pass over the tracked files answers every component's folder listings
  const named = components.flatMap(c => [...c.versionFiles.map(f => f.replace(/^!/, '')), c.changelog ?? ''])
  const tree = trackedView(files, tracked, named)
  await checkFixedVersionFiles(config.fixed, components, tagVersions, tree, treeGit, owns, file)

  // one log over the union of the ranges: HEAD minus what every component has released
  const shas = components.map(c => previous.get(c.name)?.sha ?? null)
  const exclude = shas.every(sha => sha !== null) ? await git.mergeBase([...new Set(shas as string[])]) : null
  const { add, result } = collector(components, shas)
  const parser = new FilesLogParser(add)
  await git.filesLog(filesLogArgs(exclude ? [exclude] : []), chunk => parser.push(chunk))
  parser.end()
  log.info(`Read ${result.read} commit(s) with their files for ${components.length} components.`)

  const originUrl = await git.remoteUrl(REMOTE)
  const repoUrl = repoUrlFrom(deps.env.serverUrl, deps.env.repository, originUrl)
  // never a version twice: each component's rolled-back versions, and those tagged on origin only
  const burned = await componentsBurned(
    components,
    { files, remote: originUrl !== null ? deps.remote : undefined },
    settings.rollbackRecord,
    new Set(allRefs.map(ref => ref.name))
  )
  const inputs: ComponentInput[] = components.map((component, index) => {
    const base = baseOf(component)
    const scoped = { read: (path: string) => files.read(base ? `${base}/${path}` : path) }
    return {
      component,
      previous: previous.get(component.name) ?? null,
      tags: tagsOf.get(component.name) ?? [],
      commits: result.commits[index],
      installs: installsFrom(scoped, repoUrl),
      pin: pinReader(component, components, files),
      burned: burned.get(component.name)
    }
  })
  const decisions = planComponents({
    settings,
    inputs,
    fixed: config.fixed,
    repoUrl,
    date: deps.env.now.toISOString().slice(0, 10)
  })

  // an earlier run's release commit at HEAD: its subject names each `name version`
  const names = new Set(components.map(c => c.name))
  const earlierPairs = parseReleaseCommitSubject(await git.subject('HEAD'), names)
  const atHead = new Set(allRefs.filter(tag => tag.sha === head).map(tag => tag.name))
  const plans = new Map<string, ReleasePlan>()
  const releases: ComponentRelease[] = []
  const edits: FileEdit[] = []
  const written: string[] = []
  const stray: string[] = []
  for (const [index, decision] of decisions.entries()) {
    const { component } = decision
    // the texts made from commits scrubbed of secrets, as a single package's (src/usecases/release/scrub-plan.ts)
    const scrubbed = scrubReleaseTexts(decision.plan, deps.scrub)
    let plan = scrubbed
    let tagged = false
    const earlierVersion = earlierPairs?.get(component.name)
    if (earlierPairs && !earlierVersion) plan = { ...plan, released: false, version: '', tag: '', bump: 'none' }
    if (earlierVersion) {
      // HEAD is the release commit of an earlier run: it names this component's version (its tag made or not)
      const tag = `${component.tagPrefix}${earlierVersion}`
      tagged = atHead.has(tag)
      const before = highestStable(
        (tagsOf.get(component.name) ?? []).filter(t => reachable.has(t.name) && t.name !== tag)
      )
      if (!plan.released || plan.version !== earlierVersion)
        plan = {
          ...plan,
          released: true,
          version: earlierVersion,
          tag,
          bump: plan.bump === 'none' ? 'patch' : plan.bump,
          previousVersion: before?.version ?? '',
          previousTag: before?.name ?? '',
          // the tag made by the earlier run holds the notes released (its GitHub release gets them)
          notes: (tagged ? parseTagMessage(await git.tagMessage(tag)).notes : '') || plan.notes || `Release ${tag}.\n`,
          reason: `${tagged ? `${tag} was already made at HEAD` : `HEAD is the release commit of ${tag}`} by an earlier run: completing it`
        }
    }
    plans.set(component.name, plan)
    const release: ComponentRelease = {
      name: component.name,
      path: baseOf(component) || '.',
      released: plan.released,
      version: plan.version,
      tag: plan.tag,
      previousVersion: plan.previousVersion,
      previousTag: plan.previousTag,
      bump: plan.bump,
      reason: earlierVersion && plan !== scrubbed ? plan.reason : (deps.scrub ?? scrubTokens)(decision.reason),
      notes: plan.notes,
      notesFile: componentNotesFile(settings.releaseNotesFile, component.name),
      versionFiles: [],
      dependencies: decision.dependencies.map(d => ({ name: d.name, version: d.version })),
      group: decision.group,
      tagged
    }
    if (plan.released && !earlierPairs) {
      const edited = await componentEdits(settings, component, plan, treeGit, tree, path => owns(index, path))
      addPinEdits(component, decision.dependencies, components, files, edited.edits)
      for (const edit of edited.edits) {
        if (edits.some(other => other.path === edit.path))
          throw new ConfigurationError(
            `${edit.path} would be edited for two components (${component.name} and another). Give each component its own version files and changelog (version_files, changelog).`
          )
        edits.push(edit)
      }
      release.versionFiles = edited.changes
      written.push(...edited.written)
      stray.push(...edited.stray)
    }
    releases.push(release)
  }

  const release = aggregate(releases, plans)
  const strategy = strategyOf(settings)
  const branch = release.released ? await git.branch() : null
  if (release.released && settings.push && !branch)
    throw new ConfigurationError(
      'push: true needs a branch, but HEAD is detached. Check out the branch to release (actions/checkout with ref: main), or set push: false.'
    )
  const earlier = earlierPairs ? (releases.some(r => r.tagged) ? 'tagged' : 'committed') : 'none'
  const tags: TagToCreate[] = releases
    .filter(r => r.released && !r.tagged)
    .map(r => ({
      name: r.tag,
      message: formatTagMessage(r.notes, plans.get(r.name)!.tagMeta),
      on: earlier !== 'none' || strategy === 'tag' ? ('head' as const) : ('release commit' as const)
    }))
  const gates = release.released
    ? selectGates(
        settings.gates ?? null,
        (await loadGatesConfig({ gatesConfig: settings.gatesConfig ?? '', sections: settings.sections }, files)).config
      )
    : []
  const publish = {
    githubRelease: settings.createRelease ?? false,
    assets: settings.assets ?? [],
    artifact: settings.uploadArtifact ?? false
  }
  return {
    release,
    head,
    branch,
    gatesBranch: branch || deps.env.refName || null,
    strategy,
    earlier,
    waiting: 0,
    edits: earlier === 'none' ? edits : [],
    versionFiles: releases.flatMap(r => r.versionFiles),
    written,
    stray,
    commitMessage: releaseCommitSubject(releases),
    tags,
    notesFile: settings.releaseNotesFile,
    dryRun: settings.dryRun,
    push: settings.push,
    commitTimes: [],
    gates: earlier === 'tagged' ? [] : gates,
    publish:
      release.released && (publish.githubRelease || publish.assets.length > 0 || publish.artifact) ? publish : null,
    components: releases,
    componentDecisions: [...plans].map(([name, plan]) => [name, plan.decision] as const)
  }
}
