import { analyzeCommit, type AnalyzedCommit } from '../../src/core/commits/changes.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { ConfigurationError } from '../../src/core/errors.js'
import { inferConvention, type ReleaseSample } from '../../src/core/versioning/convention.js'
import { parseReleaseRules } from '../../src/core/versioning/convention-rules.js'
import { planRelease } from '../../src/core/versioning/plan.js'
import { releaseTags } from '../../src/core/versioning/version.js'

let counter = 0
/** A range, newest first, from messages written oldest first. */
function range(...messages: string[]): AnalyzedCommit[] {
  return messages
    .map(message => {
      counter++
      const sha = counter.toString(16).padStart(40, 'a')
      return analyzeCommit({ sha, parents: [], time: counter, author: '', message })
    })
    .reverse()
}

/** Earlier releases: [prev, next, ...messages]. */
function releases(...steps: Array<[string, string, ...string[]]>): ReleaseSample[] {
  return steps.map(([prev, next, ...messages]) => ({
    prev: { name: `v${prev}`, version: prev },
    next: { name: `v${next}`, version: next },
    commits: range(...messages)
  }))
}

function plan(
  previous: string,
  commits: AnalyzedCommit[],
  earlier: ReleaseSample[] | undefined,
  config: Record<string, string> = {}
) {
  const tags = releaseTags([{ name: `v${previous}`, sha: 'f'.repeat(40) }], 'v')
  return planRelease({
    settings: parseSettings(name => config[name]),
    commits,
    previous: tags[0],
    allTags: tags,
    repoUrl: null,
    packageName: null,
    date: '2026-01-01',
    releases: earlier
  })
}

// git-cliff's 2.x line: breaking changes released as minor releases
const CLIFF = releases(
  ['1.4.0', '2.0.0', 'feat!: the 2.0 configuration format'],
  ['2.0.0', '2.1.0', 'feat!: drop the old template syntax', 'fix: a'],
  ['2.1.0', '2.1.1', 'fix: b'],
  ['2.1.1', '2.2.0', 'feat(config)!: rename a key'],
  ['2.2.0', '2.2.1', 'fix: c', 'chore: d'],
  ['2.2.1', '2.3.0', 'refactor!: new changelog model', 'feat: e']
)

// octokit-style semantic-release rules: dependency updates ship as patches
const DEPS = releases(
  ['20.0.0', '20.0.1', 'build(deps): bump a from 1 to 2'],
  ['20.0.1', '20.1.0', 'feat: new endpoint', 'build(deps): bump b'],
  ['20.1.0', '20.1.1', 'build(deps): bump c from 3 to 4', 'chore: tidy'],
  ['20.1.1', '20.1.2', 'build(deps): bump d'],
  ['20.1.2', '20.1.3', 'fix: e']
)

