import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { projects } from '../helpers/repo.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { FAKE_TOKEN, runAction, runActionAsync } from '../helpers/runner.js'

/** End to end: the committed bundle, run as the Actions runner runs it. */
describe('dist/index.js as the runner runs it', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  beforeAll(() => {
    if (!existsSync(path.join(process.cwd(), 'dist', 'index.js')))
      throw new Error('dist/index.js is missing: run npm run build first')
  })

  it('releases, pushes, and writes outputs, NEW_VERSION and the job summary', () => {
    const repo = project(
      'fix(decoder): off-by-one',
      'feat(api)!: new session API\n\nBREAKING CHANGE: Session() takes a config object.'
    )
    const run = runAction(repo.dir, { push: 'true' })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      released: 'true',
      new_version: '2.0.0',
      previous_version: '1.2.0',
      tag: 'v2.0.0',
      previous_tag: 'v1.2.0',
      bump: 'major',
      release_notes: 'release-notes.md',
      dry_run: 'false',
      pushed: 'true',
      severity: ''
    })
    expect(run.outputs.commit_sha).toBe(repo.git('rev-parse', 'HEAD'))
    expect(run.outputs.reason).toMatch(
      /^major because of [0-9a-f]{7} breaking change: 1\.2\.0 → 2\.0\.0 \(no convention inferred: .*\)$/
    )
    expect(run.outputs.notes).toContain('https://github.com/acme/fastvlm/compare/v1.2.0...v2.0.0')
    expect(run.env).toEqual({ NEW_VERSION: '2.0.0', VERSION: '2.0.0' })
    expect(run.summary).toContain('## 🚀 Released v2.0.0 (from v1.2.0, major)')
    expect(run.summary).toMatch(/\| `[0-9a-f]{7}` \| major \(breaking change\) \| feat \| api \| new session API \|/)
    expect(run.summary).toContain("\n### What's Changed in v2.0.0\n") // the notes one level below the verdict
    expect(repo.remoteRefs()).toContain('refs/tags/v2.0.0')
    expect(run.stdout).toContain('::group::Reading history since v1.2.0')
  })

  it('dry run: git status, index and every ref unchanged; notes and summary written', () => {
    const repo = project('feat: preview me')
    const status = repo.git('status', '--porcelain=v1', '--untracked-files=all')
    const index = repo.indexHash()
    const refs = repo.git('for-each-ref', '--format=%(refname) %(objectname)')
    const run = runAction(repo.dir, { dry_run: 'true', push: 'true' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      released: 'true',
      new_version: '1.3.0',
      commit_sha: '',
      dry_run: 'true',
      pushed: 'false'
    })
    expect(repo.indexHash()).toBe(index)
    expect(repo.git('for-each-ref', '--format=%(refname) %(objectname)')).toBe(refs)
    expect(repo.git('status', '--porcelain=v1', '--untracked-files=all')).toBe(
      [status, '?? release-notes.md'].filter(Boolean).join('\n')
    )
    expect(run.summary).toContain('**Dry run**: nothing was changed')
    expect(repo.read('release-notes.md')).toBe(`${run.outputs.notes}`)
  })

  it('reports no release with released=false and empty new_version', () => {
    const repo = project('docs: readme')
    const run = runAction(repo.dir, {})
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ released: 'false', new_version: '', bump: 'none', tag: '' })
    expect(run.env).toEqual({})
    expect(run.summary).toContain('## No release')
    expect(run.summary).toContain('no releasable commits')
  })

  it('never lets commit text act as a workflow command, ping people or leak the token', () => {
    const repo = project(
      'fix: ::error::pwned\n\n::set-env name=NODE_OPTIONS::--require=/tmp/evil\n::add-mask::x',
      'feat: hello @octocat <script>alert(1)</script>'
    )
    const run = runAction(repo.dir, { dry_run: 'true' })
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('pwned')
    expect(run.stdout).not.toContain('evil')
    for (const line of run.stdout.split('\n'))
      if (line.startsWith('::')) expect(line).toMatch(/^::(group|endgroup|debug|add-mask)::/)
    expect(run.summary).not.toContain('<script>')
    expect(run.summary).toContain('`@octocat`')
    // the token is registered as a secret (the runner swallows that command line) and appears nowhere else
    expect(run.stdout).toContain(`::add-mask::${FAKE_TOKEN}`)
    const shown = run.stdout.split('\n').filter(line => !line.startsWith('::add-mask::'))
    const everything = [...shown, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n')
    expect(everything).not.toContain(FAKE_TOKEN)
  })

  const bad: Array<[string, Record<string, string>, RegExp]> = [
    [
      'bump',
      { bump: 'huge' },
      /::error::Input bump has the invalid value "huge"\. Allowed values: auto, patch, minor, major\./
    ],
    ['dry_run', { dry_run: 'maybe' }, /::error::Input dry_run has the invalid value "maybe"/],
    [
      'severity',
      { severity: 'low' },
      /::error::Input severity has the invalid value "low"\. Allowed values: \(empty\), critical, high, medium\./
    ],
    ['prerelease', { prerelease: 'rc.1' }, /::error::Input prerelease has the invalid value "rc\.1"/]
  ]
  it.each(bad)('fails on an invalid %s before touching anything', (_name, inputs, message) => {
    const repo = project('feat: x')
    const before = repo.snapshot()
    const run = runAction(repo.dir, inputs)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(message)
    expect(run.outputs).toEqual({})
    expect(repo.snapshot()).toEqual(before)
  })

  it('fails clearly outside a git repository', () => {
    const repo = project()
    const run = runAction(path.join(repo.root), {})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::This directory is not a git repository')
  })
})

