/** The release gates' reads: check runs, code scanning alerts, pull requests, reviews, team membership. */
import type { CheckRun, CodeScanningAlert, GitHubGatesApi, Review } from '../../usecases/ports.js'
import { checkShape, githubClient, type ClientOptions, type GitHubClient } from './client.js'

export class OctokitGates implements GitHubGatesApi {
  private readonly api: GitHubClient

  constructor(token: string, repository: string, apiUrl: string, client: ClientOptions = {}) {
    this.api = githubClient(token, repository, apiUrl, client)
  }

  checkRuns(sha: string): Promise<CheckRun[]> {
    return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/commits/${sha}/check-runs`, async octokit => {
      const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
        owner: this.api.owner,
        repo: this.api.repo,
        ref: sha,
        per_page: 100,
        request: this.api.request()
      })
      return runs.map(run => ({
        name: run.name,
        status: run.status,
        conclusion: run.conclusion,
        detailsUrl: run.details_url ?? null
      }))
    })
  }

  openCodeScanningAlerts(ref: string): Promise<CodeScanningAlert[]> {
    return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/code-scanning/alerts`, async octokit => {
      const alerts = await octokit.paginate(octokit.rest.codeScanning.listAlertsForRepo, {
        owner: this.api.owner,
        repo: this.api.repo,
        state: 'open',
        ref,
        per_page: 100,
        request: this.api.request()
      })
      return alerts.map(alert => ({
        number: alert.number,
        ruleId: alert.rule.id ?? 'unknown-rule',
        securitySeverity: alert.rule.security_severity_level ?? null,
        severity: alert.rule.severity ?? null,
        description: alert.rule.description ?? alert.most_recent_instance?.message?.text ?? '',
        path: alert.most_recent_instance?.location?.path,
        line: alert.most_recent_instance?.location?.start_line,
        url: alert.html_url
      }))
    })
  }

  pullsForCommit(sha: string): Promise<Array<{ number: number; mergedAt: string | null; url: string }>> {
    return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/commits/${sha}/pulls`, async octokit => {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: this.api.owner,
        repo: this.api.repo,
        commit_sha: sha,
        request: this.api.request()
      })
      if (!Array.isArray(data))
        checkShape(`GET /repos/${this.api.owner}/${this.api.repo}/commits/${sha}/pulls`, data, {})
      return data.map(pull => ({ number: pull.number, mergedAt: pull.merged_at, url: pull.html_url }))
    })
  }

  reviews(pull: number): Promise<Review[]> {
    return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/pulls/${pull}/reviews`, async octokit => {
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
        owner: this.api.owner,
        repo: this.api.repo,
        pull_number: pull,
        per_page: 100,
        request: this.api.request()
      })
      return reviews.map(review => ({
        user: review.user?.login ?? '',
        state: review.state,
        submittedAt: review.submitted_at ?? ''
      }))
    })
  }

  isTeamMember(org: string, team: string, user: string): Promise<boolean> {
    return this.api.call(
      `GET /orgs/${org}/teams/${team}/memberships/${user}`,
      async octokit => {
        const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: team,
          username: user,
          request: this.api.request()
        })
        return data.state === 'active'
      },
      () => false
    )
  }
}
