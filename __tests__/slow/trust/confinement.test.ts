/**
 * Issue 10, item 1 — confinement: every path the action reads or writes lies inside the workspace
 * and outside .git/, with symlinks followed, checked before anything is touched (a dry run too);
 * path inputs don't collide. End to end through dist/index.js on real repositories with a bare
 * origin: one clear error, and the repository, the remote and the files outside exactly as they were.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { projects, type TestRepo } from '../../helpers/repo.js'
import { FakeGitHub } from '../../helpers/github-server.js'
import { FAKE_TOKEN, runAction, runActionAsync, type RunnerResult } from '../../helpers/runner.js'
import { actionError, outsideFolder, treeState, worldState } from '../../helpers/trust.js'

const { project, cleanup } = projects()
afterAll(cleanup)

beforeAll(() => {
  if (!existsSync(path.join(process.cwd(), 'dist', 'index.js')))
    throw new Error('dist/index.js is missing: run npm run build first')
})

interface Setup {
  repo: TestRepo
  outside: { dir: string; file: string }
}

/** A project with a feature to release, a folder outside it, and what the case commits into it. */
function setup(prepare: (s: Setup) => void, message = 'feat: something to release'): Setup {
  const repo = project(message)
  const outside = outsideFolder(repo)
  const s = { repo, outside }
  prepare(s)
  if (repo.git('status', '--porcelain', '--untracked-files=all') !== '') {
    repo.git('add', '-A')
    repo.commit('chore: the attacker commits this')
    repo.publish('main')
  }
  return s
}

function link(repo: TestRepo, target: string, name: string): void {
  mkdirSync(path.dirname(path.join(repo.dir, name)), { recursive: true })
  symlinkSync(target, path.join(repo.dir, name))
}

/** Runs the action; it must fail with one error matching `message`, everything exactly as it was. */
function refused(s: Setup, inputs: Record<string, string>, message: RegExp, run?: () => RunnerResult): string {
  const before = worldState(s.repo, s.outside.dir)
  const result = run ? run() : runAction(s.repo.dir, inputs)
  const error = actionError(result)
  expect(error).toMatch(message)
  expect(error).not.toMatch(/Unexpected error/)
  expect(worldState(s.repo, s.outside.dir)).toEqual(before)
  return error
}

const OUTSIDE =
  /outside the workspace .*nothing was changed\)\. Name a file inside the repository, and do not commit symlinks that point out of it/s
const IN_GIT = /inside the git directory: nothing was changed\. Name a file of the working tree/

