import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { actionsArtifact } from '../../src/adapters/artifact.js'
import { FakeService } from '../helpers/service.js'

/**
 * The real @actions/artifact client against a local stand-in for the Actions results service
 * (its twirp CreateArtifact / FinalizeArtifact calls) and the blob storage the upload goes to.
 */
describe('artifact upload through @actions/artifact', () => {
  let service: FakeService
  const blobs: Buffer[] = []
  let dir: string
  const saved = { token: process.env.ACTIONS_RUNTIME_TOKEN, url: process.env.ACTIONS_RESULTS_URL }

  beforeAll(async () => {
    service = await new FakeService(request => {
      if (request.path.endsWith('ArtifactService/CreateArtifact'))
        return {
          status: 200,
          body: { ok: true, signedUploadUrl: `${service.url}/blob/release-1.3.0.zip?sv=2024&sig=test` }
        }
      if (request.path.endsWith('ArtifactService/FinalizeArtifact'))
        return { status: 200, body: { ok: true, artifactId: '4242' } }
      if (request.method === 'PUT' && request.path.startsWith('/blob/')) {
        blobs.push(Buffer.from(request.raw, 'latin1'))
        return { status: 201, body: '', headers: { 'x-ms-request-id': 'r1', etag: '"1"' } }
      }
      return { status: 404, body: { msg: 'not found' } }
    }).start()
    const claims = Buffer.from(
      JSON.stringify({ scp: 'Actions.GenericRead Actions.Results:run-backend-id:job-backend-id', exp: 4102444800 })
    ).toString('base64url')
    process.env.ACTIONS_RUNTIME_TOKEN = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${claims}.`
    process.env.ACTIONS_RESULTS_URL = `${service.url}/`
    dir = mkdtempSync(path.join(tmpdir(), 'artifact-'))
    writeFileSync(path.join(dir, 'release-notes.md'), '## notes\n')
    writeFileSync(path.join(dir, 'SHA256SUMS'), `${'a'.repeat(64)}  x.whl\n`)
  })
  afterAll(async () => {
    await service.stop()
    rmSync(dir, { recursive: true, force: true })
    process.env.ACTIONS_RUNTIME_TOKEN = saved.token
    process.env.ACTIONS_RESULTS_URL = saved.url
    if (saved.token === undefined) delete process.env.ACTIONS_RUNTIME_TOKEN
    if (saved.url === undefined) delete process.env.ACTIONS_RESULTS_URL
  })

  /** The client's ::debug:: workflow commands (the runner hides them unless debugging): kept here, not printed. */
  async function quietly<T>(fn: () => Promise<T>): Promise<{ value: T; debug: string[] }> {
    const debug: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      const text = String(chunk)
      if (!text.startsWith('::debug::')) return write(chunk, ...rest)
      debug.push(text.trimEnd())
      return true
    }) as typeof process.stdout.write
    try {
      return { value: await fn(), debug }
    } finally {
      process.stdout.write = write
    }
  }

  it('creates, uploads and finalizes one artifact with the release files', async () => {
    const { value: result, debug } = await quietly(() =>
      actionsArtifact.upload('release-1.3.0', [path.join(dir, 'release-notes.md'), path.join(dir, 'SHA256SUMS')], dir)
    )
    expect(debug.some(line => line.includes('CreateArtifact'))).toBe(true)
    expect(debug.join('\n')).not.toContain(process.env.ACTIONS_RUNTIME_TOKEN!)
    expect(result.id).toBe(4242)
    const create = service.requests.find(r => r.path.endsWith('/CreateArtifact'))!
    expect(create.body).toMatchObject({
      workflow_run_backend_id: 'run-backend-id',
      workflow_job_run_backend_id: 'job-backend-id',
      name: 'release-1.3.0',
      version: 7
    })
    expect(create.headers.authorization).toBe(`Bearer ${process.env.ACTIONS_RUNTIME_TOKEN}`)
    const finalize = service.requests.find(r => r.path.endsWith('/FinalizeArtifact'))!
    expect(finalize.body).toMatchObject({ name: 'release-1.3.0', size: expect.stringMatching(/^\d+$/) })
    const zip = Buffer.concat(blobs)
    expect(zip.subarray(0, 2).toString()).toBe('PK')
    expect(zip.includes(Buffer.from('release-notes.md'))).toBe(true)
    expect(zip.includes(Buffer.from('SHA256SUMS'))).toBe(true)
  }, 30_000)
})
