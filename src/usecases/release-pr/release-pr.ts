/**
 * mode: release_pr — the next release waits as a pull request. The plan (the same read-only plan a
 * release makes) is applied a third way: its file edits become one commit made through the Git Data
 * API on a branch of its own (`release-pr/<base>`), and one open pull request carries the notes as
 * they will be published. A maintainer may edit the notes in the body; merging the pull request
 * releases it (the run on the merge finds the release commit at HEAD and tags it, see
 * usecases/release/history.ts). Nothing to release closes the pull request with a comment.
 */
import { ConfigurationError } from '../../core/errors.js'
import {
  fingerprint,
  notesFingerprint,
  readBody,
  releaseBranch,
  releaseTitle,
  renderBody
} from '../../core/release-pr/body.js'
import { editableText, withEntries } from '../../core/release-pr/notes.js'
import { decodeFile, encodeFile, insertable } from '../../core/version-files/file-text.js'
import type { FileReader, GitDataApi, GitReader, Logger } from '../ports.js'
import { planRelease, type PlanDeps } from '../release/plan.js'
import { refuseSeveralInPullRequest } from '../components/one.js'
import type { FileEdit, Plan, ReleaseSettings } from '../release/types.js'
import type { ReleasePull, ReleasePullApi } from './ports.js'

/** The trailer of our release commits on the release branch: how a run tells its own commit from a person's. */
export const TRAILER = 'Release-Pull-Request'

export interface ReleasePrDeps extends PlanDeps {
  git: PlanDeps['git'] & Pick<GitReader, 'fileModes'>
  files: PlanDeps['files'] & Pick<FileReader, 'realRelative'>
  log: Logger
  /** Null in a dry run, or without a token: nothing on GitHub is read or written. */
  github: { gitData: GitDataApi; pulls: ReleasePullApi } | null
}

/** What the release pull request flow did: a union, one case a way it ends. */
export type ReleasePrResult =
  /** HEAD is a release commit (the pull request was merged): the release mode releases it. */
  | { kind: 'merged'; plan: Plan }
  /** Nothing to release: the open release pull request (if any) was closed. */
  | { kind: 'nothing'; plan: Plan; closed: ReleasePull | null }
  /** A newer push is on the base branch: its own run updates the pull request. */
  | { kind: 'superseded'; plan: Plan; baseHead: string }
  /** A dry run: what the pull request would be. */
  | { kind: 'would'; plan: Plan; title: string; body: string; branch: string }
  /** The pull request was opened, updated or already up to date. */
  | {
      kind: 'opened' | 'updated' | 'unchanged'
      plan: Plan
      pull: ReleasePull
      branch: string
      /** A maintainer's edit of the notes is kept. */
      edited: boolean
      /** Opened by GITHUB_TOKEN: GitHub starts no workflow for its pushes, so required checks never report. */
      checksWillNotRun: boolean
    }

const BOT = 'github-actions[bot]'

