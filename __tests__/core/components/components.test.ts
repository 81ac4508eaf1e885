import {
  attributor,
  checkFixedVersions,
  checkSwiftTags,
  componentsFrom,
  prefixesCollide,
  unmatchedPath,
  type Component
} from '../../../src/core/components/index.js'
import { parseConfigFile } from '../../../src/core/config/config-file.js'
import { readFileSync } from 'node:fs'
import { ConfigurationError } from '../../../src/core/errors.js'
import { GATES } from '../../../src/usecases/gates/index.js'

const FILE = '.github/release-action.yml'
const parse = (components: unknown, groups?: unknown) => componentsFrom(components, groups, FILE)
const names = (list: Component[], indexes: readonly number[]) => indexes.map(i => list[i].name)

describe('components configuration', () => {
  it('is null without a components block (a single package behaves as today)', () => {
    expect(parse(undefined)).toBeNull()
  })

  it('gives defaults: {name}-v{version} below the root, v{version} at it, <path>/CHANGELOG.md', () => {
    const config = parse([
      { name: 'kit', path: '.' },
      { name: 'ios', path: './ios/', bump_patch_for_minor_pre_major: true, initial_version: '0.1.0' }
    ])!
    const [kit, ios] = config.components
    expect(kit).toMatchObject({ paths: [''], tagFormat: 'v{version}', tagPrefix: 'v', changelog: 'CHANGELOG.md' })
    expect(ios).toMatchObject({
      paths: ['ios'],
      tagPrefix: 'ios-v',
      changelog: 'ios/CHANGELOG.md',
      bumpPatchForMinorPreMajor: true,
      initialVersion: '0.1.0',
      bumpMinorPreMajor: null
    })
  })

  it('orders components after the ones they depend on', () => {
    const config = parse([
      { name: 'app', path: 'app', depends_on: ['lib'] },
      { name: 'lib', path: 'lib', depends_on: 'proto' },
      { name: 'proto', path: 'proto' }
    ])!
    expect(config.components.map(c => c.name)).toEqual(['proto', 'lib', 'app'])
  })

  const bad: Array<{ name: string; components: unknown; groups?: unknown; error: RegExp }> = [
    {
      name: 'duplicate names',
      components: [
        { name: 'a', path: 'a' },
        { name: 'a', path: 'b' }
      ],
      error: /Two components .* named a/
    },
    {
      name: 'a path claimed twice',
      components: [
        { name: 'a', path: 'x' },
        { name: 'b', path: 'x/' }
      ],
      error: /Components a and b .* both claim the path "x".*shared_paths/
    },
    {
      name: 'tag formats where one prefix reads the other',
      components: [
        { name: 'a', path: 'a', tag_format: 'v{version}' },
        { name: 'b', path: 'b', tag_format: 'v2-{version}' }
      ],
      error: /Components a and b .* tag formats that collide/
    },
    {
      name: 'the same tag format',
      components: [
        { name: 'a', path: 'a', tag_format: 'pkg-{version}' },
        { name: 'b', path: 'b', tag_format: 'pkg-{version}' }
      ],
      error: /collide/
    },
    {
      name: 'a tag git refuses',
      components: [{ name: 'a', path: 'a', tag_format: 'a b-{version}' }],
      error: /components\[0\] \(a\).*git refuses/
    },
    {
      name: 'a format without {version} last',
      components: [{ name: 'a', path: 'a', tag_format: '{version}-a' }],
      error: /must end with \{version\}/
    },
    {
      name: 'an unknown placeholder',
      components: [{ name: 'a', path: 'a', tag_format: '{scope}-{version}' }],
      error: /placeholder/
    },
    {
      name: 'an unknown dependency',
      components: [{ name: 'a', path: 'a', depends_on: 'zz' }],
      error: /Component a .*depends_on "zz", which is no component/
    },
    {
      name: 'a dependency cycle',
      components: [
        { name: 'a', path: 'a', depends_on: 'b' },
        { name: 'b', path: 'b', depends_on: 'c' },
        { name: 'c', path: 'c', depends_on: 'a' }
      ],
      error: /cycle: a → b → c → a/
    },
    {
      name: 'a path outside',
      components: [{ name: 'a', path: '../x' }],
      error: /components\[0\] \(a\).*not inside the repository/
    },
    { name: 'a bad name', components: [{ name: '-a', path: 'a' }], error: /not a component name/ },
    { name: 'an empty list', components: [], error: /components of .* is empty/ },
    {
      name: 'a fixed group naming no component',
      components: [
        { name: 'a', path: 'a' },
        { name: 'b', path: 'b' }
      ],
      groups: [{ fixed: ['a', 'c'] }],
      error: /names "c", which is no component/
    },
    {
      name: 'a component in two fixed groups',
      components: [
        { name: 'a', path: 'a' },
        { name: 'b', path: 'b' },
        { name: 'c', path: 'c' }
      ],
      groups: [{ fixed: ['a', 'b'] }, { fixed: ['c', 'a'] }],
      error: /Component a is in two fixed groups/
    },
    {
      name: 'groups without components',
      components: undefined,
      groups: [{ fixed: ['a', 'b'] }],
      error: /component_groups but no components/
    },
    {
      name: 'a bad initial_version',
      components: [{ name: 'a', path: 'a', initial_version: '1.0' }],
      error: /initial_version "1.0"/
    }
  ]
  it.each(bad)('refuses $name with one error naming it', ({ components, groups, error }) => {
    expect(() => parse(components, groups)).toThrow(ConfigurationError)
    expect(() => parse(components, groups)).toThrow(error)
  })

  it('lets v and vue-v live side by side (no version reads as the other)', () => {
    expect(prefixesCollide('v', 'vue-v')).toBe(false)
    expect(prefixesCollide('v', 'v2-')).toBe(true)
    expect(prefixesCollide('a-v', 'a-v')).toBe(true)
  })

  it('is read from the configuration file, unknown keys refused by the schema', () => {
    const text =
      'components:\n  - name: kit\n    path: .\n  - name: ios\n    path: ios\ncomponent_groups:\n  - fixed: [kit, ios]\n'
    const config = parseConfigFile(text, FILE, GATES)
    expect(config.components?.components.map(c => c.name)).toEqual(['kit', 'ios'])
    expect(config.components?.fixed).toEqual([{ name: 'kit', members: ['kit', 'ios'] }])
    expect(() => parseConfigFile('components:\n  - name: kit\n    path: .\n    tags: x\n', FILE, GATES)).toThrow(
      ConfigurationError
    )
  })
})

