/** The GitHub REST calls of this action, behind the ports' interfaces (tests use a local server). */
import { GitHubApiError } from '../core/errors.js'
import type {
  ApiFile,
  CheckRun,
  GitDataApi,
  CodeScanningAlert,
  GitHubGatesApi,
  GitHubPublisher,
  GitHubRelease,
  GitHubReleases,
  IssueComment,
  MergeSettings,
  PublishedRelease,
  PullRequestApi,
  PullRequestData,
  ReleaseParams,
  Review,
  GitHubWatchApi,
  WatchAlert,
  WatchIssue
} from '../usecases/ports.js'

/** One API call may take this long before it is abandoned. */
const TIMEOUT_MS = 30_000

interface RequestFailure {
  status?: number
  message?: string
  response?: { data?: { message?: string } }
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

/**
 * Octokit from @actions/github, loaded only when a call is made (runs that never call the API
 * don't pay its start-up). `apiUrl` is GITHUB_API_URL (GitHub Enterprise Server, or a test server).
 * Every failure becomes a GitHubApiError naming the call, with the token never in its text.
 */
abstract class OctokitClient {
  protected readonly owner: string
  protected readonly repo: string
  private client: Promise<Octokit> | null = null

  constructor(
    protected readonly token: string,
    repository: string,
    protected readonly apiUrl: string
  ) {
    const [owner, repo] = repository.split('/')
    this.owner = owner
    this.repo = repo
  }

  /** Makes the client; subclasses may add plugins. */
  protected create(): Promise<Octokit> {
    return import('@actions/github').then(github => github.getOctokit(this.token, { baseUrl: this.apiUrl }))
  }

  protected octokit(): Promise<Octokit> {
    this.client ??= this.create()
    return this.client
  }

  protected get request() {
    return { signal: AbortSignal.timeout(TIMEOUT_MS) }
  }

  protected failure(call: string, error: unknown): GitHubApiError {
    const failure = error as RequestFailure
    const detail = failure.response?.data?.message ?? failure.message ?? String(error)
    return new GitHubApiError(call, failure.status, detail.split(this.token).join('***'))
  }

  /** Runs a call; `notFound` is what a 404 means (else it is a failure too). */
  protected async call<T>(call: string, fn: (octokit: Octokit) => Promise<T>, notFound?: () => T): Promise<T> {
    try {
      return await fn(await this.octokit())
    } catch (error) {
      if (error instanceof GitHubApiError) throw error // already named (a malformed answer)
      if (notFound && (error as RequestFailure).status === 404) return notFound()
      throw this.failure(call, error)
    }
  }
}

export class OctokitReleases extends OctokitClient implements GitHubReleases {
  findReleaseByTag(tag: string): Promise<GitHubRelease | null> {
    return this.call(
      `GET /repos/${this.owner}/${this.repo}/releases/tags/${tag}`,
      async octokit => {
        const { data } = await octokit.rest.repos.getReleaseByTag({
          owner: this.owner,
          repo: this.repo,
          tag,
          request: this.request
        })
        checkShape(`GET /repos/${this.owner}/${this.repo}/releases/tags/${tag}`, data, { id: 'number' })
        const immutable = (data as { immutable?: unknown }).immutable === true
        return { id: data.id, url: data.html_url, name: data.name ?? '', body: data.body ?? '', immutable }
      },
      () => null
    )
  }

  editRelease(id: number, fields: { name?: string; body?: string; makeLatest?: 'true' | 'false' }): Promise<void> {
    return this.call(`PATCH /repos/${this.owner}/${this.repo}/releases/${id}`, async octokit => {
      await octokit.rest.repos.updateRelease({
        owner: this.owner,
        repo: this.repo,
        release_id: id,
        ...(fields.name === undefined ? {} : { name: fields.name }),
        ...(fields.body === undefined ? {} : { body: fields.body }),
        ...(fields.makeLatest === undefined ? {} : { make_latest: fields.makeLatest }),
        request: this.request
      })
    })
  }

