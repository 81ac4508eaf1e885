/** Never silent (issue 22): the files a release updates are in the summary; a version it leaves behind is a warning. */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { TestRepo } from '../helpers/repo.js'
import { runActionFromSource } from '../helpers/runner.js'
import { staleVersionFiles } from '../../src/usecases/release/stale-versions.js'
import { memoryTree } from '../helpers/memory-tree.js'

describe('a version the release does not update is named', () => {
  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  it('a committed symlink out of the workspace is skipped by the scan: the release is not stopped by it', async () => {
    const repo = TestRepo.create()
    repos.push(repo)
    const outside = mkdtempSync(path.join(tmpdir(), 'fvr-outside-'))
    try {
      writeFileSync(path.join(outside, 'settings.json'), '{ "version": "1.2.0" }\n')
      repo.commit('chore: initial', { 'pyproject.toml': '[project]\nname = "acme-kit"\nversion = "1.2.0"\n' })
      symlinkSync(path.join(outside, 'settings.json'), path.join(repo.dir, 'settings.json'))
      repo.git('add', 'settings.json')
      repo.git('commit', '-q', '-m', 'chore: link the shared settings')
      repo.tag('v1.2.0')
      repo.commit('feat: streaming', { 'a.txt': 'a' })
      const run = await runActionFromSource(repo.dir, { dry_run: 'true' })
      expect(run.code).toBe(0)
      expect(run.outputs.new_version).toBe('1.3.0')
      expect(run.stdout).not.toContain('settings.json still holds')
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('names the files updated in the summary, and warns of docs/conf.py still at 1.2.0', async () => {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', {
      'pyproject.toml': '[project]\nname = "acme-kit"\nversion = "1.2.0"\n',
      'acme_kit/__init__.py': '__version__ = "1.2.0"\n',
      'docs/conf.py': 'project = "acme"\nrelease = version = "1.2.0"\n',
      'README.md': 'pip install acme-kit==1.2.0 (version: 1.2.0)\n'
    })
    repo.tag('v1.2.0')
    repo.commit('feat: streaming', { 'a.txt': 'a' })
    const run = await runActionFromSource(repo.dir, { dry_run: 'true' })
    expect(run.code).toBe(0)
    // the summary's Files part lists each version file updated
    expect(run.summary).toContain(
      '- `acme_kit/__init__.py`: 1.2.0 → 1.3.0 (would change)\n- `pyproject.toml`: 1.2.0 → 1.3.0 (would change)'
    )
    expect(run.stdout).toContain('::warning::Not updated: docs/conf.py still holds the previous version 1.2.0')
    expect(run.summary).toContain('> Not updated: docs/conf.py still holds the previous version 1.2.0')
    expect(run.stdout).not.toMatch(/::warning::Not updated: (README\.md|pyproject\.toml|acme_kit)/)
  })
})

describe('staleVersionFiles', () => {
  const tree = memoryTree({
    'pyproject.toml': '[project]\nversion = "1.2.0"\n',
    'app/build.gradle.kts': 'android {\n  versionName = "1.2.0"\n}\n',
    'kit/_version.py': "__version__: str = '1.3.0rc1'\n",
    'other.json': '{ "version": "1.2.0-beta.1", "minVersion": "1.2.01" }\n',
    'package-lock.json': '{ "version": "1.2.0" }\n',
    'node_modules/x/package.json': '{ "version": "1.2.0" }\n',
    'CHANGES.md': 'version: 1.2.0\n',
    'deep/a/b/c/d/e/v.py': '__version__ = "1.2.0"\n'
  })

  it('finds version assignments of the previous version (SemVer and PEP 440) outside the edited files', () => {
    expect(staleVersionFiles(tree, ['1.2.0', '1.3.0-rc.1'], ['pyproject.toml'])).toEqual([
      { path: 'app/build.gradle.kts', version: '1.2.0' },
      { path: 'kit/_version.py', version: '1.3.0rc1' }
    ])
  })
})
