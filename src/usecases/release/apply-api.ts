/**
 * Applying a plan through GitHub's Git Data API (release_commit: api): the release commit made and
 * signed by GitHub, the branch moved to it (a fast-forward only), then the tag; the local clone
 * follows. What can fail is checked first (checkApi), before the gates and before anything is written.
 */
import { ConfigurationError, GitHubApiError } from '../../core/errors.js'
import { committedBytes } from '../../core/text/eol.js'
import type { FileReader, FileWriter, GitDataApi, GitReader, GitRemoteReader, GitWriter, Logger } from '../ports.js'
import { PROTECTED, type Applied } from './apply-local.js'
import { REMOTE, type Plan } from './types.js'

export interface ApiDeps {
  git: Pick<GitReader, 'fileModes' | 'textAttributes'> & Pick<GitWriter, 'resetKeep'>
  /** Origin: whether it has the tag, and the fetch that brings the clone up to date. */
  remote: Pick<GitRemoteReader, 'remoteHasTag' | 'fetchObjects' | 'fetchTag'> | null
  files: Pick<FileReader, 'realRelative'> & Pick<FileWriter, 'write'>
  log: Logger
}

/** What the API release needs, checked before anything is written. */
export interface ApiReady {
  gitData: GitDataApi
  branch: string
  baseTree: string
}

/**
 * release_commit: api, before anything is written: a branch, push: true, a token and
 * GITHUB_REPOSITORY, a token that may write contents, and HEAD on GitHub (its tree is the base of
 * the release commit's).
 */
export async function checkApi(plan: Plan, gitData: GitDataApi | null | undefined): Promise<ApiReady> {
  const { head, branch } = plan
  if (!plan.push) {
    throw new ConfigurationError(
      'release_commit: api makes the release commit and tag on GitHub, which is a push: set push: true (the CLI: --push), or release_commit: true for a local commit.'
    )
  }
  if (!branch) {
    throw new ConfigurationError(
      'release_commit: api needs a branch to move, but HEAD is detached. Check out the branch to release (actions/checkout with ref: main).'
    )
  }
  if (!gitData) {
    throw new ConfigurationError(
      'release_commit: api calls the GitHub API, which needs a token (github_token, or GITHUB_TOKEN) and GITHUB_REPOSITORY (owner/name; set by Actions). Give both, or set release_commit: true. Nothing was changed.'
    )
  }
  const access = await gitData.repositoryAccess().catch((error: unknown) => {
    throw new ConfigurationError(`release_commit: api: ${apiDetail(error)}. ${TOKEN_FIX} Nothing was changed.`)
  })
  if (access.push === false) {
    throw new ConfigurationError(
      `release_commit: api: the token may not write to the repository. ${TOKEN_FIX} Nothing was changed.`
    )
  }
  const baseTree = await gitData.commitTree(head).catch((error: unknown) => {
    throw new ConfigurationError(`release_commit: api: ${apiDetail(error)}. ${TOKEN_FIX} Nothing was changed.`)
  })
  if (!baseTree) {
    throw new ConfigurationError(
      `release_commit: api: GitHub does not have HEAD (${head.slice(0, 12)}), the parent of the release commit. Push ${branch} first, or release from a checkout of the branch on GitHub. Nothing was changed.`
    )
  }
  return { gitData, branch, baseTree }
}

const TOKEN_FIX =
  'Give the workflow permissions: contents: write (or a GitHub App token that may write contents) as github_token.'

function apiDetail(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '')
}

/**
 * The release commit through the Git Data API (blobs, a tree on HEAD's, the commit with HEAD as
 * parent), the branch moved to it (a fast-forward only), then the annotated tag. Until the branch
 * moves, nothing is released: blobs, trees and commits on no ref are invisible. Afterwards the
 * local clone is brought to the release commit and tag (fetch, then reset --keep).
 */
