/**
 * Publishing a release of several components: a GitHub release per released component, made as
 * the single package's is (src/usecases/publish/publish.ts: found by its tag, drafts too, else
 * created as a draft; its assets attached; then published), one after the other in dependency
 * order. Each release has the component's own notes, title, prerelease flag and assets: the files
 * the assets globs match inside the component's own path (the longest path owns a file), its SBOM
 * read from its path, and its SHA256SUMS. Only the root component (path `.`) may become the
 * repository's "latest" release; with no root component none does. Everything is prepared (and
 * checked) before the release is made; a failure after it stops at that component and names what
 * is published: a rerun at the release commit converges (each existing release is updated, the
 * missing ones made).
 */
import * as path from 'node:path'
import semver from 'semver'
import { attributor } from '../../core/components/attribution.js'
import type { Component, ComponentRelease, ComponentsConfig } from '../../core/components/types.js'
import { ConfigurationError } from '../../core/errors.js'
import { renderPublishSummary } from '../../core/notes/summary.js'
import { codeSpan } from '../../core/text/sanitize.js'
import { repoUrlFrom } from '../../core/publish/repo-url.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'
import { highestStable, releaseTags } from '../../core/versioning/version.js'
import type { FileStore, SideFiles } from '../ports.js'
import {
  executePublish,
  preparePublish,
  type PreparedPublish,
  type PublishDeps,
  type PublishResult,
  type PublishSettings,
  type PublishTarget
} from '../publish/publish.js'
import type { TargetGit, TargetSettings } from '../publish/publish-target.js'
import type { Publishing, ReleaseEnvironment } from '../release/index.js'
import { baseOf } from './files.js'

/** One component's publishing, as the outputs and the summary report it. */
export interface ComponentPublished {
  name: string
  tag: string
  result: PublishResult
}

/** What a run's publishing made: every component's, in dependency order, and the run's lead (the outputs of a single package). */
export interface ComponentsPublished {
  components: ComponentPublished[]
  lead: PublishResult | null
}

/**
 * The workspace seen from a component's folder: paths relative to it; reads and globs answer only
 * the files the component owns (a nested component's files are its own).
 */
export function componentFiles(files: FileStore, base: string, owns: (file: string) => boolean): FileStore {
  const at = (file: string) => (base === '' ? file : `${base}/${file}`)
  const from = (file: string) => (base === '' ? file : file.slice(base.length + 1))
  return {
    // a file another component owns is not this one's (its SBOM reads none of them)
    read: file => (owns(at(file)) ? files.read(at(file)) : null),
    bytes: file => (owns(at(file)) ? files.bytes(at(file)) : null),
    confine: (what, file) => files.confine(what, at(file)),
    realRelative: file => files.realRelative(at(file)),
    list: dir => files.list(at(dir)),
    absolute: file => files.absolute(at(file)),
    glob: async pattern => (await files.glob(at(pattern))).filter(owns).map(from),
    write: (file, text) => files.write(at(file), text),
    writeBytes: (file, data) => files.writeBytes(at(file), data),
    remove: file => files.remove(at(file))
  }
}

/** The run's side files with the component's name in front: two components' SHA256SUMS never meet. */
function componentSideFiles(side: SideFiles | undefined, name: string): SideFiles | undefined {
  if (!side) return undefined
  const prefix = `${name}-`
  const named = (file: string) => (file.startsWith(prefix) ? file : `${prefix}${file}`)
  return { path: file => side.path(named(file)), write: (file, text) => side.write(named(file), text) }
}

/** A component's publishing settings: the run's, with the component's title, latest rule and assets. */
function settingsOf(settings: PublishSettings, component: Component, root: boolean): PublishSettings {
  return {
    ...settings,
    packageName: component.packageName || (root ? settings.packageName : component.name),
    releaseTitle: settings.releaseTitle.replace(/\{name\}/g, component.name),
    // GitHub has one latest release per repository: the root component's (a component below it never)
    makeLatest: root ? settings.makeLatest : 'false',
    // the expected assets are the repository's main package's: the root component's
    expectedAssets: root ? settings.expectedAssets : [],
    // checked over every component below (a glob matching in one component is enough)
    requireAssets: false,
    // one artifact per component below, named for it
    uploadArtifact: false
  }
}

interface Prepared {
  release: ComponentRelease
  component: Component
  settings: PublishSettings
  target: PublishTarget
  prepared: PreparedPublish
  /** The component's view of the workspace and side files. */
  deps: PublishDeps
  /** The workspace from its root (the notes files are named from it). */
  workspace: FileStore
}

const NO_MATCH = /^assets: (.*) matches no file$/

/**
 * The `publish` step of a release of components (the Publishing of src/usecases/release/index.ts):
 * prepares each released component's release (checks its input, writes nothing), then publishes
 * them in dependency order once the release commit and tags are made; `done` receives the results.
 */