describe('the convention inferred from the project releases', () => {
  it('releases breaking changes as minor where the project always did, and says why and how to make it explicit', () => {
    const result = plan('2.3.0', range('feat!: remove --legacy', 'fix: f'), CLIFF)
    expect(result.version).toBe('2.4.0')
    expect(result.reason).toContain('breaking changes released as minor in 3 of 3 releases since v2.0.0')
    expect(result.reason).toContain('release_rules: [breaking=minor]')
    // the standard rules, and the same history with inference off, say 3.0.0
    expect(plan('2.3.0', range('feat!: remove --legacy'), undefined).version).toBe('3.0.0')
    expect(plan('2.3.0', range('feat!: remove --legacy'), CLIFF, { infer_convention: 'false' }).version).toBe('3.0.0')
  })

  it('releases a patch for the types the project shipped as patches (dependency updates)', () => {
    const result = plan('20.1.3', range('build(deps): bump e from 5 to 6', 'docs: typo'), DEPS)
    expect(result.version).toBe('20.1.4')
    expect(result.reason).toContain(
      'build(deps) commits alone released a patch in 3 releases (v20.0.1, v20.1.1, v20.1.2)'
    )
    expect(result.reason).toContain('release_rules: [build(deps)=patch]')
    // learned for the scope, not the whole type
    expect(plan('20.1.3', range('build: faster bundling'), DEPS).released).toBe(false)
    expect(plan('20.1.3', range('build(deps): bump e'), undefined).released).toBe(false)
  })

  it('releases features as patches below 1.0.0 where the project always did', () => {
    const early = releases(
      ['0.1.0', '0.1.1', 'feat: a'],
      ['0.1.1', '0.1.2', 'feat: b', 'fix: c'],
      ['0.1.2', '0.1.3', 'fix: d'],
      ['0.1.3', '0.1.4', 'feat(cli): e']
    )
    const result = plan('0.1.4', range('feat: f'), early)
    expect(result.version).toBe('0.1.5')
    expect(result.reason).toContain('features below 1.0.0 released as patch in 3 of 3 releases since v0.1.0')
  })

  it('a plain commit in a conventional-commits repository releases nothing, and the reason says how to fix it', () => {
    const conventional = releases(
      ['1.0.0', '1.0.1', 'fix: a'],
      ['1.0.1', '1.1.0', 'feat: b', 'Merge pull request #3 from x/y'],
      ['1.1.0', '1.1.1', 'fix(deps): c']
    )
    const result = plan('1.1.1', range('Update README.md'), conventional)
    expect(result.released).toBe(false)
    expect(result.reason).toContain('1 plain message(s)')
    expect(result.reason).toContain('release nothing here')
    expect(result.reason).toContain('"fix: …" for a patch')
    expect(result.reason).toContain('all 3 releases since v1.0.0 had conventional commits')
    // today's rule without the history: a manual era's patch
    expect(plan('1.1.1', range('Update README.md'), undefined).version).toBe('1.1.2')
  })

  it('a manual-era history (plain messages released by hand) keeps releasing plain messages as patches', () => {
    const manual = releases(
      ['1.0.0', '1.0.1', 'Fix the parser'],
      ['1.0.1', '1.0.2', 'Update deps'],
      ['1.0.2', '1.1.0', 'Add a flag'],
      ['1.1.0', '1.1.1', 'fix: first conventional commit']
    )
    expect(plan('1.1.1', range('Update README.md'), manual).version).toBe('1.1.2')
    // three conventional releases after the manual era end it
    const later = [...manual, ...releases(['1.1.1', '1.1.2', 'fix: b'], ['1.1.2', '1.2.0', 'feat: c'])]
    const after = plan('1.2.0', range('Update README.md'), later)
    expect(after.released).toBe(false)
    expect(after.reason).toContain('after plain-message releases up to v1.1.0')
  })

  it('infers nothing from releases that contradict each other, and says so', () => {
    const mixed = releases(
      ['3.0.0', '3.1.0', 'feat!: a'],
      ['3.1.0', '3.1.1', 'refactor!: b'],
      ['3.1.1', '3.2.0', 'refactor!: c'],
      ['3.2.0', '3.2.1', 'fix: d']
    )
    const result = plan('3.2.1', range('feat!: e'), mixed)
    expect(result.version).toBe('4.0.0')
    expect(result.reason).toContain(
      'no convention inferred for breaking changes: the releases contradict each other (minor in 2 of 3 releases since v3.0.0)'
    )
    // the note is about breaking changes: a range without one says nothing of them
    expect(plan('3.2.1', range('fix: f'), mixed).reason).not.toContain('contradict')
  })

  it('a major release starts a line: its breaking changes do not contradict the line after it', () => {
    const result = plan('2.3.0', range('feat!: g'), CLIFF)
    expect(result.reason).toContain('in 3 of 3 releases since v2.0.0')
    // the standard line before: 1.x went major for its breaking change, and 2.x has too few yet
    const early = CLIFF.slice(0, 3)
    expect(plan('2.1.1', range('feat!: h'), early).version).toBe('3.0.0')
  })

  it('infers nothing from one or two releases, and says so (tags that are not releases counted apart)', () => {
    const two = releases(['2.0.0', '2.1.0', 'feat!: a'], ['2.1.0', '2.2.0', 'feat!: b'])
    const result = plan('2.2.0', range('feat!: c'), two)
    expect(result.version).toBe('3.0.0')
    expect(result.reason).toContain('no convention inferred: 2 earlier release(s) to learn from, 3 needed')
    const convention = inferConvention(two, { bumpMinorPreMajor: false, ignoredTags: 1 })
    expect(convention.rules.size).toBe(0)
    expect(convention.note).toContain('1 tag(s) of the prefix, such as a floating major tag, are not releases')
  })

  it('a bump input, a Release-As footer and release_rules win over the inferred convention', () => {
    expect(plan('2.3.0', range('feat!: x'), CLIFF, { bump: 'major' }).version).toBe('3.0.0')
    expect(plan('2.3.0', range('feat!: x\n\nRelease-As: 3.0.0'), CLIFF).version).toBe('3.0.0')
    const explicit = plan('2.3.0', range('feat!: x'), CLIFF, { release_rules: 'breaking=major' })
    expect(explicit.version).toBe('3.0.0')
    const configured = plan('2.3.0', range('chore(deps): bump y'), undefined, { release_rules: 'chore(deps)=patch' })
    expect(configured.version).toBe('2.3.1')
    expect(configured.reason).toContain('release_rules: chore(deps)=patch')
  })

  it('never learns a rule from a scope that is not a plain word (no mention or markup in the reason)', () => {
    const odd = releases(
      ['1.0.0', '1.0.1', 'chore(@admin): a'],
      ['1.0.1', '1.0.2', 'chore(@admin): b'],
      ['1.0.2', '1.0.3', 'chore(@admin): c']
    )
    const convention = inferConvention(odd, { bumpMinorPreMajor: false })
    expect([...convention.rules.keys()]).toEqual(['chore', 'plain'])
    expect(JSON.stringify([...convention.rules.values()])).not.toContain('@')
  })

  it('refuses a release_rules entry that is not KIND=LEVEL', () => {
    expect(() => parseReleaseRules(['breaking: minor'])).toThrow(ConfigurationError)
    expect(() => parseReleaseRules(['feat=huge'])).toThrow(/not KIND=LEVEL/)
    expect(() => parseReleaseRules(['chore(@x)=patch'])).toThrow(ConfigurationError)
    expect([...parseReleaseRules(['0.x feat=patch', 'chore(deps)=none']).keys()]).toEqual(['0.x feat', 'chore(deps)'])
  })
})

