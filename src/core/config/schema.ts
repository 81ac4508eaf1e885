import { gatesSchema, type GateSpec } from '../gates/config.js'
import { RELEASE_LINES_SCHEMA } from '../versioning/release-lines.js'
import { COMPONENTS_SCHEMA, COMPONENT_GROUPS_SCHEMA } from '../components/config.js'
import { CONFIG_KEYS, specOf, typeOf, type InputName } from './keys.js'

/** The file the configuration file's JSON Schema ships as (generated: `npm run docs`; a test compares). */
export const SCHEMA_FILE = 'release-action.schema.json'

/** YAML's true and false are booleans, so a choice of `true`/`false` may be written unquoted. */
function yamlValue(value: string): string | boolean {
  return value === 'true' ? true : value === 'false' ? false : value
}

/** A key's JSON-Schema fragment, from its type in the table (the parser reads the same type). */
export function keySchema(name: InputName): Record<string, unknown> {
  const spec = specOf(name)
  const description = spec.doc.replace(/`/g, '')
  switch (typeOf(name)) {
    case 'boolean':
      return { description, type: 'boolean', default: spec.default === 'true' }
    case 'choice': {
      const choices = spec.choices ?? []
      if (choices.includes('true') || choices.includes('false'))
        return { description, enum: choices.map(yamlValue), default: yamlValue(spec.default) }
      return { description, enum: [...choices], default: spec.default }
    }
    case 'integer':
    case 'number': {
      const range = spec.range!
      return {
        description,
        type: range.integer ? 'integer' : 'number',
        ...(range.exclusiveMin ? { exclusiveMinimum: range.min } : { minimum: range.min }),
        maximum: range.max,
        default: Number(spec.default)
      }
    }
    case 'list':
      return {
        description,
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
        ...(spec.default !== '' ? { default: spec.default } : {})
      }
    default:
      return { description, type: 'string', default: spec.default }
  }
}

/** The configuration file's JSON Schema (draft-07). */
export function configSchema(gates: readonly GateSpec[]): Record<string, unknown> {
  const gatesBlock = (gatesSchema(gates).properties as Record<string, unknown>).release_gates
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://github.com/fastvlm-release-action/${SCHEMA_FILE}`,
    title: 'Release action configuration',
    description:
      'What belongs to the repository. Inputs of the same name, given in the workflow, win over these values (the job summary lists each).',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'this schema, for editors' },
      ...Object.fromEntries(CONFIG_KEYS.map(name => [name, keySchema(name)])),
      components: COMPONENTS_SCHEMA,
      component_groups: COMPONENT_GROUPS_SCHEMA,
      release_lines: RELEASE_LINES_SCHEMA,
      release_gates: { ...(gatesBlock as object), description: "the reference design's release_gates block" }
    }
  }
}

/** The configuration file's blocks beside the keys of the table. */
export const CONFIG_BLOCKS = ['release_lines', 'release_gates', 'components', 'component_groups'] as const
