/** A small JSON-over-HTTP client with timeouts and bounded retries (429 and 5xx, honouring Retry-After). */
import { HttpError } from '../core/errors.js'
import type { HttpClient } from '../usecases/ports.js'

export interface HttpOptions {
  timeoutMs?: number
  attempts?: number
  /** The longest Retry-After honoured, in seconds. */
  maxWaitSeconds?: number
  sleep?: (ms: number) => Promise<void>
  /** Applied to every JSON body sent (commit text may carry a secret); URLs and headers are left alone. */
  scrub?: (text: string) => string
}

export function fetchClient(options: HttpOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? 15_000
  const attempts = options.attempts ?? 3
  const maxWait = options.maxWaitSeconds ?? 30
  const sleep = options.sleep ?? ((ms: number) => new Promise(resolve => setTimeout(resolve, ms)))
  const scrub = options.scrub ?? ((text: string) => text)
  return {
    async send(request) {
      let last: HttpError | null = null
      for (let attempt = 1; attempt <= attempts; attempt++) {
        let response: Response
        try {
          response = await fetch(request.url, {
            method: request.method,
            headers: {
              ...(request.json === undefined ? {} : { 'content-type': 'application/json' }),
              accept: 'application/json',
              ...request.headers
            },
            body: request.json === undefined ? undefined : scrub(JSON.stringify(request.json)),
            signal: AbortSignal.timeout(timeoutMs)
          })
        } catch (error) {
          const cause =
            (error as Error).name === 'TimeoutError'
              ? `no answer within ${timeoutMs / 1000} s`
              : `could not connect (${((error as Error & { cause?: Error }).cause ?? (error as Error)).message})`
          last = new HttpError(request.label, null, cause)
          if (attempt < attempts) await sleep(1000 * attempt)
          continue
        }
        const text = await response.text()
        let json: unknown = null
        try {
          json = text ? JSON.parse(text) : null
        } catch {
          json = null
        }
        if (response.ok) return { status: response.status, text, json }
        const detail =
          (json as { message?: string; errorMessages?: string[]; errors?: unknown } | null)?.message ??
          (json as { errorMessages?: string[] } | null)?.errorMessages?.join('; ') ??
          (text.slice(0, 200) || response.statusText)
        last = new HttpError(request.label, response.status, detail)
        if (response.status !== 429 && response.status < 500) break
        if (attempt < attempts) {
          const retryAfter = Number(response.headers.get('retry-after'))
          await sleep(Math.min(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : attempt, maxWait) * 1000)
        }
      }
      throw last ?? new HttpError(request.label, null, 'no attempt was made')
    }
  }
}
