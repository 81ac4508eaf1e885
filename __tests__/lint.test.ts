import { ESLint } from 'eslint'

/** The architecture rule: src/core/ stays pure. */
describe('eslint keeps src/core free of I/O', () => {
  const eslint = new ESLint({ cwd: process.cwd() })
  const cases: Array<[string, string, boolean]> = [
    ['src/core/x.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n", false],
    ['src/core/x.ts', "import { execFile } from 'child_process'\nexport const x = execFile\n", false],
    ['src/core/x.ts', "import * as core from '@actions/core'\nexport const x = core\n", false],
    ['src/core/x.ts', "import { ExecGit } from '../adapters/git.js'\nexport const x = ExecGit\n", false],
    ['src/core/x.ts', 'export const x = process.env.HOME\n', false],
    ['src/core/x.ts', "import semver from 'semver'\nexport const x = semver\n", true],
    ['src/adapters/x.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n", true]
  ]
  it.each(cases)('%s: %s → allowed=%s', async (file, code, allowed) => {
    const [result] = await eslint.lintText(code, { filePath: file })
    const restricted = result.messages.filter(m => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    expect(restricted.length === 0).toBe(allowed)
  })
})
