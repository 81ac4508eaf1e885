/** Watching a release: the decisions (watch.ts) and what a watch says (render.ts). */
export * from './watch.js'
export * from './render.js'
