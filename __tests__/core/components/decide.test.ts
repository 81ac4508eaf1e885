import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { componentsFrom, type Component } from '../../../src/core/components/index.js'
import { collector, RangeTracker } from '../../../src/core/components/ranges.js'
import { FilesLogParser, filesLogArgs } from '../../../src/core/components/log.js'
import { planComponents, type ComponentInput } from '../../../src/core/components/decide.js'
import type { RawCommit } from '../../../src/core/types.js'
import type { ReleaseTag } from '../../../src/core/versioning/version.js'

const raw = (sha: string, parents: string[], message = 'fix: x'): RawCommit => ({
  sha: sha.padEnd(40, '0'),
  parents: parents.map(p => p.padEnd(40, '0')),
  time: 0,
  author: 'a',
  message
})
const tag = (name: string, version: string, sha: string): ReleaseTag => ({
  name,
  version,
  sha: sha.padEnd(40, '0'),
  prerelease: false
})

describe('the name-only log stream', () => {
  it('splits commits and their files, whatever the chunks and the paths hold', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fvr-log-'))
    try {
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: dir,
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'a',
            GIT_AUTHOR_EMAIL: 'a@a',
            GIT_COMMITTER_NAME: 'a',
            GIT_COMMITTER_EMAIL: 'a@a'
          }
        })
      git('init', '-q')
      mkdirSync(path.join(dir, 'pkg a'))
      writeFileSync(path.join(dir, 'pkg a', 'x\ny.txt'), '1')
      writeFileSync(path.join(dir, 'root.txt'), '1')
      git('add', '.')
      git('commit', '-q', '-m', 'feat: one\n\nbody with \x1e and a line')
      git('commit', '-q', '--allow-empty', '-m', 'chore: empty')
      writeFileSync(path.join(dir, 'root.txt'), '2')
      git('commit', '-qam', 'fix: two')
      const out = execFileSync('git', filesLogArgs([]), { cwd: dir })
      for (const size of [1, 7, out.length]) {
        const seen: Array<[string, string[]]> = []
        const parser = new FilesLogParser((commit, files) => seen.push([commit.message.split('\n')[0], files]))
        for (let at = 0; at < out.length; at += size) parser.push(out.subarray(at, at + size))
        parser.end()
        expect(seen).toEqual([
          ['fix: two', ['root.txt']],
          ['chore: empty', []],
          ['feat: one', ['pkg a/x\ny.txt', 'root.txt']]
        ])
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('ranges', () => {
  it('says which components a commit is new to, from one walk (children first)', () => {
    // a ← b ← c (tag of component 0 at b), c ← d; component 1 tagged at a; component 2 never released
    const tracker = new RangeTracker(['b'.padEnd(40, '0'), 'a'.padEnd(40, '0'), null])
    const d = tracker.visit(raw('d', ['c']))
    const c = tracker.visit(raw('c', ['b']))
    const b = tracker.visit(raw('b', ['a']))
    const a = tracker.visit(raw('a', []))
    expect([0, 1, 2].map(d)).toEqual([true, true, true])
    expect([0, 1, 2].map(c)).toEqual([true, true, true])
    expect([0, 1, 2].map(b)).toEqual([false, true, true])
    expect([0, 1, 2].map(a)).toEqual([false, false, true])
  })
})

describe('per-component decisions', () => {
  const config = componentsFrom(
    [
      { name: 'core', path: 'core', bump_patch_for_minor_pre_major: true },
      { name: 'app', path: 'app', depends_on: 'core' },
      { name: 'docker', path: 'docker' },
      { name: 'cli', path: 'cli' }
    ],
    [{ fixed: ['app', 'docker'] }],
    'test'
  )!
  const components: Component[] = config.components
  const previous = {
    core: tag('core-v0.4.0', '0.4.0', 't'),
    app: tag('app-v2.0.0', '2.0.0', 't'),
    docker: tag('docker-v2.0.0', '2.0.0', 't'),
    cli: tag('cli-v1.0.0', '1.0.0', 't')
  }

  function decide(commits: Array<[string, string[]]>) {
    const { add, result } = collector(
      components,
      components.map(() => 't'.padEnd(40, '0'))
    )
    commits.forEach(([message, files], index) =>
      add(raw(`c${index}`, [index + 1 < commits.length ? `c${index + 1}` : 't'], message), files)
    )
    const inputs: ComponentInput[] = components.map((component, index) => ({
      component,
      previous: previous[component.name as keyof typeof previous],
      tags: [],
      commits: result.commits[index]
    }))
    return planComponents({
      settings: {
        bump: 'auto',
        bumpMinorPreMajor: false,
        initialVersion: '1.0.0',
        prerelease: '',
        tagPrefix: 'v',
        changelogFile: null,
        dryRun: true,
        notesSections: null
      },
      inputs,
      fixed: config.fixed,
      repoUrl: null,
      date: '2026-01-01'
    })
  }
  const versions = (decisions: ReturnType<typeof decide>) =>
    Object.fromEntries(decisions.map(d => [d.component.name, d.plan.released ? d.plan.version : null]))

  it('a feat below 1.0.0 makes a patch; a dependent that pins it exactly releases a patch; its fixed group follows', () => {
    const decisions = decide([['feat: faster parsing', ['core/parse.ts']]])
    expect(versions(decisions)).toEqual({ core: '0.4.1', app: '2.0.1', docker: '2.0.1', cli: null })
    expect(decisions.find(d => d.component.name === 'core')!.reason).toMatch(/bump_patch_for_minor_pre_major/)
    expect(decisions.find(d => d.component.name === 'app')!.reason).toMatch(
      /core 0\.4\.1 is released and app pins it exactly/
    )
    expect(decisions.find(d => d.component.name === 'docker')!.reason).toMatch(/fixed group app: released with app/)
    expect(decisions.find(d => d.component.name === 'app')!.plan.notes).toMatch(
      /### Dependencies\n\n- core updated to 0\.4\.1/
    )
  })

  it('a fixed group releases at the highest level any member calls for', () => {
    expect(
      versions(
        decide([
          ['feat: a', ['app/a.ts']],
          ['fix: b', ['docker/Dockerfile']]
        ])
      )
    ).toEqual({ core: null, app: '2.1.0', docker: '2.1.0', cli: null })
  })

  it('a commit counts for each component it touches, only those', () => {
    expect(
      versions(
        decide([
          ['fix: both', ['cli/main.ts', 'core/x.ts']],
          ['docs: readme', ['README.md']]
        ])
      )
    ).toEqual({ core: '0.4.1', app: '2.0.1', docker: '2.0.1', cli: '1.0.1' })
  })
})
