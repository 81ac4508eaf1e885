import { ConfigurationError } from '../../src/core/errors.js'
import {
  dockerTag,
  isPlaceholderVersion,
  pep440Version,
  semverOfFileVersion,
  versionFor
} from '../../src/core/versioning/ecosystem-versions.js'
import { expectedAssetNames } from '../../src/core/publish/checksums.js'
import { replaceVersion } from '../../src/core/version-files/files.js'

describe('each ecosystem spells the release its own way', () => {
  it.each([
    ['1.3.0', '1.3.0'],
    ['1.3.0-rc.1', '1.3.0rc1'],
    ['1.3.0-rc1', '1.3.0rc1'],
    ['1.3.0-rc', '1.3.0rc0'],
    ['1.3.0-alpha.4', '1.3.0a4'],
    ['1.3.0-beta.2', '1.3.0b2'],
    ['1.3.0-preview.3', '1.3.0rc3'],
    ['1.3.0-dev.2', '1.3.0.dev2'],
    ['1.3.0+Build-7', '1.3.0+build.7'],
    ['1.3.0-rc.1+g1a2b', '1.3.0rc1+g1a2b']
  ])('PEP 440 of %s is %s', (semver, pep440) => {
    expect(pep440Version(semver)).toBe(pep440)
  })

  it('has no PEP 440 form for a prerelease Python cannot spell, and says what to do', () => {
    expect(pep440Version('1.3.0-nightly.3')).toBeNull()
    expect(pep440Version('1.3.0-rc.1.2')).toBeNull()
    expect(() => versionFor('pep440', '1.3.0-nightly.3', 'pyproject.toml')).toThrow(ConfigurationError)
    expect(() => versionFor('pep440', '1.3.0-nightly.3', 'pyproject.toml')).toThrow(/!pyproject\.toml/)
    expect(versionFor('semver', '1.3.0-nightly.3', 'package.json')).toBe('1.3.0-nightly.3')
  })

  it('refuses a post candidate: PEP 440 would sort 1.3.0.post1 after the 1.3.0 it precedes', () => {
    expect(pep440Version('1.3.0-post.1')).toBeNull()
    expect(() => versionFor('pep440', '1.3.0-post.1', 'pyproject.toml')).toThrow(ConfigurationError)
    expect(() => versionFor('pep440', '1.3.0-post.1', 'pyproject.toml')).toThrow(
      /post-release \(1\.3\.0\.postN\), which pip sorts after 1\.3\.0.*rc.*"!pyproject\.toml"/
    )
    expect(versionFor('semver', '1.3.0-post.1', 'package.json')).toBe('1.3.0-post.1')
  })

  it.each([
    ['1.3.0', '1.3.0'],
    ['1.3.0-rc.1', '1.3.0-rc.1'],
    ['2.5', '2.5.0'],
    ['1.3.0rc1', '1.3.0-rc.1'],
    ['1.3.0b2', '1.3.0-b.2'],
    ['1.3.0.dev2', '1.3.0-dev.2'],
    ['1.3.0.post1', '1.3.0'],
    ['1.3.0+local.7', '1.3.0'],
    ['1!1.3.0', null],
    ['1.2.3.4', null],
    ['dev', null]
  ])('reads the file version %s as %s for comparing with tags', (text, expected) => {
    expect(semverOfFileVersion(text)).toBe(expected)
  })

  it('gives Docker a tag without +', () => {
    expect(dockerTag('1.3.0-rc.1+build.7')).toBe('1.3.0-rc.1-build.7')
    expect(dockerTag('1.3.0')).toBe('1.3.0')
    expect(dockerTag('1.3.0+b')).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/)
  })

  it('knows placeholders from versions', () => {
    for (const v of ['0.0.0-development', '0.0.0-semantic-release', '0.0.0.dev0', '0.0.0+local'])
      expect(isPlaceholderVersion(v)).toBe(true)
    for (const v of ['0.0.0', '0.0.1', '1.0.0-development', '10.0.0-dev']) expect(isPlaceholderVersion(v)).toBe(false)
  })

  it('writes PEP 440 into Python files and SemVer into the others', () => {
    const cases: Array<[string, string, string]> = [
      ['pyproject.toml', '[project]\nname = "p"\nversion = "1.2.0"\n', '[project]\nname = "p"\nversion = "1.3.0rc1"\n'],
      ['setup.cfg', '[metadata]\nversion = 1.2.0\n', '[metadata]\nversion = 1.3.0rc1\n'],
      ['setup.py', 'setup(name="p", version="1.2.0")\n', 'setup(name="p", version="1.3.0rc1")\n'],
      ['src/p/__init__.py', '__version__ = "1.2.0"\n', '__version__ = "1.3.0rc1"\n'],
      ['package.json', '{ "name": "p", "version": "1.2.0" }\n', '{ "name": "p", "version": "1.3.0-rc.1" }\n'],
      ['Sources/K/Version.swift', 'let version = "1.2.0"\n', 'let version = "1.3.0-rc.1"\n'],
      ['Cargo.toml', '[package]\nname = "p"\nversion = "1.2.0"\n', '[package]\nname = "p"\nversion = "1.3.0-rc.1"\n']
    ]
    for (const [path, before, after] of cases) expect(replaceVersion(path, before, '1.3.0-rc.1')?.text).toBe(after)
  })

  it('reads back a PEP 440 prerelease written by an earlier release, and replaces it', () => {
    const before = '[project]\nname = "p"\nversion = "1.3.0rc1"\n'
    expect(replaceVersion('pyproject.toml', before, '1.3.0-rc.2')).toMatchObject({
      oldVersion: '1.3.0rc1',
      newVersion: '1.3.0rc2'
    })
    expect(replaceVersion('src/p/_version.py', '__version__ = "1.3.0.dev2"\n', '1.3.0')?.text).toBe(
      '__version__ = "1.3.0"\n'
    )
  })

  it('updates both versions of package-lock.json and nothing else', () => {
    const lock =
      '{\n  "name": "p",\n  "version": "1.2.0",\n  "lockfileVersion": 3,\n  "packages": {\n    "": { "name": "p", "version": "1.2.0" },\n    "node_modules/x": { "version": "1.2.0" }\n  }\n}\n'
    const result = replaceVersion('package-lock.json', lock, '1.3.0-rc.1')
    expect(result?.text).toBe(
      lock
        .replace('"version": "1.2.0",', '"version": "1.3.0-rc.1",')
        .replace('"name": "p", "version": "1.2.0"', '"name": "p", "version": "1.3.0-rc.1"')
    )
    expect(result?.text).toContain('"node_modules/x": { "version": "1.2.0" }')
  })

  it('names expected assets in the form their builder produces', () => {
    expect(
      expectedAssetNames(
        [
          'p-{pep440_version}.tar.gz',
          'p-{pep440_version}-py3-none-any.whl',
          'Kit-{version}.zip',
          'img-{docker_version}.tar'
        ],
        '1.3.0-rc.1+b.7'
      )
    ).toEqual([
      'p-1.3.0rc1+b.7.tar.gz',
      'p-1.3.0rc1+b.7-py3-none-any.whl',
      'Kit-1.3.0-rc.1+b.7.zip',
      'img-1.3.0-rc.1-b.7.tar'
    ])
  })
})
