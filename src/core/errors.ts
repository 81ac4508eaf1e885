/**
 * Every error class of the project, split in two (as codeql-action splits ConfigurationError from the
 * rest): a user error says what is wrong with the input, the repository or a service, and what to do;
 * anything else is a bug, reported as "Unexpected error (please report it)".
 */

/** An error caused by the user's input or repository state (not a bug in this action). */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
  }
}

/**
 * The CLI keeps off the network unless asked: a remote read without --online (or --push), a remote
 * write without --push. A user error: the message names the flag.
 */
export class OfflineError extends ConfigurationError {
  constructor(message: string) {
    super(message)
    this.name = 'OfflineError'
  }
}

/** A git command failed: its arguments, exit code and stderr (the use cases turn it into advice). */
export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly exitCode: number,
    readonly stderr: string
  ) {
    super(`git ${args[0]} failed (exit ${exitCode}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`)
    this.name = 'GitError'
  }
}

/** A failed GitHub API call: which call, the HTTP status and GitHub's message (never the token). */
export class GitHubApiError extends Error {
  constructor(
    readonly call: string,
    readonly status: number | undefined,
    detail: string
  ) {
    super(`GitHub API ${call} failed${status ? ` with ${status}` : ''}: ${detail}`)
    this.name = 'GitHubApiError'
  }
}

/** A failed HTTP call to Datadog, Slack, JIRA or a webhook. */
export class HttpError extends Error {
  constructor(
    /** What was called, without secrets (a webhook URL is a secret). */
    readonly call: string,
    readonly status: number | null,
    detail: string
  ) {
    super(`${call} failed${status ? ` with ${status}` : ''}: ${detail}`)
    this.name = 'HttpError'
  }
}

/** A report that cannot be read: the message names the file and, where known, the position. */
export class ReportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReportError'
  }
}

/** What to do about a failed GitHub call, by status. */
export function adviceFor(status: number | undefined): string {
  if (status === 401) return 'The token is invalid or expired: check github_token.'
  if (status === 403 || status === 404)
    return 'The token needs contents: write on this repository (permissions: contents: write in the workflow).'
  return 'GitHub failed or did not answer in time: run again later.'
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}

/** A user error (its message is the whole story) or a bug (to report, with its stack for debugging). */
export function describeFailure(error: unknown): { userError: boolean; message: string; stack?: string } {
  const text = error instanceof Error ? error.message : String(error)
  if (isConfigurationError(error)) return { userError: true, message: text }
  return {
    userError: false,
    message: `Unexpected error (please report it): ${text}`,
    stack: error instanceof Error ? error.stack : undefined
  }
}
