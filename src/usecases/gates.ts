import { ConfigurationError, GitHubApiError } from '../core/errors.js'
import { defaultGatesConfig, selectGates, type GatesConfig } from '../core/gates/defaults.js'
import type { Finding } from '../core/gates/reports.js'

/** The report readers (XML parser included), loaded by the gates that read reports. */
const reports = () => import('../core/gates/reports.js')
import { result, type GateAnnotation, type GateName, type GateResult, type GatesReport } from '../core/gates/types.js'
import type { ReleasePlan } from '../core/plan.js'
import type { Settings } from '../core/settings.js'
import type { CommandRunner, FileStore, GitClient, GitHubGatesApi, Logger } from './ports.js'

/** The one-line failure of a release the gates stopped (the step fails with it). */
export function gatesFailure(report: GatesReport): string {
  const failed = report.results.filter(r => r.status === 'fail')
  return `${failed.length} release gate(s) failed, nothing was changed: ${failed.map(r => `${r.gate} (${r.reason})`).join('; ')}`
}

export interface GateDeps {
  git: GitClient
  files: FileStore
  commands: CommandRunner
  /** null without a token or repository: the API-backed gates fail saying so. */
  github: GitHubGatesApi | null
  log: Logger
  cwd: string
  /** GITHUB_RUN_ID: this run's own check runs are not waited for. */
  runId?: string
}

export interface GateInput {
  plan: ReleasePlan
  head: string
  /** The branch being released (a hotfix branch is compared with its own remote copy, not main). */
  branch: string | null
}

const DEFAULT_CONFIG_FILE = '.github/release-gates.yml'
const REMOTE = 'origin'

/** Reads the gates configuration: the gates_config file, or the default path when it exists. */
export async function loadGatesConfig(settings: Settings, files: FileStore): Promise<{ config: GatesConfig | null, file: string | null }> {
  const file = settings.gatesConfig || DEFAULT_CONFIG_FILE
  const text = files.read(file)
  if (text === null) {
    if (settings.gatesConfig) throw new ConfigurationError(`gates_config names ${settings.gatesConfig}, which does not exist. Fix the path, or remove the input to use ${DEFAULT_CONFIG_FILE} when present.`)
    return { config: null, file: null }
  }
  const { parseGatesConfig } = await import('../core/gates/config.js')
  return { config: parseGatesConfig(text, file), file }
}

function apiFailure(error: unknown): string {
  return error instanceof GitHubApiError ? error.message : `unexpected failure: ${(error as Error).message ?? String(error)}`
}

type GateFn = (config: GatesConfig, input: GateInput, deps: GateDeps, settings: Settings) => Promise<GateResult>

