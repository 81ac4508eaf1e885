/**
 * The registry of modes: one definition a mode, in the order of the CLI's usage. The names the mode
 * input takes, the run lock, the CLI's commands and usage, and the dispatch of the action and the CLI
 * all read it (a test checks it against the settings' parser, the lock and the CLI). Each handler is
 * loaded when its mode runs, so a run loads the code of its mode only.
 */
import type { OutputName } from '../../core/config/inputs.js'
import type { Mode } from '../../core/config/settings.js'
import type { CliCommand, ModeDefinition, ModeHandler } from './types.js'

export type * from './types.js'

/** What a release run sets: the plan, the publishing, the major tag, the metrics and the notifiers. */
const RELEASE_OUTPUTS: readonly OutputName[] = [
  'released',
  'new_version',
  'previous_version',
  'tag',
  'previous_tag',
  'bump',
  'reason',
  'release_notes',
  'notes',
  'commit_sha',
  'dry_run',
  'pushed',
  'resumed',
  'severity',
  'hotfix',
  'version_files',
  'pep440_version',
  'docker_version',
  'releases',
  'gates',
  'major_tag',
  'release_url',
  'release_id',
  'upload_url',
  'assets',
  'hashes',
  'sbom',
  'checksums',
  'metrics',
  'metrics_file',
  'jira_issues'
]

const ROLLBACK_OUTPUTS: readonly OutputName[] = [
  'rolled_back_version',
  'restored_version',
  'rollback_steps',
  'commit_sha',
  'pushed',
  'dry_run'
]

const release = () => import('./release.js').then(module => module.release as ModeHandler)

/** Every mode. */
export const MODES: { readonly [M in Mode]: ModeDefinition<M> } = {
  release: {
    name: 'release',
    about: 'the next release from the commits (a hotfix on a hotfix/* branch)',
    writes: true,
    cli: [
      {
        name: 'plan',
        args: '',
        about: '(default) compute the next release and print it; write nothing, read no remote (unless --online)',
        preview: true
      },
      {
        name: 'apply',
        args: '',
        about: 'make the release: version files, changelog, release commit and annotated tag'
      }
    ],
    outputs: RELEASE_OUTPUTS,
    load: release
  },
  hotfix: {
    name: 'hotfix',
    about: 'a patch release on a release line (the CLI: plan or apply with --hotfix)',
    writes: true,
    cli: [],
    outputs: RELEASE_OUTPUTS,
    load: release
  },
  rollback: {
    name: 'rollback',
    about: 'roll a release back',
    writes: true,
    cli: [
      {
        name: 'rollback',
        args: 'VERSION',
        about: 'roll VERSION back: record it, delete its tag here and on origin',
        remote: 'rollback deletes the tag on origin and the GitHub release'
      }
    ],
    outputs: ROLLBACK_OUTPUTS,
    load: () => import('./rollback.js').then(module => module.rollback)
  },
  publish: {
    name: 'publish',
    about: 'publish a tagged release',
    writes: true,
    cli: [
      {
        name: 'publish',
        args: '[VERSION]',
        about: 'publish the tagged release at HEAD (or VERSION): GitHub release, assets, SBOM',
        remote: 'publish creates the GitHub release'
      }
    ],
    outputs: ['release_url', 'release_id', 'upload_url', 'assets', 'hashes', 'sbom', 'checksums', 'new_version', 'tag'],
    load: () => import('./publish.js').then(module => module.publish)
  },
  metrics: {
    name: 'metrics',
    about: 'the DORA metrics, without releasing',
    writes: false,
    cli: [{ name: 'metrics', args: '', about: 'the DORA metrics of the repository, without releasing' }],
    outputs: ['metrics', 'metrics_file'],
    load: () => import('./metrics.js').then(module => module.metrics)
  },
  migration_guide: {
    name: 'migration_guide',
    about: 'draft the migration guide of a major release',
    writes: true,
    cli: [
      {
        name: 'migration-guide',
        args: '',
        about: 'draft (or extend) the migration guide of a major release in the working tree'
      }
    ],
    outputs: ['migration_guide', 'new_version', 'tag', 'bump', 'dry_run'],
    load: () => import('../migration-guide/migration-guide.js').then(module => module.migrationGuideMode)
  },
  preview: {
    name: 'preview',
    about: "a pull request's release, as a comment and a check",
    writes: false,
    cli: [],
    outputs: [
      'released',
      'new_version',
      'previous_version',
      'tag',
      'previous_tag',
      'bump',
      'reason',
      'dry_run',
      'pushed'
    ],
    load: () => import('../preview/preview.js').then(module => module.preview)
  },
  watch: {
    name: 'watch',
    about: 'watch a release after it ships; open an issue or roll it back',
    writes: true,
    cli: [],
    outputs: ['watch_verdict', 'watch_report', ...ROLLBACK_OUTPUTS],
    load: () => import('../watch/watch.js').then(module => module.watch)
  },
  release_pr: {
    name: 'release_pr',
    about: 'keep the next release as a pull request; merging it releases',
    writes: true,
    cli: [],
    outputs: [...RELEASE_OUTPUTS, 'release_pr_number', 'release_pr_url'],
    load: () => import('./release-pr.js').then(module => module.releasePr)
  }
}

/** The modes' names, in the registry's order. */
export const MODE_NAMES = Object.keys(MODES) as Mode[]

/** Whether a run takes the clone's run lock: a mode that writes, unless it is a dry run. */
export function takesRunLock(mode: Mode, dryRun: boolean): boolean {
  return MODES[mode].writes && !dryRun
}

/** The CLI's commands, each with the mode it runs, in the usage's order. */
export const CLI_COMMANDS: ReadonlyArray<CliCommand & { mode: Mode }> = MODE_NAMES.flatMap(mode =>
  MODES[mode].cli.map(command => ({ ...command, mode }))
)

/** The handler of a mode, loaded now. */
export function loadHandler(mode: Mode): Promise<ModeHandler> {
  return MODES[mode].load()
}