describe('release_rules in the settings', () => {
  it('a bad entry is one configuration error when the settings are read', () => {
    expect(() => parseSettings(name => (name === 'release_rules' ? 'breaking=minor\nfeat: patch' : undefined))).toThrow(
      /release_rules has the entry "feat: patch", which is not KIND=LEVEL/
    )
    expect(
      parseSettings(name => (name === 'release_rules' ? 'breaking=minor, chore(deps)=patch' : undefined)).releaseRules
    ).toEqual(['breaking=minor', 'chore(deps)=patch'])
  })
})

describe('release_rules for plain messages', () => {
  it('plain=minor releases a manual era as minor, its notes still count the plain messages', () => {
    const result = plan('1.4.0', range('Add the export button', 'Tidy'), undefined, { release_rules: 'plain=minor' })
    expect(result.version).toBe('1.5.0')
    expect(result.reason).toContain('release_rules: plain=minor')
    expect(result.reason).not.toContain('plain messages release a patch')
    expect(result.decision.manualEra).toBe(true)
    expect(result.notes).toContain('2 commit(s) without a conventional type')
  })
})

describe('inference over earlier releases git cannot decide today', () => {
  it('a Release-As footer that is no version in an earlier release is left out, never an error', () => {
    const commit = (message: string) =>
      analyzeCommit({ sha: 'a'.repeat(40), parents: [], time: 0, author: '', message })
    const sample = (prev: string, next: string, messages: string[]) => ({
      prev: { name: `v${prev}`, version: prev },
      next: { name: `v${next}`, version: next },
      commits: messages.map(commit)
    })
    const releases = [
      sample('1.0.0', '1.1.0', ['feat: a']),
      sample('1.1.0', '2.0.0', ['feat: b\n\nRelease-As: 2.0.0b1']),
      sample('2.0.0', '2.1.0', ['feat: c'])
    ]
    expect(() => inferConvention(releases, { bumpMinorPreMajor: false })).not.toThrow()
  })
})
