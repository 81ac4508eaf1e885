/**
 * A release run: plan (reads only), the strategy's own checks, the gates (before anything is
 * written), then the plan applied by its strategy (a local commit, an API commit, a tag on HEAD;
 * or completing what an earlier run left), then publishing with what was made. The result is a
 * union: nothing to release, stopped by the gates, released, resumed.
 */
import { ConfigurationError } from '../../core/errors.js'
import type { GatesReport } from '../../core/gates/types.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'
import type { ComponentRelease } from '../../core/components/types.js'
import type { FileStore, GitDataApi, GitReader, GitRemoteReader, GitRemoteWriter, GitWriter, Logger } from '../ports.js'
import { applyApi, applyApiTagged, checkApi, type ApiReady } from './apply-api.js'
import { applyLocal, applyTagged, restore, type Applied } from './apply-local.js'
import { applyTag } from './apply-tag.js'
import { applyComponents, writeComponentNotes } from '../components/apply.js'
import { applyComponentsApi } from '../components/apply-api.js'
import { convergeWithOrigin } from './converge.js'
import { planRelease, strayError } from './plan.js'
import { REMOTE, type Plan, type ReleaseEnvironment, type ReleaseResult, type ReleaseSettings } from './types.js'

export { detectVersionFiles } from './files.js'
export { planRelease, strategyOf, strayError, type PlanDeps } from './plan.js'
export { readHistory, type HistoryReader } from './history.js'
export { PROTECTED } from './apply-local.js'
export type * from './types.js'

/**
 * Publishing: prepared after the gates (checks its input, writes nothing), run with what was made.
 * With components, each component's part too (src/usecases/components/publish.ts).
 */
export type Publishing = (
  plan: ReleasePlan,
  head: string,
  components?: readonly ComponentRelease[]
) => Promise<(commitSha: string) => Promise<void>>

export interface ReleaseDeps {
  git: GitReader & GitWriter
  files: FileStore
  log: Logger
  env: ReleaseEnvironment
  /** Reads of origin (its tags, the fetch after an API release); absent: origin is not read. */
  remote?: GitRemoteReader | null
  /** Pushes to origin; absent: the run may not push (push: true is then an error). */
  origin?: GitRemoteWriter | null
  publish?: Publishing
  /** The validation gates, run after the plan and before anything is written. */
  gates?: (input: { plan: ReleasePlan; head: string; branch: string | null; written: string[] }) => Promise<GatesReport>
  /** The Git Data API, for release_commit: api (null without a token or GITHUB_REPOSITORY). */
  gitData?: GitDataApi | null
  /** Takes secrets out of the texts made from commits (src/usecases/release/scrub-plan.ts). */
  scrub?: (text: string) => string
}

/** The result of a plan that went no further (nothing to release, stopped by the gates, a dry run). */
function outcome(plan: Plan, applied: Applied, gates: GatesReport | null) {
  return {
    plan: plan.release,
    dryRun: plan.dryRun,
    notesFile: plan.notesFile,
    versionFiles: plan.versionFiles,
    staleVersions: plan.staleVersions ?? [],
    commitSha: applied.commitSha,
    pushed: applied.pushed,
    gates,
    commitTimes: plan.commitTimes,
    conventions: plan.conventions ?? null,
    ...(plan.components ? { components: plan.components } : {})
  }
}

const NOTHING: Applied = { commitSha: '', pushed: false }

/**
 * Publishing after the point of no return: a failure says plainly what is already made and what a
 * rerun finishes (it finds the tag at HEAD and resumes).
 */
async function finishAfterRelease(
  finish: ((commitSha: string) => Promise<void>) | null,
  plan: Plan,
  applied: Applied
): Promise<void> {
  try {
    await finish?.(applied.commitSha)
  } catch (error) {
    // with components: every tag of the run (publishing converges release by release on a rerun)
    const tag = plan.components
      ? plan.components
          .filter(r => r.released)
          .map(r => r.tag)
          .join(', ') || plan.release.tag
      : plan.release.tag
    const made = applied.pushed
      ? `${tag} ${tag.includes(', ') ? 'were' : 'was'} released and pushed to ${REMOTE} (commit ${applied.commitSha.slice(0, 12)} and tag${plan.components ? 's' : ''} ${tag})`
      : `${tag} was committed and tagged here (commit ${applied.commitSha.slice(0, 12)})${plan.push ? '' : ', not pushed (push: false)'}`
    const message = error instanceof Error ? error.message : String(error)
    throw new ConfigurationError(
      `${made}, but publishing it failed: ${message.replace(/\.?$/, '.')} ` +
        (plan.waiting > 0
          ? // the tag is not at HEAD: a rerun releases the commits after it and never comes back to it
            `${tag} tags ${applied.commitSha.slice(0, 12)}, not HEAD, so a rerun does not finish it (it releases the ${plan.waiting} commit(s) after it): fix that and publish ${tag} by hand (its notes are in ${plan.notesFile}).`
          : `Fix that and run again at this commit: the rerun finds ${tag} at HEAD, makes no new commit or tag, reports resumed: true and finishes publishing (the GitHub release is updated or created).`)
    )
  }
}

