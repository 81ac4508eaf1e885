import semver from 'semver'
import fc from 'fast-check'
import { compareVersions, nthBelow, sortByVersion } from '../../src/core/versioning/compare.js'

const VERSIONS = [
  '0.0.0',
  '0.0.1',
  '0.1.0',
  '1.0.0',
  '1.0.10',
  '1.0.9',
  '1.2.3',
  '1.10.0',
  '2.0.0-rc.1',
  '2.0.0-rc.10',
  '2.0.0-rc.2',
  '2.0.0',
  '2.0.0+build.5',
  '10.0.0',
  '9007199254740991.0.0',
  '99999999999999999.0.0'
].filter(version => semver.valid(version))

describe('version order without semver objects', () => {
  it('orders as semver.compare does, prereleases and metadata included', () => {
    for (const a of VERSIONS) for (const b of VERSIONS) expect(compareVersions(a, b)).toBe(semver.compare(a, b))
  })

  it('orders random plain versions as semver does', () => {
    const version = fc
      .tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.option(fc.constantFrom('alpha.1', 'rc.2', 'beta')))
      .map(([x, y, z, pre]) => `${x}.${y}.${z}${pre ? `-${pre}` : ''}`)
    fc.assert(fc.property(version, version, (a, b) => compareVersions(a, b) === semver.compare(a, b)))
  })

  it('sorts as a sort by semver.compare and semver.rcompare does, keeping the items (ties stay in order)', () => {
    const items = [...VERSIONS].reverse().map((version, index) => ({ version, index }))
    expect(sortByVersion(items, item => item.version)).toEqual(
      [...items].sort((a, b) => semver.compare(a.version, b.version))
    )
    expect(sortByVersion(items, item => item.version, true)).toEqual(
      [...items].sort((a, b) => semver.rcompare(a.version, b.version))
    )
  })
})

describe('the nth highest version below another', () => {
  it('is the nth of a descending sort of those below, or the lowest when fewer, or null', () => {
    const items = VERSIONS.map(version => ({ version }))
    const below = (ceiling: string) =>
      items.filter(item => semver.lt(item.version, ceiling)).sort((a, b) => semver.rcompare(a.version, b.version))
    for (const ceiling of ['0.0.0', '0.1.0', '2.0.0', '2.0.0-rc.2', '10.0.0'])
      for (const count of [1, 3, 50]) {
        const expected = below(ceiling)
        expect(nthBelow(items, item => item.version, ceiling, count)).toBe(
          expected.length === 0 ? null : expected[Math.min(count, expected.length) - 1]
        )
      }
  })
})