describe('item 1: a path that resolves outside the workspace is refused before anything is touched', () => {
  it.each([
    ['apply', { push: 'true' }],
    ['dry run', { dry_run: 'true' }]
  ])('CHANGELOG.md committed as a symlink to a file outside (%s)', (_name, inputs) => {
    const s = setup(({ repo, outside }) => link(repo, outside.file, 'CHANGELOG.md'))
    const error = refused(s, inputs, OUTSIDE)
    expect(error).toMatch(/changelog_file "CHANGELOG\.md" resolves to .*outside[/\\]passwd/)
  })

  it.each([
    ['apply', {}],
    ['dry run', { dry_run: 'true' }]
  ])('release-notes.md committed as a symlink out (%s: the notes are written even in a dry run)', (_n, inputs) => {
    const s = setup(({ repo, outside }) => link(repo, outside.file, 'release-notes.md'))
    refused(s, inputs, /release_notes_file "release-notes\.md" resolves to .*outside the workspace/)
  })

  it('the notes file inside a symlinked folder that points out', () => {
    const s = setup(({ repo, outside }) => link(repo, outside.dir, 'out'))
    refused(s, { release_notes_file: 'out/sub/notes.md', dry_run: 'true' }, /release_notes_file "out\/sub\/notes\.md"/)
  })

  it('a notes file that does not exist yet, below a symlinked folder that points out', () => {
    const s = setup(({ repo, outside }) => link(repo, outside.dir, 'out'))
    refused(s, { release_notes_file: 'out/new/deeper/notes.md', dry_run: 'true' }, OUTSIDE)
  })

  it('a symlink chain (inside → inside → outside)', () => {
    const s = setup(({ repo, outside }) => {
      link(repo, outside.file, 'hop2.md')
      link(repo, 'hop2.md', 'CHANGELOG.md')
    })
    refused(s, {}, /changelog_file "CHANGELOG\.md" resolves to .*outside/)
  })

  it('an absolute symlink to the root folder', () => {
    const s = setup(({ repo }) => link(repo, '/', 'root'))
    refused(s, { changelog_file: 'root/tmp/owned.md' }, OUTSIDE)
  })

  it.each([
    ['changelog_file', '../outside/passwd'],
    ['changelog_file', '/etc/passwd'],
    ['release_notes_file', '../../notes.md'],
    ['version_files', 'pyproject.toml,../outside/passwd'],
    ['rollback_record', '../ROLLBACKS.md'],
    ['release_dir', '/tmp'],
    ['gates_config', '../gates.yml']
  ])('%s "%s" (".." or absolute) is refused by name', (input, value) => {
    const s = setup(() => undefined)
    refused(s, { [input]: value }, new RegExp(`Input ${input} has the invalid value .*relative to the repository root`))
  })

  it('version_files naming a committed symlink to a file outside', () => {
    const s = setup(({ repo, outside }) => link(repo, outside.file, 'VERSION'))
    refused(s, { version_files: 'VERSION' }, /version_files "VERSION" resolves to .*outside the workspace/)
  })

  it('an auto-detected package.json that is a symlink out (dry run)', () => {
    const s = setup(({ repo, outside }) => {
      writeFileSync(path.join(outside.dir, 'package.json'), '{ "name": "x", "version": "1.2.0" }\n')
      link(repo, path.join(outside.dir, 'package.json'), 'package.json')
    })
    refused(s, { dry_run: 'true' }, /A version file found in the repository, "package\.json" resolves to .*outside/)
  })

  it('a symlinked Python package folder that points out is never entered by the detection', () => {
    const s = setup(({ repo, outside }) => {
      mkdirSync(path.join(outside.dir, 'evil'))
      writeFileSync(path.join(outside.dir, 'evil', '__init__.py'), '__version__ = "1.2.0"\n')
      link(repo, path.join(outside.dir, 'evil'), 'src/evil')
    })
    const before = treeState(s.outside.dir)
    const run = runAction(s.repo.dir, {})
    expect(run.code).toBe(0)
    expect(run.outputs.version_files).not.toContain('evil')
    expect(treeState(s.outside.dir)).toEqual(before)
  })

  it('rollback_record committed as a symlink out (mode: rollback)', () => {
    const s = setup(({ repo, outside }) => link(repo, outside.file, 'docs/ROLLBACKS.md'))
    refused(
      s,
      { mode: 'rollback', version: '1.2.0', reason: 'bad build' },
      /rollback_record "docs\/ROLLBACKS\.md" resolves to .*outside/
    )
  })

  it.each([['release'], ['metrics']])(
    'release-metrics.json committed as a symlink out (mode: %s): never followed (the metrics go to RUNNER_TEMP)',
    mode => {
      const s = setup(({ repo, outside }) => link(repo, outside.file, 'release-metrics.json'))
      const before = worldState(s.repo, s.outside.dir)
      const run = runAction(s.repo.dir, { mode })
      expect(run.code).toBe(0)
      // the metrics file is a side file of the run: the workspace's symlink and what it points at stay as they were
      expect(run.outputs.metrics_file).not.toContain(s.repo.dir)
      expect(worldState(s.repo, s.outside.dir).outside).toEqual(before.outside)
    }
  )

  it('the default gates configuration committed as a symlink out', () => {
    const s = setup(({ repo, outside }) => link(repo, outside.file, '.github/release-gates.yml'))
    refused(s, { dry_run: 'true' }, /gates_config "\.github\/release-gates\.yml" resolves to .*outside/)
  })

  it('gates_config naming a symlink out', () => {
    const s = setup(({ repo, outside }) => link(repo, outside.file, 'gates.yml'))
    refused(s, { gates_config: 'gates.yml' }, /gates_config "gates\.yml" resolves to .*outside/)
  })

  it('release_dir as a symlinked folder out (mode: publish)', () => {
    const s = setup(({ repo, outside }) => link(repo, outside.dir, 'dist'))
    s.repo.tag('v1.3.0')
    // release_dir set: the SBOM and SHA256SUMS are written into the workspace's dist/ (by default they go to RUNNER_TEMP)
    refused(s, { mode: 'publish', release_dir: 'dist' }, /release_dir "dist" resolves to .*outside/)
  })

  it.each([
    ['changelog_file', '.git/config'],
    ['release_notes_file', '.git/hooks/post-checkout'],
    ['release_dir', '.git'],
    ['rollback_record', 'vendor/lib/.git/HEAD']
  ])('%s "%s" is inside a git directory', (input, value) => {
    const s = setup(() => undefined)
    refused(s, { [input]: value, dry_run: 'true' }, IN_GIT)
  })

  it('a committed symlink to .git/hooks used as the notes file', () => {
    const s = setup(({ repo }) => link(repo, '.git/hooks', 'hooks'))
    refused(s, { release_notes_file: 'hooks/pre-push', dry_run: 'true' }, IN_GIT)
  })
})

