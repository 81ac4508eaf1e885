/**
 * The ports: what the use cases need from the outside world, owned here so that use cases import no
 * adapter module. src/adapters/ implements them (git, files, commands, GitHub, HTTP, artifacts,
 * logging); tests run the same adapters against real repositories and local servers.
 */
import type { RawCommit } from '../core/types.js'
import type { PullRequest } from '../core/preview/index.js'
import type { TagRef } from '../core/versioning/version.js'

export interface Identity {
  name: string
  email: string
}

/** Who commits and tags when the repository has no identity configured. */
export const BOT_IDENTITY: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
}

/**
 * Git, split by capability: what reads the local clone, what reads origin, what writes the local
 * clone, what changes origin. A use case asks for the capabilities it needs, so that a run given no
 * remote reader (the CLI's offline plan) can't reach origin, and a planning step given no writer
 * can't change anything: the type checker says so. The adapter (ExecGit) implements them all.
 */
export interface GitReader {
  isRepository(): Promise<boolean>
  isShallow(): Promise<boolean>
  head(): Promise<string | null>
  /** The checked-out branch, or null when HEAD is detached. */
  branch(): Promise<string | null>
  /**
   * Tags whose name starts with the prefix, peeled to commits, by name; with `mergedInto`, only those
   * reachable from it. Cheap: the list is read once (no tag message, no tag object), and again only
   * after a tag is written through this client.
   */
  tags(prefix: string, mergedInto?: string): Promise<TagRef[]>
  /** One tag's message (its notes and trailers); '' when there is no such tag. */
  tagMessage(name: string): Promise<string>
  /** The messages of these tags, by name, in one or a few processes: only the few a run uses. */
  tagMessages(names: string[]): Promise<Map<string, string>>
  /** The dates of these tags (the tag's, or the commit's for a lightweight one), by name: only their objects are read. */
  tagTimes(names: string[]): Promise<Map<string, number>>
  /**
   * Streams `git log HEAD` (with `exclude`: `exclude..HEAD`, and `--boundary`), newest first,
   * one callback a commit of the range; returns the boundary commits' shas. `tips`: the commits
   * to log instead of HEAD (their history together, as `git log A B`). `limit`: at most that many
   * commits (`--max-count`; the boundary is then the parents of the last ones read).
   */
  log(
    exclude: string | null,
    onCommit: (commit: RawCommit) => void,
    tips?: string[],
    limit?: number
  ): Promise<Set<string>>
  /** A commit's parents (none for a root commit). */
  parents(rev: string): Promise<string[]>
  subject(rev: string): Promise<string>
  /** The URL configured for a remote (a local read: no network). */
  remoteUrl(remote: string): Promise<string | null>
  configuredIdentity(): Promise<Identity | null>
  /** Which of these paths git tracks (an empty list outside a repository). */
  trackedFiles(paths: string[]): Promise<string[]>
  /** Paths with uncommitted or untracked changes (`git status --porcelain`). */
  changedPaths(): Promise<string[]>
  /** The modes (100644, 100755, 120000) of these paths in a commit's tree; a path not there is absent. */
  fileModes(rev: string, paths: string[]): Promise<Map<string, string>>
  /** `.gitattributes` text and eol of these paths, as `git check-attr` reports them (path → values). */
  textAttributes(paths: string[]): Promise<Map<string, { text: string; eol: string }>>
  hasCommit(sha: string): Promise<boolean>
  /** Whether `ancestor` is in the history of `descendant` (a commit is its own ancestor). */
  isAncestor(ancestor: string, descendant: string): Promise<boolean>
  /** How many commits `to` has that `from` lacks. */
  countMissing(from: string, to: string): Promise<number>
  /** Files changed between two commits. */
  diffNames(from: string, to: string): Promise<string[]>
  /** A file's text at a revision, or null when it is not there. */
  show(rev: string, path: string): Promise<string | null>
  /** Release tags with their date (the tag's, or the commit's for a lightweight tag); no message (tagMessages). */
  tagDetails(prefix: string): Promise<Array<{ name: string; sha: string; time: number }>>
  /** Committer times (seconds) of the commits in a range (`A..B`, or a single rev for all its history). */
  commitTimes(range: string): Promise<number[]>
  /** Full messages of the commits in a range. */
  messages(range: string): Promise<string[]>
}

/** Reads of a remote over the network (ls-remote, fetch): only where a run may go online. */
export interface GitRemoteReader {
  remoteHasTag(remote: string, tag: string): Promise<boolean>
  /** Names of the remote's tags that start with the prefix. */
  remoteTags(remote: string, prefix: string): Promise<string[]>
  /** The sha of a branch on the remote, or null when it has none. */
  remoteBranch(remote: string, branch: string): Promise<string | null>
  /** Brings the remote branch's commits in without touching any ref (nor FETCH_HEAD). */
  fetchObjects(remote: string, branch: string): Promise<void>
  /** Fetches one tag from the remote (replacing a local tag of that name). */
  fetchTag(remote: string, tag: string): Promise<void>
  /** The remote's tags that start with the prefix, each with the commit it points at (peeled). */
  remoteTagCommits(remote: string, prefix: string): Promise<Array<{ name: string; sha: string }>>
}