describe('dist/index.js: hotfix and rollback as the runner runs them', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it('makes a hotfix on a hotfix/* branch with outputs hotfix and severity', () => {
    const repo = project('feat: on main')
    repo.tag('v1.3.0')
    repo.git('checkout', '-q', '-b', 'hotfix/crash', 'v1.2.0')
    repo.commit('fix: the crash')
    const run = runAction(repo.dir, { severity: 'critical' }, { GITHUB_REF_NAME: 'hotfix/crash' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      released: 'true',
      new_version: '1.2.1',
      hotfix: 'true',
      severity: 'critical',
      previous_tag: 'v1.2.0'
    })
    expect(run.summary).toContain('## 🚑 Hotfix v1.2.1 (severity: critical, patch of v1.2.0)')
  })

  it('rolls back through the GitHub API at GITHUB_API_URL and warns about the manual steps', async () => {
    const github = await new FakeGitHub(FAKE_TOKEN).start()
    try {
      const repo = project('feat: shipped')
      repo.tag('v1.3.0')
      repo.publish('main', '--tags')
      github.addRelease('v1.3.0')
      const run = await runActionAsync(
        repo.dir,
        { mode: 'rollback', version: '1.3.0', reason: 'crash on start', push: 'true' },
        { GITHUB_API_URL: github.url, GITHUB_ACTOR: 'octocat' }
      )
      expect(run.stdout).not.toContain('::error')
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({ rolled_back_version: '1.3.0', restored_version: '1.2.0', pushed: 'true' })
      expect(JSON.parse(run.outputs.rollback_steps).map((s: { status: string }) => s.status)).toEqual([
        'done',
        'done',
        'done',
        'done',
        'done'
      ])
      expect(run.stdout).toMatch(
        /::warning title=Manual step to finish the rollback of v1\.3\.0::PyPI: .*fast-vlm-ondevice==1\.3\.0/
      )
      expect(run.summary).toContain('## ⏪ Rolled back v1.3.0')
      expect(github.hasRelease('v1.3.0')).toBe(false)
      expect(github.requests.every(r => r.authorization === `token ${FAKE_TOKEN}`)).toBe(true)
      expect(repo.remoteRefs()).not.toContain('v1.3.0')
      expect(
        run.stdout
          .split('\n')
          .filter(line => !line.startsWith('::add-mask::'))
          .join('\n')
      ).not.toContain(FAKE_TOKEN)
    } finally {
      await github.stop()
    }
  })

  it('fails a rollback without a version with one clear error', () => {
    const repo = project()
    const run = runAction(repo.dir, { mode: 'rollback' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::mode: rollback needs the version input')
  })
})

describe('dist/index.js: release gates as the runner runs them', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it('a failing gate fails the step, annotates, reports, and leaves the repository byte-identical', () => {
    const repo = project('feat: new thing')
    repo.commit('ci: gates', {
      '.github/release-gates.yml':
        'release_gates:\n  required_checks: [clean_tree, coverage, security_scan_clean]\n  gates:\n    coverage: { report: coverage.xml, min_line_coverage: 90 }\n    security_scan_clean: { sarif: "*.sarif" }\n',
      'coverage.xml': '<coverage line-rate="0.5"></coverage>',
      'scan.sarif': JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'bandit' } },
            results: [
              {
                ruleId: 'B602',
                level: 'error',
                message: { text: 'shell=True' },
                locations: [{ physicalLocation: { artifactLocation: { uri: 'src/run.py' }, region: { startLine: 9 } } }]
              }
            ]
          }
        ]
      })
    })
    repo.publish('main')
    const before = repo.snapshot()
    const index = repo.indexHash()
    const run = runAction(repo.dir, { push: 'true' })
    expect(run.code).toBe(1)
    expect(repo.snapshot()).toEqual(before)
    expect(repo.indexHash()).toBe(index)
    // (the runner decodes %25 back to %)
    expect(run.stdout).toMatch(
      /^::error::2 release gate\(s\) failed, nothing was changed: coverage \(line coverage 50\.0 %25 < 90 %25/m
    )
    expect(run.stdout).toContain(
      '::error title=Release gate coverage failed::coverage: line coverage 50.0 %25 < 90 %25 (Cobertura, coverage.xml)'
    )
    expect(run.stdout).toContain(
      '::error title=Release gate security_scan_clean,file=src/run.py,line=9::[bandit] B602 (high): shell=True'
    )
    expect(JSON.parse(run.outputs.gates).map((g: { gate: string; status: string }) => `${g.gate}:${g.status}`)).toEqual(
      ['clean_tree:pass', 'coverage:fail', 'security_scan_clean:fail']
    )
    expect(run.outputs.released).toBe('false')
    expect(run.summary).toContain('**Stopped by the release gates**: nothing was changed.')
    expect(run.summary).toContain('| coverage | ❌ fail | line coverage 50.0 % &lt; 90 % (Cobertura, coverage.xml) |')
  })

  it('severity: critical exports SKIP_SLOW_TESTS and says which gates were skipped', () => {
    const repo = project('fix: urgent')
    const run = runAction(repo.dir, { severity: 'critical', gates: 'clean_tree,tests_pass', dry_run: 'true' })
    expect(run.code).toBe(0)
    expect(run.env).toMatchObject({ SKIP_SLOW_TESTS: 'true' })
    expect(run.summary).toContain('slow gates skipped (tests_pass); SKIP_SLOW_TESTS=true is set for later steps')
  })
})

