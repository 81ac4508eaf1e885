import { GATE_ALIASES, type GateName } from './types.js'

export type Severity = 'critical' | 'high' | 'medium' | 'low'
export type Direction = 'lower' | 'higher'

export interface GatesConfig {
  requiredChecks: GateName[]
  approvalRequirements: Array<'technical_lead_approval' | 'security_team_approval' | 'product_owner_approval'>
  rollbackTriggers: RollbackTrigger[]
  slowGates: GateName[]
  baseBranch: string
  tests: { command?: string, source: 'command' | 'checks', timeoutMinutes: number, ignoreChecks: string[] }
  coverage: { report?: string, minLineCoverage: number }
  security: { sarif?: string, source: 'sarif' | 'code-scanning', minSeverity: Severity }
  docs: { sourcePaths: string[], docsPaths: string[], migrationGuide: string }
  performance: { current?: string, baseline?: string, maxRegression: number, directions: Record<string, Direction> }
  approvals: { technicalLead: string[], securityTeam: string[], productOwner: string[] }
}

export interface RollbackTrigger {
  name: 'error_rate_spike' | 'performance_degradation' | 'critical_security_alert'
  /** "> 5%" as given, or "true". */
  condition: string
  /** The threshold in percent, for the rate triggers. */
  thresholdPercent?: number
}

/** Every parameter at its default: the configuration when there is no file. */
export function defaultGatesConfig(): GatesConfig {
  return {
    requiredChecks: [],
    approvalRequirements: [],
    rollbackTriggers: [],
    slowGates: ['tests_pass', 'performance_regression'],
    baseBranch: 'main',
    tests: { source: 'command', timeoutMinutes: 30, ignoreChecks: [] },
    coverage: { minLineCoverage: 80 },
    security: { source: 'sarif', minSeverity: 'high' },
    docs: { sourcePaths: ['src/'], docsPaths: ['docs/', 'README.md'], migrationGuide: 'docs/migrations/v{major}.md' },
    performance: { maxRegression: 20, directions: {} },
    approvals: { technicalLead: [], securityTeam: [], productOwner: [] }
  }
}

/**
 * Which gates run: the `gates` input when given (`none` for none), else the file's required checks
 * (plus approvals when approval requirements are set), else clean_tree and up_to_date.
 */
export function selectGates(input: string[] | null, config: GatesConfig | null): GateName[] {
  if (input !== null) return input.map(name => GATE_ALIASES[name] ?? (name as GateName))
  if (config) {
    const gates = [...config.requiredChecks]
    if (config.approvalRequirements.length > 0 && !gates.includes('approvals')) gates.push('approvals')
    return gates
  }
  return ['clean_tree', 'up_to_date']
}
