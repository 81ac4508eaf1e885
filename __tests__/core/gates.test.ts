import { readFileSync } from 'node:fs'
import { ConfigurationError } from '../../src/core/errors.js'
import { parseGatesConfig } from '../../src/core/gates/config.js'
import { GATES } from '../../src/usecases/gates/index.js'
import { selectGates } from '../../src/usecases/gates/run.js'
import {
  benchmarkMetrics,
  comparePerformance,
  lineCoverage,
  migrationGuidePath,
  ReportError,
  sarifFindings,
  under
} from '../../src/core/gates/reports.js'

const FULL = `release_gates:
  required_checks:
    - all_tests_pass
    - security_scan_clean
    - performance_regression_check
    - documentation_updated
  approval_requirements:
    - technical_lead_approval
    - security_team_approval  # for major releases
    - product_owner_approval  # for feature releases
  automatic_rollback_triggers:
    - error_rate_spike: "> 5%"
    - performance_degradation: "> 20%"
    - critical_security_alert: true
  base_branch: develop
  gates:
    tests_pass: { command: "pytest -q", timeout_minutes: 10 }
    coverage: { report: coverage.xml, min_line_coverage: 85 }
    security_scan_clean: { sarif: "reports/*.sarif", min_severity: medium }
    approvals: { technical_lead: [alice], security_team: [acme/security], product_owner: [carol] }
`

describe('gates configuration', () => {
  it("reads the reference design block with each gate's parameters", () => {
    const config = parseGatesConfig(FULL, '.github/release-gates.yml', GATES)
    expect(config.requiredChecks).toEqual([
      'tests_pass',
      'security_scan_clean',
      'performance_regression',
      'docs_updated'
    ])
    expect(config.approvalRequirements).toHaveLength(3)
    expect(config.rollbackTriggers).toEqual([
      { name: 'error_rate_spike', condition: '> 5%', thresholdPercent: 5 },
      { name: 'performance_degradation', condition: '> 20%', thresholdPercent: 20 },
      { name: 'critical_security_alert', condition: 'true' }
    ])
    // each gate reads its own block with its defaults
    const params = (name: string) =>
      GATES.find(gate => gate.name === name)!.params(config.params[name] ?? {}, config, {
        gates: null,
        gatesConfig: '',
        baseBranch: '',
        severity: '',
        releaseNotesFile: 'release-notes.md'
      })
    expect(config).toMatchObject({ baseBranch: 'develop', slowGates: null })
    expect(params('tests_pass')).toEqual({
      command: 'pytest -q',
      source: 'command',
      timeoutMinutes: 10,
      ignoreChecks: []
    })
    expect(params('coverage')).toEqual({ report: 'coverage.xml', minLineCoverage: 85 })
    expect(params('security_scan_clean')).toMatchObject({ minSeverity: 'medium' })
    expect(params('up_to_date')).toEqual({ baseBranch: 'develop' })
    expect(GATES.filter(gate => gate.slow).map(gate => gate.name)).toEqual(['tests_pass', 'performance_regression'])
    expect(selectGates(null, config)).toEqual([
      'tests_pass',
      'security_scan_clean',
      'performance_regression',
      'docs_updated',
      'approvals'
    ])
    expect(selectGates(['coverage'], config)).toEqual(['coverage'])
    expect(selectGates([], config)).toEqual([])
    expect(selectGates(null, null)).toEqual(['clean_tree', 'up_to_date'])
  })

  const invalid: Array<[string, string, RegExp]> = [
    [
      'unknown gate',
      'release_gates:\n  required_checks:\n    - clean_tree\n    - magic_gate\n',
      /release-gates\.yml:4: release_gates\.required_checks\.1: must be one of clean_tree, up_to_date/
    ],
    [
      'wrong type',
      'release_gates:\n  gates:\n    coverage:\n      min_line_coverage: "eighty"\n',
      /release-gates\.yml:4: release_gates\.gates\.coverage\.min_line_coverage: must be a number/
    ],
    [
      'unknown key',
      'release_gates:\n  gates:\n    coverage:\n      min_lines: 80\n',
      /release-gates\.yml:4: release_gates\.gates\.coverage\.min_lines: unknown key "min_lines" \(allowed keys: report, min_line_coverage\)/
    ],
    [
      'bad trigger',
      'release_gates:\n  automatic_rollback_triggers:\n    - error_rate_spike: "a lot"\n',
      /release-gates\.yml:3: release_gates\.automatic_rollback_triggers\.0\.error_rate_spike: must look like "> 5%"/
    ],
    ['not YAML', 'release_gates:\n  required_checks: [clean_tree\n', /release-gates\.yml:\d+: not valid YAML/],
    ['missing top key', 'gates: {}\n', /\(top level\): must have required property 'release_gates'/]
  ]
  it.each(invalid)('rejects %s, naming the key and line', (_name, text, message) => {
    expect(() => parseGatesConfig(text, '.github/release-gates.yml', GATES)).toThrow(ConfigurationError)
    expect(() => parseGatesConfig(text, '.github/release-gates.yml', GATES)).toThrow(message)
  })
})