describe('dist/index.js: publishing as the runner runs it', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it('releases, then mode: publish makes the GitHub release with assets, SBOM and checksums', async () => {
    const github = await new FakeGitHub(FAKE_TOKEN).start()
    try {
      const repo = project('feat: wheels')
      // what belongs to the repository, in its configuration file; the inputs below win where they disagree
      repo.commit('ci: release configuration', {
        '.github/release-action.yml': [
          'create_release: false',
          'assets: [dist/*]',
          'expected_assets:',
          '  - fast_vlm_ondevice-{pep440_version}-py3-none-any.whl',
          '  - models-{version}.zip',
          ''
        ].join('\n')
      })
      const made = runAction(repo.dir, { push: 'true' })
      expect(made.code).toBe(0)
      repo.write('dist/fast_vlm_ondevice-1.3.0-py3-none-any.whl', 'wheel')
      repo.write('dist/notes.txt', 'not an asset: the input narrows the glob')
      const run = await runActionAsync(
        repo.dir,
        { mode: 'publish', create_release: 'true', assets: 'dist/*.whl' },
        { GITHUB_API_URL: github.url }
      )
      expect(run.summary).toContain(
        'Input create_release ("true") overrides create_release: "false" of .github/release-action.yml.'
      )
      expect(run.summary).toContain(
        'Input assets ("dist/*.whl") overrides assets: "dist/*" of .github/release-action.yml.'
      )
      expect(run.stdout).toContain('::notice title=Input over configuration file::Input create_release')
      expect(run.stdout).not.toContain('::error')
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({
        release_url: 'https://github.com/acme/fastvlm/releases/tag/v1.3.0',
        sbom: path.join(repo.dir, '..', 'runner-temp', 'fastvlm-release', 'SBOM-1.3.0.json'),
        new_version: '1.3.0'
      })
      expect(JSON.parse(run.outputs.assets).map((a: { name: string }) => a.name)).toEqual([
        'fast_vlm_ondevice-1.3.0-py3-none-any.whl',
        'SBOM-1.3.0.json',
        'SHA256SUMS'
      ])
      expect(Buffer.from(run.outputs.hashes, 'base64').toString()).toMatch(
        /^[0-9a-f]{64} {2}SBOM-1\.3\.0\.json\n[0-9a-f]{64} {2}fast_vlm_ondevice-1\.3\.0-py3-none-any\.whl\n$/
      )
      expect(github.release('v1.3.0')?.body).toBe(made.outputs.notes)
      expect(run.summary).toContain('| fast_vlm_ondevice-1.3.0-py3-none-any.whl | ✅ |')
      expect(run.summary).toContain('| models-1.3.0.zip | ❌ missing |')
    } finally {
      await github.stop()
    }
  }, 30_000)
})

