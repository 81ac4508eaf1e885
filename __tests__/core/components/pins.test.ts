import { pinOf, updatePin } from '../../../src/core/components/pins.js'

describe('dependency pins', () => {
  const npm =
    '{\n  "name": "@acme/web",\n  "version": "0.3.0",\n  "dependencies": {\n    "@acme/lib": "0.3.0",\n    "@acme/ui": "^1.2.0",\n    "@acme/ws": "workspace:*"\n  }\n}\n'
  const py =
    '[project]\nname = "kit-docker"\ndependencies = [\n  "fast-vlm-kit==1.2.0",\n  "numpy>=1.24",\n  "fast_vlm_core ~= 1.2",\n]\n'
  const cases: Array<[string, 'package.json' | 'pyproject.toml', string, string, string, string]> = [
    ['an exact npm pin', 'package.json', npm, '@acme/lib', '0.3.1', 'exact'],
    ['a caret range that admits the version', 'package.json', npm, '@acme/ui', '1.3.0', 'range'],
    ['a caret range the version leaves', 'package.json', npm, '@acme/ui', '2.0.0', 'exact'],
    ['workspace:*', 'package.json', npm, '@acme/ws', '2.0.0', 'range'],
    ['an absent npm dependency', 'package.json', npm, '@acme/none', '1.0.0', 'none'],
    ['an exact Python pin', 'pyproject.toml', py, 'fast-vlm-kit', '1.2.1', 'exact'],
    ['a compatible release that admits it', 'pyproject.toml', py, 'fast-vlm-core', '1.5.0', 'range'],
    ['a compatible release it leaves', 'pyproject.toml', py, 'fast-vlm-core', '2.0.0', 'exact']
  ]
  it.each(cases)('%s', (_name, manifest, text, dependency, version, pin) => {
    expect(pinOf(manifest, text, dependency, version)).toBe(pin)
  })

  it('rewrites only the version, keeping the operator and the rest of the bytes', () => {
    expect(updatePin('package.json', npm, '@acme/lib', '0.3.1')).toBe(
      npm.replace('"@acme/lib": "0.3.0"', '"@acme/lib": "0.3.1"')
    )
    expect(updatePin('package.json', npm, '@acme/ui', '2.0.0')).toBe(npm.replace('"^1.2.0"', '"^2.0.0"'))
    expect(updatePin('pyproject.toml', py, 'fast-vlm-kit', '1.2.1')).toBe(
      py.replace('fast-vlm-kit==1.2.0', 'fast-vlm-kit==1.2.1')
    )
  })
})
