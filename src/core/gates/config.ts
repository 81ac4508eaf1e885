import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { ConfigurationError } from '../errors.js'
import { GATE_ALIASES, GATE_NAMES, type GateName } from './types.js'
import type { Direction, GatesConfig, RollbackTrigger, Severity } from './defaults.js'

export type { Direction, GatesConfig, RollbackTrigger, Severity }

const REFERENCE_CHECKS = [...GATE_NAMES, ...Object.keys(GATE_ALIASES)]
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } }

/** The schema of .github/release-gates.yml: the reference design's release_gates block, with each gate's parameters. */
export const GATES_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['release_gates'],
  properties: {
    release_gates: {
      type: 'object',
      additionalProperties: false,
      properties: {
        required_checks: { type: 'array', items: { enum: REFERENCE_CHECKS } },
        approval_requirements: { type: 'array', items: { enum: ['technical_lead_approval', 'security_team_approval', 'product_owner_approval'] } },
        automatic_rollback_triggers: {
          type: 'array',
          items: {
            type: 'object',
            minProperties: 1,
            maxProperties: 1,
            additionalProperties: false,
            properties: {
              error_rate_spike: { type: 'string', pattern: '^\\s*>=?\\s*\\d+(\\.\\d+)?\\s*%\\s*$' },
              performance_degradation: { type: 'string', pattern: '^\\s*>=?\\s*\\d+(\\.\\d+)?\\s*%\\s*$' },
              critical_security_alert: { type: 'boolean' }
            }
          }
        },
        slow_gates: { type: 'array', items: { enum: [...GATE_NAMES] } },
        base_branch: { type: 'string', minLength: 1 },
        gates: {
          type: 'object',
          additionalProperties: false,
          properties: {
            clean_tree: { type: 'object', additionalProperties: false, properties: {} },
            up_to_date: { type: 'object', additionalProperties: false, properties: { base_branch: { type: 'string', minLength: 1 } } },
            tests_pass: {
              type: 'object',
              additionalProperties: false,
              properties: {
                command: { type: 'string', minLength: 1 },
                source: { enum: ['command', 'checks'] },
                timeout_minutes: { type: 'number', exclusiveMinimum: 0 },
                ignore_checks: stringList
              }
            },
            coverage: {
              type: 'object',
              additionalProperties: false,
              properties: { report: { type: 'string', minLength: 1 }, min_line_coverage: { type: 'number', minimum: 0, maximum: 100 } }
            },
            security_scan_clean: {
              type: 'object',
              additionalProperties: false,
              properties: { sarif: { type: 'string', minLength: 1 }, source: { enum: ['sarif', 'code-scanning'] }, min_severity: { enum: ['critical', 'high', 'medium', 'low'] } }
            },
            docs_updated: {
              type: 'object',
              additionalProperties: false,
              properties: { source_paths: stringList, docs_paths: stringList, migration_guide: { type: 'string', minLength: 1 } }
            },
            performance_regression: {
              type: 'object',
              additionalProperties: false,
              properties: {
                current: { type: 'string', minLength: 1 },
                baseline: { type: 'string', minLength: 1 },
                max_regression: { type: 'number', minimum: 0 },
                directions: { type: 'object', additionalProperties: { enum: ['lower', 'higher'] } }
              }
            },
            approvals: {
              type: 'object',
              additionalProperties: false,
              properties: { technical_lead: stringList, security_team: stringList, product_owner: stringList }
            }
          }
        }
      }
    }
  }
} as const

// compiled on first use: a run without a gates file does not pay for it
let compiled: ValidateFunction | null = null
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(GATES_SCHEMA)
  return compiled
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

function describe(error: ErrorObject): { path: string[], text: string } {
  const path = error.instancePath.split('/').slice(1).map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty
      const known = Object.keys((error.parentSchema as { properties?: Record<string, unknown> })?.properties ?? {})
      return { path: [...path, key], text: `unknown key "${key}"${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}` }
    }
    case 'enum':
      return { path, text: `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` }
    case 'pattern':
      return { path, text: 'must look like "> 5%"' }
    default:
      return { path, text: error.message ?? 'is invalid' }
  }
}