  deleteRelease(id: number): Promise<void> {
    return this.call(
      `DELETE /repos/${this.owner}/${this.repo}/releases/${id}`,
      async octokit => {
        await octokit.rest.repos.deleteRelease({
          owner: this.owner,
          repo: this.repo,
          release_id: id,
          request: this.request
        })
      },
      () => undefined
    ) // already gone
  }
}

export class OctokitGates extends OctokitClient implements GitHubGatesApi {
  checkRuns(sha: string): Promise<CheckRun[]> {
    return this.call(`GET /repos/${this.owner}/${this.repo}/commits/${sha}/check-runs`, async octokit => {
      const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
        owner: this.owner,
        repo: this.repo,
        ref: sha,
        per_page: 100,
        request: this.request
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
    return this.call(`GET /repos/${this.owner}/${this.repo}/code-scanning/alerts`, async octokit => {
      const alerts = await octokit.paginate(octokit.rest.codeScanning.listAlertsForRepo, {
        owner: this.owner,
        repo: this.repo,
        state: 'open',
        ref,
        per_page: 100,
        request: this.request
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
    return this.call(`GET /repos/${this.owner}/${this.repo}/commits/${sha}/pulls`, async octokit => {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: this.owner,
        repo: this.repo,
        commit_sha: sha,
        request: this.request
      })
      if (!Array.isArray(data)) checkShape(`GET /repos/${this.owner}/${this.repo}/commits/${sha}/pulls`, data, {})
      return data.map(pull => ({ number: pull.number, mergedAt: pull.merged_at, url: pull.html_url }))
    })
  }

  reviews(pull: number): Promise<Review[]> {
    return this.call(`GET /repos/${this.owner}/${this.repo}/pulls/${pull}/reviews`, async octokit => {
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
        owner: this.owner,
        repo: this.repo,
        pull_number: pull,
        per_page: 100,
        request: this.request
      })
      return reviews.map(review => ({
        user: review.user?.login ?? '',
        state: review.state,
        submittedAt: review.submitted_at ?? ''
      }))
    })
  }

  isTeamMember(org: string, team: string, user: string): Promise<boolean> {
    return this.call(
      `GET /orgs/${org}/teams/${team}/memberships/${user}`,
      async octokit => {
        const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: team,
          username: user,
          request: this.request
        })
        return data.state === 'active'
      },
      () => false
    )
  }
}

interface ReleaseData {
  id: number
  draft?: boolean
  html_url: string
  upload_url: string
  assets?: Array<{ id: number; name: string }>
}

/** What an answer lacks to be what the call returns, or null (a malformed answer never counts as done). */
function malformed(data: unknown, fields: Record<string, 'number' | 'string'>): string | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'it is not a JSON object'
  for (const [field, type] of Object.entries(fields)) {
    const value = (data as Record<string, unknown>)[field]
    if (typeof value !== type || (type === 'number' && !Number.isSafeInteger(value)))
      return `it has no ${type} "${field}"`
  }
  return null
}

/** A malformed answer of a call that looked successful: a GitHubApiError saying so (nothing is counted as done). */
export function checkShape(call: string, data: unknown, fields: Record<string, 'number' | 'string'>): void {
  const problem = malformed(data, fields)
  if (problem) {
    throw new GitHubApiError(
      call,
      undefined,
      `GitHub's answer is not what the call returns (${problem}), so the step is not counted as done. Check GITHUB_API_URL (a proxy or a wrong server answers this way)`
    )
  }
}

function published(call: string, data: ReleaseData): PublishedRelease {
  checkShape(call, data, { id: 'number', html_url: 'string', upload_url: 'string' })
  if (data.assets !== undefined && !Array.isArray(data.assets)) checkShape(call, null, {})
  return {
    id: data.id,
    draft: data.draft ?? false,
    url: data.html_url,
    uploadUrl: data.upload_url,
    assets: (data.assets ?? []).map(asset => ({ id: asset.id, name: asset.name }))
  }
}

/**
 * Octokit with the throttling and retry plugins: a primary or secondary rate limit waits as
 * GitHub asks (twice at most) instead of failing; 5xx answers are retried.
 */
export class OctokitPublisher extends OctokitClient implements GitHubPublisher {
  /**
   * `throttle: false` turns the plugin's request spacing (one write a second) and its rate-limit
   * waits off: for tests against a local server, where spacing only costs time.
   */
  constructor(
    token: string,
    repository: string,
    apiUrl: string,
    private readonly onWait: (message: string) => void = () => undefined,
    private readonly options: { throttle?: boolean; scrub?: (text: string) => string } = {}
  ) {
    super(token, repository, apiUrl)
  }

