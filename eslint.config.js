import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const IO_MODULES = [
  'node:fs',
  'fs',
  'node:fs/promises',
  'fs/promises',
  'node:child_process',
  'child_process',
  'node:net',
  'net',
  'node:http',
  'http',
  'node:https',
  'https',
  'node:dgram',
  'dgram',
  'node:os',
  'os'
]

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } }
  },
  {
    // src/core is pure logic: no I/O, no Actions toolkit, no network.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.map(name => ({ name, message: 'src/core/ is pure: do I/O in src/adapters/.' })),
          patterns: [
            {
              group: ['@actions/*', '@octokit/*'],
              message: 'src/core/ is pure: the Actions toolkit belongs in src/adapters/ or src/main.ts.'
            },
            {
              group: ['undici', 'node-fetch', 'axios'],
              message: 'src/core/ is pure: network clients belong in src/adapters/.'
            },
            {
              group: ['**/adapters/*', '**/adapters/**', '**/usecases/*', '**/usecases/**', '**/main*', '**/compose*'],
              message: 'src/core/ depends on nothing outside it.'
            }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'src/core/ is pure: no network.' },
        { name: 'process', message: 'src/core/ is pure: pass values in.' }
      ]
    }
  },
  {
    // use cases depend on their ports (src/usecases/ports.ts), never on an adapter or the toolkit
    files: ['src/usecases/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/adapters/*'],
              message:
                'Use cases take adapters through src/usecases/ports.ts; the composition root (src/compose.ts) wires them.'
            },
            {
              group: ['@actions/*', '@octokit/*'],
              message: 'The Actions toolkit belongs in src/adapters/ or the entry points.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/adapters/git.ts'],
    rules: {
      // git goes through @actions/exec with argument arrays, never a shell
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'node:child_process', message: 'Use @actions/exec with an argument array.' }] }
      ]
    }
  },
  {
    files: ['__tests__/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
  }
)
