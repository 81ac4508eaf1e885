/**
 * The local GitHub server's endpoints for the release pull request (mode: release_pr): a branch's
 * reference (GET /git/ref/heads/{branch}), listing, opening and editing pull requests, and merging
 * one as GitHub does (a merge commit, a squash, a rebase) into the real bare origin the Git Data
 * endpoints write. Shapes follow docs.github.com/rest/pulls and /rest/git/refs.
 */
import { execFileSync } from 'node:child_process'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FakeGitHub } from './github-server.js'

type Pull = Record<string, unknown> & {
  number: number
  state: string
  title: string
  body: string | null
  head: { ref: string; sha: string }
  base: { ref: string; sha: string }
  user: Record<string, unknown>
}

const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
const APP = { login: 'fastvlm-release[bot]', id: 9000001, type: 'Bot' }

function git(server: FakeGitHub, args: string[], input?: string): string {
  return execFileSync('git', args, {
    cwd: server.gitDir!,
    input,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'GitHub',
      GIT_AUTHOR_EMAIL: 'noreply@github.com',
      GIT_COMMITTER_NAME: 'GitHub',
      GIT_COMMITTER_EMAIL: 'noreply@github.com'
    },
    stdio: ['pipe', 'pipe', 'pipe']
  })
    .toString()
    .trim()
}

function refSha(server: FakeGitHub, ref: string): string | null {
  try {
    return git(server, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  } catch {
    return null
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

/** The release pull request's endpoints; false when the request is not one of them. */
export async function handleReleasePulls(
  server: FakeGitHub,
  req: IncomingMessage,
  path: string,
  res: ServerResponse
): Promise<boolean> {
  const repoPath = `/repos/${server.repository}`
  if (!path.startsWith(`${repoPath}/`) || !server.gitDir) return false
  const route = decodeURIComponent(path.slice(repoPath.length + 1))
  const readBody = async (): Promise<Record<string, unknown>> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {}
  }
  const ref = /^git\/ref\/(heads\/.+)$/.exec(route)
  if (req.method === 'GET' && ref) {
    const sha = refSha(server, `refs/${ref[1]}`)
    if (!sha)
      send(res, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/git/refs#get-a-reference'
      })
    else
      send(res, 200, {
        ref: `refs/${ref[1]}`,
        node_id: 'REF_3',
        url: `${server.url}${repoPath}/git/refs/${ref[1]}`,
        object: { type: 'commit', sha, url: `${server.url}${repoPath}/git/commits/${sha}` }
      })
    return true
  }
  const pulls = [...server.pullRequests.values()] as Pull[]
  if (req.method === 'GET' && route === 'pulls') {
    const query = new URL(req.url ?? '', server.url).searchParams
    const head = query.get('head') ?? ''
    const base = query.get('base')
    const state = query.get('state') ?? 'open'
    const owner = server.repository.split('/')[0]
    send(
      res,
      200,
      pulls.filter(
        pull =>
          (state === 'all' || pull.state === state) &&
          (!head || `${owner}:${pull.head.ref}` === head) &&
          (!base || pull.base.ref === base)
      )
    )
    return true
  }
  if (req.method === 'POST' && route === 'pulls') {
    const params = await readBody()
    const headSha = refSha(server, `refs/heads/${String(params.head)}`)
    const baseSha = refSha(server, `refs/heads/${String(params.base)}`)
    if (!headSha || !baseSha) {
      send(res, 422, {
        message: 'Validation Failed',
        errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request'
      })
      return true
    }
    const number = server.nextPullNumber++
    const pull = server.addPull({
      number,
      title: String(params.title),
      body: typeof params.body === 'string' ? params.body : null,
      headSha,
      baseSha,
      headRef: String(params.head),
      baseRef: String(params.base)
    }) as Pull
    pull.user = server.pullsByApp ? APP : BOT
    server.createdPulls.push(number)
    send(res, 201, pull)
    return true
  }
  const patch = /^pulls\/(\d+)$/.exec(route)
  if (req.method === 'PATCH' && patch) {
    const pull = server.pullRequests.get(Number(patch[1])) as Pull | undefined
    const params = await readBody()
    if (!pull) {
      send(res, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#update-a-pull-request'
      })
      return true
    }
    if (typeof params.title === 'string') pull.title = params.title
    if (typeof params.body === 'string') pull.body = params.body
    if (params.state === 'closed' || params.state === 'open') pull.state = params.state
    send(res, 200, pull)
    return true
  }
  return false
}

/**
 * Merges a pull request as GitHub does, on origin: `merge` (a merge commit, the head as second
 * parent), `squash` (one commit of the head's tree, subject `title (#N)`), `rebase` (the head's
 * commits replayed on the base; here: one commit, its message kept). Returns the new base tip.
 */
export function mergePull(server: FakeGitHub, number: number, how: 'merge' | 'squash' | 'rebase'): string {
  const pull = server.pullRequests.get(number) as Pull
  const baseRef = `refs/heads/${pull.base.ref}`
  const base = refSha(server, baseRef)!
  const head = refSha(server, `refs/heads/${pull.head.ref}`)!
  const tree = git(server, ['rev-parse', `${head}^{tree}`])
  const owner = server.repository.split('/')[0]
  const message =
    how === 'merge'
      ? `Merge pull request #${number} from ${owner}/${pull.head.ref}\n\n${pull.title}\n`
      : how === 'squash'
        ? `${pull.title} (#${number})\n\n${pull.body ?? ''}\n`
        : git(server, ['log', '-1', '--format=%B', head])
  const parents = how === 'merge' ? ['-p', base, '-p', head] : ['-p', base]
  const commit = git(server, ['commit-tree', tree, ...parents, '-F', '-'], message)
  git(server, ['update-ref', baseRef, commit, base])
  Object.assign(pull, { state: 'closed', merged: true, merged_at: '2026-11-25T12:30:00Z', merge_commit_sha: commit })
  return commit
}
