import type { NotesSection } from '../notes/notes.js'

/**
 * One component of a repository that releases several packages (the configuration file's
 * `components` block): where it lives, how it is tagged, and the rules of its own that differ
 * from the top level's.
 */
export interface Component {
  name: string
  /** Folders (or globs) it owns, normalized: no `./`, no trailing `/`; `''` is the root (`.`). */
  paths: string[]
  /** Folders (or globs) whose changes count for it too (such as `proto`), owned by another or none. */
  sharedPaths: string[]
  /** Folders (or globs) inside its paths that are not its own. */
  exclude: string[]
  /** Version files (relative to the repository root); [] for auto-detection inside its path. */
  versionFiles: string[]
  /** The tag format, `{version}` last: `{name}-v{version}` below the root, `v{version}` at it. */
  tagFormat: string
  /** The tag prefix the format makes (the format without `{version}`, `{name}` replaced). */
  tagPrefix: string
  /** The changelog (default `<path>/CHANGELOG.md`), or null for none. */
  changelog: string | null
  /** The package name of its install line ('' for none). */
  packageName: string
  /** Names of the components it depends on. */
  dependsOn: string[]
  /** Per-component rules; null: the top level's. */
  prerelease: string | null
  bumpMinorPreMajor: boolean | null
  /** Below 1.0.0 a `feat` makes a patch (release-please's bump-patch-for-minor-pre-major). */
  bumpPatchForMinorPreMajor: boolean
  initialVersion: string | null
  notesSections: NotesSection[] | null
}

/** A fixed group: its members share one version and release together. */
export interface FixedGroup {
  name: string
  members: string[]
}

/** The `components` and `component_groups` blocks, parsed and checked (what needs no file). */
export interface ComponentsConfig {
  /** In dependency order (a component after the ones it depends on), then as configured. */
  components: Component[]
  fixed: FixedGroup[]
  /** Warnings to show (a Swift component below the root, …). */
  warnings: string[]
}

/** One component's part of a release run: what the plan decided for it and where its files are. */
export interface ComponentRelease {
  name: string
  /** Its first path ('.' for the root). */
  path: string
  released: boolean
  version: string
  tag: string
  previousVersion: string
  previousTag: string
  bump: string
  /** Which commits decided (or the dependency or fixed group). */
  reason: string
  notes: string
  /** Where its notes are written (beside the run's notes file: `release-notes-<name>.md`). */
  notesFile: string
  /** Its version files updated, `path from → to`. */
  versionFiles: Array<{ path: string; from: string; to: string }>
  /** Its dependencies released with it. */
  dependencies: Array<{ name: string; version: string }>
  /** The fixed group it is in, or null. */
  group: string | null
  /** The tag already exists at HEAD (an earlier run made it). */
  tagged: boolean
}