/** Parses and validates release-gates.yml; an invalid file is a ConfigurationError naming the key and line. */
export function parseGatesConfig(text: string, file: string): GatesConfig {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  if (doc.errors.length > 0) {
    const error = doc.errors[0]
    const { line } = lineCounter.linePos(error.pos[0])
    throw new ConfigurationError(`${file}:${line}: not valid YAML: ${error.message.split('\n')[0]}`)
  }
  const data = doc.toJS() as unknown
  const validate = validator()
  if (!validate(data)) {
    const messages = (validate.errors ?? []).map(error => {
      const { path, text } = describe(error)
      const node = nodeAt(doc.contents, path)
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1
      return `${file}:${line}: ${path.join('.') || '(top level)'}: ${text}`
    })
    throw new ConfigurationError(`The gates configuration is invalid:\n${[...new Set(messages)].join('\n')}`)
  }
  const gates = (data as { release_gates: Record<string, unknown> }).release_gates
  const params = (gates.gates ?? {}) as Record<string, Record<string, unknown>>
  const canonical = (name: string): GateName => GATE_ALIASES[name] ?? (name as GateName)
  const tests = params.tests_pass ?? {}
  const coverage = params.coverage ?? {}
  const security = params.security_scan_clean ?? {}
  const docs = params.docs_updated ?? {}
  const performance = params.performance_regression ?? {}
  const approvals = params.approvals ?? {}
  const triggers = ((gates.automatic_rollback_triggers ?? []) as Array<Record<string, string | boolean>>).map(trigger => {
    const [name, value] = Object.entries(trigger)[0]
    const threshold = typeof value === 'string' ? Number(/(\d+(?:\.\d+)?)/.exec(value)?.[1]) : undefined
    return { name: name as RollbackTrigger['name'], condition: String(value).trim(), ...(threshold !== undefined ? { thresholdPercent: threshold } : {}) }
  })
  return {
    requiredChecks: [...new Set(((gates.required_checks ?? []) as string[]).map(canonical))],
    approvalRequirements: (gates.approval_requirements ?? []) as GatesConfig['approvalRequirements'],
    rollbackTriggers: triggers,
    slowGates: (gates.slow_gates ?? ['tests_pass', 'performance_regression']) as GateName[],
    baseBranch: String((params.up_to_date?.base_branch as string | undefined) ?? gates.base_branch ?? 'main'),
    tests: {
      command: tests.command as string | undefined,
      source: (tests.source as 'command' | 'checks' | undefined) ?? 'command',
      timeoutMinutes: (tests.timeout_minutes as number | undefined) ?? 30,
      ignoreChecks: (tests.ignore_checks as string[] | undefined) ?? []
    },
    coverage: { report: coverage.report as string | undefined, minLineCoverage: (coverage.min_line_coverage as number | undefined) ?? 80 },
    security: {
      sarif: security.sarif as string | undefined,
      source: (security.source as 'sarif' | 'code-scanning' | undefined) ?? 'sarif',
      minSeverity: (security.min_severity as Severity | undefined) ?? 'high'
    },
    docs: {
      sourcePaths: (docs.source_paths as string[] | undefined) ?? ['src/'],
      docsPaths: (docs.docs_paths as string[] | undefined) ?? ['docs/', 'README.md'],
      migrationGuide: (docs.migration_guide as string | undefined) ?? 'docs/migrations/v{major}.md'
    },
    performance: {
      current: performance.current as string | undefined,
      baseline: performance.baseline as string | undefined,
      maxRegression: (performance.max_regression as number | undefined) ?? 20,
      directions: (performance.directions as Record<string, Direction> | undefined) ?? {}
    },
    approvals: {
      technicalLead: (approvals.technical_lead as string[] | undefined) ?? [],
      securityTeam: (approvals.security_team as string[] | undefined) ?? [],
      productOwner: (approvals.product_owner as string[] | undefined) ?? []
    }
  }
}

