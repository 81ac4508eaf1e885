import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import type { AddressInfo } from 'node:net'
import { handleReleasePulls } from './release-pulls-server.js'

/** Client options for tests against this server: no request spacing, retries after a millisecond. */
export const FAST_CLIENT = { throttle: false, retryDelayMs: 1 } as const

export interface RecordedRequest {
  method: string
  path: string
  /** The query string, without its `?` ('' when none). */
  query: string
  authorization: string | undefined
  userAgent: string | undefined
}

interface Release {
  id: number
  tag_name: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
  make_latest?: string
  target_commitish?: string
  /** An immutable release (GitHub's `immutable: true`): its tag can't be deleted, its assets can't change. */
  immutable?: boolean
  assets: Array<{ id: number; name: string; size: number; content_type: string; data: Buffer }>
}

/**
 * A local stand-in for the GitHub REST API on 127.0.0.1: the release endpoints this action uses,
 * with the real API's paths, status codes and response shapes (reached through GITHUB_API_URL).
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  /** The body of every request that had one (JSON as sent; an asset upload's bytes as UTF-8). */
  readonly bodies: Array<{ method: string; path: string; body: string }> = []
  private readonly releases = new Map<number, Release>()
  private nextId = 1000
  private server: Server | null = null
  /** Set to make DELETE answer with this status and message. */
  failDelete: { status: number; message: string } | null = null
  /** Check runs by commit sha. */
  readonly checkRuns = new Map<
    string,
    Array<{ name: string; status: string; conclusion: string | null; details_url?: string }>
  >()
  /** Open code scanning alerts. */
  readonly alerts: Array<{
    number: number
    rule: { id: string; severity: string; security_severity_level: string | null; description: string }
    path: string
    line: number
    /** When GitHub created the alert (default 2026-11-20T10:00:00Z). */
    created_at?: string
  }> = []
  /** Set to make GET code-scanning/alerts answer with this status and message (403: no permission, 404: not set up). */
  codeScanningError: { status: number; message: string } | null = null
  /** Issues (GET and POST /repos/{owner}/{repo}/issues). */
  readonly issues: Array<{
    number: number
    title: string
    body: string
    labels: string[]
    state: string
    /** When it last changed (ISO 8601; default 2026-11-25T12:00:00Z): the `since` filter reads it. */
    updated_at?: string
    /** Who opened it (default: github-actions[bot], as the watch's token). */
    author?: string
  }> = []
  /** Pull requests by commit sha, and reviews by pull number. */
  readonly pulls = new Map<string, Array<{ number: number; merged_at: string | null }>>()
  readonly reviews = new Map<number, Array<{ user: string; state: string; submitted_at: string }>>()
  /** Team members: "org/team" → logins. */
  readonly teams = new Map<string, string[]>()
  /** The token's permissions as GET /repos/{owner}/{repo} reports them (null: not reported, as for app tokens). */
  permissions: { admin: boolean; maintain: boolean; push: boolean; triage: boolean; pull: boolean } | null = {
    admin: false,
    maintain: false,
    push: true,
    triage: true,
    pull: true
  }
  /** Set to make PATCH of a release answer with this status and message. */
  failEdit: { status: number; message: string } | null = null
  /** Set to make every gates endpoint answer 500. */
  failGates = false
  /** Immutable releases (a repository setting): a published release takes no asset and no asset deletion. */
  immutable = false

  /**
   * The bare repository the Git Data endpoints (/git/blobs, trees, commits, refs, tags) read and
   * write with git's plumbing, so that origin really holds what the API made (null: those answer 404).
   */
  gitDir: string | null = null
  /** Called before PATCH /git/refs/heads/* applies (to move the branch meanwhile, as another push would). */
  beforeRefUpdate: (() => void) | null = null
  /** Answers to give instead of the real one: the next `times` requests of `method` to a path matching `path`. */
  private readonly faults: Array<{ method: string; path: RegExp; status: number; times: number }> = []
  /** Make every Git Data write answer 403 as for a token without contents: write. */
  gitWritesForbidden = false

  constructor(
    readonly token: string,
    readonly repository = 'acme/fastvlm'
  ) {}

  /**
   * Makes the next `times` requests of `method` to a path matching `path` answer `status` (a 502 from
   * a proxy, a 500): what the clients' retry has to survive, or, for more than its retries, report.
   */
  failNext(method: string, path: RegExp, status = 502, times = 1): void {
    this.faults.push({ method, path, status, times })
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo
    return `http://127.0.0.1:${address.port}`
  }

  addRelease(tag: string, options: { immutable?: boolean; latest?: boolean } = {}): number {
    const id = this.nextId++
    this.releases.set(id, {
      id,
      tag_name: tag,
      name: `Release ${tag}`,
      body: 'notes',
      draft: false,
      prerelease: false,
      assets: [],
      immutable: options.immutable ?? false
    })
    if (options.latest) this.latestId = id
    return id
  }

  /** The release GitHub shows as latest (`make_latest: true` moves it; `false` leaves it). */
  latestId: number | null = null

  latestTag(): string | null {
    return this.latestId === null ? null : (this.releases.get(this.latestId)?.tag_name ?? null)
  }

  clearReleases(): void {
    this.releases.clear()
  }

  removeRelease(tag: string): void {
    for (const [id, release] of this.releases) if (release.tag_name === tag) this.releases.delete(id)
  }

  release(tag: string): Release | undefined {
    return [...this.releases.values()].find(candidate => candidate.tag_name === tag)
  }

  /** Answer the next request with a secondary rate limit (403 + retry-after). */
  secondaryRateLimitOnce = false
  /** Make release creation fail with this status. */
  failCreate: { status: number; message: string } | null = null
  /** Pretend another run creates the release between our lookup and our create (422 path). */
  raceOnCreate = false

  /** The published (not draft) release of a tag. */
  published(tag: string): Release | undefined {
    return [...this.releases.values()].find(candidate => candidate.tag_name === tag && !candidate.draft)
  }

  /** Every release of a tag, drafts included (GitHub allows several drafts of one tag). */
  releasesOf(tag: string): Release[] {
    return [...this.releases.values()].filter(candidate => candidate.tag_name === tag)
  }

  /** Asset deletions refused with 422 because the release is immutable. */
  assetDeletionsRefused = 0

  hasRelease(tag: string): boolean {
    return [...this.releases.values()].some(release => release.tag_name === tag)
  }

  private releaseJson(release: Release): Record<string, unknown> {
    const api = `${this.url}/repos/${this.repository}`
    return {
      url: `${api}/releases/${release.id}`,
      html_url: `https://github.com/${this.repository}/releases/tag/${release.tag_name}`,
      assets_url: `${api}/releases/${release.id}/assets`,
      upload_url: `${this.url}/uploads/repos/${this.repository}/releases/${release.id}/assets{?name,label}`,
      make_latest: release.make_latest,
      immutable: release.immutable ?? false,
      tarball_url: `${api}/tarball/${release.tag_name}`,
      zipball_url: `${api}/zipball/${release.tag_name}`,
      id: release.id,
      node_id: `RE_${release.id}`,
      tag_name: release.tag_name,
      target_commitish: 'main',
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      created_at: '2026-11-01T10:00:00Z',
      published_at: '2026-11-01T10:00:00Z',
      author: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      assets: release.assets.map(asset => this.assetJson(release, asset))
    }
  }

  private assetJson(release: Release, asset: Release['assets'][number]): Record<string, unknown> {
    return {
      url: `${this.url}/repos/${this.repository}/releases/assets/${asset.id}`,
      id: asset.id,
      node_id: `RA_${asset.id}`,
      name: asset.name,
      label: '',
      content_type: asset.content_type,
      state: 'uploaded',
      size: asset.size,
      digest: `sha256:${createHash('sha256').update(asset.data).digest('hex')}`,
      download_count: 0,
      browser_download_url: `https://github.com/${this.repository}/releases/download/${release.tag_name}/${asset.name}`,
      created_at: '2026-11-25T10:00:00Z',
      updated_at: '2026-11-25T10:00:00Z'
    }
  }

  private async publishing(req: IncomingMessage, path: string, res: ServerResponse): Promise<boolean> {
    const repoPath = `/repos/${this.repository}`
    const body = async (): Promise<Buffer> => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    }
    const validation = (resource: string, field: string) =>
      this.send(res, 422, {
        message: 'Validation Failed',
        errors: [{ resource, code: 'already_exists', field }],
        documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
        status: '422'
      })
    if (req.method === 'POST' && path === `${repoPath}/releases`) {
      const params = JSON.parse((await body()).toString()) as Record<string, unknown>
      if (this.failCreate) {
        this.send(res, this.failCreate.status, {
          message: this.failCreate.message,
          status: String(this.failCreate.status)
        })
        return true
      }
      if (this.raceOnCreate) {
        this.raceOnCreate = false
        this.addRelease(String(params.tag_name))
      }
      // as on GitHub: a published release owns its tag; drafts don't (a second draft of a tag is made)
      if (this.published(String(params.tag_name))) {
        validation('Release', 'tag_name')
        return true
      }
      const id = this.addRelease(String(params.tag_name))
      Object.assign(this.releases.get(id)!, {
        name: params.name,
        body: params.body,
        draft: params.draft,
        prerelease: params.prerelease,
        make_latest: params.make_latest,
        target_commitish: params.target_commitish
      })
      if (params.make_latest !== 'false' && !params.draft && !params.prerelease) this.latestId = id
      if (this.immutable && !params.draft) this.releases.get(id)!.immutable = true
      this.send(res, 201, this.releaseJson(this.releases.get(id)!))
      return true
    }
    const patch = new RegExp(`^${repoPath}/releases/(\\d+)$`).exec(path)
    if (req.method === 'PATCH' && patch) {
      if (this.failEdit) {
        this.send(res, this.failEdit.status, { message: this.failEdit.message, status: String(this.failEdit.status) })
        return true
      }
      const release = this.releases.get(Number(patch[1]))
      const params = JSON.parse((await body()).toString()) as Record<string, unknown>
      if (!release) return (this.send(res, 404, { message: 'Not Found' }), true)
      // only the fields sent change, as on GitHub
      for (const key of ['name', 'body', 'draft', 'prerelease', 'make_latest'] as const)
        if (key in params) Object.assign(release, { [key]: params[key] })
      if (params.make_latest === 'true') this.latestId = release.id
      // published while immutable releases are on: locked from now on
      if (this.immutable && !release.draft) release.immutable = true
      this.send(res, 200, this.releaseJson(release))
      return true
    }
    const removeAsset = new RegExp(`^${repoPath}/releases/assets/(\\d+)$`).exec(path)
    if (req.method === 'DELETE' && removeAsset) {
      for (const release of this.releases.values()) {
        const index = release.assets.findIndex(asset => asset.id === Number(removeAsset[1]))
        if (index >= 0 && release.immutable && !release.draft) {
          this.assetDeletionsRefused++
          return (
            this.send(res, 422, { message: 'Cannot delete asset from an immutable release.', status: '422' }),
            true
          )
        }
        if (index >= 0) {
          release.assets.splice(index, 1)
          res.writeHead(204)
          res.end()
          return true
        }
      }
      this.send(res, 404, { message: 'Not Found' })
      return true
    }
    const upload = new RegExp(`^/uploads${repoPath}/releases/(\\d+)/assets$`).exec(path)
    if (req.method === 'POST' && upload) {
      const release = this.releases.get(Number(upload[1]))
      const name = new URL(req.url ?? '', this.url).searchParams.get('name') ?? ''
      const data = await body()
      if (!release) return (this.send(res, 404, { message: 'Not Found' }), true)
      if (this.immutable && !release.draft)
        return (this.send(res, 422, { message: 'Cannot upload assets to an immutable release.' }), true)
      if (release.assets.some(asset => asset.name === name)) return (validation('ReleaseAsset', 'name'), true)
      const asset = {
        id: this.nextId++,
        name,
        size: data.length,
        content_type: String(req.headers['content-type']),
        data
      }
      release.assets.push(asset)
      this.send(res, 201, this.assetJson(release, asset))
      return true
    }
    return false
  }

  private git(args: string[], input?: string | Buffer, env: Record<string, string> = {}): string {
    return execFileSync('git', args, {
      cwd: this.gitDir!,
      input,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe']
    })
      .toString()
      .trim()
  }

  private objectType(sha: string): string | null {
    try {
      return this.git(['cat-file', '-t', sha])
    } catch {
      return null
    }
  }

  /** The Git Data API (docs.github.com/rest/git) on the bare repository `gitDir`. */
  private async gitData(req: IncomingMessage, path: string, res: ServerResponse): Promise<boolean> {
    const base = `/repos/${this.repository}/git/`
    if (!path.startsWith(base) || !this.gitDir) return false
    // Octokit sends a ref's slashes encoded (refs/heads%2Fmain), as GitHub accepts
    const route = decodeURIComponent(path.slice(base.length))
    const api = `${this.url}/repos/${this.repository}/git`
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const params = (chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {}) as Record<string, unknown>
    const fail = (status: number, message: string, doc: string) =>
      this.send(res, status, {
        message,
        documentation_url: `https://docs.github.com/rest/git/${doc}`,
        status: String(status)
      })
    if (req.method !== 'GET' && this.gitWritesForbidden) {
      fail(403, 'Resource not accessible by integration', 'blobs#create-a-blob')
      return true
    }
    const bot = {
      GIT_AUTHOR_NAME: 'github-actions[bot]',
      GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
      GIT_COMMITTER_NAME: 'GitHub',
      GIT_COMMITTER_EMAIL: 'noreply@github.com',
      GIT_AUTHOR_DATE: '2026-11-25T12:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-25T12:00:00Z'
    }
    const verification = { verified: true, reason: 'valid', signature: null, payload: null, verified_at: null }
    const commitJson = (sha: string) => {
      const raw = this.git(['cat-file', 'commit', sha])
      const [header, ...message] = raw.split('\n\n')
      const lines = header.split('\n')
      const tree = lines.find(line => line.startsWith('tree '))!.slice(5)
      const parents = lines.filter(line => line.startsWith('parent ')).map(line => line.slice(7))
      const person = { name: 'github-actions[bot]', email: bot.GIT_AUTHOR_EMAIL, date: bot.GIT_AUTHOR_DATE }
      return {
        sha,
        node_id: `C_${sha}`,
        url: `${api}/commits/${sha}`,
        html_url: `https://github.com/${this.repository}/commit/${sha}`,
        author: person,
        committer: { ...person, name: 'GitHub', email: 'noreply@github.com' },
        message: message.join('\n\n'),
        tree: { sha: tree, url: `${api}/trees/${tree}` },
        parents: parents.map(parent => ({ sha: parent, url: `${api}/commits/${parent}`, html_url: '' })),
        verification
      }
    }
    const getCommit = /^commits\/([0-9a-f]{40})$/.exec(route)
    if (req.method === 'GET' && getCommit) {
      if (this.objectType(getCommit[1]) !== 'commit') fail(404, 'Not Found', 'commits#get-a-commit-object')
      else this.send(res, 200, commitJson(getCommit[1]))
      return true
    }
    if (req.method === 'POST' && route === 'blobs') {
      const content = Buffer.from(String(params.content), params.encoding === 'base64' ? 'base64' : 'utf8')
      const sha = this.git(['hash-object', '-w', '--stdin'], content)
      this.send(res, 201, { url: `${api}/blobs/${sha}`, sha })
      return true
    }
    if (req.method === 'POST' && route === 'trees') {
      const entries = params.tree as Array<{ path: string; mode: string; type: string; sha: string }>
      for (const entry of entries) {
        if (this.objectType(entry.sha) !== 'blob') {
          fail(422, `tree.sha ${entry.sha} is not a valid blob`, 'trees#create-a-tree')
          return true
        }
      }
      // a throwaway index: the base tree, the entries over it, written as a tree
      const scratch = mkdtempSync(nodePath.join(tmpdir(), 'fake-github-index-'))
      try {
        const env = { GIT_INDEX_FILE: nodePath.join(scratch, 'index') }
        if (params.base_tree) this.git(['read-tree', String(params.base_tree)], undefined, env)
        // one git process for all the entries (`mode SP sha TAB path` lines), unless a path breaks a line
        if (entries.some(entry => /[\t\n]/.test(entry.path)))
          for (const entry of entries)
            this.git(
              ['update-index', '--add', '--cacheinfo', `${entry.mode},${entry.sha},${entry.path}`],
              undefined,
              env
            )
        else if (entries.length > 0)
          this.git(
            ['update-index', '--add', '--index-info'],
            entries.map(entry => `${entry.mode} ${entry.sha}\t${entry.path}\n`).join(''),
            env
          )
        const sha = this.git(['write-tree'], undefined, env)
        this.send(res, 201, { sha, url: `${api}/trees/${sha}`, tree: [], truncated: false })
      } finally {
        rmSync(scratch, { recursive: true, force: true })
      }
      return true
    }
    if (req.method === 'POST' && route === 'commits') {
      const parents = (params.parents as string[]).flatMap(parent => ['-p', parent])
      const sha = this.git(['commit-tree', String(params.tree), ...parents, '-F', '-'], String(params.message), bot)
      this.send(res, 201, commitJson(sha))
      return true
    }
    const patchRef = /^refs\/(heads\/.+)$/.exec(route)
    if (req.method === 'PATCH' && patchRef) {
      this.beforeRefUpdate?.()
      const ref = `refs/${patchRef[1]}`
      let current = ''
      try {
        current = this.git(['rev-parse', '--verify', ref])
      } catch {
        fail(422, 'Reference does not exist', 'refs#update-a-reference')
        return true
      }
      const sha = String(params.sha)
      let fastForward = true
      try {
        this.git(['merge-base', '--is-ancestor', current, sha])
      } catch {
        fastForward = false
      }
      if (!fastForward && params.force !== true) {
        fail(422, 'Update is not a fast forward', 'refs#update-a-reference')
        return true
      }
      this.git(['update-ref', ref, sha, current])
      this.send(res, 200, {
        ref,
        node_id: 'REF_1',
        url: `${api}/${ref}`,
        object: { type: 'commit', sha, url: `${api}/commits/${sha}` }
      })
      return true
    }
    if (req.method === 'POST' && route === 'tags') {
      const object = String(params.object)
      const tagger = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> 1795608000 +0000'
      const text = `object ${object}\ntype ${String(params.type)}\ntag ${String(params.tag)}\ntagger ${tagger}\n\n${String(params.message)}`
      const sha = this.git(['mktag'], text.endsWith('\n') ? text : `${text}\n`)
      this.send(res, 201, {
        node_id: `TAG_${sha}`,
        tag: params.tag,
        sha,
        url: `${api}/tags/${sha}`,
        message: params.message,
        tagger: { name: 'github-actions[bot]', email: bot.GIT_AUTHOR_EMAIL, date: bot.GIT_AUTHOR_DATE },
        object: { type: params.type, sha: object, url: `${api}/commits/${object}` },
        verification: { ...verification, verified: false, reason: 'unsigned' }
      })
      return true
    }
    if (req.method === 'POST' && route === 'refs') {
      const ref = String(params.ref)
      if (this.objectType(ref) !== null) {
        fail(422, 'Reference already exists', 'refs#create-a-reference')
        return true
      }
      const sha = String(params.sha)
      // the empty old value: create only
      this.git(['update-ref', ref, sha, ''])
      const type = this.objectType(sha) ?? 'commit'
      this.send(res, 201, {
        ref,
        node_id: 'REF_2',
        url: `${api}/${ref}`,
        object: { type, sha, url: `${api}/${type}s/${sha}` }
      })
      return true
    }
    fail(404, 'Not Found', '')
    return true
  }

  private send(res: ServerResponse, status: number, body?: unknown): void {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28'
    })
    res.end(body === undefined ? undefined : JSON.stringify(body))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0]
    // every request body, as sent (what a test asserts no secret reaches); the handlers read it again
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    if (raw.length > 0) this.bodies.push({ method: req.method ?? '', path, body: raw.toString('utf8') })
    Object.defineProperty(req, Symbol.asyncIterator, {
      value: async function* () {
        if (raw.length > 0) yield raw
      }
    })
    this.requests.push({
      method: req.method ?? '',
      path,
      query: (req.url ?? '').split('?')[1] ?? '',
      authorization: req.headers.authorization,
      userAgent: req.headers['user-agent']
    })
    if (req.headers.authorization !== `token ${this.token}`) {
      this.send(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401'
      })
      return
    }
    const fault = this.faults.find(f => f.times > 0 && f.method === req.method && f.path.test(path))
    if (fault) {
      fault.times--
      this.send(res, fault.status, { message: fault.status === 502 ? 'Bad Gateway' : 'Server Error' })
      return
    }
    if (this.secondaryRateLimitOnce) {
      this.secondaryRateLimitOnce = false
      res.writeHead(403, { 'content-type': 'application/json', 'retry-after': '1' })
      res.end(
        JSON.stringify({
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
        })
      )
      return
    }
    if (await handleReleasePulls(this, req, path, res)) return
    if (await this.handlePulls(req, path, res)) return
    if (await this.gitData(req, path, res)) return
    if (await this.publishing(req, path, res)) return
    const repoPath = `/repos/${this.repository}`
    if (req.method === 'GET' && path === repoPath) {
      // GET /repos/{owner}/{repo}: a user token's answer carries its permissions (an app token's none)
      const [owner, name] = this.repository.split('/')
      this.send(res, 200, {
        id: 1296269,
        node_id: 'R_kgDOAAAAAQ',
        name,
        full_name: this.repository,
        owner: { login: owner, id: 1, type: 'Organization' },
        private: false,
        html_url: `https://github.com/${this.repository}`,
        default_branch: 'main',
        ...(this.permissions ? { permissions: this.permissions } : {}),
        ...(this.mergeSettings ?? {})
      })
      return
    }
    if (await this.handleIssues(req, path, repoPath, res)) return
    if (this.codeScanningError && path === `${repoPath}/code-scanning/alerts`)
      return this.send(res, this.codeScanningError.status, {
        message: this.codeScanningError.message,
        documentation_url:
          'https://docs.github.com/rest/code-scanning/code-scanning#list-code-scanning-alerts-for-a-repository',
        status: String(this.codeScanningError.status)
      })
    if (req.method === 'GET' && this.handleGates(path, repoPath, res)) return
    const prefix = `/repos/${this.repository}/releases/`
    const notFound = (doc: string) =>
      this.send(res, 404, {
        message: 'Not Found',
        documentation_url: `https://docs.github.com/rest/releases/releases#${doc}`,
        status: '404'
      })
    if (req.method === 'GET' && path === `/repos/${this.repository}/releases`) {
      // newest first, pages of per_page (drafts included, as for a token that may push)
      const query = new URL(req.url ?? '', this.url).searchParams
      const perPage = Number(query.get('per_page') ?? 30)
      const page = Number(query.get('page') ?? 1)
      const all = [...this.releases.values()].sort((a, b) => b.id - a.id)
      if (page * perPage < all.length) {
        const next = new URL(req.url ?? '', this.url)
        next.searchParams.set('page', String(page + 1))
        res.setHeader('link', `<${next.toString()}>; rel="next"`)
      }
      this.send(
        res,
        200,
        all.slice((page - 1) * perPage, page * perPage).map(release => this.releaseJson(release))
      )
      return
    }
    if (req.method === 'GET' && path.startsWith(`${prefix}tags/`)) {
      // as on GitHub: a draft is not found by its tag (only by listing, or by id)
      const tag = decodeURIComponent(path.slice(`${prefix}tags/`.length))
      const release = this.published(tag)
      if (release) this.send(res, 200, this.releaseJson(release))
      else notFound('get-a-release-by-tag-name')
      return
    }
    if (req.method === 'DELETE' && /^\d+$/.test(path.slice(prefix.length)) && path.startsWith(prefix)) {
      if (this.failDelete) {
        this.send(res, this.failDelete.status, {
          message: this.failDelete.message,
          documentation_url: 'https://docs.github.com/rest/releases/releases#delete-a-release',
          status: String(this.failDelete.status)
        })
        return
      }
      const id = Number(path.slice(prefix.length))
      if (this.latestId === id) this.latestId = null
      if (this.releases.delete(id)) {
        res.writeHead(204)
        res.end()
      } else notFound('delete-a-release')
      return
    }
    notFound('')
  }

  /** GET /repos/{o}/{r}/issues (state, labels, since filters; pages of per_page) and POST /repos/{o}/{r}/issues. */
  private async handleIssues(
    req: IncomingMessage,
    path: string,
    repoPath: string,
    res: ServerResponse
  ): Promise<boolean> {
    if (path !== `${repoPath}/issues`) return false
    const issueJson = (issue: FakeGitHub['issues'][number]) => ({
      id: issue.number * 100,
      node_id: `I_${issue.number}`,
      url: `${this.url}${repoPath}/issues/${issue.number}`,
      html_url: `https://github.com/${this.repository}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      title: issue.title,
      body: issue.body,
      user: issue.author
        ? { login: issue.author, id: 9, type: issue.author.endsWith('[bot]') ? 'Bot' : 'User' }
        : { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      labels: issue.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })),
      comments: 0,
      created_at: '2026-11-25T12:00:00Z',
      updated_at: issue.updated_at ?? '2026-11-25T12:00:00Z',
      closed_at: issue.state === 'closed' ? '2026-11-25T12:30:00Z' : null
    })
    if (req.method === 'GET') {
      const query = new URL(req.url ?? '', this.url).searchParams
      const state = query.get('state') ?? 'open'
      const labels = (query.get('labels') ?? '').split(',').filter(Boolean)
      const since = query.get('since')
      const perPage = Number(query.get('per_page') ?? 30)
      const page = Number(query.get('page') ?? 1)
      const matching = this.issues
        .filter(issue => state === 'all' || issue.state === state)
        .filter(issue => labels.every(label => issue.labels.includes(label)))
        .filter(issue => !since || Date.parse(issue.updated_at ?? '2026-11-25T12:00:00Z') >= Date.parse(since))
        .sort((a, b) => b.number - a.number)
      const pageItems = matching.slice((page - 1) * perPage, page * perPage)
      if (page * perPage < matching.length) {
        const next = new URL(req.url ?? '', this.url)
        next.searchParams.set('page', String(page + 1))
        res.setHeader('link', `<${next.toString()}>; rel="next"`)
      }
      this.send(res, 200, pageItems.map(issueJson))
      return true
    }
    if (req.method === 'POST') {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const params = JSON.parse(Buffer.concat(chunks).toString()) as {
        title?: unknown
        body?: unknown
        labels?: unknown
      }
      if (typeof params.title !== 'string' || params.title === '') {
        this.send(res, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }],
          documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
          status: '422'
        })
        return true
      }
      const issue = {
        number: this.issues.length + 1,
        title: params.title,
        body: typeof params.body === 'string' ? params.body : '',
        labels: Array.isArray(params.labels) ? params.labels.map(String) : [],
        state: 'open'
      }
      this.issues.push(issue)
      this.send(res, 201, issueJson(issue))
      return true
    }
    return false
  }

  private handleGates(path: string, repoPath: string, res: ServerResponse): boolean {
    const routes: Array<[RegExp, (m: RegExpExecArray) => unknown]> = [
      [
        new RegExp(`^${repoPath}/commits/([0-9a-f]+)/check-runs$`),
        m => {
          const runs = (this.checkRuns.get(m[1]) ?? []).map((run, index) => ({
            id: index + 1,
            head_sha: m[1],
            node_id: `CR_${index}`,
            external_id: '',
            url: '',
            html_url: '',
            details_url: run.details_url ?? `https://github.com/${this.repository}/actions/runs/1/job/${index}`,
            status: run.status,
            conclusion: run.conclusion,
            started_at: '2026-11-25T10:00:00Z',
            completed_at: run.status === 'completed' ? '2026-11-25T10:05:00Z' : null,
            output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: '' },
            name: run.name,
            check_suite: { id: 1 },
            app: { id: 15368, slug: 'github-actions' },
            pull_requests: []
          }))
          return { total_count: runs.length, check_runs: runs }
        }
      ],
      [
        new RegExp(`^${repoPath}/code-scanning/alerts$`),
        () =>
          this.alerts.map(alert => ({
            number: alert.number,
            created_at: alert.created_at ?? '2026-11-20T10:00:00Z',
            url: '',
            html_url: `https://github.com/${this.repository}/security/code-scanning/${alert.number}`,
            state: 'open',
            rule: {
              id: alert.rule.id,
              severity: alert.rule.severity,
              security_severity_level: alert.rule.security_severity_level,
              description: alert.rule.description,
              name: alert.rule.id,
              tags: ['security']
            },
            tool: { name: 'CodeQL', version: '2.20.0' },
            most_recent_instance: {
              ref: 'refs/heads/main',
              state: 'open',
              commit_sha: 'x',
              message: { text: alert.rule.description },
              location: {
                path: alert.path,
                start_line: alert.line,
                end_line: alert.line,
                start_column: 1,
                end_column: 10
              },
              classifications: []
            }
          }))
      ],
      [
        new RegExp(`^${repoPath}/commits/([0-9a-f]+)/pulls$`),
        m =>
          (this.pulls.get(m[1]) ?? []).map(pull => ({
            id: pull.number * 10,
            number: pull.number,
            state: pull.merged_at ? 'closed' : 'open',
            title: `PR ${pull.number}`,
            merged_at: pull.merged_at,
            html_url: `https://github.com/${this.repository}/pull/${pull.number}`,
            user: { login: 'dev' }
          }))
      ],
      [
        new RegExp(`^${repoPath}/pulls/(\\d+)/reviews$`),
        m =>
          (this.reviews.get(Number(m[1])) ?? []).map((review, index) => ({
            id: index + 1,
            user: { login: review.user, id: index + 100, type: 'User' },
            body: '',
            state: review.state,
            submitted_at: review.submitted_at,
            commit_id: 'x',
            author_association: 'MEMBER'
          }))
      ],
      [
        /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/,
        m => {
          const members = this.teams.get(`${m[1]}/${m[2]}`) ?? []
          return members.includes(m[3]) ? { url: '', role: 'member', state: 'active' } : undefined
        }
      ]
    ]
    for (const [pattern, handler] of routes) {
      const match = pattern.exec(path)
      if (!match) continue
      if (this.failGates) {
        this.send(res, 500, { message: 'Server Error' })
        return true
      }
      const body = handler(match)
      if (body === undefined)
        this.send(res, 404, {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user',
          status: '404'
        })
      else this.send(res, 200, body)
      return true
    }
    return false
  }

  /** mode: release_pr: the next number a created pull request gets, the ones created, and who opens them (an app's token, or GITHUB_TOKEN's bot). */
  nextPullNumber = 100
  readonly createdPulls: number[] = []
  pullsByApp = false

  /** Pull requests by number, as GET /repos/{owner}/{repo}/pulls/{number} answers (see addPull). */
  readonly pullRequests = new Map<number, Record<string, unknown>>()
  /** Issue and pull request comments by number. */
  readonly issueComments = new Map<number, Array<Record<string, unknown>>>()
  /** Check runs made (POST /check-runs) and commit statuses made (POST /statuses/{sha}), as sent. */
  readonly createdCheckRuns: Array<Record<string, unknown>> = []
  readonly createdStatuses: Array<Record<string, unknown> & { sha: string }> = []
  /** GET /repos/{owner}/{repo}'s merge fields (allow_squash_merge, …); null: left out, as without push access. */
  mergeSettings: Record<string, unknown> | null = {
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    squash_merge_commit_title: 'PR_TITLE',
    squash_merge_commit_message: 'PR_BODY'
  }
  /** Who the token is (GraphQL `viewer { login }`); null: GitHub does not say (an error answer). */
  viewerLogin: string | null = 'github-actions[bot]'
  /**
   * GET /user: the login of a personal access token; null: 403, as GitHub answers an installation
   * token (GITHUB_TOKEN, an app's). Comments are written as this login when it is set.
   */
  userLogin: string | null = null
  /** A read-only token (a fork's pull_request run): comment, check run and status writes answer 403. */
  forbidComments = false
  forbidChecks = false
  forbidStatuses = false

  /** A pull request with the real shape; the head repository is another one for a fork. */
  addPull(input: {
    number: number
    title: string
    body?: string | null
    headSha: string
    baseSha: string
    headRef?: string
    baseRef?: string
    headRepo?: string
    user?: string
  }): Record<string, unknown> {
    const repo = (fullName: string) => {
      const [owner, name] = fullName.split('/')
      return {
        id: fullName === this.repository ? 1296269 : 1296270,
        node_id: 'R_kgDOAAAAAQ',
        name,
        full_name: fullName,
        private: false,
        owner: { login: owner, id: 1, type: 'Organization' },
        html_url: `https://github.com/${fullName}`,
        fork: fullName !== this.repository,
        default_branch: 'main'
      }
    }
    const user = { login: input.user ?? 'contributor', id: 583231, type: 'User' }
    const headRepo = input.headRepo ?? this.repository
    const pull = {
      url: `${this.url}/repos/${this.repository}/pulls/${input.number}`,
      id: 1_000_000 + input.number,
      node_id: `PR_${input.number}`,
      html_url: `https://github.com/${this.repository}/pull/${input.number}`,
      diff_url: `https://github.com/${this.repository}/pull/${input.number}.diff`,
      issue_url: `${this.url}/repos/${this.repository}/issues/${input.number}`,
      number: input.number,
      state: 'open',
      locked: false,
      title: input.title,
      user,
      body: input.body ?? null,
      labels: [],
      created_at: '2026-11-24T10:00:00Z',
      updated_at: '2026-11-25T10:00:00Z',
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      draft: false,
      head: {
        label: `${headRepo.split('/')[0]}:${input.headRef ?? 'feature'}`,
        ref: input.headRef ?? 'feature',
        sha: input.headSha,
        user,
        repo: repo(headRepo)
      },
      base: {
        label: `${this.repository.split('/')[0]}:${input.baseRef ?? 'main'}`,
        ref: input.baseRef ?? 'main',
        sha: input.baseSha,
        user: { login: this.repository.split('/')[0], id: 1, type: 'Organization' },
        repo: repo(this.repository)
      },
      author_association: 'CONTRIBUTOR',
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      comments: 0,
      commits: 1,
      additions: 1,
      deletions: 0,
      changed_files: 1
    }
    this.pullRequests.set(input.number, pull)
    return pull
  }

  /** The pull request event payload (GITHUB_EVENT_PATH) of a pull request added with addPull. */
  pullEvent(number: number, action = 'opened'): Record<string, unknown> {
    const pull = this.pullRequests.get(number)!
    return {
      action,
      number,
      pull_request: pull,
      repository: (pull.base as { repo: unknown }).repo,
      sender: pull.user
    }
  }

  /** Adds a comment as another user would (returns its id). */
  addComment(number: number, body: string, login = 'reviewer', type = 'User'): number {
    const id = this.nextId++
    const list = this.issueComments.get(number) ?? []
    list.push(this.commentJson(number, id, body, { login, id: 9, type }))
    this.issueComments.set(number, list)
    return id
  }

  private commentJson(
    number: number,
    id: number,
    body: string,
    user: Record<string, unknown>
  ): Record<string, unknown> {
    return {
      url: `${this.url}/repos/${this.repository}/issues/comments/${id}`,
      html_url: `https://github.com/${this.repository}/pull/${number}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${this.repository}/issues/${number}`,
      id,
      node_id: `IC_${id}`,
      user,
      created_at: '2026-11-25T10:00:00Z',
      updated_at: '2026-11-25T10:00:00Z',
      author_association: 'NONE',
      body,
      reactions: { total_count: 0 },
      performed_via_github_app: null
    }
  }

  /** Pull requests, issue comments (list with pagination, create, update), check runs and statuses. */
  private async handlePulls(req: IncomingMessage, path: string, res: ServerResponse): Promise<boolean> {
    const repoPath = `/repos/${this.repository}`
    const readBody = async (): Promise<Record<string, unknown>> => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {}
    }
    if (req.method === 'POST' && path === '/graphql') {
      const params = await readBody()
      if (!/\bviewer\s*\{\s*login\s*\}/.test(String(params.query))) return (this.send(res, 400, {}), true)
      this.send(
        res,
        200,
        this.viewerLogin === null
          ? {
              data: null,
              errors: [{ type: 'FORBIDDEN', path: ['viewer'], message: 'Resource not accessible by integration' }]
            }
          : { data: { viewer: { login: this.viewerLogin } } }
      )
      return true
    }
    if (req.method === 'GET' && path === '/user') {
      if (this.userLogin === null)
        this.send(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403'
        })
      else this.send(res, 200, { login: this.userLogin, id: 583231, type: 'User' })
      return true
    }
    if (!path.startsWith(`${repoPath}/`)) return false
    const route = path.slice(repoPath.length + 1)
    const refuse = (doc: string) =>
      this.send(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: `https://docs.github.com/rest/${doc}`,
        status: '403'
      })
    const notFound = (doc: string) =>
      this.send(res, 404, {
        message: 'Not Found',
        documentation_url: `https://docs.github.com/rest/${doc}`,
        status: '404'
      })
    const bot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
    let match = /^pulls\/(\d+)$/.exec(route)
    if (req.method === 'GET' && match) {
      const pull = this.pullRequests.get(Number(match[1]))
      if (pull) this.send(res, 200, pull)
      else notFound('pulls/pulls#get-a-pull-request')
      return true
    }
    match = /^issues\/(\d+)\/comments$/.exec(route)
    if (match) {
      const number = Number(match[1])
      const list = this.issueComments.get(number) ?? []
      if (req.method === 'GET') {
        const query = new URL(req.url ?? '', this.url).searchParams
        const perPage = Math.min(100, Number(query.get('per_page') ?? 30))
        const page = Number(query.get('page') ?? 1)
        const last = Math.max(1, Math.ceil(list.length / perPage))
        const link = (n: number, rel: string) => `<${this.url}${path}?per_page=${perPage}&page=${n}>; rel="${rel}"`
        const links = [
          ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
          ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])
        ]
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          ...(links.length ? { link: links.join(', ') } : {})
        })
        res.end(JSON.stringify(list.slice((page - 1) * perPage, page * perPage)))
        return true
      }
      if (req.method === 'POST') {
        const params = await readBody()
        if (this.forbidComments) return (refuse('issues/comments#create-an-issue-comment'), true)
        if (!this.pullRequests.has(number)) return (notFound('issues/comments#create-an-issue-comment'), true)
        if (String(params.body).length > 65_536) {
          this.send(res, 422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)'
              }
            ],
            status: '422'
          })
          return true
        }
        const author = this.userLogin === null ? bot : { login: this.userLogin, id: 583231, type: 'User' }
        const comment = this.commentJson(number, this.nextId++, String(params.body), author)
        list.push(comment)
        this.issueComments.set(number, list)
        this.send(res, 201, comment)
        return true
      }
    }
    match = /^issues\/comments\/(\d+)$/.exec(route)
    if (req.method === 'PATCH' && match) {
      const params = await readBody()
      if (this.forbidComments) return (refuse('issues/comments#update-an-issue-comment'), true)
      const comment = [...this.issueComments.values()].flat().find(each => each.id === Number(match![1]))
      if (!comment) return (notFound('issues/comments#update-an-issue-comment'), true)
      if (String(params.body).length > 65_536) {
        this.send(res, 422, { message: 'Validation Failed', status: '422' })
        return true
      }
      comment.body = params.body
      comment.updated_at = '2026-11-25T12:00:00Z'
      this.send(res, 200, comment)
      return true
    }
    if (req.method === 'POST' && route === 'check-runs') {
      const params = await readBody()
      if (this.forbidChecks) return (refuse('checks/runs#create-a-check-run'), true)
      this.createdCheckRuns.push(params)
      const id = this.nextId++
      this.send(res, 201, {
        id,
        head_sha: params.head_sha,
        node_id: `CR_${id}`,
        external_id: '',
        url: `${this.url}${repoPath}/check-runs/${id}`,
        html_url: `https://github.com/${this.repository}/runs/${id}`,
        details_url: params.details_url ?? null,
        status: params.status,
        conclusion: params.conclusion,
        started_at: '2026-11-25T12:00:00Z',
        completed_at: '2026-11-25T12:00:00Z',
        output: { ...(params.output as object), text: null, annotations_count: 0 },
        name: params.name,
        check_suite: { id: 5 },
        app: { id: 15368, slug: 'github-actions' },
        pull_requests: []
      })
      return true
    }
    match = /^statuses\/([0-9a-f]{40})$/.exec(route)
    if (req.method === 'POST' && match) {
      const params = await readBody()
      if (this.forbidStatuses) return (refuse('commits/statuses#create-a-commit-status'), true)
      if (String(params.description ?? '').length > 140) {
        this.send(res, 422, {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'Status',
              code: 'custom',
              field: 'description',
              message: 'description is too long (maximum is 140 characters)'
            }
          ],
          status: '422'
        })
        return true
      }
      this.createdStatuses.push({ ...params, sha: match[1] })
      const id = this.nextId++
      this.send(res, 201, {
        url: `${this.url}${repoPath}/statuses/${match[1]}`,
        id,
        node_id: `SC_${id}`,
        state: params.state,
        description: params.description,
        target_url: params.target_url ?? null,
        context: params.context,
        created_at: '2026-11-25T12:00:00Z',
        updated_at: '2026-11-25T12:00:00Z',
        creator: bot
      })
      return true
    }
    return false
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}
