export type Severity = 'critical' | 'high' | 'medium' | 'low'
export type Direction = 'lower' | 'higher'

/** A schema of a list of non-empty strings, for gate parameters. */
export const stringList = { type: 'array', items: { type: 'string', minLength: 1 } }

/** What the configuration parser needs to know of a gate: its name, the reference design's names, its parameters' schema. */
export interface GateSpec {
  name: string
  aliases?: readonly string[]
  /** JSON schema properties of its block under release_gates.gates. */
  schema: Record<string, unknown>
}

export interface GatesConfig {
  /** Gate names (aliases resolved). */
  requiredChecks: string[]
  approvalRequirements: Array<'technical_lead_approval' | 'security_team_approval' | 'product_owner_approval'>
  rollbackTriggers: RollbackTrigger[]
  /** null: not configured (each gate's own `slow` then decides). */
  slowGates: string[] | null
  baseBranch: string
  /** Each gate's parameters as written under release_gates.gates (its entry applies the defaults). */
  params: Record<string, Record<string, unknown>>
}

export interface RollbackTrigger {
  name: 'error_rate_spike' | 'performance_degradation' | 'critical_security_alert'
  /** "> 5%" as given, or "true". */
  condition: string
  /** The threshold in percent, for the rate triggers. */
  thresholdPercent?: number
}

/** The configuration when there is no file. */
export function defaultGatesConfig(): GatesConfig {
  return {
    requiredChecks: [],
    approvalRequirements: [],
    rollbackTriggers: [],
    slowGates: null,
    baseBranch: 'main',
    params: {}
  }
}
