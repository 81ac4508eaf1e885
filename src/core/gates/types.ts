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

export function result(
  gate: string,
  status: GateStatus,
  reason: string,
  details: string[] = [],
  annotations: GateAnnotation[] = []
): GateResult {
  return { gate, status, reason, details, annotations }
}

export interface GatesReport {
  results: GateResult[]
  failed: boolean
  /** severity: critical skipped the slow gates: SKIP_SLOW_TESTS=true for later steps. */
  skipSlowTests: boolean
  rollbackTriggers: Array<{ name: string; condition: string; thresholdPercent?: number }>
  configFile: string | null
}
