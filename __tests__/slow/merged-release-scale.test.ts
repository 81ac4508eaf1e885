/**
 * The search for a merged release commit no tag names (src/usecases/release/merged-release.ts) at
 * scale: 100,000 commits since the last release, every 100th naming a version above it ("chore(deps):
 * bump to 2.N.0", "Release 2.N.0"), and every candidate the search reads holding its version and its
 * section but changing code too. A plan, not a release: the run's time is printed, never asserted.
 */
import { parseSettings } from '../../src/core/config/settings.js'
import { LocalFiles } from '../../src/adapters/files.js'
import { ExecGit } from '../../src/adapters/git.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { planRelease } from '../../src/usecases/release/index.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const COMMITS = 100_000

describe('a merged release commit no tag names, at scale', () => {
  let repo: TestRepo
  afterAll(() => repo?.cleanup())

  it(`${COMMITS} commits, one in a hundred naming a version: planned, no candidate taken`, async () => {
    repo = TestRepo.create()
    const pyproject = pythonProject('1.2.0')['pyproject.toml']
    repo.commit('chore: initial', { 'pyproject.toml': pyproject, 'CHANGELOG.md': '# Changelog\n' })
    repo.tag('v1.2.0')
    const parts: string[] = []
    for (let i = 0; i < COMMITS; i++) {
      const names = i % 100 === 99
      const version = `2.${i}.0`
      const message = names
        ? i % 200 === 199
          ? `Release ${version}`
          : `chore(deps): bump to ${version}`
        : `fix: case ${i}`
      // the newest few that name a version hold it and its section, and change code too
      const files =
        names && i > COMMITS - 1000
          ? [
              ['pyproject.toml', pyproject.replace('"1.2.0"', `"${version}"`)],
              ['CHANGELOG.md', `# Changelog\n\n## ${version} (2026-12-01)\n\n- a change\n`],
              [`src/code_${i}.py`, 'x = 1\n']
            ]
          : []
      parts.push(
        `commit refs/heads/main\ncommitter Dev <dev@example.com> ${1767300000 + i} +0000\ndata <<EOM\n${message}\nEOM\n${i === 0 ? 'from refs/heads/main^0\n' : ''}` +
          files.map(([file, text]) => `M 100644 inline ${file}\ndata <<EOF\n${text}EOF\n`).join('') +
          '\n'
      )
    }
    repo.gitInput(parts.join(''), 'fast-import', '--quiet', '--force')
    repo.git('reset', '-q', '--hard')

    const started = process.hrtime.bigint()
    const plan = await planRelease(
      parseSettings(name => ({ changelog_file: 'CHANGELOG.md' })[name]),
      {
        git: new ExecGit(repo.dir),
        files: new LocalFiles(repo.dir),
        log: silentLogger,
        env: { now: new Date('2026-12-01T12:00:00Z') }
      }
    )
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    console.log(`merged-release scale: ${COMMITS} commits planned in ${Math.round(ms)} ms`)
    expect(plan.earlier).toBe('none')
    expect(plan.waiting).toBe(0)
    expect(plan.release.released).toBe(true)
  }, 300_000)
})
