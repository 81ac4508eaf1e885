import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { guideState } from '../../src/core/migration/guide.js'
import { cli } from '../../src/cli.js'
import { projects, type TestRepo } from '../helpers/repo.js'
import { runActionFromSource } from '../helpers/runner.js'
import { parse as parseYaml } from 'yaml'

const GUIDE = 'docs/migrations/v2.md'
const GATES = 'release_gates:\n  required_checks: [docs_updated]\n'

/**
 * mode: migration_guide on real repositories with a bare origin: breaking commits with and without a
 * pull request number, the draft written in the working tree, then the docs_updated gate of a real
 * release refusing the untouched draft and accepting it once a person edited it.
 */
describe('mode: migration_guide', () => {
  const { project, cleanup } = projects()
  afterAll(cleanup)

  /** A project released as v1.2.0, then two breaking commits (one merged from a PR) and a fix. */
  function breaking(): { repo: TestRepo; withPr: string; bangOnly: string } {
    const repo = project()
    repo.commit('ci: gates', { '.github/release-gates.yml': GATES })
    const withPr = repo.commit(
      'feat(api)!: remove the v1 endpoints (#12)\n\nBREAKING CHANGE: /v1/infer is gone; call /v2/infer.\n\n```sh\ncurl -X POST https://host/v2/infer\n```\n',
      { 'src/api.py': 'v2\n', 'docs/api.md': '# API v2\n' }
    )
    repo.commit('fix: a crash on empty images')
    const bangOnly = repo.commit('refactor!: rename load_model to load, thanks @octocat <b>!</b>')
    repo.publish('main')
    return { repo, withPr, bangOnly }
  }

  async function draft(repo: TestRepo, inputs: Record<string, string> = {}) {
    return runActionFromSource(repo.dir, { mode: 'migration_guide', ...inputs })
  }

  async function release(repo: TestRepo) {
    return runActionFromSource(repo.dir, { push: 'true' })
  }

  it('drafts the guide from the breaking changes, with commits and pull requests, in the working tree only', async () => {
    const { repo, withPr, bangOnly } = breaking()
    const before = repo.snapshot()
    const run = await draft(repo)
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ migration_guide: GUIDE, new_version: '2.0.0', tag: 'v2.0.0', bump: 'major' })
    const text = repo.read(GUIDE)
    expect(guideState(text)).toBe('draft')
    expect(text).toContain('# Migrating to v2\n')
    expect(text).toContain(
      `## api: remove the v1 endpoints\n\nCommit [${withPr.slice(0, 7)}](https://github.com/acme/fastvlm/commit/${withPr}), pull request [#12](https://github.com/acme/fastvlm/pull/12).\n\n/v1/infer is gone; call /v2/infer.\n\n\`\`\`sh\ncurl -X POST https://host/v2/infer\n\`\`\`\n`
    )
    expect(text).toContain(
      `## rename load\\_model to load, thanks \`@octocat\` &lt;b>!&lt;/b>\n\nCommit [${bangOnly.slice(0, 7)}](https://github.com/acme/fastvlm/commit/${bangOnly}).\n`.replace(
        'load\\_model',
        'load_model'
      )
    )
    expect(text).not.toContain('crash on empty images')
    // no commit, no tag, no push: only the new file
    const after = repo.snapshot()
    expect({ ...after, status: '' }).toEqual({ ...before, status: '' })
    expect(after.status).toBe('?? docs/migrations/v2.md')
    expect(run.summary).toContain('Drafted `docs/migrations/v2.md` for v2.0.0: 2 breaking change(s).')
    expect(run.stdout).toContain('Wrote docs/migrations/v2.md: 2 breaking change(s) of v2.0.0, a new draft')
  })

  it('the docs gate refuses the untouched draft (before anything changes) and accepts it once edited', async () => {
    const { repo } = breaking()
    const missing = await release(repo)
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain(
      'a major release needs a migration guide at docs/migrations/v2.md: draft it from the breaking changes with mode: migration_guide'
    )
    await draft(repo)
    repo.git('add', GUIDE)
    repo.git('commit', '-q', '-m', 'docs: migration guide draft')
    const before = repo.snapshot()
    const untouched = await release(repo)
    expect(untouched.code).toBe(1)
    expect(untouched.stdout).toContain(
      '::error::1 release gate(s) failed, nothing was changed: docs_updated (the migration guide at docs/migrations/v2.md is the untouched draft: edit it'
    )
    expect(repo.snapshot()).toEqual(before)
    // the same draft checked out with CRLF line endings (a Windows clone) is still untouched
    writeFileSync(path.join(repo.dir, GUIDE), repo.read(GUIDE).replace(/\n/g, '\r\n'))
    repo.git('commit', '-q', '-am', 'docs: the draft in CRLF')
    expect((await release(repo)).code).toBe(1)

    repo.write(
      GUIDE,
      repo
        .read(GUIDE)
        .replace('/v1/infer is gone; call /v2/infer.', 'Replace `/v1/infer` with `/v2/infer`; the payload is the same.')
    )
    repo.git('commit', '-q', '-am', 'docs: migration guide')
    const edited = await release(repo)
    expect(edited.code).toBe(0)
    expect(edited.outputs).toMatchObject({ released: 'true', new_version: '2.0.0', pushed: 'true' })
    expect(JSON.parse(edited.outputs.gates)).toEqual([
      expect.objectContaining({ gate: 'docs_updated', status: 'pass' })
    ])
    // once released, there is nothing left to draft
    const after = await draft(repo)
    expect(after.stdout).toContain('No migration guide: v2.0.0 is already released at HEAD.')
    expect(after.outputs.migration_guide).toBe('')
  })

  it('an empty guide is no guide: the gate asks for one and the mode drafts it', async () => {
    const { repo } = breaking()
    repo.commit('docs: placeholder', { [GUIDE]: '\n' })
    const before = repo.snapshot()
    const empty = await release(repo)
    expect(empty.code).toBe(1)
    expect(empty.stdout).toContain('docs_updated (a major release needs a migration guide at docs/migrations/v2.md')
    expect(repo.snapshot()).toEqual(before)
    expect((await draft(repo)).summary).toContain('Drafted `docs/migrations/v2.md` for v2.0.0: 2 breaking change(s).')
    expect(guideState(repo.read(GUIDE))).toBe('draft')
  })

  it('extends a hand-written guide with the changes it does not name, and a second run adds nothing', async () => {
    const { repo, withPr, bangOnly } = breaking()
    const handWritten = `# Upgrading to 2.0\r\n\r\nThe v1 endpoints are gone (${withPr.slice(0, 8)}): use /v2.\r\n`
    repo.commit('docs: upgrading notes', { [GUIDE]: handWritten })
    const first = await draft(repo)
    expect(first.code).toBe(0)
    expect(first.summary).toContain('Added 1 breaking change(s) to `docs/migrations/v2.md` for v2.0.0')
    const text = readFileSync(path.join(repo.dir, GUIDE), 'utf8')
    // the person's text is kept byte for byte, after the marker line; the new section is in CRLF too
    expect(text.slice(text.indexOf('\r\n') + 2).startsWith(handWritten)).toBe(true)
    expect(text).toContain(`Commit [${bangOnly.slice(0, 7)}](`)
    expect(text).not.toContain('## api: remove the v1 endpoints')
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    const second = await draft(repo)
    expect(second.code).toBe(0)
    expect(readFileSync(path.join(repo.dir, GUIDE), 'utf8')).toBe(text)
    expect(second.stdout).toContain(
      'docs/migrations/v2.md already names every breaking change of v2.0.0 (still the untouched draft: edit it).'
    )
  })

  it('a dry run writes nothing and shows the draft in the summary', async () => {
    const { repo } = breaking()
    const before = repo.snapshot()
    const run = await draft(repo, { dry_run: 'true' })
    expect(run.code).toBe(0)
    expect(repo.snapshot()).toEqual(before)
    expect(run.outputs.migration_guide).toBe(GUIDE)
    expect(run.summary).toContain('Would draft `docs/migrations/v2.md` for v2.0.0: 2 breaking change(s).')
    expect(run.summary).toContain('<details><summary>The guide as it would be written</summary>')
    expect(run.summary).toContain('## api: remove the v1 endpoints')
  })

  it('has nothing to do for a release that is not major', async () => {
    const repo = project('feat: streaming', 'fix: a')
    const before = repo.snapshot()
    const run = await draft(repo)
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ migration_guide: '', bump: 'minor' })
    expect(run.stdout).toContain(
      'No migration guide: the next release is v1.3.0 (minor), not a major release: no migration guide is needed.'
    )
    expect(repo.snapshot()).toEqual(before)
  })

  it('writes where one setting says, for the draft and the gate alike; two settings that disagree are an error', async () => {
    const { repo } = breaking()
    repo.commit('ci: config', { '.github/release-action.yml': 'migration_guide: UPGRADING-{major}.md\n' })
    expect((await draft(repo)).outputs.migration_guide).toBe('UPGRADING-2.md')
    repo.git('add', 'UPGRADING-2.md')
    repo.git('commit', '-q', '-m', 'docs: draft')
    expect((await release(repo)).stdout).toContain('the migration guide at UPGRADING-2.md is the untouched draft')

    // an older configuration: the gate's own parameter, read by the draft too
    const older = breaking().repo
    older.commit('ci: gates', {
      '.github/release-gates.yml': `${GATES}  gates:\n    docs_updated: { migration_guide: MIGRATING.md }\n`
    })
    expect((await draft(older)).outputs.migration_guide).toBe('MIGRATING.md')
    older.commit('ci: config', { '.github/release-action.yml': 'migration_guide: UPGRADING-{major}.md\n' })
    const clash = await draft(older)
    expect(clash.code).toBe(1)
    expect(clash.stdout).toMatch(
      /::error::The migration guide is named twice: migration_guide is UPGRADING-\{major\}\.md, but the docs_updated gate's migration_guide parameter is MIGRATING\.md\./
    )
  })

  it('refuses a guide path outside the workspace before anything is read', async () => {
    const { repo } = breaking()
    symlinkSync(path.dirname(repo.dir), path.join(repo.dir, 'outside'))
    const before = repo.snapshot()
    const run = await draft(repo, { migration_guide: 'outside/v{major}.md' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*migration_guide/)
    expect(repo.snapshot()).toEqual(before)
  })

  it.each([
    ['a version file', 'pyproject.toml'],
    ['the gates configuration', '.github/release-gates.yml'],
    ['a source file', 'src/fast_vlm_ondevice/__init__.py'],
    ['a file without extension', 'MIGRATING'],
    ['the rollback record', 'docs/ROLLBACKS.md']
  ])('refuses a guide path that is %s before anything changes', async (_what, file) => {
    const { repo } = breaking()
    repo.commit('docs: rollbacks', { 'docs/ROLLBACKS.md': '# Rollbacks\n' })
    const before = repo.snapshot()
    const run = await draft(repo, { migration_guide: file })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::migration_guide/)
    expect(repo.snapshot()).toEqual(before)
  })

  it('refuses a placeholder it does not know (a typo) before anything is read', async () => {
    const { repo } = breaking()
    const before = repo.snapshot()
    const run = await draft(repo, { migration_guide: 'docs/migrations/v{majr}.md' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::migration_guide docs/migrations/v{majr}.md has an unknown placeholder {majr}'
    )
    expect(repo.snapshot()).toEqual(before)
  })

  it('refuses a guide whose symlink leads to a file that is not Markdown', async () => {
    const { repo } = breaking()
    repo.write('docs/migrations/.keep', '')
    symlinkSync('../../pyproject.toml', path.join(repo.dir, GUIDE))
    repo.git('add', '-A')
    repo.git('commit', '-q', '-m', 'docs: link')
    const before = repo.snapshot()
    const pyproject = repo.read('pyproject.toml')
    const run = await draft(repo)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::migration_guide docs\/migrations\/v2\.md .*pyproject\.toml.* not a Markdown file/
    )
    expect(repo.read('pyproject.toml')).toBe(pyproject)
    expect(repo.snapshot()).toEqual(before)
  })

  it('runs from the CLI: fastvlm-release migration-guide', async () => {
    const { repo } = breaking()
    const run = await cli(['migration-guide', '-C', repo.dir, '--quiet'], {
      ...process.env,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/fastvlm'
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe(
      'Wrote docs/migrations/v2.md: 2 breaking change(s) of v2.0.0, a new draft; edit it and commit it.'
    )
    expect(lines.slice(1).every(line => line.startsWith('  + '))).toBe(true)
    expect(guideState(repo.read(GUIDE))).toBe('draft')
  })

  /**
   * The example workflow's pull request step, run as the runner runs a `run:` step (bash -eo
   * pipefail), in a real clone with a bare origin. `gh` is a stand-in on PATH that keeps the pull
   * requests it opened in a file, and fails `pr create` while GH_FAIL is set (as GitHub does until
   * "allow GitHub Actions to create pull requests" is on).
   */
  describe('the example workflow', () => {
    const workflow = parseYaml(readFileSync('docs/examples/workflows/migration-guide.yml', 'utf8')) as {
      jobs: { draft: { steps: Array<{ name?: string; run?: string; env?: Record<string, string> }> } }
    }
    const step = workflow.jobs.draft.steps.find(each => each.name === 'Open a pull request with the draft')!
    const bin = mkdtempSync(path.join(tmpdir(), 'fvr-gh-'))
    afterAll(() => rmSync(bin, { recursive: true, force: true }))
    writeFileSync(
      path.join(bin, 'gh'),
      [
        '#!/bin/sh',
        'echo "gh $*" >> "$GH_STATE.log"',
        'head=""; prev=""',
        'for arg in "$@"; do [ "$prev" = "--head" ] && head="$arg"; prev="$arg"; done',
        'case "$1 $2" in',
        '  "pr list") if [ -f "$GH_STATE" ]; then grep -cx "$head" "$GH_STATE" || true; else echo 0; fi ;;',
        '  "pr create") [ -n "$GH_FAIL" ] && { echo "GitHub Actions is not permitted to create pull requests" >&2; exit 1; }',
        '    echo "$head" >> "$GH_STATE"; echo "https://github.com/acme/fastvlm/pull/7" ;;',
        '  *) echo "unexpected: gh $*" >&2; exit 2 ;;',
        'esac',
        ''
      ].join('\n')
    )
    chmodSync(path.join(bin, 'gh'), 0o755)

    /** A fresh checkout of origin's main (a new run of the workflow), the mode run in it, then the step. */
    let clock = Date.UTC(2026, 5, 1) / 1000
    async function runWorkflow(repo: TestRepo, state: string, fail = false) {
      clock += 600 // each run of the workflow a few minutes later: its commit is a new one
      const dir = mkdtempSync(path.join(tmpdir(), 'fvr-checkout-'))
      repo.gitIn(dir, 'clone', '-q', repo.origin, '.')
      const guide = await draft({ dir } as TestRepo)
      const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          PATH: `${bin}${path.delimiter}${process.env.PATH}`,
          GH_TOKEN: 'x',
          GUIDE: guide.outputs.migration_guide,
          TAG: guide.outputs.tag,
          BASE: 'main',
          GH_STATE: state,
          GH_FAIL: fail ? '1' : '',
          GIT_AUTHOR_DATE: `@${clock} +0000`,
          GIT_COMMITTER_DATE: `@${clock} +0000`
        }
      })
      rmSync(dir, { recursive: true, force: true })
      return run
    }

    it('opens the pull request on a rerun after the first run pushed the branch but could not open it', async () => {
      const { repo } = breaking()
      const state = path.join(bin, `prs-${path.basename(repo.root)}`)
      expect((await runWorkflow(repo, state, true)).status).not.toBe(0)
      const branches = repo.gitIn(repo.origin, 'branch', '--list', 'docs/*')
      expect(branches).toMatch(/docs\/migration-guide-v2\.0\.0/)
      const pushed = repo.gitIn(repo.origin, 'rev-parse', branches.trim())

      const rerun = await runWorkflow(repo, state)
      expect(rerun.stderr).not.toMatch(/rejected|error/i)
      expect(rerun.status).toBe(0)
      expect(readFileSync(state, 'utf8').trim().split('\n')).toHaveLength(1)
      // the branch holds the draft, as the first run pushed it (never overwritten)
      const branch = readFileSync(state, 'utf8').trim()
      expect(guideState(repo.gitIn(repo.origin, 'show', `${branch}:${GUIDE}`))).toBe('draft')
      expect(branch).toBe(branches.trim())
      expect(repo.gitIn(repo.origin, 'rev-parse', branch)).toBe(pushed)
      expect(readFileSync(`${state}.log`, 'utf8')).toContain(`--base main --head ${branch}`)

      // a third run: the pull request is there, nothing is opened twice
      const again = await runWorkflow(repo, state)
      expect(again.status).toBe(0)
      expect(readFileSync(state, 'utf8').trim().split('\n')).toHaveLength(1)

      // a new breaking change: a new text, a new branch and pull request; the first branch is kept
      repo.commit('feat!: drop python 3.9')
      repo.publish('main')
      expect((await runWorkflow(repo, state)).status).toBe(0)
      const opened = readFileSync(state, 'utf8').trim().split('\n')
      expect(opened).toHaveLength(2)
      expect(opened[1]).not.toBe(opened[0])
      expect(repo.gitIn(repo.origin, 'show', `${opened[1]}:${GUIDE}`)).toContain('drop python 3.9')
    })
  })
})
