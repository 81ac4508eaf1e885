// The oracle preset ships no types; only its parser options are used.
declare module 'conventional-changelog-conventionalcommits' {
  import type { ParserOptions } from 'conventional-commits-parser'
  export default function createPreset(config?: Record<string, unknown>): Promise<{ parser: ParserOptions }>
}
