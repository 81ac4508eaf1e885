import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { parse as parseYaml } from 'yaml'
import { configSchema, layered, parseConfigFile, SCHEMA_FILE } from '../../src/core/config/config-file.js'
import { ConfigurationError } from '../../src/core/errors.js'
import { ACTION_INPUTS, CONFIG_KEYS, INPUT_NAMES } from '../../src/core/config/inputs.js'
import { parseSettings } from '../../src/core/config/settings.js'
import { GATES } from '../../src/usecases/gates/index.js'

const FILE = '.github/release-action.yml'

describe('the configuration file', () => {
  it('ships its JSON Schema, generated from the table of keys and the gates (npm run docs rewrites it)', () => {
    const generated = `${JSON.stringify(configSchema(GATES), null, 2)}\n`
    // compared as JSON: Prettier formats the file (npm run format after UPDATE_SCHEMA=1)
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(JSON.parse(generated))
    // a standard validator takes it as it is, as editors do
    expect(new Ajv({ strict: false }).validateSchema(JSON.parse(generated))).toBe(true)
  })

  it('holds what belongs to the repository; action.yml the per-run choices and secrets; every input is one or both', () => {
    const keys = Object.keys(configSchema(GATES).properties as Record<string, unknown>)
    expect(keys).toEqual(
      expect.arrayContaining([
        'tag_prefix',
        'version_files',
        'notes_sections',
        'release_gates',
        'assets',
        'jira_projects'
      ])
    )
    for (const secret of ['github_token', 'slack_webhook_url', 'jira_token', 'webhook_url', 'datadog_api_key'])
      expect(keys).not.toContain(secret)
    expect(new Set([...CONFIG_KEYS, ...ACTION_INPUTS])).toEqual(new Set(INPUT_NAMES))
  })

  it('reads lists, booleans, numbers and the release_gates block into settings', () => {
    const config = parseConfigFile(
      [
        '# yaml-language-server: $schema=../release-action.schema.json',
        'tag_prefix: release-',
        'version_files:',
        '  - VERSION.txt',
        '  - "!src/pkg/__init__.py"',
        'push: true',
        'metrics_window: 30',
        'expected_assets:',
        '  - pkg-{pep440_version}.tar.gz',
        'release_gates:',
        '  required_checks: [clean_tree, tests_pass]',
        '  base_branch: trunk',
        ''
      ].join('\n'),
      FILE,
      GATES
    )
    // as YAML typed them: no value turned into a string to be split again
    expect(config.values).toEqual({
      tag_prefix: 'release-',
      version_files: ['VERSION.txt', '!src/pkg/__init__.py'],
      push: true,
      metrics_window: 30,
      expected_assets: ['pkg-{pep440_version}.tar.gz']
    })
    expect(config.gates).toMatchObject({ requiredChecks: ['clean_tree', 'tests_pass'], baseBranch: 'trunk' })
    const settings = parseSettings(layered(() => undefined, config).read)
    expect(settings).toMatchObject({
      tagPrefix: 'release-',
      versionFiles: ['VERSION.txt', '!src/pkg/__init__.py'],
      push: true,
      metricsWindow: 30,
      expectedAssets: ['pkg-{pep440_version}.tar.gz']
    })
  })

  it('an unknown key: file, line and the allowed keys', () => {
    const text = 'tag_prefix: v\nversion_file: VERSION\n'
    expect(() => parseConfigFile(text, FILE, GATES)).toThrow(ConfigurationError)
    expect(() => parseConfigFile(text, FILE, GATES)).toThrow(
      /\.github\/release-action\.yml:2: version_file: unknown key "version_file" \(allowed keys: \$schema, gates, gates_config, .*version_files, .*release_gates\)/
    )
  })

  it('a wrong type: file, line, key and the type wanted; a wrong value: the allowed ones', () => {
    const text = 'tag_prefix: v\n\npush: yes please\nmetrics_window: many\nmake_latest: sometimes\nassets: { a: 1 }\n'
    let message = ''
    try {
      parseConfigFile(text, FILE, GATES)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message.split('\n')).toEqual([
      `The configuration file ${FILE} is invalid:`,
      `${FILE}:3: push: must be a boolean`,
      `${FILE}:4: metrics_window: must be an integer`,
      `${FILE}:5: make_latest: must be one of auto, true, false, legacy`,
      `${FILE}:6: assets: must be a string or a list of strings`
    ])
  })

  it.each([
    ['make_latest: true\n', 'make_latest', true, { makeLatest: 'true' }],
    ['make_latest: false\n', 'make_latest', false, { makeLatest: 'false' }],
    ["make_latest: 'legacy'\n", 'make_latest', 'legacy', { makeLatest: 'legacy' }],
    ['release_commit: false\n', 'release_commit', false, { releaseCommit: false }],
    ['release_commit: api\n', 'release_commit', 'api', { releaseCommit: 'api' }]
  ])('a choice of true/false may be written as a YAML boolean: %j', (text, key, value, settings) => {
    const config = parseConfigFile(text, FILE, GATES)
    expect(config.values).toEqual({ [key]: value })
    expect(parseSettings(layered(() => undefined, config).read)).toMatchObject(settings)
  })

  it('a gates block with a mistake is reported at its line too', () => {
    expect(() => parseConfigFile('release_gates:\n  required_checks: [clean_tree, nope]\n', FILE, GATES)).toThrow(
      /release-action\.yml:2: release_gates\.required_checks\.1: must be one of clean_tree/
    )
  })

  it('an input and the file disagree: the input wins, and the override is listed', () => {
    const config = parseConfigFile('push: true\nprerelease: rc\ntag_prefix: v\n', FILE, GATES)
    const inputs: Record<string, string> = { push: 'false', prerelease: '', tag_prefix: 'v' }
    const { read, overrides } = layered(name => inputs[name], config)
    expect(read('push')).toBe('false')
    // an empty input the file may set is action.yml's default: not given
    expect(read('prerelease')).toBe('rc')
    expect(overrides).toEqual([{ name: 'push', input: 'false', file: 'true' }])
  })

  it('the documented examples validate', () => {
    for (const file of ['docs/examples/release-action.yml']) {
      const text = readFileSync(file, 'utf8')
      expect(() => parseConfigFile(text, file, GATES)).not.toThrow()
      expect(parseYaml(text)).toBeTruthy()
    }
  })
})

