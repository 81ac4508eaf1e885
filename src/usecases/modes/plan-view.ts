/**
 * The CLI's `plan`: the plan is printed whatever the gates say (each gate as it would decide), no
 * command of the project runs unless asked (--run-commands), and publishing checks no token.
 */
import type { GatesReport } from '../../core/gates/types.js'
import type { CommandRunner } from '../ports.js'

/** Why a command gate did not run in a plan. */
export const NOT_RUN = 'not run: plan runs no command of the project (--run-commands runs it)'

/** The plan's stand-in for the project's commands: none runs, each says why. */
export const commandsNotRun: CommandRunner = {
  run: async () => ({ exitCode: null, tail: [], error: NOT_RUN })
}

/** The gates as the plan shows them: each verdict, a command gate that did not run as skipped. */
export function planGateLines(report: GatesReport | null): string[] {
  if (!report || report.results.length === 0) return []
  const lines = report.results.map(gate => {
    const notRun = gate.status === 'fail' && gate.reason.endsWith(NOT_RUN)
    return `  ${gate.gate}: ${notRun ? 'skipped' : gate.status} — ${gate.reason}`
  })
  const failed = report.results.filter(gate => gate.status === 'fail' && !gate.reason.endsWith(NOT_RUN))
  return [
    failed.length > 0
      ? `Gates: ${failed.map(gate => gate.gate).join(', ')} would stop this release (a release run fails on them)`
      : 'Gates:',
    ...lines
  ]
}
