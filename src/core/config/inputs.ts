/**
 * The table of inputs and outputs lives in src/core/config/ (keys.ts, outputs.ts, docs.ts); this
 * module re-exports it for the modules that import it from here.
 */
export * from './keys.js'
export * from './outputs.js'