  protected override create(): Promise<Octokit> {
    return Promise.all([
      import('@actions/github'),
      import('@octokit/plugin-throttling'),
      import('@octokit/plugin-retry')
    ]).then(([github, { throttling }, { retry }]) => {
      const limit =
        (kind: string) =>
        (
          retryAfter: number,
          options: { method?: string; url?: string },
          _octokit: unknown,
          retryCount: number
        ): boolean => {
          if (retryCount >= 2) return false
          this.onWait(`GitHub ${kind} rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`)
          return true
        }
      return github.getOctokit(
        this.token,
        {
          baseUrl: this.apiUrl,
          throttle: {
            enabled: this.options.throttle ?? true,
            onRateLimit: limit('primary'),
            onSecondaryRateLimit: limit('secondary')
          },
          retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 422] }
        },
        throttling,
        retry
      )
    })
  }

  repositoryAccess(): Promise<{ push: boolean | null }> {
    return this.call(`GET /repos/${this.owner}/${this.repo}`, async octokit => {
      const { data } = await octokit.rest.repos.get({ owner: this.owner, repo: this.repo, request: this.request })
      const push = (data as { permissions?: { push?: unknown } }).permissions?.push
      return { push: typeof push === 'boolean' ? push : null }
    })
  }

  releaseByTag(tag: string): Promise<PublishedRelease | null> {
    const call = `GET /repos/${this.owner}/${this.repo}/releases/tags/${tag}`
    return this.call(
      call,
      async octokit =>
        published(call, (await octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag })).data),
      () => null
    )
  }

  private body(params: ReleaseParams) {
    const scrub = this.options.scrub ?? ((text: string) => text)
    return {
      owner: this.owner,
      repo: this.repo,
      tag_name: params.tag,
      name: scrub(params.title),
      body: scrub(params.body),
      draft: params.draft,
      prerelease: params.prerelease,
      make_latest: params.makeLatest,
      target_commitish: params.targetCommitish
    }
  }

  createRelease(params: ReleaseParams): Promise<PublishedRelease> {
    const call = `POST /repos/${this.owner}/${this.repo}/releases`
    return this.call(call, async octokit =>
      published(call, (await octokit.rest.repos.createRelease(this.body(params))).data)
    )
  }

  updateRelease(id: number, params: ReleaseParams): Promise<PublishedRelease> {
    const call = `PATCH /repos/${this.owner}/${this.repo}/releases/${id}`
    return this.call(call, async octokit =>
      published(call, (await octokit.rest.repos.updateRelease({ ...this.body(params), release_id: id })).data)
    )
  }

  deleteAsset(id: number): Promise<void> {
    return this.call(`DELETE /repos/${this.owner}/${this.repo}/releases/assets/${id}`, async octokit => {
      await octokit.rest.repos.deleteReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: id })
    })
  }

  uploadAsset(
    uploadUrl: string,
    name: string,
    contentType: string,
    data: Buffer
  ): Promise<{ id: number; url: string }> {
    const call = `POST ${uploadUrl.replace(/\{.*$/, '')}?name=${name}`
    return this.call(call, async octokit => {
      const response = await octokit.request({
        method: 'POST',
        url: uploadUrl,
        name,
        data,
        headers: { 'content-type': contentType, 'content-length': data.length }
      })
      const asset = response.data as { id: number; browser_download_url: string }
      checkShape(call, asset, { id: 'number', browser_download_url: 'string' })
      return { id: asset.id, url: asset.browser_download_url }
    })
  }
}

/** The Git Data API: a release commit and its annotated tag made on GitHub (verified commits). */
export class OctokitGitData extends OctokitClient implements GitDataApi {
  repositoryAccess(): Promise<{ push: boolean | null }> {
    return this.call(`GET /repos/${this.owner}/${this.repo}`, async octokit => {
      const { data } = await octokit.rest.repos.get({ owner: this.owner, repo: this.repo, request: this.request })
      const push = (data as { permissions?: { push?: unknown } }).permissions?.push
      return { push: typeof push === 'boolean' ? push : null }
    })
  }

  commitTree(sha: string): Promise<string | null> {
    const call = `GET /repos/${this.owner}/${this.repo}/git/commits/${sha}`
    return this.call(
      call,
      async octokit => {
        const { data } = await octokit.rest.git.getCommit({
          owner: this.owner,
          repo: this.repo,
          commit_sha: sha,
          request: this.request
        })
        checkShape(call, data.tree, { sha: 'string' })
        return data.tree.sha
      },
      () => null
    )
  }

