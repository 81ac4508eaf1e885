/**
 * What a preview reads: a view of the history as it would be after the merge (for the release's own
 * planning step), and the gates as they would run on that plan, with ports that only read.
 */
import type { GatesReport } from '../../core/gates/types.js'
import type { ReleasePlan } from '../../core/versioning/plan.js'
import type { PreviewGate } from '../../core/preview/index.js'
import type { Settings } from '../../core/config/settings.js'
import type { RawCommit } from '../../core/types.js'
import { runGates } from '../gates/run.js'
import type { GateDeps } from '../gates/types.js'
import type { CommandRunner, FileReader, GitHubGatesApi, GitReader, GitRemoteReader, Logger } from '../ports.js'
import type { PlanDeps } from '../release/index.js'

/** The git a preview reads: the checkout only (origin's tags and branch are read through `remote`). */
export type PreviewGit = GitReader

export interface PreviewGatesDeps {
  files: FileReader
  log: Logger
  cwd: string
  env: { runId?: string }
  gatesApi: GitHubGatesApi | null
  /** Origin's branch, for the up_to_date gate; absent: not read (the gate says so). */
  remote?: Pick<GitRemoteReader, 'remoteBranch'>
}

/**
 * The history as it would be after the merge, as the release reads it: HEAD is the newest commit on
 * top (the squash or merge commit), `git log` yields those commits, then the history of `tips`; the
 * tags reachable from HEAD are those reachable from the tips. `headSubject` is what HEAD's subject
 * reads (the base alone: '', so the base's own release commit is never taken for an unfinished run).
 */
export function mergedView(
  git: GitReader,
  view: { tips: string[]; onTop: RawCommit[]; branch: string; headSubject: string }
): PlanDeps['git'] {
  const head = view.onTop[0]?.sha ?? view.tips[0]
  return {
    isRepository: () => git.isRepository(),
    isShallow: () => git.isShallow(),
    head: () => Promise.resolve(head),
    branch: () => Promise.resolve(view.branch),
    subject: rev => (rev === 'HEAD' ? Promise.resolve(view.headSubject) : git.subject(rev)),
    tags: async (prefix, mergedInto) => {
      if (mergedInto !== 'HEAD') return git.tags(prefix, mergedInto)
      const seen = new Map<string, { name: string; sha: string }>()
      for (const tip of view.tips) for (const tag of await git.tags(prefix, tip)) seen.set(tag.name, tag)
      return [...seen.values()]
    },
    // HEAD is the merge on top of the tips: what a tip's history holds
    isAncestor: async (ancestor, descendant) => {
      if (descendant !== 'HEAD') return git.isAncestor(ancestor, descendant)
      for (const tip of view.tips) if (await git.isAncestor(ancestor, tip)) return true
      return false
    },
    tagMessage: name => git.tagMessage(name),
    log: async (exclude, onCommit) => {
      for (const commit of view.onTop) onCommit(commit)
      return git.log(exclude, onCommit, view.tips)
    },
    remoteUrl: remote => git.remoteUrl(remote),
    show: (rev, path) => git.show(rev, path),
    diffNames: (from, to) => git.diffNames(from, to),
    changedPaths: () => git.changedPaths()
  }
}

/** A command runner that runs nothing: a preview never runs code of the pull request. */
function refusingRunner(onCall: (command: string) => void): CommandRunner {
  return {
    run: command => {
      onCall(command)
      return Promise.resolve({ exitCode: null, tail: [], error: 'is not run by a preview' })
    }
  }
}

/**
 * The gates the plan names, and what each would say now (a gate that runs a command: at release
 * time).
 */
export async function previewGates(
  settings: Settings,
  names: string[],
  input: { plan: ReleasePlan; head: string; branch: string | null },
  deps: PreviewGatesDeps,
  git: GateDeps['git']
): Promise<PreviewGate[]> {
  const gates: PreviewGate[] = []
  for (const name of names) {
    let command: string | null = null
    const report: GatesReport = await runGates({ ...settings, gates: [name], severity: '' }, input, {
      git,
      // origin's branch is read; nothing is fetched (the gate says so when HEAD lacks it)
      remote: deps.remote ?? null,
      fetch: null,
      files: deps.files,
      commands: refusingRunner(run => {
        command = run
      }),
      github: deps.gatesApi,
      log: deps.log,
      cwd: deps.cwd,
      runId: deps.env.runId
    })
    const result = report.results[0]
    if (!result) continue
    if (command !== null)
      gates.push({
        gate: result.gate,
        status: 'release',
        reason: `runs \`${String(command).slice(0, 200)}\` at release time (a preview runs no command)`
      })
    else gates.push({ gate: result.gate, status: result.status, reason: result.reason })
  }
  return gates
}