describe('dist/index.js: metrics and integrations as the runner runs them', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it('never shows the secrets in logs, outputs or the summary, while talking to every service', async () => {
    const { FakeService, jiraHandler } = await import('../helpers/service.js')
    const secrets = {
      datadog: 'dd-e2e-secret-0123456789',
      slack: 'slack-e2e-secret-abcdef',
      jira: 'jira-e2e-secret-token-42'
    }
    const auth = `Basic ${Buffer.from(`bot@acme.dev:${secrets.jira}`).toString('base64')}`
    const datadog = await new FakeService(() => ({ status: 202, body: { errors: [] } })).start()
    const slack = await new FakeService(() => ({ status: 200, body: 'ok' })).start()
    const jira = await new FakeService(
      jiraHandler({
        projects: { FVLM: '10001' },
        versions: {},
        issues: { 'FVLM-3': { fixVersions: [], status: 'Open' } },
        auth
      })
    ).start()
    try {
      const repo = project('feat: FVLM-3 streaming decoder')
      const run = await runActionAsync(repo.dir, {
        push: 'true',
        datadog_api_key: secrets.datadog,
        datadog_api_url: datadog.url,
        slack_webhook_url: `${slack.url}/services/T1/B1/${secrets.slack}`,
        jira_base_url: jira.url,
        jira_user: 'bot@acme.dev',
        jira_token: secrets.jira,
        jira_projects: 'FVLM'
      })
      expect(run.stdout).not.toContain('::error')
      expect(run.code).toBe(0)
      expect([datadog.requests.length, slack.requests.length]).toEqual([1, 1])
      expect(JSON.parse(run.outputs.jira_issues)).toEqual([
        { key: 'FVLM-3', status: 'updated', detail: 'fixVersions += v1.3.0, moved through "Released"' }
      ])
      expect(JSON.parse(run.outputs.metrics)).toMatchObject({
        windowDays: 90,
        deploymentFrequency: { unit: 'releases/week' }
      })
      expect(readFileSync(run.outputs.metrics_file, 'utf8')).toBe(
        `${JSON.stringify(JSON.parse(run.outputs.metrics), null, 2)}\n`
      )
      // the metrics are mode: metrics' page; a release's summary shows them only with summary_metrics: true
      expect(run.summary).not.toContain('DORA metrics')
      expect(run.summary).toContain('| Slack | sent | release message |')
      // every secret is registered with the runner, and shows nowhere else
      const shown = [
        run.stdout
          .split('\n')
          .filter(line => !line.startsWith('::add-mask::'))
          .join('\n'),
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
        JSON.stringify(run.env)
      ].join('\n')
      for (const secret of Object.values(secrets)) {
        expect(run.stdout).toContain(`::add-mask::`)
        expect(shown).not.toContain(secret)
      }
      expect(run.stdout).toContain(`::add-mask::${secrets.datadog}`)
      expect(run.stdout).toContain(`::add-mask::${secrets.jira}`)
    } finally {
      await datadog.stop()
      await slack.stop()
      await jira.stop()
    }
  }, 30_000)

  it('mode: metrics computes the metrics without releasing', () => {
    const repo = project('feat: not released')
    const before = repo.git('for-each-ref')
    const run = runAction(repo.dir, { mode: 'metrics', metrics_window: '30' })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.metrics)).toMatchObject({ windowDays: 30 })
    expect(run.summary).toMatch(/^## DORA metrics/m)
    // the releases fall in one week: no near-empty charts
    expect(run.summary).not.toContain('```mermaid')
    expect(run.summary).toContain('_No charts yet')
    expect(repo.git('for-each-ref')).toBe(before)
  })

  it('rejects a Slack webhook that is not https', () => {
    const repo = project('fix: x')
    const run = runAction(repo.dir, { slack_webhook_url: 'http://hooks.slack.example/services/T/B/secret-xyz' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Input slack_webhook_url must be an https:// URL')
    expect(
      run.stdout
        .split('\n')
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n')
    ).not.toContain('secret-xyz')
  })
})

