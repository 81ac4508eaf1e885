/**
 * The tests' TypeScript transform: esbuild strips the types of each file on its own (as ts-jest did
 * with isolatedModules), without loading the TypeScript compiler into every jest worker. `npm run
 * typecheck` does the type checking. Smaller workers also make each git process a test spawns
 * cheaper to fork.
 */
import { createHash } from 'node:crypto'
import { transformSync } from 'esbuild'

const OPTIONS = { loader: 'ts', format: 'esm', target: 'node22', sourcemap: 'inline', sourcesContent: false }

export default {
  canInstrument: false,
  getCacheKey(source, path) {
    return createHash('sha256').update('esbuild-1\0').update(path).update('\0').update(source).digest('hex')
  },
  process(source, path) {
    const { code } = transformSync(source, { ...OPTIONS, sourcefile: path })
    return { code }
  }
}
