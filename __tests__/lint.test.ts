import { ESLint } from 'eslint'

/** The architecture rules: src/core/ stays pure; use cases depend on their ports, not on adapters. */
describe('eslint keeps src/core free of I/O and the use cases free of adapters', () => {
  const eslint = new ESLint({ cwd: process.cwd() })
  const cases: Array<[string, string, boolean]> = [
    ['src/core/x.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n", false],
    ['src/core/x.ts', "import { execFile } from 'child_process'\nexport const x = execFile\n", false],
    ['src/core/x.ts', "import * as core from '@actions/core'\nexport const x = core\n", false],
    ['src/core/x.ts', "import { ExecGit } from '../adapters/git.js'\nexport const x = ExecGit\n", false],
    ['src/core/x.ts', 'export const x = process.env.HOME\n', false],
    // a feature folder is no way around it
    ['src/core/notes/x.ts', "import { ExecGit } from '../../adapters/git.js'\nexport const x = ExecGit\n", false],
    [
      'src/core/notes/x.ts',
      "import { runRelease } from '../../usecases/release/index.js'\nexport const x = runRelease\n",
      false
    ],
    ['src/core/notes/x.ts', "import { parseCommit } from '../commits/parser.js'\nexport const x = parseCommit\n", true],
    ['src/core/x.ts', "import semver from 'semver'\nexport const x = semver\n", true],
    ['src/adapters/x.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n", true],
    ['src/usecases/x.ts', "import { ExecGit } from '../adapters/git.js'\nexport const x = ExecGit\n", false],
    [
      'src/usecases/gates/x.ts',
      "import { fetchClient } from '../../adapters/http.js'\nexport const x = fetchClient\n",
      false
    ],
    ['src/usecases/x.ts', "import * as core from '@actions/core'\nexport const x = core\n", false],
    ['src/usecases/x.ts', "import type { GitClient } from './ports.js'\nexport type X = GitClient\n", true],
    ['src/compose.ts', "import { ExecGit } from './adapters/git.js'\nexport const x = ExecGit\n", true]
  ]
  it.each(cases)('%s: %s → allowed=%s', async (file, code, allowed) => {
    const [result] = await eslint.lintText(code, { filePath: file })
    const restricted = result.messages.filter(
      m => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals'
    )
    expect(restricted.length === 0).toBe(allowed)
  })
})
