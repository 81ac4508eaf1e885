/**
 * The release as data: the settings it reads, where it runs, the plan (a value: what the release
 * will do, computed without writing anything or calling a remote) and the result of applying it
 * (a union: released, resumed, nothing to release, stopped by the gates).
 */
import type { GatesReport } from '../../core/gates/types.js'
import type { PlanSettings, ReleasePlan } from '../../core/versioning/plan.js'
import type { Settings } from '../../core/config/settings.js'
import type { LearnedConventions } from './conventions.js'
import type { ComponentRelease } from '../../core/components/types.js'
import type { BumpDecision } from '../../core/versioning/bump.js'

/** What the release use case reads of the settings. */
export type ReleaseSettings = PlanSettings &
  Pick<
    Settings,
    | 'mode'
    | 'severity'
    | 'allowFeatures'
    | 'packageName'
    | 'versionFiles'
    | 'releaseNotesFile'
    | 'push'
    | 'rollbackRecord'
  > &
  Partial<
    Pick<
      Settings,
      | 'releaseCommit'
      | 'config'
      | 'baseBranch'
      | 'gates'
      | 'gatesConfig'
      | 'createRelease'
      | 'assets'
      | 'uploadArtifact'
      | 'sections'
    >
  >

export interface ReleaseEnvironment {
  /** GITHUB_SERVER_URL and GITHUB_REPOSITORY, when running in Actions. */
  serverUrl?: string
  repository?: string
  /** GITHUB_REF_NAME: the branch the workflow runs on (else the checked-out branch counts). */
  refName?: string
  /** GITHUB_BASE_REF: the branch a pull request merges into (its run's GITHUB_REF_NAME is `N/merge`). */
  baseRef?: string
  /** GITHUB_ACTOR, for the rollback record. */
  actor?: string
  now: Date
}

export const REMOTE = 'origin'

export interface VersionFileChange {
  path: string
  from: string
  to: string
}

/** One file the release rewrites: the bytes the plan read (and their hash) and the bytes it writes. */
export interface FileEdit {
  path: string
  /** sha256 (hex) of the bytes before the release; null: the file is new. */
  oldHash: string | null
  /** The bytes before the release (null: the file is new), put back when the release fails before its commit. */
  before: Uint8Array | null
  bytes: Uint8Array
}

/** A tag the release creates: on HEAD (tag-only), or on the release commit. */
export interface TagToCreate {
  name: string
  message: string
  on: 'head' | 'release commit'
}

/** How the release is made: a local commit, tag and atomic push; a Git Data API commit; a tag on HEAD. */
export type Strategy = 'local' | 'api' | 'tag'

/** What an earlier run of this release left at HEAD: its tag, or its release commit without the tag. */
export type Earlier = 'none' | 'tagged' | 'committed'

/**
 * The plan of a release run: the decision and its reasons, the notes, every file edit, the tags, how
 * it is made and what an earlier run left. Computed by planRelease (plan.ts) from reads only.
 */
export interface Plan {
  /** The decision, version, reasons and notes (src/core/versioning/plan.ts). */
  release: ReleasePlan
  head: string
  /** The checked-out branch (null: HEAD detached). */
  branch: string | null
  /** The branch the gates judge: the checked-out one, else the workflow's. */
  gatesBranch: string | null
  strategy: Strategy
  earlier: Earlier
  /**
   * Commits after the release commit (`head`) that an earlier run or a merged release pull request
   * left untagged: this run tags that commit, they are the next release's.
   */
  waiting: number
  /** The files written and committed (none for a tag-only release, or when the commit exists). */
  edits: FileEdit[]
  versionFiles: VersionFileChange[]
  /** Files that already hold these edits, written by an earlier run that stopped before its commit. */
  written: string[]
  /** Uncommitted changes in files the release rewrites that are not its own: it refuses, after the gates. */
  stray: string[]
  commitMessage: string
  tags: TagToCreate[]
  /** Where the notes go (written by the apply step; not by a plan-only run). */
  notesFile: string
  dryRun: boolean
  /** Whether the release is pushed (or, through the API, made on GitHub). */
  push: boolean
  /** Committer times of the released commits (for the lead time of this release). */
  commitTimes: number[]
  /** The gates that run between the plan and its application (none for a resumed release). */
  gates: string[]
  /** What publishing does once the release is made (null: nothing is published). */
  publish: { githubRelease: boolean; assets: string[]; artifact: boolean } | null
  /** The notes convention learned from the repository's changelog (null: the default sections). */
  conventions?: LearnedConventions | null
  /** Warnings: files that still hold the previous version, which the release does not update. */
  staleVersions?: string[]
  /** With `components` configured: each component's part (src/usecases/components/plan.ts). */
  components?: ComponentRelease[]
  /** With `components` configured: each component's bump decision (what the preview reads per commit). */
  componentDecisions?: ReadonlyArray<readonly [string, BumpDecision]>
}

interface Outcome {
  plan: ReleasePlan
  dryRun: boolean
  notesFile: string
  versionFiles: VersionFileChange[]
  /** Files that still hold the previous version, which the release does not update (warnings). */
  staleVersions?: string[]
  /** The release commit ('' when none was made: nothing to release, stopped, a dry run). */
  commitSha: string
  pushed: boolean
  /** The gates' report (null when no gates ran: no release, or a resumed one). */
  gates: GatesReport | null
  commitTimes: number[]
  /** The notes convention learned from the repository's changelog (null: the default sections). */
  conventions?: LearnedConventions | null
  /** With `components` configured: each component's part. */
  components?: ComponentRelease[]
}

/** Nothing to release: the plan says why. */
export interface NothingToRelease extends Outcome {
  status: 'nothing'
}

/** A gate failed: the release stopped before anything was written (a result, not an error). */
export interface StoppedByGates extends Outcome {
  status: 'stopped'
  gates: GatesReport
}

/** The release was made (or, in a dry run, would be). */
export interface Released extends Outcome {
  status: 'released'
}

/** An earlier run had tagged HEAD (`tag`) or made the release commit (`commit`): this one completed it. */
export interface Resumed extends Outcome {
  status: 'resumed'
  from: 'tag' | 'commit'
}

export type ReleaseResult = NothingToRelease | StoppedByGates | Released | Resumed