describe('one definition per key: the input and the file read a value by the same rule', () => {
  const fromFile = (text: string) => parseSettings(layered(() => undefined, parseConfigFile(text, FILE, GATES)).read)

  it('watch_window_hours: 0.5 is accepted in the file as it is as an input; 0 is refused by both', () => {
    expect(fromFile('watch_window_hours: 0.5\n').watchWindowHours).toBe(0.5)
    expect(parseSettings(name => ({ watch_window_hours: '0.5' })[name]).watchWindowHours).toBe(0.5)
    expect(() => parseConfigFile('watch_window_hours: 0\n', FILE, GATES)).toThrow(/watch_window_hours: must be > 0/)
    expect(() => parseSettings(name => ({ watch_window_hours: '0' })[name])).toThrow(
      /above 0 and at most 168, such as 2 or 0\.5/
    )
    expect(() => parseConfigFile('metrics_window: 4000\n', FILE, GATES)).toThrow(/metrics_window: must be <= 3650/)
  })

  it('a list item of the file is one item: never split again at commas', () => {
    const settings = fromFile('expected_assets:\n  - "pkg,1.tar.gz"\nnotes_sections:\n  - "fix, perf: Fixes"\n')
    expect(settings.expectedAssets).toEqual(['pkg,1.tar.gz'])
    expect(settings.notesSections).toEqual([{ title: 'Fixes', types: ['fix', 'perf'] }])
  })

  it('a key is read however YAML or JSON spells it: quoted, escaped, a JSON file', () => {
    for (const text of [
      '"release_gates":\n  required_checks: [tests_pass]\n"tag_prefix": r\n',
      '"release\\u005fgates":\n  required_checks: [tests_pass]\n\'tag_prefix\': r\n',
      '{ "release_gates": { "required_checks": ["tests_pass"] }, "tag_prefix": "r" }\n'
    ]) {
      const config = parseConfigFile(text, FILE, GATES)
      expect([text, config.gates?.requiredChecks, config.values.tag_prefix]).toEqual([text, ['tests_pass'], 'r'])
    }
    const lines = parseConfigFile('{ "release\\u005flines": { "channels": { "next": "rc" } } }', FILE, GATES)
    expect(lines.releaseLines.channels).toEqual([{ branch: 'next', id: 'rc' }])
  })

  it('a block that is not a block of keys is an error naming the key and what to write', () => {
    for (const text of ['release_gates: clean_tree\n', 'release_lines:\n  - next\n']) {
      const key = text.split(':')[0]
      expect(() => parseConfigFile(text, FILE, GATES)).toThrow(ConfigurationError)
      expect(() => parseConfigFile(text, FILE, GATES)).toThrow(
        new RegExp(
          `${FILE.replace(/\./g, '\\.')}:\\d+: ${key}: must be an object: write the keys of ${key} indented below it`
        )
      )
    }
    expect(() => parseConfigFile('- tag_prefix\n', FILE, GATES)).toThrow(
      /\(top level\): must be an object: the file holds keys/
    )
  })
})
