import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { TestRepo } from '../helpers/repo.js'

/**
 * @github/local-action runs the action from its source (src/main.ts) with inputs from a .env
 * file, as users test actions locally. The action works in GITHUB_WORKSPACE (the sample
 * repository), not in the action's own folder.
 */
describe('@github/local-action', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  it('releases a sample repository named by GITHUB_WORKSPACE, leaving the action folder alone', () => {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { 'pyproject.toml': '[project]\nname = "sample"\nversion = "0.1.0"\n' })
    repo.commit('feat: first feature', { 'a.txt': 'a' })
    repo.publish('main')
    const envFile = path.join(repo.root, '.env')
    writeFileSync(
      envFile,
      [
        'INPUT_PUSH=true',
        `GITHUB_WORKSPACE=${repo.dir}`,
        'GITHUB_REPOSITORY=acme/sample',
        'GITHUB_SERVER_URL=https://github.com',
        'GITHUB_REF_NAME=main',
        ''
      ].join('\n')
    )
    const notesHere = path.join(process.cwd(), 'release-notes.md')
    const before = existsSync(notesHere)
    const run = spawnSync(
      path.join(process.cwd(), 'node_modules', '.bin', 'local-action'),
      ['run', process.cwd(), 'src/main.ts', envFile],
      { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } }
    )
    expect(run.stdout).toMatch(/::set-output name=tag::v1\.0\.0/)
    expect(run.stdout).not.toMatch(/::error/)
    expect(repo.read('pyproject.toml')).toContain('version = "1.0.0"')
    expect(repo.remoteRefs()).toContain('refs/tags/v1.0.0')
    expect(existsSync(path.join(repo.dir, 'release-notes.md'))).toBe(true)
    expect(existsSync(notesHere)).toBe(before)
  }, 90_000)
})
