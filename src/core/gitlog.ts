/**
 * Moved to commits/gitlog.ts. This re-export keeps imports of branches written before the move
 * compiling; import from './commits/gitlog.js' instead (delete this file once none is left).
 */
export * from './commits/gitlog.js'