describe('attribution by path', () => {
  const config = parse([
    { name: 'root', path: '.', exclude: ['docs'] },
    { name: 'a', path: 'packages/a' },
    { name: 'a-sub', path: 'packages/a/sub' },
    { name: 'b', path: 'packages/b', shared_paths: ['proto'] },
    { name: 'plugins', path: 'plugins/*/src' }
  ])!
  const list = config.components
  const { owners } = attributor(list)
  const cases: Array<[string, string[]]> = [
    ['packages/a/index.ts', ['a']],
    ['packages/a/sub/x.ts', ['a-sub']],
    ['packages/ab/x.ts', ['root']],
    ['packages/b/y.ts', ['b']],
    ['proto/api.proto', ['root', 'b']],
    ['README.md', ['root']],
    ['docs/guide.md', []],
    ['plugins/one/src/x.ts', ['plugins']],
    ['plugins/one/test/x.ts', ['root']],
    ['packages/a', ['root']]
  ]
  it.each(cases)('%s belongs to %j (the longest path wins)', (file, expected) => {
    expect(names(list, owners(file)).sort()).toEqual([...expected].sort())
  })

  it('finds a path that matches no file', () => {
    const files = ['packages/a/index.ts', 'README.md']
    expect(unmatchedPath(list[1], files)).toBeNull()
    expect(
      unmatchedPath(
        list.find(c => c.name === 'b')!,
        files
      )
    ).toBe('packages/b')
  })
})

describe('SwiftPM-safe tags', () => {
  it('with Package.swift at the root, only the root component may tag bare versions', () => {
    const config = parse([
      { name: 'kit', path: '.' },
      { name: 'docker', path: 'docker', tag_format: 'V{version}' }
    ])!
    expect(() => checkSwiftTags(config.components, ['Package.swift'], FILE)).toThrow(
      /SwiftPM-safe tags.*docker|docker.*SwiftPM-safe tags/s
    )
    expect(() => checkSwiftTags(config.components, [], FILE)).not.toThrow()
  })

  it('warns for a Swift package below the root, pointing to the registry', () => {
    const config = parse([
      { name: 'kit', path: '.' },
      { name: 'ios', path: 'ios' }
    ])!
    const warnings = checkSwiftTags(config.components, ['Package.swift', 'ios/Package.swift'], FILE)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/ios .*swift package-registry publish/)
  })
})

describe('fixed groups', () => {
  it('refuses members whose versions disagree today, naming each', () => {
    const groups = [{ name: 'kit', members: ['kit', 'docker'] }]
    expect(() =>
      checkFixedVersions(
        groups,
        new Map([
          ['kit', '1.2.0'],
          ['docker', '1.2.0']
        ])
      )
    ).not.toThrow()
    expect(() =>
      checkFixedVersions(
        groups,
        new Map([
          ['kit', '1.2.0'],
          ['docker', '1.1.0']
        ])
      )
    ).toThrow(/fixed group kit .*kit 1.2.0, docker 1.1.0/)
  })
})

describe('the kit example (docs/examples/components)', () => {
  it('parses: Python at the root and Docker one fixed group, Swift in ios/ on its own', () => {
    const text = readFileSync('docs/examples/components/release-action.yml', 'utf8')
    const config = parseConfigFile(text, FILE, GATES).components!
    expect(config.components.map(c => [c.name, c.tagPrefix, c.changelog])).toEqual([
      ['kit', 'v', 'CHANGELOG.md'],
      ['docker', 'docker-v', 'docker/CHANGELOG.md'],
      ['ios', 'ios-v', 'ios/CHANGELOG.md']
    ])
    expect(config.fixed).toEqual([{ name: 'kit', members: ['kit', 'docker'] }])
    expect(checkSwiftTags(config.components, ['ios/Package.swift'], FILE)[0]).toMatch(/ios .*package-registry/)
  })
})