describe("item 1: the gates configuration's report paths stay inside", () => {
  const config = (gate: string, params: string) =>
    `release_gates:\n  required_checks: [${gate}]\n  gates:\n    ${gate}:\n${params}`

  it('a performance report that is a symlink out', () => {
    const s = setup(({ repo, outside }) => {
      repo.write('.github/release-gates.yml', config('performance_regression', '      current: bench/now.json\n'))
      link(repo, outside.file, 'bench/now.json')
    })
    refused(s, { dry_run: 'true' }, /Gate performance_regression: .*"bench\/now\.json" resolves to .*outside/)
  })

  it('a coverage report that is a symlink out', () => {
    const s = setup(({ repo, outside }) => {
      repo.write('.github/release-gates.yml', config('coverage', '      report: coverage/lcov.info\n'))
      link(repo, outside.file, 'coverage/lcov.info')
    })
    refused(s, { dry_run: 'true' }, /Gate coverage: .*"coverage\/lcov\.info" resolves to .*outside/)
  })

  it('a SARIF glob that matches a symlink out', () => {
    const s = setup(({ repo, outside }) => {
      repo.write('.github/release-gates.yml', config('security_scan_clean', '      sarif: "reports/*.sarif"\n'))
      link(repo, outside.file, 'reports/scan.sarif')
    })
    refused(
      s,
      { dry_run: 'true' },
      /Gate security_scan_clean: The glob "reports\/\*\.sarif" matches reports\/scan\.sarif, which resolves outside/
    )
  })
})

describe('item 1: path inputs may not collide', () => {
  it.each([
    [{ release_notes_file: 'CHANGELOG.md' }, /release_notes_file CHANGELOG\.md is the same file as changelog_file/],
    [
      { release_notes_file: 'pyproject.toml' },
      /release_notes_file pyproject\.toml is the same file as the version file pyproject\.toml/
    ],
    [{ release_notes_file: 'VERSION', version_files: 'VERSION' }, /is the same file as the version file VERSION/],
    [{ changelog_file: 'pyproject.toml' }, /changelog_file pyproject\.toml is also a version file/],
    [
      { changelog_file: 'CHANGES.txt' },
      /changelog_file CHANGES\.txt is not a Markdown file.*set changelog_file to empty/s
    ],
    [{ changelog_file: 'src/fast_vlm_ondevice/__init__.py' }, /is also a version file|is not a Markdown file/]
  ])('%j', (inputs, message) => {
    const s = setup(({ repo }) => {
      repo.write('VERSION', '1.2.0\n')
      repo.write('CHANGES.txt', 'old\n')
    })
    refused(s, { ...inputs, dry_run: 'false' }, message)
  })

  it('a notes file that git tracks (README.md)', () => {
    const s = setup(({ repo }) => repo.write('README.md', '# readme\n'))
    refused(
      s,
      { release_notes_file: 'README.md', dry_run: 'true' },
      /release_notes_file README\.md is a file git tracks.*git rm --cached/s
    )
  })

  it('a notes file that is a symlink to the changelog (the same file under two names)', () => {
    const s = setup(({ repo }) => {
      repo.write('CHANGELOG.md', '# Changelog\n')
      link(repo, 'CHANGELOG.md', 'notes.md')
    })
    refused(s, { release_notes_file: 'notes.md' }, /release_notes_file notes\.md is the same file as changelog_file/)
  })

  it('a notes file that is a symlink to an auto-detected version file', () => {
    const s = setup(({ repo }) => link(repo, 'pyproject.toml', 'notes.md'))
    refused(s, { release_notes_file: 'notes.md' }, /is the same file as the version file pyproject\.toml/)
  })

  it('a changelog that is a symlink to a non-Markdown file inside', () => {
    const s = setup(({ repo }) => {
      repo.write('docs/history.txt', 'old history\n')
      link(repo, 'docs/history.txt', 'CHANGELOG.md')
    })
    refused(s, {}, /changelog_file CHANGELOG\.md \(resolving to .*history\.txt\) is not a Markdown file/)
  })
})

