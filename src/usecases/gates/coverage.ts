import { result } from '../../core/gates/types.js'
import { defineGate, reports } from './types.js'

const REPORTS = ['coverage.xml', 'coverage.json', 'lcov.info', 'coverage/lcov.info', 'coverage/cobertura-coverage.xml']

/** Line coverage of a Cobertura XML, coverage.py JSON or lcov report is at least min_line_coverage. */
export const coverage = defineGate({
  name: 'coverage',
  schema: {
    report: { type: 'string', minLength: 1 },
    min_line_coverage: { type: 'number', minimum: 0, maximum: 100 }
  },
  params: raw => ({
    report: raw.report as string | undefined,
    minLineCoverage: (raw.min_line_coverage as number | undefined) ?? 80
  }),
  async run({ report, minLineCoverage }, _input, deps) {
    const candidates = report ? [report] : REPORTS
    const file = candidates.find(candidate => deps.files.read(candidate) !== null)
    if (!file) return result('coverage', 'fail', `no coverage report at ${candidates.join(', ')}`)
    const { lineCoverage, ReportError } = await reports()
    try {
      const { percent, format } = lineCoverage(deps.files.read(file)!, file)
      const shown = `${percent.toFixed(1)} %`
      return percent + 1e-9 >= minLineCoverage
        ? result('coverage', 'pass', `line coverage ${shown} ≥ ${minLineCoverage} % (${format}, ${file})`)
        : result(
            'coverage',
            'fail',
            `line coverage ${shown} < ${minLineCoverage} % (${format}, ${file})`,
            [],
            [{ level: 'error', message: `Line coverage ${shown} is below ${minLineCoverage} %`, file }]
          )
    } catch (error) {
      return result(
        'coverage',
        'fail',
        error instanceof ReportError ? error.message : `${file}: ${(error as Error).message}`
      )
    }
  }
})
