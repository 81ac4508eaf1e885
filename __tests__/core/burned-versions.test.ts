import { planRelease } from '../../src/core/versioning/plan.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { releaseTags } from '../../src/core/versioning/version.js'
import { history } from '../helpers/commits.js'

/** Issue 10, item 6: a version released once (rolled back, tagged elsewhere) is never planned again. */
describe('planRelease skips burned versions', () => {
  const tags = (...names: string[]) =>
    releaseTags(
      names.map((name, i) => ({ name, sha: String(i).padEnd(40, '0') })),
      'v'
    )
  const plan = (
    messages: string[],
    burned: Array<[string, string]>,
    inputs: Record<string, string> = {},
    allTags = tags('v1.2.0')
  ) =>
    planRelease({
      settings: parseSettings(name => inputs[name]),
      commits: history(...messages),
      previous: allTags.find(tag => tag.name === 'v1.2.0') ?? null,
      allTags,
      repoUrl: 'https://github.com/acme/fastvlm',
      packageName: null,
      date: '2026-11-25',
      burned: new Map(burned)
    })
  const ROLLED = 'was rolled back (docs/ROLLBACKS.md)'

  it.each([
    ['a minor release', ['feat: a'], [['1.3.0', ROLLED]], {}, '1.3.1'],
    ['a patch release', ['fix: a'], [['1.2.1', ROLLED]], {}, '1.2.2'],
    ['a major release', ['feat!: a'], [['2.0.0', ROLLED]], {}, '2.0.1'],
    [
      'a run of burned versions',
      ['feat: a'],
      [
        ['1.3.0', ROLLED],
        ['1.3.1', ROLLED],
        ['1.3.2', ROLLED]
      ],
      {},
      '1.3.3'
    ],
    ['a prerelease', ['feat: a'], [['1.3.0-rc.1', ROLLED]], { prerelease: 'rc' }, '1.3.0-rc.2'],
    ['an explicit bump input', ['chore: a'], [['1.3.0', ROLLED]], { bump: 'minor' }, '1.3.1']
  ] as Array<[string, string[], Array<[string, string]>, Record<string, string>, string]>)(
    '%s moves to the next free version',
    (_case, messages, burned, inputs, expected) => {
      const result = plan(messages, burned, inputs)
      expect(result.version).toBe(expected)
      expect(result.tag).toBe(`v${expected}`)
      expect(result.reason).toContain(`a version is never reused: ${expected} instead`)
      for (const [version] of burned) expect(result.reason).toContain(`${version} ${ROLLED}`)
      // the notes and the changelog name the version released, never the burned one
      expect(result.notes).toContain(expected)
      expect(result.notes).not.toMatch(new RegExp(`\\b${burned[0][0].replace(/\./g, '\\.')}\\b(?!\\.)`))
    }
  )

  it.each([
    ['the first candidate', [['1.3.0', ROLLED]], tags('v1.2.0'), '1.3.1-rc.1'],
    [
      'after candidates of the burned version',
      [['1.3.0', ROLLED]],
      tags('v1.2.0', 'v1.3.0-rc.1', 'v1.3.0-rc.2'),
      '1.3.1-rc.1'
    ],
    [
      'after a run of burned versions',
      [
        ['1.3.0', ROLLED],
        ['1.3.1', ROLLED]
      ],
      tags('v1.2.0'),
      '1.3.2-rc.1'
    ],
    ['counting the next version’s own candidates', [['1.3.0', ROLLED]], tags('v1.2.0', 'v1.3.1-rc.1'), '1.3.1-rc.2']
  ] as Array<[string, Array<[string, string]>, ReturnType<typeof tags>, string]>)(
    'a candidate of a rolled-back version is a candidate of the next free one: %s',
    (_case, burned, allTags, expected) => {
      const result = plan(['feat: a'], burned, { prerelease: 'rc' }, allTags)
      expect(result.version).toBe(expected)
      expect(result.reason).toContain(
        `1.3.0 ${ROLLED}, and a version is never reused, nor are its candidates: ${expected} instead`
      )
    }
  )

  it('a burned version that is not the next one changes nothing', () => {
    const result = plan(['feat: a'], [['1.2.5', ROLLED]])
    expect(result.version).toBe('1.3.0')
    expect(result.reason).not.toContain('never reused')
  })

  it('no release stays no release', () => {
    expect(plan(['chore: a'], [['1.2.1', ROLLED]]).released).toBe(false)
  })

  it('skips a free-looking version that a tag already holds after a burned one', () => {
    const result = plan(['feat: a'], [['1.3.0', ROLLED]], {}, tags('v1.2.0', 'v1.3.1'))
    expect(result.version).toBe('1.3.2')
  })

  it('Release-As naming a burned version is an error that says why and what to do', () => {
    expect(() => plan(['fix: a\n\nRelease-As: 1.3.0'], [['1.3.0', ROLLED]])).toThrow(
      /Release-As: 1\.3\.0 names a version that was already released once \(was rolled back .*Amend or revert the commit with that footer, or name a later version/
    )
  })

  it('a hotfix of 1.2.0 whose 1.2.1 was rolled back is 1.2.2', () => {
    const result = planRelease({
      settings: parseSettings(() => undefined),
      commits: history('fix: crash'),
      previous: tags('v1.2.0')[0],
      allTags: tags('v1.2.0', 'v1.3.0'),
      repoUrl: null,
      packageName: null,
      date: '2026-11-25',
      hotfix: { severity: 'critical' },
      burned: new Map([['1.2.1', ROLLED]])
    })
    expect(result.version).toBe('1.2.2')
    expect(result.hotfix).toBe(true)
  })
})