  async createCommit(input: { message: string; baseTree: string; parent: string; files: ApiFile[] }): Promise<string> {
    const repo = `/repos/${this.owner}/${this.repo}`
    const tree: Array<{ path: string; mode: '100644' | '100755'; type: 'blob'; sha: string }> = []
    for (const file of input.files) {
      const call = `POST ${repo}/git/blobs`
      const sha = await this.call(call, async octokit => {
        const { data } = await octokit.rest.git.createBlob({
          owner: this.owner,
          repo: this.repo,
          content: Buffer.from(file.content).toString('base64'),
          encoding: 'base64',
          request: this.request
        })
        checkShape(call, data, { sha: 'string' })
        return data.sha
      })
      tree.push({ path: file.path, mode: file.mode === '100755' ? '100755' : '100644', type: 'blob', sha })
    }
    const treeCall = `POST ${repo}/git/trees`
    const treeSha = await this.call(treeCall, async octokit => {
      const { data } = await octokit.rest.git.createTree({
        owner: this.owner,
        repo: this.repo,
        base_tree: input.baseTree,
        tree,
        request: this.request
      })
      checkShape(treeCall, data, { sha: 'string' })
      return data.sha
    })
    const commitCall = `POST ${repo}/git/commits`
    return this.call(commitCall, async octokit => {
      // no author or committer: GitHub makes the commit as the token's identity and signs it
      const { data } = await octokit.rest.git.createCommit({
        owner: this.owner,
        repo: this.repo,
        message: input.message,
        tree: treeSha,
        parents: [input.parent],
        request: this.request
      })
      checkShape(commitCall, data, { sha: 'string' })
      return data.sha
    })
  }

  updateBranch(branch: string, sha: string): Promise<void> {
    return this.call(`PATCH /repos/${this.owner}/${this.repo}/git/refs/heads/${branch}`, async octokit => {
      await octokit.rest.git.updateRef({
        owner: this.owner,
        repo: this.repo,
        ref: `heads/${branch}`,
        sha,
        force: false,
        request: this.request
      })
    })
  }

  async createTag(input: { tag: string; message: string; commit: string }): Promise<void> {
    const repo = `/repos/${this.owner}/${this.repo}`
    const tagCall = `POST ${repo}/git/tags`
    const tagSha = await this.call(tagCall, async octokit => {
      const { data } = await octokit.rest.git.createTag({
        owner: this.owner,
        repo: this.repo,
        tag: input.tag,
        message: input.message,
        object: input.commit,
        type: 'commit',
        request: this.request
      })
      checkShape(tagCall, data, { sha: 'string' })
      return data.sha
    })
    await this.call(`POST ${repo}/git/refs`, async octokit => {
      await octokit.rest.git.createRef({
        owner: this.owner,
        repo: this.repo,
        ref: `refs/tags/${input.tag}`,
        sha: tagSha,
        request: this.request
      })
    })
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function boolOrNull(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null
}

/** An issue comment as GitHub answers it (list, create, update), as the preview reads it. */
function commentOf(comment: {
  id: number
  body?: string | null
  html_url: string
  user?: { login?: string; type?: string } | null
}): IssueComment {
  return {
    id: comment.id,
    body: comment.body ?? '',
    url: comment.html_url,
    author: comment.user?.login ?? '',
    authorIsBot: comment.user?.type === 'Bot'
  }
}

/** The preview's calls: the pull request, the repository's merge settings, the comment, the check. */
export class OctokitPulls extends OctokitClient implements PullRequestApi {
  /** `scrub` keeps the run's secrets out of what is written (the comment, the check's output). */
  constructor(
    token: string,
    repository: string,
    apiUrl: string,
    private readonly scrub: (text: string) => string = text => text
  ) {
    super(token, repository, apiUrl)
  }

  pullRequest(number: number): Promise<PullRequestData> {
    const call = `GET /repos/${this.owner}/${this.repo}/pulls/${number}`
    return this.call(call, async octokit => {
      const { data } = await octokit.rest.pulls.get({
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        request: this.request
      })
      checkShape(call, data, { number: 'number', title: 'string' })
      checkShape(call, data.head, { sha: 'string' })
      checkShape(call, data.base, { sha: 'string', ref: 'string' })
      return {
        number: data.number,
        title: data.title,
        body: data.body ?? '',
        author: data.user?.login ?? '',
        headSha: data.head.sha,
        headRef: data.head.ref,
        headRepo: data.head.repo?.full_name ?? '',
        baseRef: data.base.ref,
        baseSha: data.base.sha,
        baseRepo: data.base.repo?.full_name ?? ''
      }
    })
  }

  mergeSettings(): Promise<MergeSettings> {
    return this.call(`GET /repos/${this.owner}/${this.repo}`, async octokit => {
      const { data } = await octokit.rest.repos.get({ owner: this.owner, repo: this.repo, request: this.request })
      const fields = data as unknown as Record<string, unknown>
      return {
        allowSquash: boolOrNull(fields.allow_squash_merge),
        allowMerge: boolOrNull(fields.allow_merge_commit),
        allowRebase: boolOrNull(fields.allow_rebase_merge),
        squashTitle: stringOrNull(fields.squash_merge_commit_title),
        squashMessage: stringOrNull(fields.squash_merge_commit_message)
      }
    })
  }

  viewer(): Promise<string | null> {
    return this.call('POST /graphql (viewer)', async octokit => {
      const data = await octokit.graphql<{ viewer?: { login?: unknown } | null }>('query { viewer { login } }', {
        request: this.request
      })
      return typeof data?.viewer?.login === 'string' ? data.viewer.login : null
    })
  }

  comments(number: number): Promise<IssueComment[]> {
    return this.call(`GET /repos/${this.owner}/${this.repo}/issues/${number}/comments`, async octokit => {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner: this.owner,
        repo: this.repo,
        issue_number: number,
        per_page: 100,
        request: this.request
      })
      return comments.map(commentOf)
    })
  }

