import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { cli } from '../../src/cli.js'
import { configurationDoc, outputsDoc, actionDescription, withActionIo } from '../../src/core/config/docs.js'
import { CONFIG_BLOCKS, configSchema, keySchema, SCHEMA_FILE } from '../../src/core/config/schema.js'
import {
  ACTION_INPUTS,
  actionDefault,
  CONFIG_KEYS,
  DEFAULTS,
  INPUT_NAMES,
  INPUTS,
  OUTPUTS,
  type InputSpec
} from '../../src/core/config/inputs.js'
import { GATES } from '../../src/usecases/gates/index.js'

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}

const action = parseYaml(readFileSync('action.yml', 'utf8')) as ActionYaml

/** A Markdown table's cells, row by row: Prettier's column padding and the separator row don't count. */
function cells(table: string | null): string[][] {
  return (table ?? '')
    .trim()
    .split('\n')
    .filter(line => !/^\|(\s*:?-+:?\s*\|)+$/.test(line.trim()))
    .map(line =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map(cell => cell.trim())
    )
}

describe('the input table', () => {
  it('declares exactly the inputs of action.yml (per-run choices and secrets, 20 at most), with the same defaults', () => {
    expect(Object.keys(action.inputs)).toEqual(ACTION_INPUTS)
    expect(ACTION_INPUTS.length).toBeLessThanOrEqual(20)
    for (const name of ACTION_INPUTS) {
      // an input the configuration file may also set declares an empty default: "not given"
      expect([name, action.inputs[name].default]).toEqual([name, actionDefault(name)])
      if (actionDefault(name) !== DEFAULTS[name]) expect(action.inputs[name].description).toContain(DEFAULTS[name])
      expect(action.inputs[name].required ?? false).toBe(false)
      expect(action.inputs[name].description.length).toBeGreaterThan(10)
    }
  })

  it('declares exactly the outputs of action.yml', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(OUTPUTS).sort())
  })

  it('is action.yml both ways: every input key of the table with its description and default, every input of action.yml a key', () => {
    for (const name of ACTION_INPUTS)
      expect([name, action.inputs[name]?.description, action.inputs[name]?.default]).toEqual([
        name,
        actionDescription(name),
        actionDefault(name)
      ])
    for (const name of Object.keys(action.inputs)) expect(ACTION_INPUTS).toContain(name)
    // the whole inputs and outputs blocks are what npm run docs writes
    expect(parseYaml(withActionIo(readFileSync('action.yml', 'utf8')))).toEqual(action)
  })

  it('is the JSON Schema both ways: every file key of the table is a property of its type, every property a key or a block', () => {
    const properties = configSchema(GATES).properties as Record<
      string,
      { type?: string; anyOf?: unknown[]; enum?: unknown[] }
    >
    for (const name of CONFIG_KEYS) expect([name, properties[name]]).toEqual([name, keySchema(name)])
    for (const name of Object.keys(properties)) expect([...CONFIG_KEYS, ...CONFIG_BLOCKS, '$schema']).toContain(name)
    for (const name of INPUT_NAMES.filter(name => !CONFIG_KEYS.includes(name)))
      expect(properties).not.toHaveProperty(name)
    const shipped = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { properties: Record<string, unknown> }
    expect(Object.keys(shipped.properties).sort()).toEqual(Object.keys(properties).sort())
  })

  it('is docs/configuration.md and docs/outputs.md: every key and output, as npm run docs writes them (npm run docs:check in CI)', () => {
    const strip = (text: string) =>
      cells(
        text
          .split('\n')
          .filter(line => line.startsWith('|'))
          .join('\n')
      )
    const reference = strip(readFileSync('docs/configuration.md', 'utf8'))
    const schema = configSchema(GATES) as { properties: Record<string, object> }
    expect(reference).toEqual(
      strip(configurationDoc(Object.fromEntries(CONFIG_BLOCKS.map(name => [name, schema.properties[name]]))))
    )
    expect(reference.slice(1, INPUT_NAMES.length + 1).map(row => row[0])).toEqual(
      INPUT_NAMES.map(name => `\`${name}\``)
    )
    expect(strip(readFileSync('docs/outputs.md', 'utf8'))).toEqual(strip(outputsDoc()))
  })

  it('names in the README only real outputs, and links the generated reference', () => {
    const readme = readFileSync('README.md', 'utf8')
    const section = /\n## Outputs\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? ''
    const named = [...section.matchAll(/^\| ([^|]+)\|/gm)].flatMap(row =>
      [...row[1].matchAll(/`([a-z_]+)`/g)].map(match => match[1])
    )
    expect(named.length).toBeGreaterThan(5)
    for (const name of named) expect(Object.keys(OUTPUTS)).toContain(name)
    expect(readme).toContain('](docs/configuration.md)')
    expect(readme).toContain('](docs/outputs.md)')
  })

  it('gives the CLI a flag for every input it takes from the command line, and the environment for secrets', async () => {
    const help = (await cli(['--help'])).stdout
    for (const name of INPUT_NAMES) {
      const spec: InputSpec = INPUTS[name]
      const flag = `--${name.replace(/_/g, '-')}`
      if (spec.cli === 'string') expect(await cli([flag, 'x', '--help'])).toMatchObject({ code: 0 })
      if (spec.cli === 'boolean') {
        expect(await cli([flag, '--help'])).toMatchObject({ code: 0 })
        expect(await cli([`--no-${name.replace(/_/g, '-')}`, '--help'])).toMatchObject({ code: 0 })
      }
      if (spec.cli === 'string' || spec.cli === 'boolean') expect(help).toContain(flag)
      if (spec.cli === 'env') expect(help).toContain(name.toUpperCase())
      if (spec.secret) expect(spec.cli).toBe('env') // a secret never goes on a command line
    }
    expect(await cli(['--no-such-input', 'x'])).toMatchObject({ code: 2 })
  })
})
