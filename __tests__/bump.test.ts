import { decideBump, type BumpOptions } from '../src/core/bump.js'
import { commit, history } from './helpers/commits.js'

const auto: BumpOptions = { bump: 'auto', bumpMinorPreMajor: false, currentMajor: 1 }

describe('decideBump', () => {
  const cases: Array<{ name: string, messages: string[], bump: string }> = [
    { name: 'breaking by bang', messages: ['fix: a', 'feat!: b'], bump: 'major' },
    { name: 'breaking by footer', messages: ['chore: a\n\nBREAKING CHANGE: gone'], bump: 'major' },
    { name: 'breaking by hyphen footer', messages: ['docs: a\n\nBREAKING-CHANGE: gone'], bump: 'major' },
    { name: 'feature', messages: ['fix: a', 'feat(x): b', 'chore: c'], bump: 'minor' },
    { name: 'fix', messages: ['fix: a', 'docs: b'], bump: 'patch' },
    { name: 'perf', messages: ['perf: faster'], bump: 'patch' },
    { name: 'revert type alone', messages: ['revert: feat: old thing'], bump: 'patch' },
    { name: 'other types alone do not release', messages: ['docs: a', 'chore: b', 'ci: c', 'refactor: d', 'test: e', 'style: f', 'build: g'], bump: 'none' },
    { name: 'non-conventional does not release', messages: ['Update README'], bump: 'none' },
    { name: 'empty range', messages: [], bump: 'none' },
    { name: 'upper-case type', messages: ['Feat: shout'], bump: 'minor' },
    { name: 'skip release', messages: ['feat: hidden [skip release]', 'fix: shown'], bump: 'patch' },
    { name: 'release skip', messages: ['feat!: hidden\n\n[release skip]'], bump: 'none' },
    { name: 'squash body with bullets', messages: ['Big PR (#9)\n\n* fix: one\n\n* feat(ui): two'], bump: 'minor' },
    { name: 'squash body without bullets', messages: ['chore: squash\n\nfeat!: breaking inside'], bump: 'major' },
    { name: 'squash: consecutive bullets', messages: ['chore: squash\n\n* fix: a\n* feat: b'], bump: 'minor' },
    { name: 'prose line is not a header', messages: ['chore: x\n\nNote: feat: not at line start?'], bump: 'none' },
    { name: 'header right after the subject line is not nested', messages: ['chore: x\nfeat: glued'], bump: 'none' },
    { name: 'quoted changelog of a dependency is not ours', messages: ['chore(deps): bump x\n\n<details>\n\nfeat!: their change\n\n</details>'], bump: 'none' },
    { name: 'fenced code is not ours', messages: ['docs: example\n\n```\n\nfeat: in code\n```'], bump: 'none' }
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
    expect(decideBump(history(feat, revert), auto).bump).toBe('none')
  })

  it('counts a revert of a commit outside the range as a patch', () => {
    const revert = commit('Revert "feat: old"\n\nThis reverts commit 9999999999999999999999999999999999999999.')
    const decision = decideBump(history('docs: a', revert), auto)
    expect(decision.bump).toBe('patch')
    expect(decision.drivers[0].why).toBe('revert')
  })

  it('matches a revert by the quoted header when the sha is unknown (rebased history)', () => {
    const revert = commit('Revert "feat: rebased"\n\nThis reverts commit 0000000000000000000000000000000000000bad.')
    expect(decideBump(history('feat: rebased', revert), auto).bump).toBe('none')
    expect(decideBump(history('feat: rebased', 'revert: feat: rebased'), auto).bump).toBe('none')
    expect(decideBump(history('revert: feat: never here', 'docs: x'), auto).bump).toBe('patch')
  })

  it('re-applies a commit whose revert is reverted', () => {
    const feat = commit('feat: back again', { sha: 'aaaaaaa000000000000000000000000000000001' })
    const revert = commit('Revert "feat: back again"\n\nThis reverts commit aaaaaaa000000000000000000000000000000001.', { sha: 'bbbbbbb000000000000000000000000000000002' })
    const again = commit('Revert "Revert "feat: back again""\n\nThis reverts commit bbbbbbb000000000000000000000000000000002.')
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
})
