import type { GitHubWatchApi, WatchAlert, WatchIssue } from '../../usecases/watch/ports.js'
import { checkShape, githubClient, type ClientOptions, type GitHubClient } from './client.js'
import { ACTIONS_BOT_LOGIN, namedIdentity } from './identity.js'

/** The release watch's calls: open critical code scanning alerts, and its one issue per release. */
export class OctokitWatch implements GitHubWatchApi {
  private readonly api: GitHubClient
  private identity: Promise<string> | null = null

  constructor(token: string, repository: string, apiUrl: string, client: ClientOptions = {}) {
    this.api = githubClient(token, repository, apiUrl, client)
  }

  criticalAlerts(): Promise<WatchAlert[]> {
    return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/code-scanning/alerts`, async octokit => {
      const alerts = await octokit.paginate(octokit.rest.codeScanning.listAlertsForRepo, {
        owner: this.api.owner,
        repo: this.api.repo,
        state: 'open',
        severity: 'critical',
        per_page: 100,
        request: this.api.request()
      })
      return alerts
        .map(alert => ({
          number: alert.number,
          ruleId: alert.rule.id ?? 'unknown-rule',
          securitySeverity: alert.rule.security_severity_level ?? null,
          url: alert.html_url,
          createdAt: alert.created_at
        }))
        .filter(alert => alert.securitySeverity === 'critical')
    })
  }

  /**
   * Only an issue the token's own identity opened counts (identity.ts): anyone may open an issue
   * carrying the marker, and a stranger's must not silence the watch's alert.
   */
  async findIssue(marker: string, since: string): Promise<WatchIssue | null> {
    this.identity ??= namedIdentity(this.api).then(login => login ?? ACTIONS_BOT_LOGIN)
    const identity = await this.identity
    return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/issues`, async octokit => {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner: this.api.owner,
        repo: this.api.repo,
        state: 'all',
        since,
        per_page: 100,
        request: this.api.request()
      })
      const found = issues.find(
        issue => !issue.pull_request && issue.user?.login === identity && (issue.body ?? '').includes(marker)
      )
      return found ? { number: found.number, url: found.html_url, state: found.state } : null
    })
  }

  createIssue(input: { title: string; body: string; labels: string[] }): Promise<WatchIssue> {
    const call = `POST /repos/${this.api.owner}/${this.api.repo}/issues`
    return this.api.call(call, async octokit => {
      const { data } = await octokit.rest.issues.create({
        owner: this.api.owner,
        repo: this.api.repo,
        title: input.title,
        body: input.body,
        labels: input.labels,
        request: this.api.request()
      })
      checkShape(call, data, { number: 'number', html_url: 'string' })
      return { number: data.number, url: data.html_url, state: data.state }
    })
  }
}
