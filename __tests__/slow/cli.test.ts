import { spawnSync } from 'node:child_process'
import * as path from 'node:path'
import { projects } from '../helpers/repo.js'
import { cli as runCli } from '../../src/cli.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { FAKE_TOKEN, runAction } from '../helpers/runner.js'

const CLI = path.join(process.cwd(), 'dist', 'cli', 'index.js')

function cli(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 25) / 1000),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/fastvlm'
    }
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('fastvlm-release CLI (bundled)', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it('plan (the default) previews the release and changes nothing', () => {
    const repo = project('feat: a')
    const refs = repo.git('for-each-ref')
    const run = cli(repo.dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /^Would release v1\.3\.0 \(minor from v1\.2\.0\)\nWhy: minor because of [0-9a-f]{7} feature: 1\.2\.0 → 1\.3\.0 \(no convention inferred: 0 earlier release\(s\)[^\n]*\)\n/
    )
    expect(run.stdout).toContain('Version file: pyproject.toml 1.2.0 → 1.3.0')
    expect(repo.git('for-each-ref')).toBe(refs)
    // nothing written into the repository: not even the notes file (the report shows the notes)
    expect(repo.git('status', '--porcelain', '--untracked-files=all', '--ignored')).toBe('')
    expect(run.stdout).toContain("## What's Changed in v1.3.0")
  })

  it('--json prints the same outputs as the action', () => {
    const repo = project('fix: a')
    const viaCli = JSON.parse(cli(repo.dir, 'plan', '--json', '--online').stdout) as Record<string, unknown>
    const viaAction = runAction(repo.dir, { dry_run: 'true' }).outputs
    expect(viaAction.jira_issues).toBe('[]')
    // the action's JSON-valued outputs (strings there) are nested objects here
    const nestedAction = Object.fromEntries(
      Object.entries(viaAction).map(([name, value]) => [name, /^[[{]/.test(value) ? JSON.parse(value) : value])
    )
    // the one difference: plan writes no notes file, so it names none (the action's dry run writes it)
    expect(viaAction.release_notes).toBe('release-notes.md')
    expect(viaCli).toEqual({ ...nestedAction, release_notes: '' })
    expect(viaCli.jira_issues).toEqual([])
    expect(viaCli.gates).toEqual([
      expect.objectContaining({ gate: 'clean_tree', status: 'pass' }),
      expect.objectContaining({ gate: 'up_to_date' })
    ])
    expect(viaCli.new_version).toBe('1.2.1')
    // without --online nothing goes over the network: up_to_date (which reads origin) is skipped, saying why
    const offline = JSON.parse(cli(repo.dir, 'plan', '--json').stdout) as {
      gates: Array<{ gate: string; status: string; reason: string }>
    }
    expect(offline.gates[1]).toMatchObject({
      gate: 'up_to_date',
      status: 'skipped',
      reason: 'this run does not read origin (the CLI: --online or --push)'
    })
  })

  it('apply makes the release commit and tag; -C picks the directory', () => {
    const repo = project('feat!: b')
    const run = cli(repo.root, 'apply', '-C', repo.dir, '--changelog-file', '', '-q')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Released v2.0.0 (major from v1.2.0)')
    expect(repo.git('describe', '--exact-match', 'HEAD')).toBe('v2.0.0')
    expect(repo.git('ls-files', 'CHANGELOG.md')).toBe('')
  })

  it('rollback VERSION previews with --dry-run, then rolls back', () => {
    const repo = project('feat: d')
    repo.tag('v1.3.0')
    // offline, the preview does not read origin, and says so (--online reads whether the tag is there)
    const offline = cli(repo.dir, 'rollback', '1.3.0', '--dry-run', '--reason', 'broken wheel')
    expect(offline.code).toBe(0)
    expect(offline.stderr).toContain(
      'remote tag: would do (delete v1.3.0 on origin (if it is there: origin was not read))'
    )
    expect(repo.git('tag', '--list', 'v1.3.0')).toBe('v1.3.0')
    const preview = cli(repo.dir, 'rollback', '1.3.0', '--dry-run', '--online', '--reason', 'broken wheel')
    expect(preview.code).toBe(0)
    expect(preview.stdout).toContain('Would roll back v1.3.0; users are back on 1.2.0.')
    expect(repo.git('tag', '--list', 'v1.3.0')).toBe('v1.3.0')
    expect(cli(repo.dir, 'rollback', 'v1.3.0', '--reason', 'broken wheel', '-q')).toMatchObject({
      code: 1,
      stderr:
        'error: rollback deletes the tag on origin and the GitHub release: add --push to let it change the remote, or --dry-run to preview.\n'
    })
    expect(repo.git('tag', '--list', 'v1.3.0')).toBe('v1.3.0')
    const done = cli(repo.dir, 'rollback', 'v1.3.0', '--reason', 'broken wheel', '-q', '--push')
    expect(done.code).toBe(0)
    expect(done.stdout).toContain('Rolled back v1.3.0; users are back on 1.2.0.')
    expect(repo.git('tag', '--list', 'v1.3.0')).toBe('')
    expect(cli(repo.dir, 'rollback')).toMatchObject({ code: 2 })
  })

  it('touches no remote without --push, even when the configuration file says push: true', () => {
    const repo = project('feat: e')
    repo.commit('ci: configuration', { '.github/release-action.yml': 'push: true\n' })
    repo.publish('main')
    const remote = repo.remoteRefs()
    const run = cli(repo.dir, 'apply', '-q')
    expect(run.code).toBe(0)
    expect(repo.git('describe', '--exact-match', 'HEAD')).toBe('v1.3.0')
    expect(repo.remoteRefs()).toBe(remote)
    expect(cli(repo.dir, 'apply', '-q', '--push').code).toBe(0) // converges: pushes what the first made
    expect(repo.remoteRefs()).toContain('refs/tags/v1.3.0')
  })

  it('rejects bad options with a clear message and exit code', () => {
    const repo = project('feat: c')
    expect(cli(repo.dir, 'plan', '--bump', 'huge')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Input bump has the invalid value "huge"')
    })
    expect(cli(repo.dir, 'release')).toMatchObject({
      code: 2,
      stderr:
        'error: unknown command "release". Commands: plan, apply, rollback, publish, metrics, migration-guide (fastvlm-release --help).\n'
    })
    expect(cli(repo.dir, 'metrics', 'extra')).toMatchObject({
      code: 2,
      stderr: 'error: metrics takes no argument, such as: fastvlm-release metrics (got extra).\n'
    })
    expect(cli(repo.dir, 'rollback')).toMatchObject({
      code: 2,
      stderr: 'error: rollback takes VERSION, such as: fastvlm-release rollback 1.3.0.\n'
    })
    // argument errors in this tool's words, not Node's
    expect(cli(repo.dir, '--frobnicate')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: unknown option --frobnicate. The options are listed by fastvlm-release --help.\n'
    })
    expect(cli(repo.dir, 'plan', '--tag-prefix')).toMatchObject({
      code: 2,
      stderr: 'error: option --tag-prefix needs a value, such as --tag-prefix VALUE.\n'
    })
    expect(cli(repo.dir, '--version')).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^fastvlm-release \d+\.\d+\.\d+/),
      stderr: ''
    })
    expect(cli(repo.dir, '-V').stdout).toBe(cli(repo.dir, '--version').stdout)
    expect(cli(repo.dir, '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: fastvlm-release')
    })
  })
})

