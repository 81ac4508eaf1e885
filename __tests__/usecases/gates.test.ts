import { ConfigurationError } from '../../src/core/errors.js'
import { parseSettings } from '../../src/core/config/settings.js'
import type { GateResult } from '../../src/core/gates/types.js'
import { shellRunner } from '../../src/adapters/commands.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { OctokitGates } from '../../src/adapters/github/index.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { checkGateNames, gatesFailure, runGates } from '../../src/usecases/gates/run.js'
import { runRelease } from '../../src/usecases/release/index.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { projects, type TestRepo } from '../helpers/repo.js'

const TOKEN = 'ghs_gatesTestToken000000000000000000000'
const NOW = new Date('2026-11-25T12:00:00Z')

describe('validation gates', () => {
  const { project, cleanup } = projects()
  let github: FakeGitHub
  beforeAll(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterAll(async () => {
    cleanup()
    await github.stop()
  })

  /** Runs the release (dry run unless told) with the gates, and returns each gate's result. */
  /** `stopped`: the failure the step reports when the gates stopped the release (a result, not an exception). */
  async function gated(
    repo: TestRepo,
    inputs: Record<string, string>,
    config?: string
  ): Promise<{ results: GateResult[]; stopped: string | null; skipSlow: boolean }> {
    if (config !== undefined) repo.commit('ci: gates configuration', { '.github/release-gates.yml': config })
    const settings = parseSettings(name => ({ dry_run: 'true', ...inputs })[name])
    const git = new ExecGit(repo.dir)
    const deps = {
      git,
      remote: git,
      fetch: git,
      files: new LocalFiles(repo.dir),
      commands: shellRunner,
      github: new OctokitGates(TOKEN, 'acme/fastvlm', github.url, FAST_CLIENT),
      log: silentLogger,
      cwd: repo.dir,
      runId: '777'
    }
    const result = await runRelease(settings, {
      git: deps.git,
      remote: deps.git,
      origin: deps.git,
      files: deps.files,
      log: silentLogger,
      env: { now: NOW },
      gates: input => runGates(settings, input, deps)
    })
    return {
      results: result.gates?.results ?? [],
      stopped: result.status === 'stopped' ? gatesFailure(result.gates!) : null,
      skipSlow: result.gates?.skipSlowTests ?? false
    }
  }
  const statuses = (results: GateResult[]) => Object.fromEntries(results.map(r => [r.gate, r.status]))

  it("knows the gates by name or by the reference design's alias, and names them all when one is unknown", async () => {
    expect(() => checkGateNames(['clean_tree', 'all_tests_pass', 'security_scan'])).not.toThrow()
    expect(() => checkGateNames(['clean_tree', 'magic'])).toThrow(ConfigurationError)
    expect(() => checkGateNames(['clean_tree', 'magic'])).toThrow(
      /^Input gates has the invalid value "magic"\. Known gates: clean_tree, up_to_date, tests_pass, coverage, security_scan_clean, docs_updated, performance_regression, approvals, no_fixup_commits; or none\.$/
    )
    const repo = project('fix: a')
    await expect(gated(repo, { gates: 'clean_tree,magic' })).rejects.toThrow(
      /Input gates has the invalid value "magic"/
    )
  })

  describe('clean_tree and up_to_date (the default set)', () => {
    it('pass on a clean, up-to-date branch; the notes of an earlier dry run do not count', async () => {
      const repo = project('fix: a')
      repo.write('release-notes.md', 'from an earlier dry run')
      const { results, stopped } = await gated(repo, {})
      expect(stopped).toBeNull()
      expect(statuses(results)).toEqual({ clean_tree: 'pass', up_to_date: 'pass' })
    })

    it('fail on untracked and modified files, and on a branch behind origin; all gates run; nothing changes', async () => {
      const repo = project('fix: a')
      const other = `${repo.root}/other`
      repo.gitIn(repo.root, 'clone', '-q', repo.origin, other)
      for (const n of [1, 2])
        repo.gitIn(
          other,
          '-c',
          'user.name=o',
          '-c',
          'user.email=o@e',
          'commit',
          '-q',
          '--allow-empty',
          '-m',
          `fix: theirs ${n}`
        )
      repo.gitIn(other, 'push', '-q', 'origin', 'main')
      repo.write('scratch.txt', 'x')
      repo.write('pyproject.toml', repo.read('pyproject.toml') + '\n# edited\n')
      const before = repo.snapshot()
      const { results, stopped } = await gated(repo, { dry_run: 'false' })
      expect(stopped).toMatch(
        /^2 release gate\(s\) failed, nothing was changed: clean_tree \(2 uncommitted or untracked path\(s\)/
      )
      expect(results.find(r => r.gate === 'clean_tree')?.details).toEqual(['pyproject.toml', 'scratch.txt'])
      expect(results.find(r => r.gate === 'up_to_date')?.reason).toMatch(
        /^HEAD is missing 2 commit\(s\) of origin\/main \([0-9a-f]{7}\): merge or rebase onto it$/
      )
      expect(repo.snapshot()).toEqual(before) // the check fetched objects, not refs
    })

    it('skip up_to_date when origin has no such branch, saying so', async () => {
      const repo = project('fix: a')
      const { results } = await gated(repo, { base_branch: 'develop' })
      expect(results.find(r => r.gate === 'up_to_date')).toMatchObject({
        status: 'skipped',
        reason: 'origin has no branch develop (base_branch)'
      })
    })
  })

  describe('tests_pass', () => {
    const config = (command: string, extra = '') =>
      `release_gates:\n  required_checks: [tests_pass]\n  gates:\n    tests_pass:\n      command: ${JSON.stringify(command)}\n${extra}`
    const cases: Array<[string, string, string, RegExp]> = [
      ['passes on exit 0', 'echo 12 passed', 'pass', /`echo 12 passed` passed/],
      ['fails on a non-zero exit with the output tail', 'echo "1 failed"; exit 3', 'fail', /exited with 3/],
      ['fails when the command cannot start', 'no-such-test-runner --all', 'fail', /exited with 127/],
      ['fails on a timeout', 'sleep 5', 'fail', /timed out after 0 s/]
    ]
    it.each(cases)('%s', async (_name, command, status, reason) => {
      const repo = project('fix: a')
      const extra = command.startsWith('sleep') ? '      timeout_minutes: 0.005\n' : ''
      const { results } = await gated(repo, {}, config(command, extra))
      expect(results[0]).toMatchObject({ gate: 'tests_pass', status })
      expect(results[0].reason).toMatch(reason)
      if (command.includes('failed')) expect(results[0].details).toContain('1 failed')
    })

    it('with source: checks requires every check run on HEAD to have succeeded (its own run excepted)', async () => {
      const repo = project('fix: a')
      repo.commit('ci: gates', {
        '.github/release-gates.yml':
          'release_gates:\n  required_checks: [tests_pass]\n  gates:\n    tests_pass: { source: checks }\n'
      })
      const head = repo.git('rev-parse', 'HEAD')
      github.checkRuns.set(head, [
        { name: 'test (3.10)', status: 'completed', conclusion: 'success' },
        { name: 'lint', status: 'completed', conclusion: 'skipped' },
        {
          name: 'release',
          status: 'in_progress',
          conclusion: null,
          details_url: 'https://github.com/acme/fastvlm/actions/runs/777/job/1'
        }
      ])
      expect((await gated(repo, {})).results[0]).toMatchObject({
        status: 'pass',
        reason: `all 2 check run(s) on ${head.slice(0, 7)} succeeded`
      })
      github.checkRuns
        .get(head)!
        .push(
          { name: 'test (3.12)', status: 'completed', conclusion: 'failure' },
          { name: 'e2e', status: 'queued', conclusion: null }
        )
      const failing = (await gated(repo, {})).results[0]
      expect(failing).toMatchObject({
        status: 'fail',
        reason: '2 of 4 check run(s) did not succeed',
        details: ['test (3.12): failure', 'e2e: queued']
      })
    })
  })

  describe('coverage', () => {
    const config = (min: number, report?: string) =>
      `release_gates:\n  required_checks: [coverage]\n  gates:\n    coverage: { min_line_coverage: ${min}${report ? `, report: ${report}` : ''} }\n`
    it('passes at the threshold and fails below it', async () => {
      const repo = project('fix: a')
      repo.commit('test: coverage', { 'coverage.xml': '<coverage line-rate="0.80"></coverage>' })
      expect((await gated(repo, {}, config(80))).results[0]).toMatchObject({
        status: 'pass',
        reason: 'line coverage 80.0 % ≥ 80 % (Cobertura, coverage.xml)'
      })
      const below = await gated(repo, {}, config(80.5))
      expect(below.results[0]).toMatchObject({
        status: 'fail',
        reason: 'line coverage 80.0 % < 80.5 % (Cobertura, coverage.xml)'
      })
    })
    it('fails naming a missing or malformed report', async () => {
      const repo = project('fix: a')
      expect((await gated(repo, {}, config(80, 'out/cov.json'))).results[0]).toMatchObject({
        status: 'fail',
        reason: 'no coverage report at out/cov.json'
      })
      repo.commit('test: broken', { 'out/cov.json': '{"totals": ' })
      expect((await gated(repo, {})).results[0].reason).toMatch(/^out\/cov\.json is not valid JSON/)
    })
  })

  describe('security_scan_clean', () => {
    const sarif = (level: string, score?: string) =>
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'trivy',
                rules: [{ id: 'CVE-2026-0001', properties: score ? { 'security-severity': score } : {} }]
              }
            },
            results: [
              {
                ruleId: 'CVE-2026-0001',
                ruleIndex: 0,
                level,
                message: { text: 'vulnerable numpy' },
                locations: [
                  { physicalLocation: { artifactLocation: { uri: 'requirements.txt' }, region: { startLine: 3 } } }
                ]
              }
            ]
          }
        ]
      })
    const config =
      'release_gates:\n  required_checks: [security_scan_clean]\n  gates:\n    security_scan_clean: { sarif: "reports/*.sarif", min_severity: high }\n'
    it('fails on findings at or above the severity, each with an annotation at its file and line', async () => {
      const repo = project('fix: a')
      repo.commit('ci: scans', {
        'reports/trivy.sarif': sarif('warning', '7.5'),
        'reports/bandit.sarif': sarif('note')
      })
      const { results } = await gated(repo, {}, config)
      expect(results[0]).toMatchObject({ status: 'fail', reason: '1 finding(s) at or above high in 2 SARIF file(s)' })
      expect(results[0].annotations).toEqual([
        { level: 'error', message: '[trivy] CVE-2026-0001 (high): vulnerable numpy', file: 'requirements.txt', line: 3 }
      ])
    })
    it('passes below the severity and fails when no SARIF file matches or one is malformed', async () => {
      const repo = project('fix: a')
      expect((await gated(repo, {}, config)).results[0]).toMatchObject({
        status: 'fail',
        reason: 'no SARIF files match reports/*.sarif: run the scanners first or fix gates.security_scan_clean.sarif'
      })
      repo.commit('ci: scans', { 'reports/a.sarif': sarif('warning', '6.9') })
      expect((await gated(repo, {})).results[0]).toMatchObject({
        status: 'pass',
        reason: 'no findings at or above high in 1 SARIF file(s) (1 below)'
      })
      repo.commit('ci: broken', { 'reports/b.sarif': '{"runs": 5}' })
      expect((await gated(repo, {})).results[0]).toMatchObject({
        status: 'fail',
        reason: 'reports/b.sarif is not a SARIF log (no "runs" array)'
      })
    })
    it('with source: code-scanning fails on open alerts at or above the severity', async () => {
      const repo = project('fix: a')
      github.alerts.length = 0
      github.alerts.push({
        number: 7,
        rule: {
          id: 'py/path-injection',
          severity: 'error',
          security_severity_level: 'critical',
          description: 'Uncontrolled data used in path expression'
        },
        path: 'src/io.py',
        line: 12
      })
      const { results } = await gated(
        repo,
        {},
        'release_gates:\n  required_checks: [security_scan_clean]\n  gates:\n    security_scan_clean: { source: code-scanning }\n'
      )
      expect(results[0]).toMatchObject({
        status: 'fail',
        reason: '1 finding(s) at or above high in open code scanning alerts'
      })
      expect(results[0].annotations[0]).toMatchObject({ file: 'src/io.py', line: 12 })
      github.failGates = true
      expect((await gated(repo, {})).results[0].reason).toMatch(
        /^GitHub API GET \/repos\/acme\/fastvlm\/code-scanning\/alerts failed with 500: Server Error/
      )
      github.failGates = false
    })
  })

  describe('docs_updated', () => {
    const config = 'release_gates:\n  required_checks: [docs_updated]\n'
    it('fails when source changed without docs, passes with docs', async () => {
      const repo = project()
      repo.commit('feat: new api', { 'src/fast_vlm_ondevice/api.py': 'x = 1\n' })
      expect((await gated(repo, {}, config)).results[0]).toMatchObject({
        status: 'fail',
        reason: '1 file(s) under src/ changed since v1.2.0 but nothing under docs/, README.md',
        details: ['src/fast_vlm_ondevice/api.py']
      })
      repo.commit('docs: api', { 'docs/api.md': '# API\n' })
      expect((await gated(repo, {})).results[0].status).toBe('pass')
    })
    it('requires a migration guide for a major release', async () => {
      const repo = project()
      repo.commit('feat!: new api', { 'src/a.py': '1', 'docs/a.md': 'a' })
      expect((await gated(repo, {}, config)).results[0]).toMatchObject({
        status: 'fail',
        reason: expect.stringMatching(/^a major release needs a migration guide at docs\/migrations\/v2\.md: draft it /)
      })
      repo.commit('docs: migration', { 'docs/migrations/v2.md': '# Migrating to 2.0\n' })
      expect((await gated(repo, {})).results[0].status).toBe('pass')
    })
  })

  describe('performance_regression', () => {
    const config =
      'release_gates:\n  required_checks: [performance_regression]\n  gates:\n    performance_regression: { current: bench.json, directions: { images_per_s: higher } }\n'
    it('compares with the results stored at the previous release tag', async () => {
      const repo = project()
      repo.git('tag', '-d', 'v1.2.0')
      repo.commit('perf: baseline', {
        'bench.json': '{"latency_ms": 10, "images_per_s": 100}',
        '.github/release-gates.yml': config
      })
      repo.tag('v1.2.0')
      repo.commit('fix: a', { 'bench.json': '{"latency_ms": 11.9, "images_per_s": 81}' })
      expect((await gated(repo, {})).results[0]).toMatchObject({
        status: 'pass',
        reason: '2 metric(s) within 20 % of v1.2.0'
      })
      repo.commit('fix: b', { 'bench.json': '{"latency_ms": 12.5, "images_per_s": 79}' })
      expect((await gated(repo, {})).results[0]).toMatchObject({
        status: 'fail',
        reason: 'latency_ms 25.0 % worse, images_per_s 21.0 % worse than v1.2.0 (limit 20 %)'
      })
    })
    it('skips with a warning when the previous release has no baseline, fails without current results', async () => {
      const repo = project('fix: a')
      expect((await gated(repo, {}, config)).results[0]).toMatchObject({
        status: 'fail',
        reason: 'no benchmark results at bench.json from this run'
      })
      repo.commit('perf: results', { 'bench.json': '{"latency_ms": 10}' })
      expect((await gated(repo, {})).results[0]).toMatchObject({
        status: 'skipped',
        reason: expect.stringMatching(/^no baseline bench\.json at v1\.2\.0/)
      })
    })
  })

  describe('no_fixup_commits', () => {
    it('fails on fixup!/squash!/amend! commits since the previous release, naming them', async () => {
      const repo = project('feat: streaming', 'fixup! feat: streaming', 'fix: b', 'squash! fix: b')
      const { results, stopped } = await gated(repo, { gates: 'no_fixup_commits' })
      expect(results[0]).toMatchObject({
        gate: 'no_fixup_commits',
        status: 'fail',
        reason: '2 commit(s) since v1.2.0 still to squash (git rebase -i --autosquash)',
        details: ['squash! fix: b', 'fixup! feat: streaming']
      })
      expect(stopped).toMatch(/^1 release gate\(s\) failed/)
    })

    it('passes when they were squashed, and takes its prefixes from the configuration', async () => {
      const repo = project('feat: a', 'WIP: b')
      expect((await gated(repo, { gates: 'no_fixup_commits' })).results[0]).toMatchObject({
        status: 'pass',
        reason: 'no fixup! / squash! / amend! commits since v1.2.0'
      })
      const { results } = await gated(
        repo,
        { gates: 'no_fixup_commits' },
        'release_gates:\n  gates:\n    no_fixup_commits: { prefixes: ["WIP"] }\n'
      )
      expect(results[0]).toMatchObject({ status: 'fail', details: ['WIP: b'] })
    })
  })

  describe('approvals', () => {
    const config =
      'release_gates:\n  approval_requirements: [technical_lead_approval, security_team_approval, product_owner_approval]\n  gates:\n    approvals: { technical_lead: [alice], security_team: [acme/security], product_owner: [carol] }\n'
    it('needs the roles the release type calls for, from users and team members', async () => {
      const repo = project()
      repo.commit('feat!: new api')
      repo.commit('ci: gates', { '.github/release-gates.yml': config })
      const head = repo.git('rev-parse', 'HEAD')
      github.pulls.set(head, [{ number: 45, merged_at: '2026-11-24T10:00:00Z' }])
      github.teams.set('acme/security', ['sam'])
      github.reviews.set(45, [
        { user: 'alice', state: 'APPROVED', submitted_at: '2026-11-24T09:00:00Z' },
        { user: 'sam', state: 'CHANGES_REQUESTED', submitted_at: '2026-11-24T09:10:00Z' },
        { user: 'sam', state: 'COMMENTED', submitted_at: '2026-11-24T09:20:00Z' }
      ])
      const failing = (await gated(repo, {})).results[0]
      expect(failing).toMatchObject({
        status: 'fail',
        reason: 'pull request #45 lacks 1 approval(s)',
        details: ['technical lead: approved by alice', 'security team (major release): no approval from acme/security']
      })
      github.reviews.get(45)!.push({ user: 'sam', state: 'APPROVED', submitted_at: '2026-11-24T09:30:00Z' })
      expect((await gated(repo, {})).results[0]).toMatchObject({
        status: 'pass',
        details: ['technical lead: approved by alice', 'security team (major release): approved by sam']
      })
    })
    it('fails when HEAD came without a pull request', async () => {
      const repo = project('fix: direct push')
      expect((await gated(repo, {}, config)).results[0].reason).toMatch(/did not come from a pull request/)
    })
  })

  it('severity: critical skips the slow gates and sets SKIP_SLOW_TESTS', async () => {
    const repo = project('fix: a')
    const { results, skipSlow } = await gated(repo, { severity: 'critical', gates: 'tests_pass,clean_tree' })
    expect(statuses(results)).toEqual({ tests_pass: 'skipped', clean_tree: 'pass' })
    expect(results[0].reason).toBe('severity: critical skips the slow gates (SKIP_SLOW_TESTS=true)')
    expect(skipSlow).toBe(true)
  })

  it('gates: none runs no gate', async () => {
    const repo = project('fix: a')
    repo.write('dirty.txt', 'x')
    expect((await gated(repo, { gates: 'none' })).results).toEqual([])
  })
})
