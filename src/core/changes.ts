/**
 * Moved to commits/changes.ts. This re-export keeps imports of branches written before the move
 * compiling; import from './commits/changes.js' instead (delete this file once none is left).
 */
export * from './commits/changes.js'
