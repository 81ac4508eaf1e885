/**
 * What ncc bundles (dist/lib/index.js): the action's run() and the CLI's main(), so that the two
 * share one copy of the code. dist/index.js and dist/cli/index.js are two-line entries over it
 * (scripts/build.mjs writes them, the same as src/index.ts and src/cli-entry.ts).
 */
export { run } from './main.js'
export { main } from './cli.js'
