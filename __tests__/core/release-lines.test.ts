import { parseConfigFile } from '../../src/core/config/config-file.js'
import { parseReleaseLines } from '../../src/core/versioning/release-lines-file.js'
import { ConfigurationError } from '../../src/core/errors.js'
import { GATES } from '../../src/usecases/gates/index.js'
import { planRelease } from '../../src/core/versioning/plan.js'
import {
  DEFAULT_LINES,
  branchMatches,
  isReleaseBranch,
  lineOf,
  previousInLine,
  promotionOf,
  releaseLinesFrom,
  type ReleaseLine,
  type ReleaseLinesConfig
} from '../../src/core/versioning/release-lines.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { releaseTags, type ReleaseTag } from '../../src/core/versioning/version.js'
import { commit, history } from '../helpers/commits.js'

const FILE = '.github/release-action.yml'

function tags(...names: string[]): ReleaseTag[] {
  return releaseTags(
    names.map((name, i) => ({ name, sha: `${i + 1}`.padStart(4, '0').padEnd(40, 'c') })),
    'v'
  )
}

function lines(yaml: string): ReleaseLinesConfig {
  return parseReleaseLines(yaml, FILE)
}

const CONFIGURED = lines(
  [
    'release_lines:',
    '  maintenance: ["*.x", "*.*.x", "support/*.x"]',
    '  channels:',
    '    next: rc',
    '    beta: beta'
  ].join('\n')
)

