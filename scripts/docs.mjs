// The reference docs, the configuration file's JSON Schema and action.yml's inputs and outputs,
// generated from the one table of keys (src/core/config/keys.ts) and formatted as Prettier would:
//   npm run docs          writes them
//   npm run docs:check    fails (exit 1) when a committed file differs from what this writes
// The sources are TypeScript: transpiled on load with the TypeScript compiler (imports name them `.js`).
import { readFileSync, writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import ts from 'typescript'

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context)
    } catch (error) {
      if (specifier.startsWith('.') && specifier.endsWith('.js'))
        return next(specifier.replace(/\.js$/, '.ts'), context)
      throw error
    }
  },
  load(url, context, next) {
    if (!url.endsWith('.ts')) return next(url, context)
    const { outputText } = ts.transpileModule(readFileSync(fileURLToPath(url), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
    })
    return { format: 'module', source: outputText, shortCircuit: true }
  }
})

const root = new URL('../', import.meta.url)
const { configurationDoc, outputsDoc, withActionIo } = await import(new URL('src/core/config/docs.ts', root).href)
const { CONFIG_BLOCKS, configSchema, SCHEMA_FILE } = await import(new URL('src/core/config/schema.ts', root).href)
const { GATES } = await import(new URL('src/usecases/gates/index.ts', root).href)

const read = file => {
  try {
    return readFileSync(new URL(file, root), 'utf8')
  } catch {
    return ''
  }
}

/** The schema's blocks (release_lines, release_gates), for the reference. */
const blocksOf = schema => Object.fromEntries(CONFIG_BLOCKS.map(name => [name, schema.properties[name]]))

/** Each generated file: its path and text. */
export async function generated() {
  const texts = {
    'docs/configuration.md': configurationDoc(blocksOf(configSchema(GATES))),
    'docs/outputs.md': outputsDoc(),
    [SCHEMA_FILE]: `${JSON.stringify(configSchema(GATES), null, 2)}\n`,
    'action.yml': withActionIo(read('action.yml'))
  }
  const formatted = {}
  for (const [file, text] of Object.entries(texts)) {
    const options = (await prettier.resolveConfig(new URL(file, root).pathname)) ?? {}
    formatted[file] = await prettier.format(text, { ...options, filepath: file })
  }
  return formatted
}

const check = process.argv.includes('--check')
const drift = []
for (const [file, text] of Object.entries(await generated())) {
  if (read(file) === text) continue
  if (check) drift.push(file)
  else writeFileSync(new URL(file, root), text)
}
if (drift.length > 0) {
  console.error(`Out of date (run npm run docs and commit): ${drift.join(', ')}`)
  process.exit(1)
}
if (!check) console.log('docs: written (npm run docs)')
