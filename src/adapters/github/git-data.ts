import type { ApiFile, GitDataApi } from '../../usecases/ports.js'
import { checkShape, githubClient, repositoryAccess, type ClientOptions, type GitHubClient } from './client.js'

/** The Git Data API: a release commit and its annotated tag made on GitHub (verified commits). */
export class OctokitGitData implements GitDataApi {
  private readonly api: GitHubClient

  constructor(token: string, repository: string, apiUrl: string, client: ClientOptions = {}) {
    this.api = githubClient(token, repository, apiUrl, client)
  }

  repositoryAccess(): Promise<{ push: boolean | null }> {
    return repositoryAccess(this.api)
  }

  commitTree(sha: string): Promise<string | null> {
    const call = `GET /repos/${this.api.owner}/${this.api.repo}/git/commits/${sha}`
    return this.api.call(
      call,
      async octokit => {
        const { data } = await octokit.rest.git.getCommit({
          owner: this.api.owner,
          repo: this.api.repo,
          commit_sha: sha,
          request: this.api.request()
        })
        checkShape(call, data.tree, { sha: 'string' })
        return data.tree.sha
      },
      () => null
    )
  }

  async createCommit(input: { message: string; baseTree: string; parent: string; files: ApiFile[] }): Promise<string> {
    const repo = `/repos/${this.api.owner}/${this.api.repo}`
    const tree: Array<{ path: string; mode: '100644' | '100755'; type: 'blob'; sha: string }> = []
    for (const file of input.files) {
      const call = `POST ${repo}/git/blobs`
      const sha = await this.api.call(call, async octokit => {
        const { data } = await octokit.rest.git.createBlob({
          owner: this.api.owner,
          repo: this.api.repo,
          content: Buffer.from(file.content).toString('base64'),
          encoding: 'base64',
          request: this.api.request()
        })
        checkShape(call, data, { sha: 'string' })
        return data.sha
      })
      tree.push({ path: file.path, mode: file.mode === '100755' ? '100755' : '100644', type: 'blob', sha })
    }
    const treeCall = `POST ${repo}/git/trees`
    const treeSha = await this.api.call(treeCall, async octokit => {
      const { data } = await octokit.rest.git.createTree({
        owner: this.api.owner,
        repo: this.api.repo,
        base_tree: input.baseTree,
        tree,
        request: this.api.request()
      })
      checkShape(treeCall, data, { sha: 'string' })
      return data.sha
    })
    const commitCall = `POST ${repo}/git/commits`
    return this.api.call(commitCall, async octokit => {
      // no author or committer: GitHub makes the commit as the token's identity and signs it
      const { data } = await octokit.rest.git.createCommit({
        owner: this.api.owner,
        repo: this.api.repo,
        message: input.message,
        tree: treeSha,
        parents: [input.parent],
        request: this.api.request()
      })
      checkShape(commitCall, data, { sha: 'string' })
      return data.sha
    })
  }

  updateBranch(branch: string, sha: string): Promise<void> {
    return this.api.call(`PATCH /repos/${this.api.owner}/${this.api.repo}/git/refs/heads/${branch}`, async octokit => {
      await octokit.rest.git.updateRef({
        owner: this.api.owner,
        repo: this.api.repo,
        ref: `heads/${branch}`,
        sha,
        force: false,
        request: this.api.request()
      })
    })
  }

  async createTag(input: { tag: string; message: string; commit: string }): Promise<void> {
    const repo = `/repos/${this.api.owner}/${this.api.repo}`
    const tagCall = `POST ${repo}/git/tags`
    const tagSha = await this.api.call(tagCall, async octokit => {
      const { data } = await octokit.rest.git.createTag({
        owner: this.api.owner,
        repo: this.api.repo,
        tag: input.tag,
        message: input.message,
        object: input.commit,
        type: 'commit',
        request: this.api.request()
      })
      checkShape(tagCall, data, { sha: 'string' })
      return data.sha
    })
    await this.api.call(`POST ${repo}/git/refs`, async octokit => {
      await octokit.rest.git.createRef({
        owner: this.api.owner,
        repo: this.api.repo,
        ref: `refs/tags/${input.tag}`,
        sha: tagSha,
        request: this.api.request()
      })
    })
  }
}
