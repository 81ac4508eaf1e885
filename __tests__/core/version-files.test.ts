import { parse as parseToml } from 'smol-toml'
import { ConfigurationError } from '../../src/core/errors.js'
import { kindOf, replaceVersion } from '../../src/core/version-files/files.js'

describe('replaceVersion changes only the version string', () => {
  const cases: Array<{ path: string; before: string; after: string | null }> = [
    {
      path: 'pyproject.toml',
      before:
        '[build-system]\nrequires = ["x"]\n\n[project]\nname = "p"\nversion = "1.2.3" # pinned\n\n[tool.x]\nversion = "0.0.1"\n',
      after:
        '[build-system]\nrequires = ["x"]\n\n[project]\nname = "p"\nversion = "2.0.0" # pinned\n\n[tool.x]\nversion = "0.0.1"\n'
    },
    {
      path: 'pyproject.toml',
      before: "[tool.poetry]\nname = 'p'\nversion = '0.9.0'\n",
      after: "[tool.poetry]\nname = 'p'\nversion = '2.0.0'\n"
    },
    { path: 'pyproject.toml', before: '[project]\nname = "p"\ndynamic = ["version"]\n', after: null },
    {
      path: 'setup.cfg',
      before: '[metadata]\nname = p\nversion = 1.2.3\n\n[options]\nversion = 9.9.9\n',
      after: '[metadata]\nname = p\nversion = 2.0.0\n\n[options]\nversion = 9.9.9\n'
    },
    {
      path: 'setup.py',
      before: 'setup(\n    name="p",\n    version="1.2.3",\n)\n',
      after: 'setup(\n    name="p",\n    version="2.0.0",\n)\n'
    },
    {
      path: 'src/p/__init__.py',
      before: '"""Doc."""\n__version__ = \'1.2.3\'\n',
      after: '"""Doc."""\n__version__ = \'2.0.0\'\n'
    },
    { path: 'src/p/_version.py', before: '__version__: str = "1.2.3rc1"\n', after: '__version__: str = "2.0.0"\n' },
    { path: 'src/p/_version.py', before: '__version__: str = "1.2.3-rc.1"\n', after: '__version__: str = "2.0.0"\n' },
    {
      path: 'package.json',
      before: '{\n  "name": "p",\n  "dependencies": { "x": "1.0.0" },\n  "version": "1.2.3"\n}\n',
      after: '{\n  "name": "p",\n  "dependencies": { "x": "1.0.0" },\n  "version": "2.0.0"\n}\n'
    },
    { path: 'package.json', before: '{"name":"p","config":{"version":"5.5.5"}}', after: null },
    {
      path: 'ios/Sources/Kit/Version.swift',
      before: 'public enum Kit {\n    public static let version = "1.2.3"\n}\n',
      after: 'public enum Kit {\n    public static let version = "2.0.0"\n}\n'
    },
    {
      path: 'Sources/Kit/Info.swift',
      before: 'let sdkVersion: String = "1.2.3"\n',
      after: 'let sdkVersion: String = "2.0.0"\n'
    },
    { path: 'VERSION.txt', before: 'version: 1.2.3\n', after: 'version: 2.0.0\n' },
    { path: 'README.md', before: 'no version here', after: null },
    {
      path: 'Cargo.toml',
      before: '[package]\nname = "kit"\nversion = "1.2.3"\n\n[dependencies]\nserde = { version = "1.0.0" }\n',
      after: '[package]\nname = "kit"\nversion = "2.0.0"\n\n[dependencies]\nserde = { version = "1.0.0" }\n'
    },
    {
      path: 'Cargo.toml',
      before: '[dependencies]\nx = "1"\n\n[package]\nname = "kit"\nversion = \'0.4.0-rc.1\'\n',
      after: '[dependencies]\nx = "1"\n\n[package]\nname = "kit"\nversion = \'2.0.0\'\n'
    },
    { path: 'Cargo.toml', before: '[package]\nname = "kit"\nversion.workspace = true\n', after: null },
    {
      path: 'Cargo.toml',
      before: '[workspace]\nmembers = ["a"]\n\n[workspace.package]\nversion = "1.2.3"\n',
      // the version its members inherit (version.workspace = true): the workspace's own version
      after: '[workspace]\nmembers = ["a"]\n\n[workspace.package]\nversion = "2.0.0"\n'
    },
    { path: 'VERSION', before: '1.2.3\n', after: '2.0.0\n' },
    { path: 'VERSION', before: '  1.2.3  ', after: '  2.0.0  ' },
    { path: 'VERSION', before: 'version 1.2.3\n', after: null },
    { path: 'VERSION', before: '1.2.3\n4.5.6\n', after: null }
  ]
  it.each(cases)('$path', ({ path, before, after }) => {
    const result = replaceVersion(path, before, '2.0.0')
    expect(result?.text ?? null).toBe(after)
  })

  it('keeps the TOML document equal but for the version', () => {
    const before = '[project]\nname = "p"\nversion = "1.2.3"\nauthors = [{ name = "x" }]\n'
    const after = replaceVersion('pyproject.toml', before, '1.3.0')!.text
    const a = parseToml(before) as { project: Record<string, unknown> }
    const b = parseToml(after) as { project: Record<string, unknown> }
    expect(b.project.version).toBe('1.3.0')
    expect({ ...b.project, version: '1.2.3' }).toEqual(a.project)
  })

  it('reports invalid TOML and JSON as configuration errors', () => {
    expect(() => replaceVersion('pyproject.toml', '[project\nversion = "1"', '2.0.0')).toThrow(ConfigurationError)
    expect(() => replaceVersion('package.json', '{ "version": ', '2.0.0')).toThrow(ConfigurationError)
    expect(() => replaceVersion('Cargo.toml', '[package\nversion = "1"', '2.0.0')).toThrow(
      /Cargo\.toml is not valid TOML/
    )
  })

  it('knows the kinds by name', () => {
    expect(
      [
        'pyproject.toml',
        'a/setup.cfg',
        'setup.py',
        'x/_version.py',
        'package.json',
        'V.swift',
        'VERSION',
        'Cargo.toml',
        'VERSION.txt'
      ].map(kindOf)
    ).toEqual(['pyproject', 'setup.cfg', 'setup.py', 'python', 'package.json', 'swift', 'VERSION', 'cargo', 'generic'])
  })
})
