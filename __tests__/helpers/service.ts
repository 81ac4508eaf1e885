import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Recorded {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: unknown
  raw: string
}

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> }

/** A local HTTP service on 127.0.0.1 that records every request and answers through a handler. */
export class FakeService {
  readonly requests: Recorded[] = []
  private server: Server | null = null

  constructor(private handler: (request: Recorded) => Reply) {}

  setHandler(handler: (request: Recorded) => Reply): void {
    this.handler = handler
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString()
    let body: unknown = null
    try {
      body = raw ? JSON.parse(raw) : null
    } catch {
      body = raw
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const request = {
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      raw
    }
    this.requests.push(request)
    const reply = this.handler(request)
    const text =
      reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    res.writeHead(reply.status, {
      'content-type': typeof reply.body === 'string' ? 'text/plain' : 'application/json',
      ...reply.headers
    })
    res.end(text)
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => this.server!.close(() => resolve()))
  }
}

/** A JIRA Cloud REST API v3 stand-in: projects, versions, issues, transitions. */
export function jiraHandler(state: {
  projects: Record<string, string>
  versions: Record<string, string[]>
  issues: Record<string, { fixVersions: string[]; status: string }>
  auth: string
  malformed?: boolean
}) {
  return (request: Recorded): Reply => {
    if (request.headers.authorization !== state.auth)
      return {
        status: 401,
        body: {
          errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
          errors: {}
        }
      }
    let m: RegExpExecArray | null
    if (request.method === 'GET' && (m = /^\/rest\/api\/3\/project\/([A-Z0-9_]+)$/.exec(request.path))) {
      return state.projects[m[1]]
        ? {
            status: 200,
            body: state.malformed ? { key: m[1] } : { id: state.projects[m[1]], key: m[1], name: `Project ${m[1]}` }
          }
        : { status: 404, body: { errorMessages: [`No project could be found with key '${m[1]}'.`], errors: {} } }
    }
    if (request.method === 'GET' && (m = /^\/rest\/api\/3\/project\/([A-Z0-9_]+)\/versions$/.exec(request.path))) {
      return {
        status: 200,
        body: (state.versions[m[1]] ?? []).map((name, i) => ({
          id: String(10000 + i),
          name,
          released: true,
          projectId: Number(state.projects[m![1]])
        }))
      }
    }
    if (request.method === 'POST' && request.path === '/rest/api/3/version') {
      const body = request.body as { name: string; projectId: number }
      const key = Object.keys(state.projects).find(k => Number(state.projects[k]) === body.projectId)
      if (!key || typeof body.name !== 'string')
        return { status: 400, body: { errorMessages: [], errors: { project: 'Project must be specified.' } } }
      ;(state.versions[key] ??= []).push(body.name)
      return { status: 201, body: { id: '10100', name: body.name, projectId: body.projectId, released: true } }
    }
    if (request.method === 'PUT' && (m = /^\/rest\/api\/3\/issue\/([A-Z0-9_]+-\d+)$/.exec(request.path))) {
      const issue = state.issues[m[1]]
      if (!issue)
        return {
          status: 404,
          body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} }
        }
      const add = (request.body as { update: { fixVersions: Array<{ add: { name: string } }> } }).update.fixVersions[0]
        .add.name
      issue.fixVersions.push(add)
      return { status: 204 }
    }
    if (request.method === 'GET' && (m = /^\/rest\/api\/3\/issue\/([A-Z0-9_]+-\d+)\/transitions$/.exec(request.path))) {
      const issue = state.issues[m[1]]
      if (!issue)
        return {
          status: 404,
          body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} }
        }
      return {
        status: 200,
        body: {
          expand: 'transitions',
          transitions:
            issue.status === 'Released'
              ? [{ id: '11', name: 'Reopen', to: { name: 'Open' } }]
              : [
                  { id: '31', name: 'Released', to: { name: 'Released' } },
                  { id: '21', name: 'In Progress', to: { name: 'In Progress' } }
                ]
        }
      }
    }
    if (
      request.method === 'POST' &&
      (m = /^\/rest\/api\/3\/issue\/([A-Z0-9_]+-\d+)\/transitions$/.exec(request.path))
    ) {
      const issue = state.issues[m[1]]
      if ((request.body as { transition: { id: string } }).transition.id === '31') issue.status = 'Released'
      return { status: 204 }
    }
    return { status: 404, body: { errorMessages: ['not found'] } }
  }
}
