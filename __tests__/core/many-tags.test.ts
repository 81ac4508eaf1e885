/**
 * The tag list of a repository of thousands of releases is keyed and parsed once (issue 18): the
 * shortcuts (versionKey, the top-k nthBelow, the parsed-tag cache, stableByVersion's keyed sort)
 * answer exactly as semver's objects do.
 */
import semver from 'semver'
import fc from 'fast-check'
import { compareVersions, nthBelow, versionKey } from '../../src/core/versioning/compare.js'
import { highestStable, releaseTags, type TagRef } from '../../src/core/versioning/version.js'
import { stableByVersion } from '../../src/core/metrics/release-lines.js'

/** Versions around the key's limits (2^17 per number), leading zeros, prereleases, metadata. */
const number = fc.oneof(fc.nat(20), fc.constantFrom(131_070, 131_071, 131_072, 999_999, 9_007_199_254_740_991))
const version = fc
  .tuple(number, number, number, fc.option(fc.constantFrom('rc.1', 'rc.2', 'alpha', '1')), fc.boolean())
  .map(([x, y, z, pre, build]) => `${x}.${y}.${z}${pre ? `-${pre}` : ''}${build ? '+b.1' : ''}`)

describe('a version as one number', () => {
  it('orders plain versions as semver does, and has no key for anything else', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const [x, y] = [versionKey(a), versionKey(b)]
        if (x !== null && y !== null) expect(Math.sign(x - y)).toBe(semver.compare(a, b))
        expect(compareVersions(a, b)).toBe(semver.compare(a, b))
        if (x !== null) expect(semver.valid(a)).toBe(a)
      })
    )
  })

  it('refuses what is not a plain X.Y.Z', () => {
    for (const text of [
      '',
      '1',
      '1.2',
      '1.2.3.4',
      '01.2.3',
      '1.02.3',
      '1.2.03',
      '1..3',
      '.1.2',
      '1.2.',
      'v1.2.3',
      '1.2.3-rc.1',
      '1.2.x',
      '131072.0.0'
    ])
      expect(versionKey(text)).toBeNull()
    expect(versionKey('0.0.0')).toBe(0)
    expect(versionKey('131071.131071.131071')).toBe(2 ** 51 - 1)
  })
})

describe('the nth highest below a version, in one pass', () => {
  it('is the nth of a stable descending sort of those below (ties: the first given)', () => {
    fc.assert(
      fc.property(
        fc.array(version, { maxLength: 40 }),
        version,
        fc.integer({ min: 1, max: 25 }),
        (versions, ceiling, count) => {
          const items = versions.map((v, index) => ({ v, index }))
          const below = items
            .filter(item => semver.compare(item.v, ceiling) < 0)
            .sort((a, b) => semver.rcompare(a.v, b.v))
          const expected = below.length === 0 ? null : below[Math.min(count, below.length) - 1]
          expect(nthBelow(items, item => item.v, ceiling, count)).toBe(expected)
        }
      )
    )
  })
})

describe('release tags read once', () => {
  const refs = (names: string[]): TagRef[] => names.map((name, i) => ({ name, sha: String(i).padStart(40, '0') }))

  it('answers as a fresh parse does, for each prefix, the same list asked again', () => {
    const list = refs(['v1.0.0', 'v1.1.0-rc.1', 'v01.0.0', 'v2.0.0+b', 'api/v1.0.0', 'v1', 'v10.0.0', 'api-v3.0.0'])
    const first = releaseTags(list, 'v')
    expect(first.map(tag => [tag.name, tag.version, tag.prerelease])).toEqual([
      ['v1.0.0', '1.0.0', false],
      ['v1.1.0-rc.1', '1.1.0-rc.1', true],
      ['v10.0.0', '10.0.0', false]
    ])
    expect(releaseTags(list, 'v')).toEqual(first)
    expect(releaseTags(list, 'api-v').map(tag => tag.version)).toEqual(['3.0.0'])
    expect(releaseTags(list, '').map(tag => tag.name)).toEqual([])
    expect(highestStable(first)?.name).toBe('v10.0.0')
  })

  it('reads a ref object again when its name or commit changed', () => {
    const [tag] = refs(['v1.0.0'])
    expect(releaseTags([tag], 'v')[0]).toMatchObject({ sha: tag.sha, version: '1.0.0' })
    tag.sha = 'f'.repeat(40)
    expect(releaseTags([tag], 'v')[0]).toMatchObject({ sha: 'f'.repeat(40), version: '1.0.0' })
    tag.name = 'v1.0.1'
    expect(releaseTags([tag], 'v')[0]).toMatchObject({ name: 'v1.0.1', version: '1.0.1' })
  })

  it('sorts thousands of stable tags by version with their release line, beyond the key too', () => {
    const names: string[] = []
    for (let major = 1; major <= 40; major++)
      for (let minor = 0; minor < 10; minor++)
        for (let patch = 0; patch < 25; patch++) names.push(`v${major}.${minor}.${patch}`)
    names.push('v200000.0.1', 'v200000.0.0', 'v3.0.0-rc.1', 'v9007199254740991.1.0')
    const shuffled = [...names].sort()
    const stable = stableByVersion(refs(shuffled), 'v')
    const expected = names.filter(name => !name.includes('-')).sort((a, b) => semver.compare(a.slice(1), b.slice(1)))
    expect(stable.map(tag => tag.name)).toEqual(expected)
    expect(stable.find(tag => tag.name === 'v12.3.4')?.line).toBe('12.3')
    expect(stable.at(-1)?.line).toBe('9007199254740991.1')
  })
})

describe('tag names in batches of one command line', () => {
  it('takes a thousand release tags in one call, and stays under 32,767 characters a call', async () => {
    const { refBatches } = await import('../../src/adapters/git-output.js')
    const names = Array.from({ length: 1000 }, (_, i) => `v${i + 1}.${i % 10}.9`)
    expect(refBatches(names)).toHaveLength(1)
    const many = Array.from({ length: 20_000 }, (_, i) => `release-${i}-with-a-longer-name`)
    const batches = refBatches(many)
    expect(batches.flat()).toEqual(many.map(name => `refs/tags/${name}`))
    for (const batch of batches) expect(batch.join(' ').length).toBeLessThan(32_767 - 2_000)
  })
})
