/** What the key table (keys.ts) says of each input and configuration key. */
export interface InputSpec {
  /** The default, as action.yml declares it. */
  default: string
  /**
   * How the CLI takes it: a `--flag VALUE`, a boolean `--flag` (and `--no-flag`), from its command
   * line's command (mode, dry_run, version), or from the environment variable of the same name in
   * upper case (secrets: never on a command line).
   */
  cli: 'string' | 'boolean' | 'command' | 'env'
  /** The allowed values (validated, and shown in the CLI's usage). */
  choices?: readonly string[]
  /** Masked in logs (core.setSecret). */
  secret?: boolean
  /** The one-line meaning (docs, action.yml, JSON Schema). */
  doc: string
  /**
   * Where it is set. `run`: a per-run choice, an input of action.yml only. `repo` (the default): what
   * belongs to the repository, a key of the configuration file (.github/release-action.yml) and not
   * an input of action.yml (the CLI has its flag; a value given with `with:` is still read). `both`:
   * an action.yml input (declared with an empty default, so that "not given" is seen) and a key of
   * the file; the input wins. Secrets are inputs only.
   */
  scope?: 'run' | 'repo' | 'both'
  /**
   * A list: in the configuration file a YAML list (or one string); as an input, a string split by
   * `split` (default: newlines and commas).
   */
  list?: boolean
  /** How an input's text is split into the list's items. */
  split?: 'lines' | 'lines-commas' | 'words'
  /** A number within a range (the same range for the input and the file). */
  range?: { min: number; max: number; integer?: boolean; exclusiveMin?: boolean; example: string; unit: string }
}

export type KeyType = 'string' | 'boolean' | 'number' | 'integer' | 'list' | 'choice'
