import type { ValidateFunction } from 'ajv'
import { compileSchema, parseYamlWithSchema } from '../config/yaml-schema.js'
import type { GatesConfig, GateSpec, RollbackTrigger } from './defaults.js'

export type { Direction, GatesConfig, GateSpec, RollbackTrigger, Severity } from './defaults.js'

/**
 * The schema of .github/release-gates.yml: the reference design's release_gates block, and under
 * `gates` each gate's parameters, as each gate's entry declares them.
 */
export function gatesSchema(gates: readonly GateSpec[]): Record<string, unknown> {
  const names = gates.map(gate => gate.name)
  return {
    type: 'object',
    additionalProperties: false,
    required: ['release_gates'],
    properties: {
      release_gates: {
        type: 'object',
        additionalProperties: false,
        properties: {
          required_checks: {
            description: 'the gates a release must pass (names or aliases); the gates input, when given, wins',
            type: 'array',
            items: { enum: [...names, ...gates.flatMap(gate => gate.aliases ?? [])] }
          },
          approval_requirements: {
            description: 'the approvals the approvals gate asks for (they add the approvals gate)',
            type: 'array',
            items: { enum: ['technical_lead_approval', 'security_team_approval', 'product_owner_approval'] }
          },
          automatic_rollback_triggers: {
            description:
              'what mode: watch compares after a release: error_rate_spike, performance_degradation (such as "> 5%"), critical_security_alert',
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
          slow_gates: {
            description: 'the gates severity: critical skips (default: tests_pass, performance_regression)',
            type: 'array',
            items: { enum: names }
          },
          base_branch: {
            description: 'the branch up_to_date compares with (default main)',
            type: 'string',
            minLength: 1
          },
          gates: {
            description: "each gate's parameters, under its name",
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(
              gates.map(gate => [gate.name, { type: 'object', additionalProperties: false, properties: gate.schema }])
            )
          }
        }
      }
    }
  }
}

// compiled on first use (a run without a gates file does not pay for it), once per list of gates
const compiled = new WeakMap<readonly GateSpec[], ValidateFunction>()
function validator(gates: readonly GateSpec[]): ValidateFunction {
  let validate = compiled.get(gates)
  if (!validate) {
    validate = compileSchema(gatesSchema(gates))
    compiled.set(gates, validate)
  }
  return validate
}

/**
 * Parses and validates release-gates.yml against the gates' schema; an invalid file is a
 * ConfigurationError naming the key and line. Each gate's parameters are returned as written, for
 * the gate's entry to read with its defaults.
 */
export function parseGatesConfig(text: string, file: string, gates: readonly GateSpec[]): GatesConfig {
  const data = parseYamlWithSchema(text, file, validator(gates), 'gates configuration')
  return gatesConfigFrom((data as { release_gates: Record<string, unknown> }).release_gates, gates)
}

/** The gates configuration of a release_gates block already validated (gatesSchema's, here or in the configuration file). */
export function gatesConfigFrom(block: Record<string, unknown>, gates: readonly GateSpec[]): GatesConfig {
  const aliases = new Map(gates.flatMap(gate => (gate.aliases ?? []).map(alias => [alias, gate.name] as const)))
  const canonical = (name: string): string => aliases.get(name) ?? name
  const triggers = ((block.automatic_rollback_triggers ?? []) as Array<Record<string, string | boolean>>).map(
    trigger => {
      const [name, value] = Object.entries(trigger)[0]
      const threshold = typeof value === 'string' ? Number(/(\d+(?:\.\d+)?)/.exec(value)?.[1]) : undefined
      return {
        name: name as RollbackTrigger['name'],
        condition: String(value).trim(),
        ...(threshold !== undefined ? { thresholdPercent: threshold } : {})
      }
    }
  )
  return {
    requiredChecks: [...new Set(((block.required_checks ?? []) as string[]).map(canonical))],
    approvalRequirements: (block.approval_requirements ?? []) as GatesConfig['approvalRequirements'],
    rollbackTriggers: triggers,
    slowGates: (block.slow_gates as string[] | undefined) ?? null,
    baseBranch: (block.base_branch as string | undefined) ?? 'main',
    params: (block.gates ?? {}) as Record<string, Record<string, unknown>>
  }
}
