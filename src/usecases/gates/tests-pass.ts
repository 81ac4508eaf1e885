import { stringList } from '../../core/gates/defaults.js'
import { result } from '../../core/gates/types.js'
import { apiFailure, defineGate } from './types.js'

/** The configured test command exits 0, or (source: checks) every check run on HEAD succeeded. */
export const testsPass = defineGate({
  name: 'tests_pass',
  aliases: ['all_tests_pass'],
  slow: true,
  schema: {
    command: { type: 'string', minLength: 1 },
    source: { enum: ['command', 'checks'] },
    timeout_minutes: { type: 'number', exclusiveMinimum: 0 },
    ignore_checks: stringList
  },
  params: raw => ({
    command: raw.command as string | undefined,
    source: (raw.source as 'command' | 'checks' | undefined) ?? 'command',
    timeoutMinutes: (raw.timeout_minutes as number | undefined) ?? 30,
    ignoreChecks: (raw.ignore_checks as string[] | undefined) ?? []
  }),
  async run(tests, input, deps) {
    if (tests.source === 'checks') {
      if (!deps.github) return result('tests_pass', 'fail', 'source: checks needs github_token and GITHUB_REPOSITORY')
      let runs
      try {
        runs = await deps.github.checkRuns(input.head)
      } catch (error) {
        return result('tests_pass', 'fail', apiFailure(error))
      }
      const own = deps.runId ? `/actions/runs/${deps.runId}/` : null
      const relevant = runs.filter(
        run => !tests.ignoreChecks.includes(run.name) && !(own && run.detailsUrl?.includes(own))
      )
      if (relevant.length === 0)
        return result('tests_pass', 'fail', `no check runs on ${input.head.slice(0, 7)} to rely on`)
      const bad = relevant.filter(
        run => run.status !== 'completed' || !['success', 'neutral', 'skipped'].includes(run.conclusion ?? '')
      )
      const lines = bad.map(run => `${run.name}: ${run.status === 'completed' ? run.conclusion : run.status}`)
      return bad.length === 0
        ? result('tests_pass', 'pass', `all ${relevant.length} check run(s) on ${input.head.slice(0, 7)} succeeded`)
        : result('tests_pass', 'fail', `${bad.length} of ${relevant.length} check run(s) did not succeed`, lines)
    }
    if (!tests.command) {
      return result(
        'tests_pass',
        'fail',
        'no test command: set gates.tests_pass.command (or source: checks) in the gates configuration'
      )
    }
    const run = await deps.commands.run(tests.command, { cwd: deps.cwd, timeoutMs: tests.timeoutMinutes * 60_000 })
    if (run.error) return result('tests_pass', 'fail', `\`${tests.command}\` ${run.error}`, run.tail)
    return run.exitCode === 0
      ? result('tests_pass', 'pass', `\`${tests.command}\` passed`, run.tail.slice(-5))
      : result('tests_pass', 'fail', `\`${tests.command}\` exited with ${run.exitCode}`, run.tail)
  }
})
