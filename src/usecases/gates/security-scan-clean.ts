import type { Severity } from '../../core/gates/defaults.js'
import type { Finding } from '../../core/gates/reports.js'
import { result, type GateAnnotation } from '../../core/gates/types.js'
import { apiFailure, defineGate, reports } from './types.js'

/** No SARIF finding (or, source: code-scanning, no open alert) at or above min_severity. */
export const securityScanClean = defineGate({
  name: 'security_scan_clean',
  aliases: ['security_scan'],
  schema: {
    sarif: { type: 'string', minLength: 1 },
    source: { enum: ['sarif', 'code-scanning'] },
    min_severity: { enum: ['critical', 'high', 'medium', 'low'] }
  },
  params: raw => ({
    sarif: raw.sarif as string | undefined,
    source: (raw.source as 'sarif' | 'code-scanning' | undefined) ?? 'sarif',
    minSeverity: (raw.min_severity as Severity | undefined) ?? 'high'
  }),
  async run(security, input, deps) {
    const minimum = security.minSeverity
    const { atLeast, ReportError, sarifFindings } = await reports()
    let findings: Finding[] = []
    let source: string
    if (security.source === 'code-scanning') {
      if (!deps.github) {
        return result('security_scan_clean', 'fail', 'source: code-scanning needs github_token and GITHUB_REPOSITORY')
      }
      try {
        const alerts = await deps.github.openCodeScanningAlerts(input.head)
        findings = alerts.map(alert => ({
          ruleId: alert.ruleId,
          severity: (alert.securitySeverity ??
            (alert.severity === 'error'
              ? 'high'
              : alert.severity === 'warning'
                ? 'medium'
                : 'low')) as Finding['severity'],
          message: `${alert.description} (${alert.url})`,
          file: alert.path,
          line: alert.line,
          tool: 'code scanning'
        }))
      } catch (error) {
        return result('security_scan_clean', 'fail', apiFailure(error))
      }
      source = 'open code scanning alerts'
    } else {
      const pattern = security.sarif ?? '**/*.sarif'
      const matched = await deps.files.glob(pattern)
      if (matched.length === 0) {
        return result(
          'security_scan_clean',
          'fail',
          `no SARIF files match ${pattern}: run the scanners first or fix gates.security_scan_clean.sarif`
        )
      }
      for (const file of matched) {
        try {
          findings.push(...sarifFindings(deps.files.read(file) ?? '', file))
        } catch (error) {
          const reason = error instanceof ReportError ? error.message : `${file}: ${(error as Error).message}`
          return result('security_scan_clean', 'fail', reason)
        }
      }
      source = `${matched.length} SARIF file(s)`
    }
    const blocking = findings.filter(finding => atLeast(finding.severity, minimum))
    const annotations: GateAnnotation[] = blocking.slice(0, 50).map(finding => ({
      level: 'error',
      message: `[${finding.tool}] ${finding.ruleId} (${finding.severity}): ${finding.message}`,
      file: finding.file,
      line: finding.line
    }))
    return blocking.length === 0
      ? result(
          'security_scan_clean',
          'pass',
          `no findings at or above ${minimum} in ${source} (${findings.length} below)`
        )
      : result(
          'security_scan_clean',
          'fail',
          `${blocking.length} finding(s) at or above ${minimum} in ${source}`,
          blocking.slice(0, 20).map(f => `${f.severity} ${f.ruleId} ${f.file ?? ''}${f.line ? `:${f.line}` : ''}`),
          annotations
        )
  }
})
