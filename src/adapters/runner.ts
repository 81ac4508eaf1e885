/**
 * The runner's side of the action: inputs, workflow commands on stdout (masks, annotations, groups,
 * debug), the GITHUB_OUTPUT and GITHUB_ENV files and the job summary, written as @actions/core 3
 * writes them. The toolkit's package is not loaded for this: its entry imports its OIDC client and
 * with it undici (930 KB of bundle, a third of a dry run's CPU), which no mode uses.
 *
 * Every message goes through the toolkit's escaping (% CR LF in the data; also : and , in a
 * property): a text can't end its command early nor start another one.
 */
import { randomUUID } from 'node:crypto'
import { access, appendFile, constants } from 'node:fs/promises'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * `::command key=value,…::message` on stdout; properties without a value are left out (a command
 * given properties keeps the space after its name, as the toolkit's does).
 */
export function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string
): void {
  const keys = Object.keys(properties)
  const given = keys.filter(key => properties[key] !== undefined && properties[key] !== '' && properties[key] !== 0)
  const props = given.map(key => `${key}=${escapeProperty(String(properties[key]))}`).join(',')
  process.stdout.write(`::${command}${keys.length > 0 ? ` ${props}` : ''}::${escapeData(message)}${EOL}`)
}

/** An input as the runner passes it (INPUT_NAME), trimmed; '' when not given. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`)
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function annotate(
  level: 'error' | 'warning' | 'notice',
  message: string,
  properties: AnnotationProperties = {}
): void {
  const given = Object.keys(properties).length > 0
  issueCommand(
    level,
    given ? { title: properties.title, file: properties.file, line: properties.startLine } : {},
    message
  )
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name)
  try {
    return await fn()
  } finally {
    issueCommand('endgroup', {}, '')
  }
}

/** `key<<delimiter` … `delimiter` into the runner's file GITHUB_{OUTPUT,ENV}, with a delimiter the value can't hold. */
function fileCommand(kind: 'OUTPUT' | 'ENV', key: string, value: string): void {
  const file = process.env[`GITHUB_${kind}`]
  if (!file) throw new Error(`Unable to find environment variable for file command ${kind}`)
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' })
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) return fileCommand('OUTPUT', name, value)
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, value)
}

export function exportVariable(name: string, value: string): void {
  process.env[name] = value
  if (process.env.GITHUB_ENV) return fileCommand('ENV', name, value)
  issueCommand('set-env', { name }, value)
}

export function setFailed(message: string): void {
  process.exitCode = 1
  annotate('error', message)
}

/** Appends to the job summary (GITHUB_STEP_SUMMARY), which must exist and be writable. */
export async function appendSummary(text: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    )
  try {
    await access(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`)
  }
  await appendFile(file, text, { encoding: 'utf8' })
}

export const error = (message: string, properties?: AnnotationProperties): void =>
  annotate('error', message, properties)
export const warning = (message: string, properties?: AnnotationProperties): void =>
  annotate('warning', message, properties)
export const notice = (message: string, properties?: AnnotationProperties): void =>
  annotate('notice', message, properties)
