import { decideBump, type BumpOptions } from '../../src/core/versioning/bump.js'
import { commit, history } from '../helpers/commits.js'

const auto: BumpOptions = { bump: 'auto', bumpMinorPreMajor: false, currentMajor: 1 }

describe('decideBump', () => {
  const cases: Array<{ name: string; messages: string[]; bump: string }> = [
    { name: 'breaking by bang', messages: ['fix: a', 'feat!: b'], bump: 'major' },
    { name: 'breaking by footer', messages: ['chore: a\n\nBREAKING CHANGE: gone'], bump: 'major' },
    { name: 'breaking by hyphen footer', messages: ['docs: a\n\nBREAKING-CHANGE: gone'], bump: 'major' },
    { name: 'feature', messages: ['fix: a', 'feat(x): b', 'chore: c'], bump: 'minor' },
    { name: 'fix', messages: ['fix: a', 'docs: b'], bump: 'patch' },
    { name: 'perf', messages: ['perf: faster'], bump: 'patch' },
    { name: 'revert type alone', messages: ['revert: feat: old thing'], bump: 'patch' },
    {
      name: 'other types alone do not release',
      messages: ['docs: a', 'chore: b', 'ci: c', 'refactor: d', 'test: e', 'style: f', 'build: g'],
      bump: 'none'
    },
    {
      name: 'plain messages alone release a patch (a manual era)',
      messages: ['Update README', 'Fix the thing'],
      bump: 'patch'
    },
    {
      name: 'a plain message among conventional commits releases nothing',
      messages: ['docs: a', 'Update README'],
      bump: 'none'
    },
    { name: 'empty range', messages: [], bump: 'none' },
    { name: 'upper-case type', messages: ['Feat: shout'], bump: 'minor' },
    { name: 'skip release', messages: ['feat: hidden [skip release]', 'fix: shown'], bump: 'patch' },
    { name: 'release skip', messages: ['feat!: hidden\n\n[release skip]'], bump: 'none' },
    {
      name: 'squash merge: the header decides, not the PR history in its body',
      messages: ['fix: big PR (#9)\n\n* fix: one\n\n* feat(ui): two'],
      bump: 'patch'
    },
    {
      // issue 19: release-please publishes a conventional line of the body as a change of its own
      name: 'a conventional line of the body (not a squash bullet) is a change of its own',
      messages: ['chore: squash\n\nfeat!: breaking inside'],
      bump: 'major'
    },
    { name: 'squash: consecutive bullets', messages: ['chore: squash\n\n* fix: a\n* feat: b'], bump: 'none' },
    {
      name: 'BEGIN_NESTED_COMMIT blocks are changes',
      messages: ['chore: squash\n\nBEGIN_NESTED_COMMIT\nfeat(api): nested\nEND_NESTED_COMMIT'],
      bump: 'minor'
    },
    {
      name: 'BEGIN_COMMIT_OVERRIDE replaces the message',
      messages: [
        'feat!: wrong title\n\nBEGIN_COMMIT_OVERRIDE\nfix: the real change\n\ndocs: and docs\nEND_COMMIT_OVERRIDE'
      ],
      bump: 'patch'
    },
    {
      name: 'a revert of a chore releases a patch',
      messages: [
        'chore: tidy',
        'Revert "chore: tidy"\n\nThis reverts commit 0000000000000000000000000000000000000bad.'
      ],
      bump: 'patch'
    },
    { name: 'prose line is not a header', messages: ['chore: x\n\nNote: feat: not at line start?'], bump: 'none' },
    { name: 'header right after the subject line is not nested', messages: ['chore: x\nfeat: glued'], bump: 'none' },
    {
      name: 'quoted changelog of a dependency is not ours',
      messages: ['chore(deps): bump x\n\n<details>\n\nfeat!: their change\n\n</details>'],
      bump: 'none'
    },
    { name: 'fenced code is not ours', messages: ['docs: example\n\n```\n\nfeat: in code\n```'], bump: 'none' },
    { name: 'an empty message among conventional commits', messages: ['', 'docs: a'], bump: 'none' },
    {
      name: 'binary bytes in a message',
      messages: ['fix: \ufffd\ufffd\u0001\u0002 decoded garbage\n\n\ufffdfeat!: \u0000'],
      bump: 'patch'
    },
    {
      name: 'a huge body does not change the bump',
      messages: [`chore: vendor\n\n${'* feat!: quoted line\n\n'.repeat(20_000)}`],
      bump: 'none'
    },
    {
      name: "a bot body quoting other projects' headers",
      messages: [
        'chore(deps): update dependency x to v2 (#9)\n\n<details>\n<summary>x</summary>\n\n### Features\n\nfeat!: drop node 18\n\nBREAKING-ish: no\n\n</details>\n\nfeat: also outside details'
      ],
      bump: 'none'
    }
  ]
  it.each(cases)('$name → $bump', ({ messages, bump }) => {
    expect(decideBump(history(...messages), auto).bump).toBe(bump)
  })

  it('ignores the message of a merge commit but counts the merged commits', () => {
    const merge = commit('feat!: merge title that must not count', { parents: 2 })
    const decision = decideBump(history('fix: merged in', merge), auto)
    expect(decision.bump).toBe('patch')
    expect(decision.changes.map(c => c.subject)).toEqual(['merged in'])
  })

  it('cancels a git revert and the commit it reverts when both are in range', () => {
    const feat = commit('feat: risky', { sha: 'abcdef1234567890abcdef1234567890abcdef12' })
    const revert = commit('Revert "feat: risky"\n\nThis reverts commit abcdef1234567890abcdef1234567890abcdef12.')
    const decision = decideBump(history('fix: keep', feat, revert), auto)
    expect(decision.bump).toBe('patch')
    expect(decision.cancelled.size).toBe(2)
    expect(decision.changes.map(c => c.subject)).toEqual(['keep'])
  })

  it('matches an abbreviated sha in a revert', () => {
    const feat = commit('feat: x', { sha: '1234567abcdef1234567abcdef1234567abcdef0' })
    const revert = commit('revert: feat: x\n\nThis reverts commit 1234567abc.')
    const decision = decideBump(history(feat, revert), auto)
    expect(decision.cancelled.size).toBe(2)
    expect(decision.changes).toEqual([])
    expect(decision.bump).toBe('patch') // the revert itself still ships, as the real histories did
  })

  it('counts a revert of a commit outside the range as a patch', () => {
    const revert = commit('Revert "feat: old"\n\nThis reverts commit 9999999999999999999999999999999999999999.')
    const decision = decideBump(history('docs: a', revert), auto)
    expect(decision.bump).toBe('patch')
    expect(decision.drivers[0].why).toBe('revert')
  })

  it('matches a revert by the quoted header when the sha is unknown (rebased history)', () => {
    const revert = commit('Revert "feat: rebased"\n\nThis reverts commit 0000000000000000000000000000000000000bad.')
    expect(decideBump(history('feat: rebased', revert), auto).bump).toBe('patch')
    expect(decideBump(history('feat: rebased', 'revert: feat: rebased'), auto).cancelled.size).toBe(2)
    const typed = decideBump(
      history('fix: keep', 'feat: add caching (#527)', 'chore(revert): Revert "feat: add caching (#527)" (#665)'),
      auto
    )
    expect(typed.bump).toBe('patch')
    expect(typed.changes.map(c => c.subject)).toEqual(['keep'])
    expect(decideBump(history('revert: feat: never here', 'docs: x'), auto).bump).toBe('patch')
  })

  it('re-applies a commit whose revert is reverted', () => {
    const feat = commit('feat: back again', { sha: 'aaaaaaa000000000000000000000000000000001' })
    const revert = commit(
      'Revert "feat: back again"\n\nThis reverts commit aaaaaaa000000000000000000000000000000001.',
      { sha: 'bbbbbbb000000000000000000000000000000002' }
    )
    const again = commit(
      'Revert "Revert "feat: back again""\n\nThis reverts commit bbbbbbb000000000000000000000000000000002.'
    )
    const decision = decideBump(history(feat, revert, again), auto)
    expect(decision.bump).toBe('minor')
    expect(decision.changes.map(c => c.subject)).toEqual(['back again'])
  })

  it('takes the newest Release-As footer', () => {
    const decision = decideBump(history('fix: a\n\nRelease-As: 2.0.0', 'chore: b\n\nrelease-as: 3.1.0'), auto)
    expect(decision.releaseAs?.version).toBe('3.1.0')
    expect(decision.bump).toBe('patch')
  })

  it('lets an explicit bump override the commits, and release without them', () => {
    expect(decideBump(history('docs: only'), { ...auto, bump: 'major' }).bump).toBe('major')
    expect(decideBump([], { ...auto, bump: 'patch' }).bump).toBe('patch')
    expect(decideBump(history('feat!: x'), { ...auto, bump: 'patch' }).bump).toBe('patch')
  })

  it('applies the same rules below 1.0.0 unless bump_minor_pre_major', () => {
    const breaking = history('feat!: x')
    expect(decideBump(breaking, { ...auto, currentMajor: 0 }).bump).toBe('major')
    expect(decideBump(breaking, { ...auto, currentMajor: 0, bumpMinorPreMajor: true }).bump).toBe('minor')
    expect(decideBump(breaking, { ...auto, currentMajor: 1, bumpMinorPreMajor: true }).bump).toBe('major')
  })

  it('explains the decision with the commits that drove it', () => {
    const feat = commit('feat: a', { sha: 'c0ffee0000000000000000000000000000000000' })
    const decision = decideBump(history('fix: b', feat), auto)
    expect(decision.reason).toBe('minor because of c0ffee0 feature')
    expect(decision.drivers.map(d => d.level)).toEqual(['minor', 'patch'])
    expect(decideBump(history('docs: x'), auto).reason).toMatch(/no releasable commits/)
  })

  it('names the commit of a malformed Release-As footer instead of ignoring it', () => {
    const bad = commit('fix: a\n\nRelease-As: 1.2', { sha: 'deadbee000000000000000000000000000000000' })
    expect(() => decideBump(history(bad), auto)).toThrow(/deadbee.*Release-As: 1\.2.*X\.Y\.Z/)
  })

  const releaseCommits: Array<{ header: string; named: string | null }> = [
    { header: '1.3.0', named: '1.3.0' },
    { header: 'v1.3.0', named: '1.3.0' },
    { header: 'Release v1.3.0 (#12)', named: '1.3.0' },
    { header: 'Release google-api-core 1.3.0 (#4945)', named: '1.3.0' },
    { header: 'chore: release 1.3.0 (#64)', named: '1.3.0' },
    { header: 'chore(main): release 1.3.0 (#650)', named: '1.3.0' },
    { header: 'chore(release): 1.3.0 [skip ci]', named: '1.3.0' },
    { header: 'fix(package): update semantic-release to version 1.3.0', named: null },
    { header: 'feat: release 1.3.0 of the API', named: null },
    { header: 'Cutting version 1.3.0 of `core`', named: null },
    { header: 'Release gtoken v1.3.0 (#159)', named: '1.3.0' },
    { header: 'chore: release 1.3.0 [skip ci]', named: '1.3.0' },
    { header: 'Release candidate 1.3.0', named: null },
    { header: 'Release notes 1.3.0', named: null }
  ]
  it.each(releaseCommits)('reads "$header" as a release commit naming $named', ({ header, named }) => {
    expect(commit(header).namesVersion).toBe(named)
  })

  it('releases the version a release commit at the head names, when it is the next step', () => {
    const options = { ...auto, previous: '1.2.3' }
    const head = commit('Release v1.3.0 (#9)', { sha: 'feed000000000000000000000000000000000000' })
    const decision = decideBump(history('Update docs', head), options)
    expect(decision.releaseAs).toEqual({ version: '1.3.0', sha: head.sha, source: 'release commit' })
    expect(decision.reason).toBe('release commit feed000 names 1.3.0')
    expect(decision.handMade).toBe(true)
    expect(decision.changes.map(c => c.header)).toEqual(['Update docs']) // the release commit is no entry
    // a jump (1.2.3 → 0.28.0, another package's version) or a commit below the head is not a release commit
    expect(decideBump(history('fix: a', commit('0.28.0')), options).releaseAs).toBeNull()
    expect(decideBump(history(commit('1.3.0'), 'fix: a'), options).releaseAs).toBeNull()
    expect(decideBump(history('fix: a', 'chore: release 1.2.4'), options).handMade).toBe(false)
  })

  describe('what a review tried to break', () => {
    const options = { ...auto, previous: '1.2.3' }

    it('reads a release commit only at HEAD: a merged branch cannot bring one that picks the version', () => {
      const merged = decideBump(
        history('fix: typo in docs', 'chore: release 2.0.0', commit('Merge pull request #9 from x/y', { parents: 2 })),
        options
      )
      expect(merged.releaseAs).toBeNull()
      expect(merged.bump).toBe('patch')
      const older = decideBump(history('chore: release 1.2.4', 'feat: new api'), options)
      expect(older.bump).toBe('minor')
    })

    it('says so when the release commit at HEAD names less than the commits call for', () => {
      const decision = decideBump(history('feat!: drop node 18', 'chore: release 1.2.4'), options)
      expect(decision.releaseAs?.version).toBe('1.2.4')
      expect(decision.reason).toMatch(/names 1\.2\.4 \(a patch, below the major the commits call for\)/)
    })

    it('ignores release commits on a first release (initial_version decides)', () => {
      expect(decideBump(history('feat: a', 'chore: release 99.0.0'), { ...auto, previous: null }).releaseAs).toBeNull()
    })

    it('survives 20,000 consecutive BREAKING CHANGE lines and long runs of white space', () => {
      expect(decideBump(history(`fix: x\n\n${'BREAKING CHANGE: x\n'.repeat(20_000)}`), auto).bump).toBe('major')
      expect(() => decideBump(history(`fix: x\n\nRelease-As: 1${' '.repeat(100_000)}x`), auto)).toThrow(/Release-As/)
      expect(decideBump(history(`fix: x\n\n${'BEGIN_COMMIT_OVERRIDE\n'.repeat(40_000)}`), auto).bump).toBe('patch')
      expect(decideBump(history(`fix: x\n\n${'BEGIN_NESTED_COMMIT\n'.repeat(40_000)}`), auto).bump).toBe('patch')
      expect(decideBump(history(`Revert${' '.repeat(40_000)}`, 'docs: a'), auto).bump).toBe('none')
    })

    const quoted: Array<{ name: string; message: string }> = [
      { name: 'a footer in a code fence', message: 'docs: how to write footers\n\n```\nBREAKING CHANGE: example\n```' },
      {
        name: 'a footer in <details>',
        message: 'chore(deps): bump x\n\n<details>\nBREAKING CHANGE: upstream dropped y\n</details>'
      },
      { name: 'a footer in a quote', message: 'chore(deps): bump x\n\n> BREAKING CHANGE: upstream dropped y' },
      { name: 'Release-As in a fence', message: 'docs: footers\n\n```\nRelease-As: 1.2\n```' },
      { name: 'Release-As in a quote', message: 'chore(deps): bump x\n\n> Release-As: next' },
      {
        name: 'an override block in a fence',
        message: 'docs: overrides\n\n```\nBEGIN_COMMIT_OVERRIDE\nfeat!: b\nEND_COMMIT_OVERRIDE\n```'
      }
    ]
    it.each(quoted)('quoted material is not ours: $name', ({ message }) => {
      const decision = decideBump(history(message), auto)
      expect(decision.bump).toBe('none')
      expect(decision.releaseAs).toBeNull()
    })

    it('keeps the code fence of a real migration guide', () => {
      const decision = decideBump(
        history('feat!: v2 client\n\nBREAKING CHANGE: v1 is gone.\nMigrate:\n\n```\nclient.v2()\n```'),
        auto
      )
      expect(decision.changes[0].breakingNotes[0]).toContain('client.v2()')
    })

    it("reads git's Reapply as the revert of a revert: the feature ships", () => {
      const feat = commit('feat: x', { sha: 'aaaaaaa000000000000000000000000000000001' })
      const revert = commit('Revert "feat: x"\n\nThis reverts commit aaaaaaa000000000000000000000000000000001.', {
        sha: 'bbbbbbb000000000000000000000000000000002'
      })
      const reapply = commit('Reapply "feat: x"\n\nThis reverts commit bbbbbbb000000000000000000000000000000002.')
      const decision = decideBump(history(feat, revert, reapply), auto)
      expect(decision.bump).toBe('minor')
      expect(decision.changes.map(change => change.subject)).toEqual(['x'])
      // without the shas (rebased history), by the quoted header
      const rebased = decideBump(history('feat: y', 'Revert "feat: y"', 'Reapply "feat: y"'), auto)
      expect(rebased.bump).toBe('minor')
    })

    it('an empty or binary message is no change; a lone CR is a line break', () => {
      expect(decideBump(history('', '\ufffd\ufffd\u0001'), auto).bump).toBe('none')
      expect(commit('fix: a\rb').changes[0].type).toBe('fix')
      expect(commit('fix: a\u2028b').changes[0].subject).toBe('a b')
    })
  })
})