describe('fastvlm-release CLI from source', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)
  const env = {
    ...process.env,
    SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 25) / 1000),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/fastvlm',
    GITHUB_TOKEN: FAKE_TOKEN
  }

  it('--help keeps a space between every option and its text, however long the option', async () => {
    const help = (await runCli(['--help'], env)).stdout
    const options = help.split('\n').filter(line => /^ {2}-/.test(line))
    expect(options.length).toBeGreaterThan(40)
    for (const line of options.filter(option => option.startsWith('  --'))) {
      // --name VALUE (VALUE: NAME-IN-CAPITALS or a|b|c), then the text: a value never runs into the text
      const value = line.trim().split(/\s+/)[1]
      if (/[A-Z|]/.test(value.charAt(0)) || value.includes('|'))
        expect({ line, value: /^(?:[A-Z0-9-]+|[a-z0-9-]+(?:\|[a-z0-9-]+)+)$/.test(value) }).toEqual({
          line,
          value: true
        })
    }
    expect(help).toContain('--preview-merge-method auto|squash|merge|rebase preview: how pull requests are merged')
  })

  it('runs every mode: plan, apply, publish, metrics, rollback', async () => {
    const github = await new FakeGitHub(FAKE_TOKEN).start()
    try {
      const repo = project('feat: a')
      const withApi = { ...env, GITHUB_API_URL: github.url }
      expect(await runCli(['plan', '-C', repo.dir], withApi)).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^Would release v1\.3\.0 \(minor from v1\.2\.0\)\n/)
      })
      expect(github.requests).toEqual([]) // plan: no network, though a token and an API are there
      expect(await runCli(['apply', '-q', '--push', '-C', repo.dir], withApi)).toMatchObject({
        code: 0,
        stdout: expect.stringContaining('Released v1.3.0')
      })
      // without --push: refused before anything is done
      expect(await runCli(['publish', '--create-release', '--no-sbom', '-C', repo.dir], withApi)).toMatchObject({
        code: 1,
        stderr: expect.stringContaining('publish creates the GitHub release: add --push')
      })
      expect(github.requests).toEqual([])
      const published = await runCli(
        ['publish', '--create-release', '--no-sbom', '--json', '--push', '-C', repo.dir],
        withApi
      )
      expect(published.stderr).toBe('')
      expect(JSON.parse(published.stdout)).toMatchObject({
        release_url: 'https://github.com/acme/fastvlm/releases/tag/v1.3.0',
        sbom: '',
        tag: 'v1.3.0'
      })
      expect(github.requests.every(r => r.authorization === `token ${FAKE_TOKEN}`)).toBe(true) // GITHUB_TOKEN, as the action's fallback
      const metrics = await runCli(['metrics', '--json', '--dry-run', '-C', repo.dir], withApi)
      expect(JSON.parse(metrics.stdout).metrics).toMatchObject({ windowDays: 90 })
      const rolled = await runCli(['rollback', '1.3.0', '--reason', 'broken', '-q', '--push', '-C', repo.dir], withApi)
      expect(rolled).toMatchObject({
        code: 0,
        stdout: expect.stringContaining('Rolled back v1.3.0; users are back on 1.2.0.')
      })
      expect(rolled.stdout).toContain(
        'GitHub release: done (deleted https://github.com/acme/fastvlm/releases/tag/v1.3.0)'
      )
    } finally {
      await github.stop()
    }
  })

  it('reports gates that stop a release on stderr with exit code 1, and refuses upload_artifact', async () => {
    const repo = project('fix: a')
    repo.write('scratch.txt', 'x')
    const stopped = await runCli(['apply', '--gates', 'clean_tree', '-q', '-C', repo.dir], env)
    expect(stopped.code).toBe(1)
    expect(stopped.stderr).toMatch(
      /^ {2}clean_tree: fail — 1 uncommitted or untracked path\(s\).*\nerror: 1 release gate\(s\) failed, nothing was changed/
    )
    const artifact = await runCli(['apply', '--upload-artifact', '--gates', 'none', '-C', repo.dir], env)
    expect(artifact).toMatchObject({
      code: 1,
      stderr: 'error: upload_artifact needs a workflow run: use the action, or leave upload_artifact off.\n'
    })
    expect(repo.git('tag', '--list', 'v1.2.1')).toBe('') // refused before anything was done
  })
})