describe('branch patterns', () => {
  it.each([
    ['*.x', '1.x', true],
    ['*.x', '10.x', true],
    ['*.x', '1.2.x', false],
    ['*.*.x', '1.2.x', true],
    ['*.*.x', '1.x', false],
    ['support/*.x', 'support/3.x', true],
    ['support/*.x', 'support/a/3.x', false],
    ['next', 'next', true],
    ['next', 'next-major', false],
    ['release-*', 'release-candidate', true],
    ['hotfix/*', 'hotfix/crash', true],
    ['*-*', 'a-b-c', true],
    ['*-*', 'a-', false],
    ['a*b', 'ab', false],
    ['a*b', 'axxb', true],
    ['*.x', '.x', false],
    ['1.x', '1x', false],
    ['release-*', 'release-a.b', false]
  ])('%s against %s: %s', (pattern, branch, expected) => {
    expect(branchMatches(pattern, branch)).toBe(expected)
  })

  it('matches in time linear in the name, whatever the pattern (no catastrophic backtracking)', () => {
    const pattern = '*-*-*-*-*-*-*-*-*-*-*-*-*-*'
    const config = releaseLinesFrom({ maintenance: [], channels: { [pattern]: 'rc' } }, FILE)
    const started = Date.now()
    expect(branchMatches(pattern, `${'-'.repeat(200)}.`)).toBe(false)
    expect(() => lineOf(`${'-'.repeat(200)}.`, config, 'main')).toThrow(/matches no release line/)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})

describe('isReleaseBranch: a release could start there (a pull request into another branch releases nothing)', () => {
  const cases: Array<[string, ReleaseLinesConfig, string, boolean]> = [
    ['feature/x', DEFAULT_LINES, '', true], // without a release_lines block every branch releases as main does
    ['feature/x', CONFIGURED, '', false],
    ['main', CONFIGURED, '', true],
    ['trunk', CONFIGURED, 'trunk', true],
    ['main', CONFIGURED, 'trunk', false],
    ['hotfix/crash', CONFIGURED, '', true],
    ['support/3.x', CONFIGURED, '', true],
    ['next', CONFIGURED, '', true],
    ['nextish', CONFIGURED, '', false],
    ['', CONFIGURED, '', true]
  ]
  it.each(cases)('%s (base %s)', (branch, config, base, expected) => {
    expect(isReleaseBranch(branch, config, base)).toBe(expected)
  })
})

describe('lineOf: which line a branch releases', () => {
  const cases: Array<{ branch: string; config?: ReleaseLinesConfig; base?: string; line: Partial<ReleaseLine> }> = [
    { branch: 'main', line: { kind: 'default' } },
    { branch: 'trunk', base: 'trunk', config: CONFIGURED, line: { kind: 'default' } },
    { branch: '', config: CONFIGURED, line: { kind: 'other' } },
    { branch: 'feature/x', line: { kind: 'other' } },
    { branch: 'hotfix/crash', config: CONFIGURED, line: { kind: 'hotfix' } },
    { branch: '1.x', line: { kind: 'maintenance', name: '1.x', range: '>=1.0.0 <2.0.0', level: 'minor' } },
    { branch: '1.2.x', line: { kind: 'maintenance', name: '1.2.x', range: '>=1.2.0 <1.3.0', level: 'patch' } },
    { branch: '0.x', line: { kind: 'maintenance', range: '>=0.0.0 <1.0.0' } },
    {
      branch: 'support/3.x',
      config: CONFIGURED,
      line: { kind: 'maintenance', name: '3.x', pattern: 'support/*.x', range: '>=3.0.0 <4.0.0' }
    },
    { branch: 'next', config: CONFIGURED, line: { kind: 'channel', id: 'rc' } },
    { branch: 'beta', config: CONFIGURED, line: { kind: 'channel', id: 'beta' } },
    // without a channel, next is any other branch: it releases as today
    { branch: 'next', line: { kind: 'other' } }
  ]
  it.each(cases)('$branch', ({ branch, config, base, line }) => {
    expect(lineOf(branch, config ?? DEFAULT_LINES, base ?? '')).toMatchObject({ branch, ...line })
  })

  const errors: Array<{ name: string; branch: string; config: ReleaseLinesConfig; error: RegExp }> = [
    {
      name: 'a branch of no line, when lines are configured',
      branch: 'feature/x',
      config: CONFIGURED,
      error:
        /^Branch feature\/x matches no release line of release_lines: main \(default branch\), hotfix\/\* \(hotfix\), \*\.x \(maintenance\), \*\.\*\.x \(maintenance\), support\/\*\.x \(maintenance\), next \(channel, rc\), beta \(channel, beta\)\. /
    },
    {
      name: 'a maintenance branch whose name states no range',
      branch: 'foo.x',
      config: DEFAULT_LINES,
      error: /^Branch foo\.x matches the maintenance pattern \*\.x, but its name does not say which versions/
    },
    {
      name: 'a channel that is also a maintenance pattern',
      branch: 'main',
      config: lines('release_lines:\n  maintenance: ["*.x"]\n  channels:\n    "1.x": rc\n'),
      error:
        /^release_lines: maintenance pattern \*\.x and channel 1\.x \(rc\) overlap \(a branch such as 1\.x matches both\)/
    },
    {
      name: 'a pattern that matches the default branch',
      branch: 'next',
      config: lines('release_lines:\n  channels:\n    "ma*": alpha\n'),
      error: /^release_lines: the default branch \(base_branch\) and channel ma\* \(alpha\) overlap/
    },
    {
      name: 'a channel pattern overlapping hotfix branches',
      branch: 'next',
      config: lines('release_lines:\n  channels:\n    "hotfix/*": rc\n'),
      error: /^release_lines: hotfix branches and channel hotfix\/\* \(rc\) overlap/
    },
    {
      name: 'two channel patterns a branch matches both of',
      branch: 'pre-x',
      config: lines('release_lines:\n  channels:\n    "pre-*": rc\n    "*-x": beta\n'),
      error: /^Branch pre-x matches channel pre-\* \(rc\) and channel \*-x \(beta\): it can be only one release line/
    }
  ]
  it.each(errors)('$name is an error', ({ branch, config, error }) => {
    expect(() => lineOf(branch, config, '')).toThrow(ConfigurationError)
    expect(() => lineOf(branch, config, '')).toThrow(error)
  })
})

describe('the release_lines block', () => {
  it('defaults to *.x and *.*.x with no channels, and not strict', () => {
    expect(lines('tag_prefix: v\n')).toEqual({ maintenance: ['*.x', '*.*.x'], channels: [], configured: false })
    expect(parseReleaseLines(null, FILE)).toEqual(DEFAULT_LINES)
    expect(lines('release_lines:\n  channels:\n    next: rc\n')).toEqual({
      maintenance: ['*.x', '*.*.x'],
      channels: [{ branch: 'next', id: 'rc' }],
      configured: true
    })
    expect(lines('release_lines:\n  maintenance: "lts/*.x"\n').maintenance).toEqual(['lts/*.x'])
    expect(lines('release_lines:\n  maintenance: []\n').maintenance).toEqual([])
  })

  it('reads the block however the YAML spells its key: quoted, or a JSON file', () => {
    const configured = { maintenance: ['*.x', '*.*.x'], channels: [{ branch: 'next', id: 'rc' }], configured: true }
    expect(lines('"release_lines":\n  channels:\n    next: rc\n')).toEqual(configured)
    expect(lines("'release_lines' :\n  channels: {next: rc}\n")).toEqual(configured)
    expect(lines('{"tag_prefix": "v", "release_lines": {"channels": {"next": "rc"}}}\n')).toEqual(configured)
    // the key only in a comment or a value is no block
    expect(lines('# release_lines:\nchangelog_file: "release_lines:"\n')).toEqual(DEFAULT_LINES)
  })

  it.each([
    [
      'an invalid pattern',
      'release_lines:\n  maintenance: ["1 .x"]\n',
      /maintenance: the pattern "1 \.x" has characters other than/
    ],
    ['"**"', 'release_lines:\n  maintenance: ["**.x"]\n', /the pattern "\*\*\.x" has "\*\*"/],
    [
      '".." in a pattern',
      'release_lines:\n  channels:\n    "a..b": rc\n',
      /channels: the branch "a\.\.b" is not a valid branch name/
    ],
    [
      'a maintenance pattern without .x',
      'release_lines:\n  maintenance: ["lts/*"]\n',
      /the pattern "lts\/\*" does not end in "\.x"/
    ],
    [
      'a channel id with a dot',
      'release_lines:\n  channels:\n    next: rc.1\n',
      /release_lines\.channels\.next: "rc\.1" is not a prerelease identifier/
    ],
    [
      'a channel id starting with a digit',
      'release_lines:\n  channels:\n    next: "1rc"\n',
      /"1rc" is not a prerelease identifier/
    ],
    [
      'an unknown key, with its line',
      'tag_prefix: v\nrelease_lines:\n  maintainance: ["*.x"]\n',
      /release-action\.yml:3: release_lines\.maintainance: unknown key "maintainance" \(allowed keys: maintenance, channels, component\)/
    ],
    [
      'channels as a list',
      'release_lines:\n  channels: [next]\n',
      /release-action\.yml:2: release_lines\.channels: must be an object/
    ]
  ])('%s is a clear error', (_name, yaml, error) => {
    expect(() => lines(yaml)).toThrow(ConfigurationError)
    expect(() => lines(yaml)).toThrow(error)
  })

  it('the configuration file takes the block beside the other keys, and checks its patterns when it is loaded', () => {
    const text = 'tag_prefix: v\nrelease_lines:\n  maintenance: ["*.x"]\n  channels:\n    next: rc\n'
    expect(parseConfigFile(text, FILE, GATES).values).toEqual({ tag_prefix: 'v' })
    expect(lines(text)).toEqual({ maintenance: ['*.x'], channels: [{ branch: 'next', id: 'rc' }], configured: true })
    expect(() => parseConfigFile('release_lines:\n  channels:\n    next: "r c"\n', FILE, GATES)).toThrow(
      `${FILE}: release_lines.channels.next: "r c" is not a prerelease identifier.`
    )
    expect(() => parseConfigFile('release_lines:\n  maintenance: 3\n', FILE, GATES)).toThrow(
      `${FILE}:2: release_lines.maintenance: must be a string or a list of strings`
    )
  })

  it('names the file in a pattern error', () => {
    expect(() => releaseLinesFrom({ maintenance: ['lts'] }, 'x.yml')).toThrow(/^x\.yml: release_lines\.maintenance/)
  })
})

describe('previousInLine: the line finds its previous release among its own tags', () => {
  const reachable = tags('v1.2.0', 'v1.2.1', 'v1.3.0', 'v1.4.0-rc.1', 'v2.0.0', 'v0.9.0')
  it.each([
    ['1.x', 'v1.3.0'],
    ['1.2.x', 'v1.2.1'],
    ['1.3.x', 'v1.3.0'],
    ['2.x', 'v2.0.0'],
    ['0.x', 'v0.9.0'],
    ['3.x', null],
    ['1.4.x', null]
  ])('%s: %s', (branch, expected) => {
    const line = lineOf(branch, DEFAULT_LINES, '') as Extract<ReleaseLine, { kind: 'maintenance' }>
    expect(previousInLine(line, reachable)?.name ?? null).toBe(expected)
  })
})

describe('planRelease on a maintenance line', () => {
  const all = tags('v1.2.0', 'v1.2.1', 'v1.3.0', 'v2.0.0')
  const FEAT = commit('feat(api): a new option', { sha: 'fea7'.padEnd(40, '0') })
  const BREAK = commit('fix!: drop python 3.8', { sha: 'b4ea'.padEnd(40, '0') })
  const plan = (
    branch: string,
    previous: string,
    commits: Array<string | ReturnType<typeof commit>>,
    inputs: Record<string, string> = {},
    taken: Array<[string, string]> = []
  ) =>
    planRelease({
      settings: parseSettings(name => inputs[name]),
      commits: history(...commits),
      previous: all.find(tag => tag.name === previous) ?? null,
      allTags: all,
      repoUrl: null,
      packageName: null,
      date: '2026-11-25',
      line: lineOf(branch, DEFAULT_LINES, ''),
      taken: new Map(taken)
    })

  const cases: Array<{
    name: string
    branch: string
    previous: string
    commits: Array<string | ReturnType<typeof commit>>
    inputs?: Record<string, string>
    taken?: Array<[string, string]>
    version?: string | null
    error?: RegExp
  }> = [
    { name: 'a fix on 1.2.x is a patch', branch: '1.2.x', previous: 'v1.2.1', commits: ['fix: a'], version: '1.2.2' },
    { name: 'a fix on 1.x is a patch', branch: '1.x', previous: 'v1.3.0', commits: ['fix: a'], version: '1.3.1' },
    {
      name: 'a feature on 1.x is a minor within 1',
      branch: '1.x',
      previous: 'v1.3.0',
      commits: ['fix: a', 'feat: b'],
      version: '1.4.0'
    },
    { name: 'nothing to release', branch: '1.x', previous: 'v1.3.0', commits: ['chore: a'], version: null },
    {
      name: 'a feature on 1.2.x is an error naming the commit',
      branch: '1.2.x',
      previous: 'v1.2.1',
      commits: ['fix: a', FEAT],
      error:
        /^Branch 1\.2\.x maintains 1\.2\.x \(>=1\.2\.0 <1\.3\.0\) and takes only fixes \(patches of 1\.2\), but commit fea7000 "feat\(api\): a new option" is a feature: 1\.2\.1 → 1\.3\.0 leaves the line\. Move that commit to the default branch \(or to a 1\.x line\), or revert it here\.$/
    },
    {
      name: 'a breaking change on 1.x is an error naming the commit',
      branch: '1.x',
      previous: 'v1.3.0',
      commits: ['feat: a', BREAK],
      error:
        /^Branch 1\.x maintains 1\.x .* but commit b4ea000 "fix!: drop python 3\.8" is a breaking change: 1\.3\.0 → 2\.0\.0 leaves the line/
    },
    {
      name: 'a breaking change on 1.2.x is an error',
      branch: '1.2.x',
      previous: 'v1.2.1',
      commits: [BREAK],
      error: /commit b4ea000 "fix!: drop python 3\.8" is a breaking change/
    },
    {
      name: 'a Release-As outside the line is an error naming the commit',
      branch: '1.x',
      previous: 'v1.3.0',
      commits: [commit('fix: a\n\nRelease-As: 2.1.0', { sha: 'a5a5'.padEnd(40, '0') })],
      error: /but commit a5a5000 asks for 2\.1\.0 \(Release-As\), outside the line/
    },
    {
      name: 'bump: minor on 1.2.x is an error naming the input',
      branch: '1.2.x',
      previous: 'v1.2.1',
      commits: ['fix: a'],
      inputs: { bump: 'minor' },
      error: /but this release would be 1\.3\.0 \(bump: minor\), outside the line/
    },
    {
      name: 'a version another line already took is an error',
      branch: '1.x',
      previous: 'v1.3.0',
      commits: ['feat: b'],
      taken: [['1.4.0', 'tagged on origin (v1.4.0) but not here']],
      error:
        /^Branch 1\.x \(line 1\.x\) would release 1\.4\.0, but that version is already released by another line \(tagged on origin \(v1\.4\.0\) but not here\)/
    },
    {
      name: 'a prerelease inside the line',
      branch: '1.x',
      previous: 'v1.3.0',
      commits: ['feat: b'],
      inputs: { prerelease: 'rc' },
      version: '1.4.0-rc.1'
    }
  ]
  it.each(cases)('$name', ({ branch, previous, commits, inputs, taken, version, error }) => {
    const run = () => plan(branch, previous, commits, inputs, taken)
    if (error) {
      expect(run).toThrow(ConfigurationError)
      expect(run).toThrow(error)
      return
    }
    const result = run()
    expect(result.released ? result.version : null).toBe(version)
    if (result.released) {
      expect(result.maintenanceLine).toBe(branch)
      expect(result.reason).toMatch(
        new RegExp(`^maintenance line ${branch.replace(/\./g, '\\.')} \\(branch ${branch.replace(/\./g, '\\.')}\\): `)
      )
    }
  })
})

describe('prerelease channels and promotion', () => {
  const all = tags('v1.2.0', 'v1.3.0-rc.1', 'v1.3.0-rc.2', 'v1.3.0-rc.3', 'v2.0.0-beta.1')
  const stable = all[0]
  const plan = (
    commits: string[],
    options: {
      inputs?: Record<string, string>
      branch?: string
      config?: ReleaseLinesConfig
      candidates?: ReleaseTag[]
    } = {}
  ) =>
    planRelease({
      settings: parseSettings(name => options.inputs?.[name]),
      commits: history(...commits),
      previous: stable,
      allTags: all,
      repoUrl: null,
      packageName: null,
      date: '2026-11-25',
      line: lineOf(options.branch ?? 'main', options.config ?? CONFIGURED, ''),
      candidates: options.candidates ?? all.filter(tag => tag.name.includes('-rc.'))
    })
  const RANGE = ['feat: the feature of the candidates', 'fix: a fix before rc.3']

  it.each([
    ['only fixes since the candidate: its X.Y.Z', [...RANGE, 'fix: after rc.3'], {}, '1.3.0', 'minor'],
    ['no new commit since the candidate', RANGE, {}, '1.3.0', 'minor'],
    [
      'nothing releasable since the stable release (a bump input made the candidates)',
      ['chore: a'],
      {},
      '1.3.0',
      'minor'
    ],
    ['a breaking change after the candidates supersedes them', [...RANGE, 'feat!: new API'], {}, '2.0.0', 'major'],
    [
      'a prerelease run is not a promotion: the next candidate',
      RANGE,
      { inputs: { prerelease: 'rc' } },
      '1.3.0-rc.4',
      'minor'
    ],
    ['the channel next releases -rc.N', RANGE, { branch: 'next' }, '1.3.0-rc.4', 'minor'],
    ['the channel beta numbers its own identifier', RANGE, { branch: 'beta' }, '1.3.0-beta.1', 'minor'],
    [
      'the prerelease input wins over the channel',
      RANGE,
      { branch: 'beta', inputs: { prerelease: 'alpha' } },
      '1.3.0-alpha.1',
      'minor'
    ],
    [
      'a major candidate keeps its level over a minor range',
      RANGE,
      { candidates: tags('v2.0.0-rc.1') },
      '2.0.0',
      'major'
    ],
    ['no candidate reachable: as always', RANGE, { candidates: [] }, '1.3.0', 'minor']
  ] as Array<[string, string[], Parameters<typeof plan>[1], string, string]>)(
    '%s',
    (_name, commits, options, version, bump) => {
      const result = plan(commits, options)
      expect({ version: result.version, bump: result.bump }).toEqual({ version, bump })
    }
  )

  it('says which candidate it promotes, and the notes gather everything since the stable release', () => {
    const result = plan([...RANGE, 'fix: after rc.3'])
    expect(result.promotedFrom).toBe('v1.3.0-rc.3')
    expect(result.reason).toBe(
      'promotes release candidate v1.3.0-rc.3 to 1.3.0 (the level its candidates decided; the notes gather everything since v1.2.0): 1.2.0 → 1.3.0'
    )
    expect(result.notes).toContain('> Promotes release candidate v1.3.0-rc.3: every change since v1.2.0.')
    for (const subject of ['the feature of the candidates', 'a fix before rc.3', 'after rc.3'])
      expect(result.notes).toContain(subject)
    expect(result.notes).toContain('v1.2.0...v1.3.0')
  })

  it('promotionOf: the highest candidate above the previous stable release', () => {
    const reachable = tags('v1.2.0', 'v1.2.1-rc.1', 'v1.3.0-rc.1', 'v1.3.0-rc.2', 'v1.1.0-rc.1')
    const previous = reachable[0]
    expect(promotionOf(previous, reachable, '1.2.1')).toEqual({ candidate: reachable[3], version: '1.3.0' })
    expect(promotionOf(previous, reachable, null)?.version).toBe('1.3.0')
    expect(promotionOf(previous, reachable, '1.4.0')).toBeNull()
    expect(promotionOf(reachable[0], tags('v1.1.0-rc.1'), '1.2.1')).toBeNull()
    expect(promotionOf(null, tags('v1.0.0-rc.2'), '0.1.0')?.version).toBe('1.0.0')
    // on a maintenance line only the line's candidates count
    expect(promotionOf(previous, reachable, '1.2.1', '>=1.2.0 <1.3.0')?.candidate.name).toBe('v1.2.1-rc.1')
  })
})
