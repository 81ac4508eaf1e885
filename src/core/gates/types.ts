/** A validation gate's verdict. */
export type GateStatus = 'pass' | 'fail' | 'skipped'

export interface GateAnnotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  file?: string
  line?: number
}

export interface GateResult {
  gate: string
  status: GateStatus
  /** One line: why. */
  reason: string
  details: string[]
  annotations: GateAnnotation[]
}

export const GATE_NAMES = [
  'clean_tree', 'up_to_date', 'tests_pass', 'coverage', 'security_scan_clean', 'docs_updated', 'performance_regression', 'approvals'
] as const
export type GateName = (typeof GATE_NAMES)[number]

/** The reference design's names for the same gates. */
export const GATE_ALIASES: Record<string, GateName> = {
  all_tests_pass: 'tests_pass',
  performance_regression_check: 'performance_regression',
  documentation_updated: 'docs_updated',
  security_scan: 'security_scan_clean'
}

export function result(gate: string, status: GateStatus, reason: string, details: string[] = [], annotations: GateAnnotation[] = []): GateResult {
  return { gate, status, reason, details, annotations }
}

export interface GatesReport {
  results: GateResult[]
  failed: boolean
  /** severity: critical skipped the slow gates: SKIP_SLOW_TESTS=true for later steps. */
  skipSlowTests: boolean
  rollbackTriggers: Array<{ name: string, condition: string, thresholdPercent?: number }>
  configFile: string | null
}