describe('coverage reports', () => {
  const cases: Array<[string, string, number, string]> = [
    [
      'Cobertura line-rate',
      '<?xml version="1.0"?>\n<coverage line-rate="0.8312" branch-rate="0.5" version="7.4"><packages/></coverage>',
      83.12,
      'Cobertura'
    ],
    [
      'Cobertura counts',
      '<coverage lines-valid="200" lines-covered="150" line-rate="0.1"></coverage>',
      75,
      'Cobertura'
    ],
    [
      'coverage.py JSON',
      '{"meta": {"version": "7.4"}, "totals": {"covered_lines": 90, "num_statements": 120, "percent_covered": 75.5}}',
      75,
      'coverage.py JSON'
    ],
    [
      'lcov',
      'TN:\nSF:src/a.py\nDA:1,1\nLF:10\nLH:9\nend_of_record\nSF:src/b.py\nLF:10\nLH:5\nend_of_record\n',
      70,
      'lcov'
    ]
  ]
  it.each(cases)('%s', (_name, text, percent, format) => {
    const result = lineCoverage(text, 'report')
    expect(result.percent).toBeCloseTo(percent, 5)
    expect(result.format).toBe(format)
  })
  const broken: Array<[string, RegExp]> = [
    ['<coverage line-rate="0.5"><unclosed></coverage>', /report:\d+:\d+: not valid XML/],
    ['<report/>', /not a Cobertura report/],
    ['{"totals": ', /report is not valid JSON/],
    ['LF:abc\n', /report:1: LF is not a count/],
    ['hello', /not a Cobertura XML, coverage\.py JSON or lcov report/]
  ]
  it.each(broken)('names the file and position of a broken report: %s', (text, message) => {
    expect(() => lineCoverage(text, 'report')).toThrow(ReportError)
    expect(() => lineCoverage(text, 'report')).toThrow(message)
  })
})

describe('SARIF findings', () => {
  const sarif = JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'CodeQL',
            rules: [
              { id: 'py/sql-injection', properties: { 'security-severity': '8.8' } },
              { id: 'py/weak-hash', properties: { 'security-severity': '5.0' } },
              { id: 'py/critical', properties: { 'security-severity': '9.8' } }
            ]
          }
        },
        results: [
          {
            ruleId: 'py/sql-injection',
            ruleIndex: 0,
            level: 'error',
            message: { text: 'SQL built from user input' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/db.py' }, region: { startLine: 42 } } }]
          },
          { ruleId: 'py/weak-hash', ruleIndex: 1, level: 'warning', message: { text: 'md5' } },
          { ruleId: 'py/critical', ruleIndex: 2, message: { text: 'rce' } },
          {
            ruleId: 'py/sql-injection',
            ruleIndex: 0,
            message: { text: 'suppressed' },
            suppressions: [{ kind: 'inSource' }]
          }
        ]
      },
      {
        tool: { driver: { name: 'bandit' } },
        results: [
          { ruleId: 'B105', level: 'error', message: { text: 'hardcoded password' } },
          { ruleId: 'B101', level: 'note', message: { text: 'assert' } }
        ]
      }
    ]
  })
  it('maps security-severity, else the level, and skips suppressed results', () => {
    const findings = sarifFindings(sarif, 'scan.sarif')
    expect(findings.map(f => [f.tool, f.ruleId, f.severity])).toEqual([
      ['CodeQL', 'py/sql-injection', 'high'],
      ['CodeQL', 'py/weak-hash', 'medium'],
      ['CodeQL', 'py/critical', 'critical'],
      ['bandit', 'B105', 'high'],
      ['bandit', 'B101', 'low']
    ])
    expect(findings[0]).toMatchObject({ file: 'src/db.py', line: 42, message: 'SQL built from user input' })
  })
  it('rejects a file that is not SARIF', () => {
    expect(() => sarifFindings('{"version": "2.1.0"}', 'x.sarif')).toThrow(/x\.sarif is not a SARIF log/)
    expect(() => sarifFindings('not json', 'x.sarif')).toThrow(/x\.sarif is not valid JSON/)
  })
})

describe('performance comparison', () => {
  it('reads flat, nested and pytest-benchmark results', () => {
    expect(
      benchmarkMetrics('{"latency_ms": 12, "throughput": {"value": 300, "unit": "img/s"}, "name": "x"}', 'b.json')
    ).toEqual({ latency_ms: 12, throughput: 300 })
    expect(benchmarkMetrics('{"benchmarks": [{"name": "test_decode", "stats": {"mean": 0.02}}]}', 'b.json')).toEqual({
      test_decode: 0.02
    })
    expect(() => benchmarkMetrics('{"name": "no numbers"}', 'b.json')).toThrow(/b\.json: no numeric metrics/)
  })
  it('judges each metric by its direction', () => {
    const rows = comparePerformance(
      { latency_ms: 13, throughput: 240, memory_mb: 100 },
      { latency_ms: 10, throughput: 300, memory_mb: 100, gone: 1 },
      { memory_mb: 'lower' }
    )
    expect(rows.map(r => [r.metric, r.direction, Math.round(r.regressionPercent)])).toEqual([
      ['latency_ms', 'lower', 30],
      ['throughput', 'higher', 20],
      ['memory_mb', 'lower', 0]
    ])
  })
  it('finds changed files under paths and names migration guides', () => {
    expect(under(['src/a.py', 'docs/x.md', 'README.md', 'srcx/b.py'], ['src/', 'README.md'])).toEqual([
      'src/a.py',
      'README.md'
    ])
    expect(migrationGuidePath('docs/migrations/v{major}.md', '2.0.0')).toBe('docs/migrations/v2.md')
    expect(migrationGuidePath('MIGRATION-{version}.md', '3.0.0-rc.1')).toBe('MIGRATION-3.0.0-rc.1.md')
  })
})

describe('the example configuration', () => {
  it("docs/release-gates.example.yml is valid against every gate's schema", () => {
    const config = parseGatesConfig(
      readFileSync('docs/release-gates.example.yml', 'utf8'),
      'docs/release-gates.example.yml',
      GATES
    )
    expect(Object.keys(config.params)).toEqual(expect.arrayContaining(['tests_pass', 'coverage', 'no_fixup_commits']))
  })
})
