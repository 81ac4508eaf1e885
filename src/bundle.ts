/**
 * What ncc bundles (dist/lib/index.js): the action's run() and the CLI's main(), so that the two
 * share one copy of the code. dist/index.js and dist/cli/index.js are two-line entries over it
 * (scripts/build.mjs writes them, the same as src/index.ts and src/cli-entry.ts). Each is loaded
 * when called: the CLI does not load the action's runner commands, nor the action the CLI's
 * argument parsing. Neither loads @actions/core (adapters/runner.ts writes its commands: its entry
 * imports undici), Octokit (adapters/github/client.ts, at the first API call), the YAML parser and
 * the schema validator (a configuration file only) nor the artifact client (upload_artifact only).
 */
import type * as Action from './main.js'
import type * as Cli from './cli.js'

export const run: typeof Action.run = (...args) => import('./main.js').then(action => action.run(...args))
export const main: typeof Cli.main = () => import('./cli.js').then(cli => cli.main())
