/**
 * The preview comment says what the notes learned from the repository's changelog (its titles and
 * entry style), under the notes as they would read; a repository without a changelog gets nothing.
 */
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { OctokitGates, OctokitPulls } from '../../src/adapters/github/index.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { loadSettings } from '../../src/compose.js'
import { runPreview } from '../../src/usecases/preview/preview.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { render } from '../helpers/markdown.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const TOKEN = 'ghs_preview_token_0123456789'

describe('the preview says what the notes learned from the changelog', () => {
  const repos: TestRepo[] = []
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub(TOKEN).start()
  })
  afterEach(() => github.stop())
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  /** Released three times with a changelog of python-semantic-release's layout (chores published) when `changelog`. */
  function pullRequest(changelog: boolean): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', pythonProject('1.0.0'))
    repo.tag('v1.0.0')
    const sections: string[] = []
    for (const version of ['1.0.1', '1.0.2', '1.0.3']) {
      const fix = repo.commit(`fix(io): close the handle ${version}`)
      const chore = repo.commit(`chore: tidy the imports ${version}`)
      sections.unshift(
        [
          `## v${version} (2026-01-0${version.slice(-1)})`,
          '',
          '### Bug Fixes',
          '',
          `- **io**: Close the handle ${version}`,
          `  ([\`${fix.slice(0, 7)}\`](https://github.com/acme/fastvlm/commit/${fix}))`,
          '',
          '### Chores',
          '',
          `- Tidy the imports ${version}`,
          `  ([\`${chore.slice(0, 7)}\`](https://github.com/acme/fastvlm/commit/${chore}))`,
          ''
        ].join('\n')
      )
      repo.commit(
        `chore(release): ${version}`,
        changelog ? { 'CHANGELOG.md': `# CHANGELOG\n\n${sections.join('\n')}`, ...pythonProject(version) } : {}
      )
      repo.tag(`v${version}`)
    }
    repo.publish('main', '--tags')
    const base = repo.git('rev-parse', 'HEAD')
    repo.git('switch', '-q', '-c', 'feature')
    repo.commit('chore: pin the formatter')
    repo.commit('fix(io): flush before closing')
    const head = repo.git('rev-parse', 'HEAD')
    repo.publish('feature')
    repo.git('switch', '-q', '--detach', 'main')
    repo.git('merge', '-q', '--no-ff', '-m', `Merge ${head} into ${base}`, 'feature')
    github.mergeSettings = { allow_squash_merge: false, allow_merge_commit: true, allow_rebase_merge: false }
    github.addPull({ number: 7, title: 'fix(io): flush before closing', body: 'Why.', headSha: head, baseSha: base })
    return repo
  }

  const preview = async (repo: TestRepo) =>
    runPreview((await loadSettings(() => undefined, repo.dir)).settings, {
      git: new ExecGit(repo.dir),
      files: new LocalFiles(repo.dir),
      log: silentLogger,
      env: {
        now: new Date('2026-11-25T12:00:00Z'),
        serverUrl: 'https://github.com',
        repository: github.repository,
        runId: '42'
      },
      cwd: repo.dir,
      event: { name: 'pull_request', payload: github.pullEvent(7) },
      pulls: new OctokitPulls(TOKEN, github.repository, github.url, undefined, FAST_CLIENT),
      gatesApi: new OctokitGates(TOKEN, github.repository, github.url, FAST_CLIENT),
      toolVersion: '0.0.0-test'
    })

  it('lists the learned sections and entry style under the notes', async () => {
    const repo = pullRequest(true)
    const before = repo.snapshot()
    await preview(repo)
    expect(repo.snapshot()).toEqual(before)
    const body = String((github.issueComments.get(7) ?? [])[0]?.body)
    const seen = render(body)
    // the notes as they would read: the chore published under the project's title, its scope written its way
    expect(body).toContain('### Chores\n\n- pin the formatter')
    expect(body).toContain('- **io**: flush before closing')
    expect(seen.html).toContain('Notes sections follow CHANGELOG.md (learned from its 3 newest release sections')
    expect(seen.items).toEqual(
      expect.arrayContaining([
        'Chores: chore (3 sections), by matching commits',
        'entries written as in CHANGELOG.md: scope as **scope**:, commits linked'
      ])
    )
  })

  it('a repository without a changelog: the default sections, nothing said', async () => {
    const repo = pullRequest(false)
    await preview(repo)
    const body = String((github.issueComments.get(7) ?? [])[0]?.body)
    expect(body).toContain('- **io:** flush before closing')
    expect(body).not.toContain('- pin the formatter')
    expect(body).not.toContain('Notes sections follow')
  })
})
