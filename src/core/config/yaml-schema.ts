import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { ConfigurationError } from '../errors.js'

/**
 * A YAML file checked against a JSON Schema, with errors as `file:line: key: what is wrong` (an
 * unknown key lists the keys allowed there). The schemas are the gates configuration's and the
 * configuration file's.
 */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  return new Ajv({ allErrors: true, strict: true, verbose: true }).compile(schema)
}

/** The YAML node at a JSON pointer path, for the line of an error. */
function nodeAt(root: Node | null, path: string[]): Node | null {
  let node: Node | null = root
  for (const key of path) {
    if (isMap(node)) node = (node.get(key, true) as Node | undefined) ?? node
    else if (isSeq(node)) node = (node.get(Number(key), true) as Node | undefined) ?? node
    else break
  }
  return node
}

function describe(error: ErrorObject): { path: string[]; text: string } | null {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  // the branches of an anyOf each report; the anyOf says it once
  if (/\/anyOf\/\d+\//.test(error.schemaPath)) return null
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty
      const known = Object.keys((error.parentSchema as { properties?: Record<string, unknown> })?.properties ?? {})
      return {
        path: [...path, key],
        text: `unknown key "${key}"${known.length > 0 ? ` (allowed keys: ${known.join(', ')})` : ''}`
      }
    }
    case 'enum':
      return {
        path,
        text: `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map(v => (v === '' ? '""' : String(v))).join(', ')}`
      }
    case 'pattern':
      return {
        path,
        text: `must look like "> 5%" or ">= 5%" (a relative change in percent; ">" does not fire at exactly the threshold, ">=" does), not ${JSON.stringify(error.data)}`
      }
    case 'type': {
      const type = (error.params as { type: string | string[] }).type
      const shown = (Array.isArray(type) ? type : [type])
        .map(t => (t === 'array' ? 'a list' : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`))
        .join(' or ')
      // a block (release_gates, release_lines, the file itself) that is no mapping: say what to write
      const block =
        type === 'object'
          ? path.length === 0
            ? ': the file holds keys, one a line, such as "tag_prefix: v" (or a JSON object)'
            : `: write the keys of ${path[path.length - 1]} indented below it (a block of keys, not a value or a list), or remove the key`
          : ''
      return { path, text: `must be ${shown}${block}` }
    }
    case 'anyOf':
      return { path, text: 'must be a string or a list of strings' }
    default:
      return { path, text: error.message ?? 'is invalid' }
  }
}

/** Parses YAML and validates it; returns the data, or throws one ConfigurationError listing every problem. */
/** The most alias expansions a configuration may use (the `yaml` package's maxAliasCount). */
const MAX_ALIASES = 100

export function parseYamlWithSchema(text: string, file: string, validate: ValidateFunction, what: string): unknown {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  if (doc.errors.length > 0) {
    const error = doc.errors[0]
    const { line } = lineCounter.linePos(error.pos[0])
    throw new ConfigurationError(`${file}:${line}: not valid YAML: ${error.message.split('\n')[0]}`)
  }
  let data: unknown
  try {
    // a few aliases are ordinary YAML; thousands expanding into each other are an alias bomb
    data = (doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown) ?? {}
  } catch (error) {
    throw new ConfigurationError(
      `${file}: the YAML can't be loaded: ${(error as Error).message.split('\n')[0]} (at most ${MAX_ALIASES} alias expansions are allowed). ` +
        'Write the configuration out without chains of aliases (*name) and run again.'
    )
  }
  if (!validate(data)) {
    const messages = (validate.errors ?? []).flatMap(error => {
      const described = describe(error)
      if (!described) return []
      const { path, text: problem } = described
      const node = nodeAt(doc.contents, path)
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1
      return [{ line, text: `${file}:${line}: ${path.join('.') || '(top level)'}: ${problem}` }]
    })
    // in the file's order
    const lines = messages.sort((a, b) => a.line - b.line).map(message => message.text)
    throw new ConfigurationError(`The ${what} is invalid:\n${[...new Set(lines)].join('\n')}`)
  }
  return data
}