/** A dry run: the notes file only, and publishing's report of what it would do. */
async function rehearse(
  plan: Plan,
  deps: ReleaseDeps,
  finish: ((sha: string) => Promise<void>) | null,
  writeNotes: boolean
) {
  if (writeNotes) deps.files.write(plan.notesFile, plan.release.notes)
  if (writeNotes) writeComponentNotes(plan, deps.files)
  if (plan.earlier !== 'tagged') {
    deps.log.info(writeNotes ? `Dry run: wrote ${plan.notesFile} only.` : 'Plan only: nothing was written.')
    if (plan.strategy === 'api')
      deps.log.info(
        `Dry run: ${plan.release.tag} would be committed and tagged through the GitHub API (no API call made).`
      )
  }
  await finish?.('')
}

/** Applies the plan by its strategy (completing what an earlier run left). */
async function apply(plan: Plan, deps: ReleaseDeps, ready: ApiReady | null): Promise<Applied> {
  const local = { git: deps.git, files: deps.files, origin: deps.origin ?? null, log: deps.log }
  const api = { git: deps.git, files: deps.files, remote: deps.remote ?? null, log: deps.log }
  if (plan.components)
    return plan.strategy === 'api' ? applyComponentsApi(plan, deps.gitData, ready, api) : applyComponents(plan, local)
  if (plan.earlier === 'tagged')
    return plan.strategy === 'api' ? applyApiTagged(plan, deps.gitData, api) : applyTagged(plan, local)
  if (ready) return applyApi(plan, ready, api)
  return plan.strategy === 'tag' ? applyTag(plan, local) : applyLocal(plan, local)
}

export async function runRelease(settings: ReleaseSettings, deps: ReleaseDeps): Promise<ReleaseResult> {
  // what origin knows of the release first (a dry run fetches nothing): never a version twice
  if (deps.remote && !settings.dryRun) await convergeWithOrigin(settings, { ...deps, remote: deps.remote })
  const plan = await planRelease(settings, { ...deps, remote: deps.remote ?? undefined })
  return applyPlan(plan, deps)
}

/**
 * Everything after the plan: checks, gates, apply, publish. A dry run applies nothing (publishing
 * reports what it would do); it writes the notes file unless `writeNotes` is false (the CLI's plan).
 */
export async function applyPlan(
  plan: Plan,
  deps: ReleaseDeps,
  { writeNotes = true }: { writeNotes?: boolean } = {}
): Promise<ReleaseResult> {
  if (!plan.dryRun && !writeNotes) throw new Error('only a dry run can leave the notes file unwritten')
  if (!plan.release.released) return { status: 'nothing', ...outcome(plan, NOTHING, null) }
  const from = plan.earlier === 'tagged' ? 'tag' : plan.earlier === 'committed' ? 'commit' : null

  if (plan.earlier === 'tagged') {
    // the earlier run passed the gates: publishing, the notes and the push are what is left
    const finish = deps.publish ? await deps.publish(plan.release, plan.head, plan.components) : null
    if (plan.dryRun) {
      await rehearse(plan, deps, finish, writeNotes)
      return { status: 'resumed', from: 'tag', ...outcome(plan, NOTHING, null) }
    }
    const applied = await apply(plan, deps, null)
    await finish?.(applied.commitSha)
    return { status: 'resumed', from: 'tag', ...outcome(plan, applied, null) }
  }

  // release_commit: api: what can fail is checked before anything is written (a dry run calls no API)
  const ready = plan.strategy === 'api' && !plan.dryRun ? await checkApi(plan, deps.gitData) : null
  // the gates decide before anything is written; a dry run runs them too (a faithful rehearsal)
  const gates = deps.gates
    ? await deps.gates({ plan: plan.release, head: plan.head, branch: plan.gatesBranch, written: plan.written })
    : null
  if (gates?.failed) {
    // an earlier run's edits (exactly this release's) go back to HEAD's bytes: a stopped release leaves
    // the tree as it found the commit, so the next run's clean_tree sees only what the user changed
    if (!plan.dryRun && plan.written.length > 0)
      restore(
        deps.files,
        plan.edits.filter(edit => plan.written.includes(edit.path))
      )
    return { status: 'stopped', ...outcome(plan, NOTHING, gates), gates }
  }
  const stray = strayError(plan)
  if (stray) throw stray
  const finish = deps.publish ? await deps.publish(plan.release, plan.head, plan.components) : null
  let applied = NOTHING
  if (plan.dryRun) await rehearse(plan, deps, finish, writeNotes)
  else {
    applied = await apply(plan, deps, ready)
    await finishAfterRelease(finish, plan, applied)
  }
  const result = outcome(plan, applied, gates)
  return from ? { status: 'resumed', from, ...result } : { status: 'released', ...result }
}