describe('item 1: asset globs never follow a symlink out of the workspace', () => {
  let github: FakeGitHub
  beforeAll(async () => {
    github = await new FakeGitHub(FAKE_TOKEN).start()
  })
  afterAll(() => github.stop())

  const publish = (s: Setup, assets: string) =>
    runActionAsync(
      s.repo.dir,
      { mode: 'publish', create_release: 'true', assets, sbom: 'false' },
      { GITHUB_API_URL: github.url }
    )

  it.each(['dist/*', 'dist/passwd', '**/passwd'])(
    'a committed symlink to /etc/passwd-like file matched by %s',
    async assets => {
      const s = setup(({ repo, outside }) => link(repo, outside.file, 'dist/passwd'))
      s.repo.tag('v1.3.0')
      const before = worldState(s.repo, s.outside.dir)
      const requests = github.requests.length
      const error = actionError(await publish(s, assets))
      expect(error).toMatch(/matches dist\/passwd, which resolves outside the workspace .*nothing was changed/)
      expect(github.requests.slice(requests).filter(r => r.method !== 'GET')).toEqual([])
      expect(github.hasRelease('v1.3.0')).toBe(false)
      expect(worldState(s.repo, s.outside.dir)).toEqual(before)
    }
  )

  it('a glob never enters a symlinked folder that points out (nothing from outside is uploaded)', async () => {
    const s = setup(({ repo, outside }) => link(repo, outside.dir, 'bundle/out'))
    s.repo.tag('v1.3.0')
    const before = worldState(s.repo, s.outside.dir)
    const run = await publish(s, 'bundle/**')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('::warning::assets: bundle/** matches no file')
    expect(github.release('v1.3.0')?.assets.map(asset => asset.name)).toEqual(['SHA256SUMS'])
    expect(worldState(s.repo, s.outside.dir).outside).toEqual(before.outside)
  })

  it('a symlink to .git/config matched by a glob', async () => {
    const s = setup(({ repo }) => link(repo, '../.git/config', 'assets/config'))
    s.repo.tag('v1.3.0')
    const run = await publish(s, 'assets/*')
    expect(actionError(run)).toMatch(/matches assets\/config, which resolves outside the workspace .* or into \.git/)
  })
})

describe('item 1: symlinks that stay inside still work (controls)', () => {
  it('a changelog in a symlinked folder inside the workspace is released into', () => {
    const s = setup(({ repo }) => {
      repo.write('docs/CHANGELOG.md', '# Changelog\n')
      link(repo, 'docs', 'docs-link')
    })
    const run = runAction(s.repo.dir, { changelog_file: 'docs-link/CHANGELOG.md' })
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(s.repo.read('docs/CHANGELOG.md')).toMatch(/^# Changelog\n\n## \[1\.3\.0\]/)
    expect(s.repo.git('show', '--stat', '--format=', 'HEAD')).toContain('docs/CHANGELOG.md')
  })

  it('CHANGELOG.md as a symlink to docs/CHANGELOG.md: the real file is edited and committed, the tree clean', () => {
    const s = setup(({ repo }) => {
      repo.write('docs/CHANGELOG.md', '# Changelog\n')
      link(repo, 'docs/CHANGELOG.md', 'CHANGELOG.md')
    })
    const run = runAction(s.repo.dir, {})
    expect(run.code).toBe(0)
    expect(s.repo.read('docs/CHANGELOG.md')).toMatch(/^# Changelog\n\n## \[1\.3\.0\]/)
    // the metrics file is a side file in RUNNER_TEMP: only the notes file is left in the workspace
    expect(s.repo.git('status', '--porcelain')).toBe('?? release-notes.md')
  })

  it('GITHUB_WORKSPACE above the repository (a checkout into a subfolder) is the workspace', () => {
    const s = setup(() => undefined)
    const run = runAction(
      s.repo.dir,
      { dry_run: 'true', release_notes_file: 'notes/out.md' },
      { GITHUB_WORKSPACE: s.repo.root }
    )
    expect(run.code).toBe(0)
    expect(existsSync(path.join(s.repo.dir, 'notes', 'out.md'))).toBe(true)
  })
})
