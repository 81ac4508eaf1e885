import { readFileSync, writeFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { cli } from '../../src/cli.js'
import {
  ACTION_INPUTS,
  actionDefault,
  DEFAULTS,
  INPUT_NAMES,
  INPUTS,
  inputsTable,
  OUTPUTS,
  outputsTable,
  type InputSpec
} from '../../src/core/inputs.js'

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}

const action = parseYaml(readFileSync('action.yml', 'utf8')) as ActionYaml

/** The README block between the markers, or null. */
function readmeBlock(readme: string, marker: string): string | null {
  const match = new RegExp(`<!-- ${marker}:[^\\n]*-->\\n([\\s\\S]*?)\\n<!-- /${marker} -->`).exec(readme)
  return match ? match[1] : null
}

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
  it('declares exactly the inputs of action.yml (per-run choices and secrets, 21 at most), with the same defaults', () => {
    expect(Object.keys(action.inputs)).toEqual(ACTION_INPUTS)
    expect(ACTION_INPUTS.length).toBeLessThanOrEqual(21)
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

  it('is the README input and output tables (UPDATE_README=1 rewrites them; then npm run format)', () => {
    let readme = readFileSync('README.md', 'utf8')
    if (process.env.UPDATE_README === '1') {
      readme = readme
        .replace(/(<!-- inputs:[^\n]*-->\n)[\s\S]*?(\n<!-- \/inputs -->)/, `$1${inputsTable()}$2`)
        .replace(/(<!-- outputs:[^\n]*-->\n)[\s\S]*?(\n<!-- \/outputs -->)/, `$1${outputsTable()}$2`)
      writeFileSync('README.md', readme)
    }
    expect(cells(readmeBlock(readme, 'inputs'))).toEqual(cells(inputsTable()))
    expect(cells(readmeBlock(readme, 'outputs'))).toEqual(cells(outputsTable()))
    expect(cells(inputsTable())).toHaveLength(INPUT_NAMES.length + 1)
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