/** Changes to the local clone: the index, commits, tags, the branch. */
export interface GitWriter {
  add(paths: string[]): Promise<void>
  /** Takes paths out of the index again (back to HEAD). */
  unstage(paths: string[]): Promise<void>
  /** Commits exactly these paths (other staged changes stay staged, out of the commit). */
  commit(message: string, identity: Identity | null, paths: string[]): Promise<string>
  /** An annotated tag on HEAD, or on `target`. */
  tag(name: string, message: string, identity: Identity | null, target?: string): Promise<void>
  deleteTag(name: string): Promise<void>
  /** Points an annotated tag at a commit, replacing it if it exists (a moving major tag such as v1). */
  forceTag(name: string, target: string, message: string, identity: Identity | null): Promise<void>
  resetKeep(sha: string): Promise<void>
}

/** Changes to a remote: only where a run may push. */
export interface GitRemoteWriter {
  pushAtomic(remote: string, refspecs: string[]): Promise<void>
  /** Deletes a tag on the remote. */
  deleteRemoteTag(remote: string, tag: string): Promise<void>
}

/** Every git capability together (what the adapter implements, and the modes not yet split by capability). */
export type GitClient = GitReader & GitRemoteReader & GitWriter & GitRemoteWriter
/** The local clone only: what every mode gets; origin's reads and writes are given apart, where allowed. */
export type LocalGit = GitReader & GitWriter

/** Reading the files of the workspace, relative to the repository root. */
export interface FileReader {
  read(file: string): string | null
  /** The file's bytes, or null when it is not a file. */
  bytes(file: string): Buffer | null
  /**
   * The file's real path (symlinks followed) when it lies inside the workspace and outside `.git/`;
   * else one clear error naming `what` (an input) and the path. Every other method checks this too.
   */
  confine(what: string, file: string): string
  /** The path git knows a file by: its real path (symlinks followed) relative to the root. */
  realRelative(file: string): string
  /** Names of the entries of a directory (empty when it does not exist). */
  list(dir: string): { name: string; directory: boolean }[]
  absolute(file: string): string
  /** Files matching a glob, relative to the root, sorted; a match whose real path leaves the workspace is an error. */
  glob(pattern: string): Promise<string[]>
}

/** Writing the files of the workspace. */
export interface FileWriter {
  write(file: string, text: string): void
  /** Writes exact bytes (a file edited in place: everything outside the edited span as it was). */
  writeBytes(file: string, data: Uint8Array): void
  remove(file: string): void
}

/** The file operations of a release, relative to the repository root. */
export type FileStore = FileReader & FileWriter

export interface CommandResult {
  /** null when it could not start or was stopped. */
  exitCode: number | null
  /** The last lines of stdout and stderr together. */
  tail: string[]
  /** Why it has no exit code: could not start, or timed out. */
  error?: string
}

/** Runs the maintainer's own commands (from the gates configuration, never from commit text). */
export interface CommandRunner {
  run(
    command: string,
    options: { cwd: string; timeoutMs: number; env?: Record<string, string> }
  ): Promise<CommandResult>
}

export interface HttpResponse {
  status: number
  text: string
  json: unknown
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT'
  url: string
  /** A description of the call for messages; never the secret parts of the URL. */
  label: string
  headers?: Record<string, string>
  json?: unknown
}

export interface HttpClient {
  send(request: HttpRequest): Promise<HttpResponse>
}

/** Where the use cases report progress; the action and the CLI each have one. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/**
 * Files the run leaves for later steps outside the workspace (RUNNER_TEMP, else a temporary folder):
 * the SBOM, SHA256SUMS, release-metrics.json. There no `npm pack` or `python -m build` ships them.
 */
export interface SideFiles {
  /** The absolute path a file of this name (no folder) gets; nothing is written. */
  path(name: string): string
  /** Writes the file (the run's secrets scrubbed) and returns its absolute path. */
  write(name: string, text: string): string
}

/** Uploads files as one workflow artifact. */
export interface ArtifactUploader {
  upload(name: string, files: string[], rootDirectory: string): Promise<{ id?: number; size?: number }>
}

export interface GitHubRelease {
  id: number
  url: string
  /** Its title and notes (empty when unknown). */
  name?: string
  body?: string
  /** An immutable release: its tag can't be deleted or reused, its assets can't change. */
  immutable?: boolean
}

export interface GitHubReleases {
  findReleaseByTag(tag: string): Promise<GitHubRelease | null>
  deleteRelease(id: number): Promise<void>
  /** Changes the title, the notes and whether it is the latest release (what is given only). */
  editRelease(id: number, fields: { name?: string; body?: string; makeLatest?: 'true' | 'false' }): Promise<void>
}

export interface CheckRun {
  name: string
  status: string
  conclusion: string | null
  detailsUrl: string | null
}