export function componentsPublisher(
  settings: TargetSettings & PublishSettings,
  config: ComponentsConfig,
  git: TargetGit,
  env: ReleaseEnvironment,
  deps: PublishDeps,
  done: (published: ComponentsPublished) => void
): Publishing {
  return async (lead: ReleasePlan, head: string, releases = []) => {
    const byName = new Map(config.components.map((component, index) => [component.name, { component, index }]))
    const { owners } = attributor(config.components.map(c => ({ ...c, sharedPaths: [] })))
    const [origin, refs] = await Promise.all([git.remoteUrl('origin'), git.tags('')])
    const repoUrl = repoUrlFrom(env.serverUrl, env.repository, origin)
    const all: Prepared[] = []
    let accessChecked = false
    for (const release of releases) {
      const entry = byName.get(release.name)
      if (!release.released || !entry) continue
      const { component, index } = entry
      const root = component.paths.includes('')
      const own = settingsOf(settings, component, root)
      const files = componentFiles(deps.files, baseOf(component), file => owners(file)[0] === index)
      const ownDeps: PublishDeps = {
        ...deps,
        files,
        sideFiles: componentSideFiles(deps.sideFiles, component.name),
        // the token's access is checked once for the run
        offline: deps.offline || accessChecked
      }
      const highest = highestStable(releaseTags(refs, component.tagPrefix))?.version ?? null
      const target: PublishTarget = {
        tag: release.tag,
        version: release.version,
        notes: release.notes,
        notesFile: release.notesFile,
        commitSha: head,
        hotfix: false,
        highestVersion: highest && semver.gt(highest, release.version) ? highest : release.version,
        repoUrl,
        created: env.now
      }
      const prepared = await preparePublish(own, target, ownDeps)
      accessChecked = true
      all.push({ release, component, settings: own, target, prepared, deps: ownDeps, workspace: deps.files })
    }
    checkAssets(settings, all)
    return async (commitSha: string) => {
      const sha = commitSha || head
      const made: ComponentPublished[] = []
      const report = () => done({ components: made, lead: made.find(p => p.tag === lead.tag)?.result ?? null })
      for (const each of all) {
        let result: PublishResult
        try {
          result = await executePublish(
            each.settings,
            { ...each.target, commitSha: sha },
            { ...each.prepared, release: { ...each.prepared.release, targetCommitish: sha } },
            each.deps
          )
          if (settings.uploadArtifact && !settings.dryRun) result.artifact = await uploadArtifact(each, result)
        } catch (error) {
          report()
          const published = made.map(p => p.tag)
          const rest = all.slice(all.indexOf(each) + 1).map(p => p.release.tag)
          const message = error instanceof Error ? error.message : String(error)
          throw new ConfigurationError(
            `The GitHub release of ${each.release.tag} failed: ${message.replace(/\.?$/, '.')} ` +
              `Published: ${published.join(', ') || 'none'}; not attempted: ${rest.join(', ') || 'none'}.`
          )
        }
        made.push({ name: each.release.name, tag: each.release.tag, result })
      }
      report()
    }
  }
}

/** require_assets over the components: each glob must match in one released component; the expected assets are checked in the root's. */
function checkAssets(settings: PublishSettings, all: Prepared[]): void {
  const unmatched = (prepared: PreparedPublish) =>
    new Set(prepared.warnings.map(w => NO_MATCH.exec(w)?.[1]).filter((p): p is string => p !== undefined))
  const nowhere = settings.assets.filter(pattern => all.every(each => unmatched(each.prepared).has(pattern)))
  const missing = all.flatMap(each => each.prepared.expected.filter(e => !e.found).map(e => e.name))
  if (settings.requireAssets && all.length > 0 && (nowhere.length > 0 || missing.length > 0))
    throw new ConfigurationError(
      `${[
        ...nowhere.map(pattern => `assets: ${pattern} matches no file of a released component`),
        ...(missing.length > 0 ? [`expected assets missing from the root component: ${missing.join(', ')}`] : [])
      ].join('; ')} (require_assets: true). Build them before this step, or fix the globs.`
    )
  // a glob matching in another component is no warning for this one; one matching nowhere warns once
  for (const each of all)
    each.prepared.warnings = each.prepared.warnings.filter(warning => {
      const pattern = NO_MATCH.exec(warning)?.[1]
      return pattern === undefined || (nowhere.includes(pattern) && each === all[0])
    })
}

/** The workflow artifact of one component: `release-<name>-<version>`, its notes, SBOM and SHA256SUMS. */
async function uploadArtifact(each: Prepared, result: PublishResult): Promise<string> {
  const name = `release-${each.release.name}-${each.release.version}`
  const { notesFile } = each.release
  const side = each.deps.sideFiles
  let list: string[]
  let root: string
  if (each.settings.releaseDir || !side) {
    // in the workspace: the notes from its root, the SBOM and SHA256SUMS in the component's folder
    const written = [result.checksumsPath, ...(result.sbomPath ? [result.sbomPath] : [])]
    list = [each.workspace.absolute(notesFile), ...written.map(file => each.deps.files.absolute(file))]
    root = each.workspace.absolute('.')
  } else {
    const notes = side.write(path.posix.basename(notesFile), each.workspace.read(notesFile) ?? '')
    list = [notes, result.checksumsPath, ...(result.sbomPath ? [result.sbomPath] : [])]
    root = path.dirname(notes)
  }
  await each.deps.artifact.upload(name, list, root)
  each.deps.log.info(`Uploaded the workflow artifact ${name}`)
  return name
}

/** Each component's GitHub release address, by name (the `releases` output's `release_url`). */
export function releaseUrls(published: readonly ComponentPublished[]): Map<string, string> {
  return new Map(published.filter(p => p.result.releaseUrl).map(p => [p.name, p.result.releaseUrl]))
}

/** The job summary's publishing sections: one per component. */
export function componentsPublishSummary(published: readonly ComponentPublished[]): string {
  return published
    .map(
      p => `\n${renderPublishSummary(p.result).replace(/^### Publishing/, () => `### Publishing ${codeSpan(p.tag)}`)}`
    )
    .join('')
}