export async function applyApi(plan: Plan, ready: ApiReady, deps: ApiDeps): Promise<Applied> {
  const { git, files, log } = deps
  const { gitData, branch } = ready
  const { head, release } = plan
  let commitSha = head
  await log.group(`Writing release ${release.tag} through the GitHub API`, async () => {
    if (plan.earlier === 'none') {
      const paths = plan.edits.map(file => files.realRelative(file.path))
      const modes = await git.fileModes('HEAD', paths)
      // the bytes git would commit: .gitattributes' line-ending rules applied (CRLF → LF for text)
      const attributes = await git.textAttributes(paths)
      try {
        commitSha = await gitData.createCommit({
          message: plan.commitMessage,
          baseTree: ready.baseTree,
          parent: head,
          files: plan.edits.map((file, index) => ({
            path: paths[index],
            mode: modes.get(paths[index]) ?? '100644',
            content: committedBytes(file.bytes, attributes.get(paths[index]))
          }))
        })
        await gitData.updateBranch(branch, commitSha)
      } catch (error) {
        const detail = apiDetail(error)
        const status = error instanceof GitHubApiError ? error.status : undefined
        const why = /fast.forward/i.test(detail)
          ? `${branch} on GitHub moved since ${head.slice(0, 12)} (another push came first). Run the release again on the new ${branch}.`
          : PROTECTED.test(detail)
            ? `${branch} is protected against this update too (a rule that requires pull requests, or a ruleset without the token in its bypass list). Use release_commit: false (a tag-only release), or a GitHub App token allowed to bypass the rule.`
            : status === 403 || status === 404
              ? TOKEN_FIX
              : 'Fix that and run the release again.'
        throw new ConfigurationError(
          `The release commit of ${release.tag} through the GitHub API failed: ${detail}. Nothing was released: ${branch} and the tags on GitHub are as they were, and nothing here changed. ${why}`
        )
      }
      log.info(`Committed ${commitSha.slice(0, 12)} on ${branch} through the GitHub API (a verified commit)`)
    }
    // one tag, or one per component (src/usecases/components/apply-api.ts)
    const made: string[] = []
    for (const tag of plan.tags) {
      try {
        await gitData.createTag({ tag: tag.name, message: tag.message, commit: commitSha })
      } catch (error) {
        throw new ConfigurationError(
          `The release commit ${commitSha.slice(0, 12)} of ${release.tag} is on ${branch} on GitHub, but its tag${plan.tags.length > 1 ? ` ${tag.name}` : ''} could not be made${made.length > 0 ? ` (made: ${made.join(', ')})` : ''}: ${apiDetail(error)}. ` +
            `Fix that and run again on the new ${branch} (a new checkout, or git pull): the rerun finds the release commit at HEAD and tags it.`
        )
      }
      made.push(tag.name)
      log.info(`Tagged ${tag.name} on GitHub`)
    }
  })
  files.write(plan.notesFile, release.notes)
  // the local clone follows: the release commit and the tag, as a push would have left it
  try {
    if (!deps.remote) throw new Error('this run may not fetch from origin')
    await deps.remote.fetchObjects(REMOTE, branch)
    for (const tag of plan.tags) await deps.remote.fetchTag(REMOTE, tag.name)
    if (commitSha !== head) await git.resetKeep(commitSha)
  } catch (error) {
    log.warning(
      `${release.tag} is released on GitHub (commit ${commitSha.slice(0, 12)}), but this clone was not brought up to date (${apiDetail(error)}): git pull --tags to see it here.`
    )
  }
  return { commitSha, pushed: true }
}

/**
 * A tag at HEAD made through the API by an earlier run: on GitHub already, or made there now (the
 * release commit is on GitHub: its tag is what the earlier run did not finish).
 */
export async function applyApiTagged(
  plan: Plan,
  gitData: GitDataApi | null | undefined,
  deps: ApiDeps
): Promise<Applied> {
  deps.files.write(plan.notesFile, plan.release.notes)
  if (deps.remote && (await deps.remote.remoteHasTag(REMOTE, plan.release.tag)))
    return { commitSha: plan.head, pushed: true }
  return applyApi(plan, await checkApi(plan, gitData), deps)
}