export interface CodeScanningAlert {
  number: number
  ruleId: string
  /** critical | high | medium | low, or null when the rule is not a security rule. */
  securitySeverity: string | null
  severity: string | null
  description: string
  path?: string
  line?: number
  url: string
}

export interface Review {
  user: string
  state: string
  submittedAt: string
}

/** The read-only calls the gates make. */
export interface GitHubGatesApi {
  checkRuns(sha: string): Promise<CheckRun[]>
  openCodeScanningAlerts(ref: string): Promise<CodeScanningAlert[]>
  pullsForCommit(sha: string): Promise<Array<{ number: number; mergedAt: string | null; url: string }>>
  reviews(pull: number): Promise<Review[]>
  isTeamMember(org: string, team: string, user: string): Promise<boolean>
}

export interface PublishedRelease {
  id: number
  /** A draft: assets can still be attached where releases are immutable. */
  draft: boolean
  url: string
  uploadUrl: string
  /** Published with immutable releases on: its tag and assets can no longer change. */
  immutable?: boolean
  /** The attached assets; `digest` is GitHub's `sha256:HEX` of the bytes (absent on older servers). */
  assets: Array<{ id: number; name: string; size?: number; digest?: string | null; url?: string }>
}

export interface ReleaseParams {
  tag: string
  title: string
  body: string
  draft: boolean
  prerelease: boolean
  makeLatest: 'true' | 'false' | 'legacy'
  targetCommitish: string
}

/** Creating and updating the GitHub release and its assets. */
export interface GitHubPublisher {
  /** Whether the token may push to the repository (null when the API does not say, as for app tokens). */
  repositoryAccess(): Promise<{ push: boolean | null }>
  /** The release of a tag, a draft too (drafts are found by listing: GET /releases/tags/{tag} hides them). */
  releaseByTag(tag: string): Promise<PublishedRelease | null>
  createRelease(params: ReleaseParams): Promise<PublishedRelease>
  updateRelease(id: number, params: ReleaseParams): Promise<PublishedRelease>
  deleteAsset(id: number): Promise<void>
  uploadAsset(uploadUrl: string, name: string, contentType: string, data: Buffer): Promise<{ id: number; url: string }>
}

/** A file of a commit made through the API: its path in the tree, its mode and its bytes. */
export interface ApiFile {
  path: string
  mode: string
  content: Uint8Array
}

/**
 * GitHub's Git Data API: a commit and an annotated tag made on GitHub (which signs commits made with
 * a GITHUB_TOKEN or an app token: they show as verified), for branches that take no `git push`.
 */
export interface GitDataApi {
  /** Whether the token may write contents (null when the API does not say, as for app tokens). */
  repositoryAccess(): Promise<{ push: boolean | null }>
  /** A commit's tree sha, or null when GitHub does not have the commit. */
  commitTree(sha: string): Promise<string | null>
  /** Blobs and a tree on `baseTree`, then the commit; returns the commit's sha (no ref changes). */
  createCommit(input: { message: string; baseTree: string; parent: string; files: ApiFile[] }): Promise<string>
  /** Moves the branch to `sha`, a fast-forward only (a 422 when the branch moved: BranchMovedError). */
  updateBranch(branch: string, sha: string): Promise<void>
  /** An annotated tag object on the commit and its ref refs/tags/NAME. */
  createTag(input: { tag: string; message: string; commit: string }): Promise<void>
}

/** A pull request as the preview reads it (from the event payload, refreshed from the API). */
export type PullRequestData = PullRequest

/** The repository's merge settings (GET /repos/{owner}/{repo}); null where GitHub does not say. */
export interface MergeSettings {
  allowSquash: boolean | null
  allowMerge: boolean | null
  allowRebase: boolean | null
  /** PR_TITLE or COMMIT_OR_PR_TITLE. */
  squashTitle: string | null
  /** PR_BODY, COMMIT_MESSAGES or BLANK. */
  squashMessage: string | null
}

export interface IssueComment {
  id: number
  body: string
  url: string
  /** The author's login, and whether the author is a bot (an app's token, such as GITHUB_TOKEN's). */
  author: string
  authorIsBot: boolean
}

/** What the preview of a pull request calls: the pull request, its comments, a check run or a status. */
export interface PullRequestApi {
  pullRequest(number: number): Promise<PullRequestData>
  mergeSettings(): Promise<MergeSettings>
  /** The login the token acts as (`github-actions[bot]` for GITHUB_TOKEN); null when GitHub does not say. */
  viewer(): Promise<string | null>
  /** Every comment of the pull request's conversation (all pages), oldest first. */
  comments(number: number): Promise<IssueComment[]>
  createComment(number: number, body: string): Promise<IssueComment>
  updateComment(id: number, body: string): Promise<IssueComment>
  createCheckRun(input: {
    name: string
    headSha: string
    conclusion: 'success' | 'failure' | 'neutral'
    title: string
    summary: string
    detailsUrl?: string
  }): Promise<{ id: number; url: string }>
  createStatus(
    sha: string,
    input: { state: 'success' | 'failure'; context: string; description: string; targetUrl?: string }
  ): Promise<void>
}
