/**
 * The preview of a pull request (mode: preview): what the next release would be if the pull request
 * were merged now. Pure parts only: the event payload read into a pull request, the merge method,
 * the commits the merge would put on the base branch (pull-request.ts), the title and message lint
 * (lint.ts), what each commit contributes (contributions.ts), and the comment, with GitHub's
 * 65,536-character limit kept (comment.ts, render.ts). The decision itself is the release's
 * (src/usecases/preview/preview.ts runs the release's dry run on a view of the merged history).
 */
export {
  CHECK_NAME,
  COMMENT_LIMIT,
  cutMarkdown,
  ownComment,
  PREVIEW_MARKER,
  STATUS_DESCRIPTION_LIMIT
} from './comment.js'
export { contributions, type Contribution } from './contributions.js'
export { componentContributions, type ComponentPreview } from './components.js'
export { lintHeader, lintPullRequest, lintRules, type LintProblem, type LintRules } from './lint.js'
export {
  chooseMergeMethod,
  isFork,
  MERGE_SHA,
  mergedCommits,
  pullRequestFromEvent,
  squashMessage,
  type MergeMethod,
  type PullCommit,
  type PullRequest,
  type RepoMergeSettings
} from './pull-request.js'
export {
  checkOutput,
  conclusionOf,
  effectOf,
  renderPreview,
  verdict,
  type Effect,
  type PlannedRelease,
  type PreviewGate,
  type PreviewReport
} from './render.js'
