/**
 * The configuration file is read once per run (src/compose.ts loadSettings), into typed sections the
 * use cases receive: a release and a preview each read it once, and its blocks are found however
 * YAML or JSON spells their keys.
 */
import { jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { LocalFiles } from '../../src/adapters/files.js'
import { silentLogger } from '../../src/adapters/logger.js'
import { loadSettings, noArtifacts, runMode } from '../../src/compose.js'
import { ConfigurationError } from '../../src/core/errors.js'
import { loadGatesConfig } from '../../src/usecases/gates/run.js'
import { FakeGitHub, FAST_CLIENT } from '../helpers/github-server.js'
import { pythonProject, TestRepo } from '../helpers/repo.js'

const CONFIG = '.github/release-action.yml'
const TOKEN = 'ghs_config_once_0123456789'

describe('the configuration file, read once', () => {
  const repos: TestRepo[] = []
  const scratch: string[] = []
  afterAll(() => {
    repos.forEach(repo => repo.cleanup())
    scratch.forEach(dir => rmSync(dir, { recursive: true, force: true }))
  })
  afterEach(() => jest.restoreAllMocks())

  function project(config: string): TestRepo {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', { ...pythonProject('1.2.0'), 'CHANGELOG.md': '# Changelog\n', [CONFIG]: config })
    repo.tag('v1.2.0')
    repo.publish('main', '--tags')
    return repo
  }

  /** Counts the reads of the configuration file through the file store (the one way files are read). */
  function countReads(): () => number {
    const read = jest.spyOn(LocalFiles.prototype, 'read')
    return () => read.mock.calls.filter(([file]) => file === CONFIG).length
  }

  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    GITHUB_REF_NAME: 'main',
    GITHUB_SERVER_URL: 'https://github.com',
    ...extra
  })

  it('a release reads it once, however many of its blocks the run uses', async () => {
    const repo = project(
      'tag_prefix: v\nrelease_gates:\n  required_checks: [clean_tree, no_fixup_commits]\nrelease_lines:\n  channels:\n    next: rc\n'
    )
    repo.commit('feat: sessions')
    const reads = countReads()
    const loaded = await loadSettings(name => ({ dry_run: 'true' })[name], repo.dir)
    const result = await runMode(loaded.settings, repo.dir, env(), { log: silentLogger, artifact: noArtifacts }, loaded)
    expect(result.outputs).toMatchObject({ released: 'true', new_version: '1.3.0' })
    expect(JSON.parse(result.outputs.gates ?? '[]')).toHaveLength(2)
    expect(reads()).toBe(1)
  })

  it('a preview reads it once, with a gate for each required check', async () => {
    const github = await new FakeGitHub(TOKEN).start()
    try {
      github.mergeSettings = { allow_squash_merge: true, allow_merge_commit: false, allow_rebase_merge: false }
      const repo = project('release_gates:\n  required_checks: [clean_tree, no_fixup_commits]\n')
      const base = repo.git('rev-parse', 'HEAD')
      repo.git('switch', '-q', '-c', 'feature')
      const head = repo.commit('feat: sessions')
      repo.publish('feature')
      github.addPull({ number: 7, title: 'feat: sessions', headSha: head, baseSha: base })
      const scratchDir = mkdtempSync(path.join(tmpdir(), 'fvr-event-'))
      scratch.push(scratchDir)
      const event = path.join(scratchDir, 'event.json')
      writeFileSync(event, JSON.stringify(github.pullEvent(7)))
      const reads = countReads()
      const loaded = await loadSettings(name => ({ mode: 'preview' })[name], repo.dir)
      const result = await runMode(
        loaded.settings,
        repo.dir,
        env({
          GITHUB_TOKEN: TOKEN,
          GITHUB_REPOSITORY: github.repository,
          GITHUB_API_URL: github.url,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: event,
          GITHUB_REF_NAME: '7/merge',
          GITHUB_BASE_REF: 'main'
        }),
        { log: silentLogger, artifact: noArtifacts, github: FAST_CLIENT },
        loaded
      )
      expect(result.failure ?? null).toBeNull()
      expect(String(github.issueComments.get(7)?.[0]?.body)).toContain('no_fixup_commits')
      expect(reads()).toBe(1)
    } finally {
      await github.stop()
    }
  })

  it.each([
    ['a quoted key', '"release_gates":\n  required_checks: [no_fixup_commits]\n'],
    ['an escaped key', '"release\\u005fgates":\n  required_checks: [no_fixup_commits]\n'],
    ['a JSON file', '{ "release_gates": { "required_checks": ["no_fixup_commits"] } }\n']
  ])('the release_gates block is found in %s', async (_what, config) => {
    const repo = project(config)
    const { settings } = await loadSettings(() => undefined, repo.dir)
    const { config: gates, file } = await loadGatesConfig(settings, new LocalFiles(repo.dir))
    expect([gates?.requiredChecks, file]).toEqual([['no_fixup_commits'], CONFIG])
  })

  it('the release_lines block is found under an escaped key: the channel releases a candidate', async () => {
    const repo = project('"release\\u005flines":\n  channels:\n    next: rc\n')
    repo.git('switch', '-q', '-c', 'next')
    repo.commit('feat: sessions')
    const loaded = await loadSettings(name => ({ dry_run: 'true' })[name], repo.dir)
    const result = await runMode(
      loaded.settings,
      repo.dir,
      env({ GITHUB_REF_NAME: 'next' }),
      { log: silentLogger, artifact: noArtifacts },
      loaded
    )
    expect(result.outputs.new_version).toBe('1.3.0-rc.1')
  })

  it('a configuration path that is a directory is an error, given or the default', async () => {
    const repo = project('tag_prefix: v\n')
    await expect(loadSettings(name => ({ config: '.github' })[name], repo.dir)).rejects.toThrow(ConfigurationError)
    await expect(loadSettings(name => ({ config: '.github' })[name], repo.dir)).rejects.toThrow(
      'The configuration path .github is a directory or not a regular file. Name a YAML or JSON file, such as .github/release-action.yml, in the config input.'
    )
    const other = TestRepo.create()
    repos.push(other)
    other.commit('chore: initial', pythonProject('1.2.0'))
    mkdirSync(path.join(other.dir, CONFIG), { recursive: true })
    await expect(loadSettings(() => undefined, other.dir)).rejects.toThrow(
      /The configuration path \.github\/release-action\.yml is a directory/
    )
  })
})
