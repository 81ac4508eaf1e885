/** Publishing: the GitHub release of a tag, its assets (mode: publish, and release with create_release). */
import type { GitHubPublisher, PublishedRelease, ReleaseParams } from '../../usecases/ports.js'
import { checkShape, githubClient, repositoryAccess, type ClientOptions, type GitHubClient } from './client.js'

interface ReleaseData {
  id: number
  tag_name?: string
  draft?: boolean
  immutable?: boolean
  html_url: string
  upload_url: string
  assets?: Array<{ id: number; name: string; size?: number; digest?: string | null; browser_download_url?: string }>
}

/** How many pages of releases (100 each, newest first) are searched for a draft of a tag. */
const DRAFT_PAGES = 5

function published(call: string, data: ReleaseData): PublishedRelease {
  checkShape(call, data, { id: 'number', html_url: 'string', upload_url: 'string' })
  if (data.assets !== undefined && !Array.isArray(data.assets)) checkShape(call, null, {})
  return {
    id: data.id,
    draft: data.draft ?? false,
    url: data.html_url,
    uploadUrl: data.upload_url,
    immutable: data.immutable === true,
    assets: (data.assets ?? []).map(asset => ({
      id: asset.id,
      name: asset.name,
      ...(typeof asset.size === 'number' ? { size: asset.size } : {}),
      ...(typeof asset.digest === 'string' ? { digest: asset.digest } : {}),
      ...(typeof asset.browser_download_url === 'string' ? { url: asset.browser_download_url } : {})
    }))
  }
}

/** The GitHub release of a tag and its assets; the run's secrets scrubbed out of the title and body. */
export class OctokitPublisher implements GitHubPublisher {
  private readonly api: GitHubClient

  /** `onWait` is told of each rate-limit wait; `options` also says how the client retries (client.ts). */
  constructor(
    token: string,
    repository: string,
    apiUrl: string,
    onWait: (message: string) => void = () => undefined,
    private readonly options: ClientOptions & { scrub?: (text: string) => string } = {}
  ) {
    this.api = githubClient(token, repository, apiUrl, { onWait, ...options })
  }

  repositoryAccess(): Promise<{ push: boolean | null }> {
    return repositoryAccess(this.api)
  }

  async releaseByTag(tag: string): Promise<PublishedRelease | null> {
    const call = `GET /repos/${this.api.owner}/${this.api.repo}/releases/tags/${tag}`
    const found = await this.api.call(
      call,
      async octokit =>
        published(
          call,
          (await octokit.rest.repos.getReleaseByTag({ owner: this.api.owner, repo: this.api.repo, tag })).data
        ),
      () => null
    )
    return found ?? this.draftByTag(tag)
  }

  /** A draft of the tag (the newest), found by listing releases: GitHub answers 404 for a draft's tag. */
  private async draftByTag(tag: string): Promise<PublishedRelease | null> {
    for (let page = 1; page <= DRAFT_PAGES; page++) {
      const call = `GET /repos/${this.api.owner}/${this.api.repo}/releases?per_page=100&page=${page}`
      const list = await this.api.call(call, async octokit => {
        const { data } = await octokit.rest.repos.listReleases({
          owner: this.api.owner,
          repo: this.api.repo,
          per_page: 100,
          page
        })
        if (!Array.isArray(data)) checkShape(call, null, {})
        return data as ReleaseData[]
      })
      const draft = list.find(release => release.draft === true && release.tag_name === tag)
      if (draft) return published(call, draft)
      if (list.length < 100) return null
    }
    return null
  }

  private body(params: ReleaseParams) {
    const scrub = this.options.scrub ?? ((text: string) => text)
    return {
      owner: this.api.owner,
      repo: this.api.repo,
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
    const call = `POST /repos/${this.api.owner}/${this.api.repo}/releases`
    return this.api.call(call, async octokit =>
      published(call, (await octokit.rest.repos.createRelease(this.body(params))).data)
    )
  }

  updateRelease(id: number, params: ReleaseParams): Promise<PublishedRelease> {
    const call = `PATCH /repos/${this.api.owner}/${this.api.repo}/releases/${id}`
    return this.api.call(call, async octokit =>
      published(call, (await octokit.rest.repos.updateRelease({ ...this.body(params), release_id: id })).data)
    )
  }

  deleteAsset(id: number): Promise<void> {
    return this.api.call(`DELETE /repos/${this.api.owner}/${this.api.repo}/releases/assets/${id}`, async octokit => {
      await octokit.rest.repos.deleteReleaseAsset({ owner: this.api.owner, repo: this.api.repo, asset_id: id })
    })
  }

  uploadAsset(
    uploadUrl: string,
    name: string,
    contentType: string,
    data: Buffer
  ): Promise<{ id: number; url: string }> {
    const call = `POST ${uploadUrl.replace(/\{.*$/, '')}?name=${name}`
    return this.api.call(call, async octokit => {
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