describe('dist/index.js: the migration guide as the runner runs it', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  it('drafts the guide of a major release; the release refuses the untouched draft and takes the edited one', () => {
    const repo = project()
    repo.commit('ci: gates', { '.github/release-gates.yml': 'release_gates:\n  required_checks: [docs_updated]\n' })
    const sha = repo.commit('feat(api)!: drop the v1 session API (#41)\n\nBREAKING CHANGE: use Session.open().\n')
    repo.publish('main')
    const drafted = runAction(repo.dir, { mode: 'migration_guide' })
    expect(drafted.code).toBe(0)
    expect(drafted.outputs).toMatchObject({ migration_guide: 'docs/migrations/v2.md', tag: 'v2.0.0' })
    const guide = repo.read('docs/migrations/v2.md')
    expect(guide).toContain(
      `Commit [${sha.slice(0, 7)}](https://github.com/acme/fastvlm/commit/${sha}), pull request [#41](https://github.com/acme/fastvlm/pull/41).`
    )
    repo.git('add', 'docs/migrations/v2.md')
    repo.git('commit', '-q', '-m', 'docs: migration guide draft')
    const before = repo.snapshot()
    const refused = runAction(repo.dir, { push: 'true' })
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain('the migration guide at docs/migrations/v2.md is the untouched draft: edit it')
    expect(repo.snapshot()).toEqual(before)
    repo.write(
      'docs/migrations/v2.md',
      guide.replace('use Session.open().', 'Replace `Session()` with `Session.open()`.')
    )
    repo.git('commit', '-q', '-am', 'docs: migration guide')
    const released = runAction(repo.dir, { push: 'true' })
    expect(released.code).toBe(0)
    expect(released.outputs).toMatchObject({ released: 'true', new_version: '2.0.0', pushed: 'true' })
  })
})
