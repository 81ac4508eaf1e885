/** The ports mode: release_pr owns: the release branch and its pull request on GitHub. */

/** A pull request as the release pull request flow reads it. */
export interface ReleasePull {
  number: number
  url: string
  title: string
  body: string
  /** Who opened it (`github-actions[bot]` for GITHUB_TOKEN: its pull requests start no workflows). */
  author: string
}

/** A commit on GitHub, as the flow reads the release branch's tip. */
export interface RemoteCommit {
  message: string
  parents: string[]
}

export interface ReleasePullApi {
  /** The commit a branch points at on GitHub (null: no such branch). */
  branchHead(branch: string): Promise<string | null>
  /** A commit on GitHub (null: GitHub does not have it). */
  commit(sha: string): Promise<RemoteCommit | null>
  /** Creates the branch at `sha` (exists: false), or moves it there (exists: true; a forced update). */
  setBranch(branch: string, sha: string, exists: boolean): Promise<void>
  /** The open pull request from `head` (a branch of this repository) into `base` (null: none). */
  openPull(head: string, base: string): Promise<ReleasePull | null>
  createPull(input: { title: string; body: string; head: string; base: string }): Promise<ReleasePull>
  updatePull(number: number, fields: { title?: string; body?: string; state?: 'closed' }): Promise<void>
  comment(number: number, body: string): Promise<void>
}
