import { ConfigurationError } from '../../src/core/errors.js'
import { highestStable, nextVersion, releaseTags, type NextVersionInput } from '../../src/core/versioning/version.js'

describe('releaseTags and highestStable', () => {
  const tags = releaseTags(
    [
      { name: 'v1.2.0', sha: 'a' },
      { name: 'v1.10.0', sha: 'b' },
      { name: 'v2.0.0-rc.1', sha: 'c' },
      { name: 'v1.3', sha: 'd' },
      { name: 'release-9.0.0', sha: 'e' },
      { name: 'v01.0.0', sha: 'f' },
      { name: 'vfoo', sha: 'g' },
      { name: 'v1.9.9+build.1', sha: 'h' }
    ],
    'v'
  )
  it('keeps strict semver tags with the prefix', () => {
    expect(tags.map(t => t.name)).toEqual(['v1.2.0', 'v1.10.0', 'v2.0.0-rc.1'])
  })
  it('picks the highest stable one by semver, not by text', () => {
    expect(highestStable(tags)?.name).toBe('v1.10.0')
    expect(highestStable([])).toBeNull()
  })
  it('works with another prefix and with none', () => {
    expect(releaseTags([{ name: 'release-2.0.0', sha: 'x' }], 'release-').map(t => t.version)).toEqual(['2.0.0'])
    expect(
      releaseTags(
        [
          { name: '3.0.0', sha: 'x' },
          { name: 'v3.0.0', sha: 'y' }
        ],
        ''
      ).map(t => t.version)
    ).toEqual(['3.0.0'])
  })
})

describe('nextVersion', () => {
  const base: NextVersionInput = {
    previous: '1.2.3',
    bump: 'patch',
    initialVersion: '1.0.0',
    prerelease: '',
    allTags: [],
    releaseAs: null
  }
  const rc = releaseTags(
    [
      { name: 'v1.3.0-rc.1', sha: 'a' },
      { name: 'v1.3.0-rc.2', sha: 'b' },
      { name: 'v1.3.0-beta.7', sha: 'c' }
    ],
    'v'
  )
  const cases: Array<{ name: string; input: Partial<NextVersionInput>; version: string | null; bump?: string }> = [
    { name: 'patch', input: {}, version: '1.2.4' },
    { name: 'minor', input: { bump: 'minor' }, version: '1.3.0' },
    { name: 'major', input: { bump: 'major' }, version: '2.0.0' },
    { name: 'none', input: { bump: 'none' }, version: null },
    { name: 'first release', input: { previous: null, bump: 'minor' }, version: '1.0.0' },
    {
      name: 'first release with another initial version',
      input: { previous: null, initialVersion: '0.1.0' },
      version: '0.1.0'
    },
    { name: 'first prerelease', input: { bump: 'minor', prerelease: 'rc' }, version: '1.3.0-rc.1' },
    {
      name: 'next prerelease counted from tags',
      input: { bump: 'minor', prerelease: 'rc', allTags: rc },
      version: '1.3.0-rc.3'
    },
    {
      name: 'other identifier counted apart',
      input: { bump: 'minor', prerelease: 'beta', allTags: rc },
      version: '1.3.0-beta.8'
    },
    { name: 'Release-As', input: { releaseAs: '2.5.0', bump: 'patch' }, version: '2.5.0', bump: 'major' },
    { name: 'Release-As minor', input: { releaseAs: '1.4.0' }, version: '1.4.0', bump: 'minor' },
    { name: 'Release-As with prerelease', input: { releaseAs: '1.4.0', prerelease: 'rc' }, version: '1.4.0-rc.1' }
  ]
  it.each(cases)('$name → $version', ({ input, version, bump }) => {
    const result = nextVersion({ ...base, ...input })
    expect(result?.version ?? null).toBe(version)
    if (bump) expect(result?.bump).toBe(bump)
  })

  it('refuses a Release-As below or equal to the current version', () => {
    expect(() => nextVersion({ ...base, releaseAs: '1.2.0' })).toThrow(ConfigurationError)
    expect(() => nextVersion({ ...base, releaseAs: '1.2.3' })).toThrow(/not above the current version 1.2.3/)
  })
})
