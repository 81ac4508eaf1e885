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

/** A path that resolves outside the workspace or into `.git/` (a ConfigurationError: nothing was touched). */
export class ConfinementError extends ConfigurationError {
  constructor(message: string) {
    super(message)
    this.name = 'ConfinementError'
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

/** What a failed git command means and what to do, from its stderr (LC_ALL=C: git's English messages). */
export function gitAdvice(error: GitError): string {
  const stderr = error.stderr
  // the subcommand, after any `-c name=value` pairs
  const args = [...error.args]
  while (args[0] === '-c') args.splice(0, 2)
  const command = `git ${args[0] ?? ''}`.trim()
  const detail = stderr.trim().split('\n').slice(-3).join(' | ') || `exit ${error.exitCode}`
  const lock = /Unable to create '([^']+\.lock)': File exists/.exec(stderr)
  if (lock)
    return `${command} failed: another git process holds the lock ${lock[1]}. Wait for it to finish; if none is running, a git process crashed earlier: remove ${lock[1]} and run again.`
  if (
    /Permission denied|Read-only file system|unable to create|insufficient permission|cannot lock ref|unable to write/i.test(
      stderr
    )
  )
    return `${command} failed: the repository's .git directory is not writable (${detail}). Make the checkout writable by the user running the action (check its owner and mount), and run again.`
  if (/hook declined|pre-receive hook|hook\b.*(failed|exited|declined)|remote rejected/i.test(stderr))
    return `${command} failed: a git hook or the remote refused it (${detail}). Fix what the hook reports (or ask the remote's administrator), and run again.`
  if (/not a git repository/i.test(stderr))
    return `${command} failed: this directory is not a git repository (${detail}). Run in a clone (actions/checkout with fetch-depth: 0).`
  if (
    /could not read Username|Authentication failed|could not read from remote|Could not resolve host|unable to access/i.test(
      stderr
    )
  )
    return `${command} failed: the remote could not be reached or refused the credentials (${detail}). Check the remote URL, the network and the token's permissions (contents: write), and run again.`
  return `${command} failed (${detail}). Check the repository's state with git status, fix what git reports, and run again.`
}

const ERRNO_ADVICE: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOENT: 'no such file or directory',
  ELOOP: 'too many levels of symbolic links'
}

/** A user error (its message is the whole story) or a bug (to report, with its stack for debugging). */
export function describeFailure(error: unknown): { userError: boolean; message: string; stack?: string } {
  const text = error instanceof Error ? error.message : String(error)
  if (isConfigurationError(error)) return { userError: true, message: text }
  if (error instanceof GitError) return { userError: true, message: gitAdvice(error) }
  if (error instanceof GitHubApiError) return { userError: true, message: `${text} ${adviceFor(error.status)}` }
  if (error instanceof HttpError)
    return {
      userError: true,
      message: `${text}. Check the service's URL and credentials, or run again later if the service was down.`
    }
  if (error instanceof ReportError) return { userError: true, message: `${text} Fix or regenerate the report.` }
  const errno = error as { code?: string; path?: string; syscall?: string } | null
  const code = errno && typeof errno === 'object' ? errno.code : undefined
  if (code && code in ERRNO_ADVICE) {
    const where = errno?.path ? ` ${errno.path}` : ''
    return {
      userError: true,
      message: `Could not ${errno?.syscall ?? 'access'}${where}: ${ERRNO_ADVICE[code]} (${code}). Make the checkout writable by the user running the action, with room on its disk, and run again.`
    }
  }
  return {
    userError: false,
    message: `Unexpected error (please report it): ${text}`,
    stack: error instanceof Error ? error.stack : undefined
  }
}
