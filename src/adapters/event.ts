/** The workflow's event: its name and the JSON payload the runner writes to GITHUB_EVENT_PATH. */
import { readFileSync } from 'node:fs'
import { ConfigurationError } from '../core/errors.js'

export function readEvent(env: NodeJS.ProcessEnv): { name: string | undefined; payload: unknown } {
  const name = env.GITHUB_EVENT_NAME || undefined
  const file = env.GITHUB_EVENT_PATH
  if (!file) return { name, payload: null }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH names a file that can't be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): the event payload is needed here.`
    )
  }
  try {
    return { name, payload: JSON.parse(text) as unknown }
  } catch {
    throw new ConfigurationError('GITHUB_EVENT_PATH does not hold a JSON event payload.')
  }
}