  createComment(number: number, body: string): Promise<IssueComment> {
    const call = `POST /repos/${this.owner}/${this.repo}/issues/${number}/comments`
    return this.call(call, async octokit => {
      const { data } = await octokit.rest.issues.createComment({
        owner: this.owner,
        repo: this.repo,
        issue_number: number,
        body: this.scrub(body),
        request: this.request
      })
      checkShape(call, data, { id: 'number', html_url: 'string' })
      return commentOf(data)
    })
  }

  updateComment(id: number, body: string): Promise<IssueComment> {
    const call = `PATCH /repos/${this.owner}/${this.repo}/issues/comments/${id}`
    return this.call(call, async octokit => {
      const { data } = await octokit.rest.issues.updateComment({
        owner: this.owner,
        repo: this.repo,
        comment_id: id,
        body: this.scrub(body),
        request: this.request
      })
      checkShape(call, data, { id: 'number', html_url: 'string' })
      return commentOf(data)
    })
  }

  createCheckRun(input: {
    name: string
    headSha: string
    conclusion: 'success' | 'failure' | 'neutral'
    title: string
    summary: string
    detailsUrl?: string
  }): Promise<{ id: number; url: string }> {
    const call = `POST /repos/${this.owner}/${this.repo}/check-runs`
    return this.call(call, async octokit => {
      const { data } = await octokit.rest.checks.create({
        owner: this.owner,
        repo: this.repo,
        name: input.name,
        head_sha: input.headSha,
        status: 'completed',
        conclusion: input.conclusion,
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        output: { title: this.scrub(input.title), summary: this.scrub(input.summary) },
        request: this.request
      })
      checkShape(call, data, { id: 'number' })
      return { id: data.id, url: data.html_url ?? '' }
    })
  }

  createStatus(
    sha: string,
    input: { state: 'success' | 'failure'; context: string; description: string; targetUrl?: string }
  ): Promise<void> {
    return this.call(`POST /repos/${this.owner}/${this.repo}/statuses/${sha}`, async octokit => {
      await octokit.rest.repos.createCommitStatus({
        owner: this.owner,
        repo: this.repo,
        sha,
        state: input.state,
        context: input.context,
        description: this.scrub(input.description),
        ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
        request: this.request
      })
    })
  }
}

/** The release watch's calls: open critical code scanning alerts, and its one issue per release. */
export class OctokitWatch extends OctokitClient implements GitHubWatchApi {
  criticalAlerts(): Promise<WatchAlert[]> {
    return this.call(`GET /repos/${this.owner}/${this.repo}/code-scanning/alerts`, async octokit => {
      const alerts = await octokit.paginate(octokit.rest.codeScanning.listAlertsForRepo, {
        owner: this.owner,
        repo: this.repo,
        state: 'open',
        severity: 'critical',
        per_page: 100,
        request: this.request
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

  findIssue(marker: string, since: string): Promise<WatchIssue | null> {
    return this.call(`GET /repos/${this.owner}/${this.repo}/issues`, async octokit => {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner: this.owner,
        repo: this.repo,
        state: 'all',
        since,
        per_page: 100,
        request: this.request
      })
      const found = issues.find(issue => !issue.pull_request && (issue.body ?? '').includes(marker))
      return found ? { number: found.number, url: found.html_url, state: found.state } : null
    })
  }

  createIssue(input: { title: string; body: string; labels: string[] }): Promise<WatchIssue> {
    const call = `POST /repos/${this.owner}/${this.repo}/issues`
    return this.call(call, async octokit => {
      const { data } = await octokit.rest.issues.create({
        owner: this.owner,
        repo: this.repo,
        title: input.title,
        body: input.body,
        labels: input.labels,
        request: this.request
      })
      checkShape(call, data, { number: 'number', html_url: 'string' })
      return { number: data.number, url: data.html_url, state: data.state }
    })
  }
}