/** Plans the release and keeps its pull request: opened, updated to the plan, or closed. */
export async function runReleasePr(settings: ReleaseSettings, deps: ReleasePrDeps): Promise<ReleasePrResult> {
  await refuseSeveralInPullRequest(settings, deps)
  // the plan with every edit (a dry run's plan leaves the changelog out): it only reads
  const plan = await planRelease({ ...settings, dryRun: false }, deps)
  if (plan.earlier !== 'none') return { kind: 'merged', plan }
  const base = plan.branch ?? (await deps.git.branch())
  if (!base) {
    throw new ConfigurationError(
      'mode: release_pr keeps a pull request into the checked-out branch, but HEAD is detached. Check out the branch (actions/checkout with ref: main). Nothing was changed.'
    )
  }
  const branch = releaseBranch(base)
  const { release } = plan
  const entries = release.released ? (editableText(release) ?? release.notes) : ''
  const generated = notesFingerprint(entries)
  if (settings.dryRun || !deps.github) {
    const title = releaseTitle(release.tag)
    const body = release.released ? bodyOf(plan, entries, generated, null) : ''
    if (!settings.dryRun)
      throw new ConfigurationError(
        'mode: release_pr opens a pull request through the GitHub API, which needs a token (github_token, or GITHUB_TOKEN) and GITHUB_REPOSITORY. Give both, or use dry_run: true to see the pull request it would open.'
      )
    return { kind: 'would', plan, title, body, branch }
  }
  const { gitData, pulls } = deps.github
  const open = await pulls.openPull(branch, base)
  if (!release.released) {
    if (open) {
      await pulls.comment(
        open.number,
        `Nothing to release on \`${base}\` any more: ${release.reason.replace(/`/g, "'")}. Closing this pull request; the next change that releases opens a new one.`
      )
      await pulls.updatePull(open.number, { state: 'closed' })
      deps.log.info(`Nothing to release: closed the release pull request #${open.number}.`)
    }
    return { kind: 'nothing', plan, closed: open }
  }

  // a pull request from our branch whose body is not ours, or a person's commit on the branch: never overwritten
  const read = readBody(open?.body)
  if (open && read.kind === 'foreign') {
    throw new ConfigurationError(
      `Pull request #${open.number} from ${branch} was not opened by this action (its body lacks the release pull request's marker), so it is left as it is. Close it (or rename its branch), then run again. Nothing was changed.`
    )
  }
  if (open && read.kind === 'markers missing') {
    throw new ConfigurationError(
      `The body of the release pull request #${open.number} lost the markers around its notes, so a maintainer's text cannot be told from the generated one; it is left as it is. ` +
        'Put the two <!-- fastvlm-release-action:notes-… --> lines back around the notes (or empty the body to have it written again), then run again. Nothing was changed.'
    )
  }
  const tip = await pulls.branchHead(branch)
  const tipCommit = tip ? await pulls.commit(tip) : null
  if (tip && !ours(tipCommit)) {
    const subject = (tipCommit?.message ?? '').split('\n')[0]
    throw new ConfigurationError(
      `${branch} on GitHub ends in commit ${tip.slice(0, 12)} ("${subject.slice(0, 80)}"), which this action did not make; it never overwrites a person's commit. ` +
        `Move that change to a pull request of its own (or into ${base}), then delete the branch (git push origin --delete ${branch}): the next run makes it again. Nothing was changed.`
    )
  }
  // the base branch on GitHub is this run's HEAD, or a newer push's run updates the pull request
  const baseHead = await pulls.branchHead(base)
  if (baseHead !== plan.head) {
    if (baseHead === null)
      throw new ConfigurationError(
        `${base} is not on GitHub: push it first (the release pull request's commit builds on it). Nothing was changed.`
      )
    deps.log.info(
      `${base} on GitHub is at ${baseHead.slice(0, 12)}, newer than this run's ${plan.head.slice(0, 12)}: the run of that push updates the release pull request.`
    )
    return { kind: 'superseded', plan, baseHead }
  }

  const edited = read.kind === 'edited' ? read : null
  if (edited && !settings.changelogFile)
    // an edit is published through the changelog section the release commit holds: there is none
    throw new ConfigurationError(
      `The notes of pull request #${open?.number ?? ''} were edited, but changelog_file is empty: an edit is published through the release commit's changelog section, so it would be lost on merge. ` +
        'Set changelog_file in .github/release-action.yml, or undo the edit (empty the pull request body to have it rewritten). Nothing was changed.'
    )
  const published = edited ? withEntries(release, edited.notes) : release
  const edits = edited ? editsWith(plan.edits, settings.changelogFile, entries, edited.notes) : plan.edits
  const content = fingerprint(
    edits.map(edit => `${edit.path}\n${Buffer.from(edit.bytes).toString('base64')}`).join('\n')
  )
  const message = `${plan.commitMessage}\n\n${TRAILER}: ${branch} ${content}\n`
  const staleEdit = edited && edited.generated !== generated ? { generatedNotes: entries } : null
  const body = bodyOf(
    { ...plan, release: published },
    edited ? edited.notes : entries,
    edited ? edited.generated : generated,
    staleEdit
  )

  // the commit: unless the branch already holds these very edits on this HEAD
  const moved = !(tipCommit && tipCommit.parents[0] === plan.head && tipCommit.message.trimEnd() === message.trimEnd())
  if (moved) {
    const baseTree = await gitData.commitTree(plan.head)
    if (!baseTree)
      throw new ConfigurationError(
        `GitHub does not have HEAD (${plan.head.slice(0, 12)}) of ${base}: push it first. Nothing was changed.`
      )
    const paths = edits.map(edit => deps.files.realRelative(edit.path))
    const modes = await deps.git.fileModes('HEAD', paths)
    const commit = await gitData.createCommit({
      message,
      baseTree,
      parent: plan.head,
      files: edits.map((edit, index) => ({
        path: paths[index],
        mode: modes.get(paths[index]) ?? '100644',
        content: edit.bytes
      }))
    })
    await pulls.setBranch(branch, commit, tip !== null)
    deps.log.info(`${branch} is at ${commit.slice(0, 12)}: ${plan.commitMessage} on ${plan.head.slice(0, 12)}.`)
  }
  const title = releaseTitle(release.tag)
  let pull: ReleasePull
  let kind: 'opened' | 'updated' | 'unchanged'
  if (open) {
    const same = open.title === title && open.body === body
    if (!same) await pulls.updatePull(open.number, { title, body })
    kind = same && !moved ? 'unchanged' : 'updated'
    pull = { ...open, title, body }
  } else {
    pull = await pulls.createPull({ title, body, head: branch, base })
    kind = 'opened'
  }
  deps.log.info(`Release pull request #${pull.number} ${kind}: ${pull.url}`)
  return { kind, plan, pull, branch, edited: edited !== null, checksWillNotRun: pull.author === BOT }
}

/** Our commit on the release branch: one parent, the release subject, our trailer. */
function ours(commit: { message: string; parents: string[] } | null): boolean {
  if (!commit || commit.parents.length !== 1) return false
  const lines = commit.message.trimEnd().split('\n')
  return lines[0].startsWith('chore(release): ') && lines.some(line => line.startsWith(`${TRAILER}: `))
}

function bodyOf(plan: Plan, notes: string, generated: string, staleEdit: { generatedNotes: string } | null): string {
  return renderBody({
    tag: plan.release.tag,
    previousTag: plan.release.previousTag,
    reason: plan.release.reason,
    notes,
    generated,
    gates: plan.gates,
    files: plan.edits.map(edit => edit.path),
    staleEdit
  })
}

/** The plan's edits with the changelog section's entries replaced by a maintainer's text. */
function editsWith(
  edits: FileEdit[],
  changelog: string | null | undefined,
  entries: string,
  edited: string
): FileEdit[] {
  return edits.map(edit => {
    if (!changelog || edit.path !== changelog) return edit
    const decoded = decodeFile(edit.bytes)
    const from = insertable(decoded, entries)
    const at = decoded.text.indexOf(from)
    if (at < 0) return edit
    const text = decoded.text.slice(0, at) + insertable(decoded, edited.trim()) + decoded.text.slice(at + from.length)
    return { ...edit, bytes: encodeFile(decoded, text) }
  })
}