const gates: Record<GateName, GateFn> = {
  async clean_tree(_config, _input, deps, settings) {
    const own = new Set([settings.releaseNotesFile, 'release-metrics.json'])
    const dirty = (await deps.git.changedPaths()).filter(path => !own.has(path))
    if (dirty.length === 0) return result('clean_tree', 'pass', 'no uncommitted or untracked changes')
    return result('clean_tree', 'fail', `${dirty.length} uncommitted or untracked path(s): commit, stash or remove them`, dirty.slice(0, 20))
  },

  async up_to_date(config, input, deps, settings) {
    const base = input.plan.hotfix && input.branch ? input.branch : settings.baseBranch || config.baseBranch
    if (!(await deps.git.remoteUrl(REMOTE))) return result('up_to_date', 'skipped', `no ${REMOTE} remote to compare with`)
    let remoteSha: string | null
    try {
      remoteSha = await deps.git.remoteBranch(REMOTE, base)
      if (remoteSha && !(await deps.git.hasCommit(remoteSha))) await deps.git.fetchObjects(REMOTE, base)
    } catch (error) {
      return result('up_to_date', 'fail', `could not read ${REMOTE}/${base}: ${(error as Error).message}`)
    }
    if (!remoteSha) return result('up_to_date', 'skipped', `${REMOTE} has no branch ${base} (base_branch)`)
    const missing = await deps.git.countMissing(input.head, remoteSha)
    if (missing === 0) return result('up_to_date', 'pass', `HEAD contains ${REMOTE}/${base} (${remoteSha.slice(0, 7)})`)
    return result('up_to_date', 'fail', `HEAD is missing ${missing} commit(s) of ${REMOTE}/${base} (${remoteSha.slice(0, 7)}): merge or rebase onto it`)
  },

  async tests_pass(config, input, deps) {
    if (config.tests.source === 'checks') {
      if (!deps.github) return result('tests_pass', 'fail', 'source: checks needs github_token and GITHUB_REPOSITORY')
      let runs
      try {
        runs = await deps.github.checkRuns(input.head)
      } catch (error) {
        return result('tests_pass', 'fail', apiFailure(error))
      }
      const own = deps.runId ? `/actions/runs/${deps.runId}/` : null
      const relevant = runs.filter(run => !config.tests.ignoreChecks.includes(run.name) && !(own && run.detailsUrl?.includes(own)))
      if (relevant.length === 0) return result('tests_pass', 'fail', `no check runs on ${input.head.slice(0, 7)} to rely on`)
      const bad = relevant.filter(run => run.status !== 'completed' || !['success', 'neutral', 'skipped'].includes(run.conclusion ?? ''))
      const lines = bad.map(run => `${run.name}: ${run.status === 'completed' ? run.conclusion : run.status}`)
      return bad.length === 0
        ? result('tests_pass', 'pass', `all ${relevant.length} check run(s) on ${input.head.slice(0, 7)} succeeded`)
        : result('tests_pass', 'fail', `${bad.length} of ${relevant.length} check run(s) did not succeed`, lines)
    }
    if (!config.tests.command) return result('tests_pass', 'fail', 'no test command: set gates.tests_pass.command (or source: checks) in the gates configuration')
    const run = await deps.commands.run(config.tests.command, { cwd: deps.cwd, timeoutMs: config.tests.timeoutMinutes * 60_000 })
    if (run.error) return result('tests_pass', 'fail', `\`${config.tests.command}\` ${run.error}`, run.tail)
    return run.exitCode === 0
      ? result('tests_pass', 'pass', `\`${config.tests.command}\` passed`, run.tail.slice(-5))
      : result('tests_pass', 'fail', `\`${config.tests.command}\` exited with ${run.exitCode}`, run.tail)
  },

  async coverage(config, _input, deps) {
    const candidates = config.coverage.report ? [config.coverage.report] : ['coverage.xml', 'coverage.json', 'lcov.info', 'coverage/lcov.info', 'coverage/cobertura-coverage.xml']
    const file = candidates.find(candidate => deps.files.read(candidate) !== null)
    if (!file) return result('coverage', 'fail', `no coverage report at ${candidates.join(', ')}`)
    const { lineCoverage, ReportError } = await reports()
    try {
      const { percent, format } = lineCoverage(deps.files.read(file)!, file)
      const shown = `${percent.toFixed(1)} %`
      return percent + 1e-9 >= config.coverage.minLineCoverage
        ? result('coverage', 'pass', `line coverage ${shown} ≥ ${config.coverage.minLineCoverage} % (${format}, ${file})`)
        : result('coverage', 'fail', `line coverage ${shown} < ${config.coverage.minLineCoverage} % (${format}, ${file})`, [], [{ level: 'error', message: `Line coverage ${shown} is below ${config.coverage.minLineCoverage} %`, file }])
    } catch (error) {
      return result('coverage', 'fail', error instanceof ReportError ? error.message : `${file}: ${(error as Error).message}`)
    }
  },

  async security_scan_clean(config, input, deps) {
    const minimum = config.security.minSeverity
    const { atLeast, ReportError, sarifFindings } = await reports()
    let findings: Finding[] = []
    let source: string
    if (config.security.source === 'code-scanning') {
      if (!deps.github) return result('security_scan_clean', 'fail', 'source: code-scanning needs github_token and GITHUB_REPOSITORY')
      try {
        const alerts = await deps.github.openCodeScanningAlerts(input.head)
        findings = alerts.map(alert => ({
          ruleId: alert.ruleId,
          severity: ((alert.securitySeverity ?? (alert.severity === 'error' ? 'high' : alert.severity === 'warning' ? 'medium' : 'low')) as Finding['severity']),
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
      const pattern = config.security.sarif ?? '**/*.sarif'
      const matched = await deps.files.glob(pattern)
      if (matched.length === 0) return result('security_scan_clean', 'fail', `no SARIF files match ${pattern}: run the scanners first or fix gates.security_scan_clean.sarif`)
      for (const file of matched) {
        try {
          findings.push(...sarifFindings(deps.files.read(file) ?? '', file))
        } catch (error) {
          return result('security_scan_clean', 'fail', error instanceof ReportError ? error.message : `${file}: ${(error as Error).message}`)
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
      ? result('security_scan_clean', 'pass', `no findings at or above ${minimum} in ${source} (${findings.length} below)`)
      : result('security_scan_clean', 'fail', `${blocking.length} finding(s) at or above ${minimum} in ${source}`, blocking.slice(0, 20).map(f => `${f.severity} ${f.ruleId} ${f.file ?? ''}${f.line ? `:${f.line}` : ''}`), annotations)
  },

  async docs_updated(config, input, deps) {
    const { plan } = input
    if (!plan.previousTag) return result('docs_updated', 'skipped', 'first release: no previous release to compare with')
    const { migrationGuidePath, under } = await reports()
    const changed = await deps.git.diffNames(plan.previousTag, input.head)
    const source = under(changed, config.docs.sourcePaths)
    const docs = under(changed, config.docs.docsPaths)
    const problems: string[] = []
    if (source.length > 0 && docs.length === 0) problems.push(`${source.length} file(s) under ${config.docs.sourcePaths.join(', ')} changed since ${plan.previousTag} but nothing under ${config.docs.docsPaths.join(', ')}`)
    if (plan.bump === 'major') {
      const guide = migrationGuidePath(config.docs.migrationGuide, plan.version)
      if (deps.files.read(guide) === null) problems.push(`a major release needs a migration guide at ${guide}`)
    }
    if (problems.length > 0) return result('docs_updated', 'fail', problems.join('; '), source.slice(0, 10))
    return result('docs_updated', 'pass', source.length === 0 ? 'no source changes since the previous release' : `${docs.length} documentation file(s) changed with ${source.length} source file(s)`)
  },

  async performance_regression(config, input, deps) {
    const { plan } = input
    const current = config.performance.current ?? 'benchmarks.json'
    const baselinePath = config.performance.baseline ?? current
    if (!plan.previousTag) return result('performance_regression', 'skipped', 'first release: no previous benchmark to compare with')
    const now = deps.files.read(current)
    if (now === null) return result('performance_regression', 'fail', `no benchmark results at ${current} from this run`)
    const before = await deps.git.show(plan.previousTag, baselinePath)
    if (before === null) {
      return result('performance_regression', 'skipped', `no baseline ${baselinePath} at ${plan.previousTag}: commit the benchmark results with each release so the next can compare`, [], [{ level: 'warning', message: `performance_regression: no baseline at ${plan.previousTag}:${baselinePath}` }])
    }
    const { benchmarkMetrics, comparePerformance, ReportError } = await reports()
    try {
      const rows = comparePerformance(benchmarkMetrics(now, current), benchmarkMetrics(before, `${plan.previousTag}:${baselinePath}`), config.performance.directions)
      if (rows.length === 0) return result('performance_regression', 'fail', `no metric of ${current} is in the baseline ${plan.previousTag}:${baselinePath}`)
      const details = rows.map(r => `${r.metric}: ${r.baseline} → ${r.current} (${r.direction} is better, ${r.regressionPercent >= 0 ? '+' : ''}${r.regressionPercent.toFixed(1)} % worse)`)
      const bad = rows.filter(r => r.regressionPercent > config.performance.maxRegression)
      return bad.length === 0
        ? result('performance_regression', 'pass', `${rows.length} metric(s) within ${config.performance.maxRegression} % of ${plan.previousTag}`, details)
        : result('performance_regression', 'fail', `${bad.map(r => `${r.metric} ${r.regressionPercent.toFixed(1)} % worse`).join(', ')} than ${plan.previousTag} (limit ${config.performance.maxRegression} %)`, details)
    } catch (error) {
      return result('performance_regression', 'fail', error instanceof ReportError ? error.message : (error as Error).message)
    }
  },

  async approvals(config, input, deps) {
    if (!deps.github) return result('approvals', 'fail', 'approvals need github_token and GITHUB_REPOSITORY')
    const { plan } = input
    const wanted = config.approvalRequirements.length > 0 ? config.approvalRequirements : ['technical_lead_approval', 'security_team_approval', 'product_owner_approval'] as const
    const roles: Array<{ role: string, members: string[] }> = []
    if (wanted.includes('technical_lead_approval')) roles.push({ role: 'technical lead', members: config.approvals.technicalLead })
    if (wanted.includes('security_team_approval') && plan.bump === 'major') roles.push({ role: 'security team (major release)', members: config.approvals.securityTeam })
    if (wanted.includes('product_owner_approval') && plan.bump === 'minor') roles.push({ role: 'product owner (feature release)', members: config.approvals.productOwner })
    try {
      const pulls = await deps.github.pullsForCommit(input.head)
      const pull = pulls.find(candidate => candidate.mergedAt) ?? pulls[0]
      if (!pull) return result('approvals', 'fail', `HEAD (${input.head.slice(0, 7)}) did not come from a pull request, so it has no reviews`)
      const latest = new Map<string, string>()
      for (const review of [...(await deps.github.reviews(pull.number))].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) {
        if (review.state === 'COMMENTED') continue
        latest.set(review.user, review.state)
      }
      const approvers = [...latest].filter(([, state]) => state === 'APPROVED').map(([user]) => user)
      const lines: string[] = []
      const missing: string[] = []
      for (const { role, members } of roles) {
        if (members.length === 0) {
          missing.push(`${role}: no one is configured (gates.approvals)`)
          continue
        }
        let by: string | null = null
        for (const approver of approvers) {
          for (const member of members) {
            const [org, team] = member.split('/')
            if (team ? await deps.github.isTeamMember(org, team, approver) : member.toLowerCase() === approver.toLowerCase()) by = approver
            if (by) break
          }
          if (by) break
        }
        if (by) lines.push(`${role}: approved by ${by}`)
        else missing.push(`${role}: no approval from ${members.join(', ')}`)
      }
      return missing.length === 0
        ? result('approvals', 'pass', `pull request #${pull.number} has every approval a ${plan.bump} release needs`, lines)
        : result('approvals', 'fail', `pull request #${pull.number} lacks ${missing.length} approval(s)`, [...lines, ...missing])
    } catch (error) {
      return result('approvals', 'fail', apiFailure(error))
    }
  }
}

/** Runs every selected gate (none stops the others) and reports; changes nothing. */
export async function runGates(settings: Settings, input: GateInput, deps: GateDeps): Promise<GatesReport> {
  const { config: loaded, file } = await loadGatesConfig(settings, deps.files)
  const selected = selectGates(settings.gates, loaded)
  const config = loaded ?? defaultGatesConfig()
  const skipSlow = settings.severity === 'critical'
  const results: GateResult[] = []
  for (const name of selected) {
    if (skipSlow && config.slowGates.includes(name)) {
      results.push(result(name, 'skipped', 'severity: critical skips the slow gates (SKIP_SLOW_TESTS=true)'))
      continue
    }
    try {
      results.push(await deps.log.group(`Gate ${name}`, () => gates[name](config, input, deps, settings)))
    } catch (error) {
      results.push(result(name, 'fail', `the gate could not run: ${(error as Error).message ?? String(error)}`))
    }
    const last = results[results.length - 1]
    deps.log.info(`${last.gate}: ${last.status} — ${last.reason}`)
  }
  return {
    results,
    failed: results.some(r => r.status === 'fail'),
    skipSlowTests: skipSlow,
    rollbackTriggers: config.rollbackTriggers,
    configFile: file
  }
}
