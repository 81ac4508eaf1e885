/** The ports of the release watch (its own: no other mode calls them). */

/** An open code scanning alert as the release watch reads it. */
export interface WatchAlert {
  number: number
  ruleId: string
  /** critical | high | medium | low, or null when the rule is not a security rule. */
  securitySeverity: string | null
  url: string
  /** When GitHub created the alert (ISO 8601). */
  createdAt: string
}

export interface WatchIssue {
  number: number
  url: string
  state: string
}

/** What the release watch needs of GitHub: the critical alerts, and its one issue per release. */
export interface GitHubWatchApi {
  /** Open code scanning alerts of critical security severity. */
  criticalAlerts(): Promise<WatchAlert[]>
  /**
   * The issue (open or closed) updated since `since` (ISO 8601) whose body holds the marker, opened
   * by the token's own identity (a stranger's issue with the marker is not the watch's), or null.
   * Not by label: a person may take the label off, and GitHub drops a new issue's labels silently
   * for a token without push access.
   */
  findIssue(marker: string, since: string): Promise<WatchIssue | null>
  createIssue(input: { title: string; body: string; labels: string[] }): Promise<WatchIssue>
}
