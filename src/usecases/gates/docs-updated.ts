import { ConfigurationError } from '../../core/errors.js'
import { stringList } from '../../core/gates/defaults.js'
import { result } from '../../core/gates/types.js'
import { DEFAULTS } from '../../core/config/inputs.js'
import type { Settings } from '../../core/config/settings.js'
import { defineGate, reports } from './types.js'

/**
 * The migration guide's path pattern, the one the gate checks and `mode: migration_guide` writes: the
 * `migration_guide` setting; the gate's own `migration_guide` parameter (older configurations) when
 * the setting is left at its default. Both set, to different paths: a configuration error.
 */
export function migrationGuidePattern(parameter: unknown, settings: Partial<Pick<Settings, 'migrationGuide'>>): string {
  const chosen = chosenPattern(parameter, settings)
  const unknown = /\{(?!(?:major|minor|patch|version)\})[^{}]*\}/.exec(chosen)
  if (unknown)
    throw new ConfigurationError(
      `migration_guide ${chosen} has an unknown placeholder ${unknown[0]}: only {major}, {minor}, {patch} and {version} are replaced. Fix the pattern, such as docs/migrations/v{major}.md. Nothing was changed.`
    )
  return chosen
}

function chosenPattern(parameter: unknown, settings: Partial<Pick<Settings, 'migrationGuide'>>): string {
  const setting = settings.migrationGuide ?? DEFAULTS.migration_guide
  if (typeof parameter !== 'string' || parameter === '' || parameter === setting) return setting
  if (setting !== DEFAULTS.migration_guide) {
    throw new ConfigurationError(
      `The migration guide is named twice: migration_guide is ${setting}, but the docs_updated gate's migration_guide parameter is ${parameter}. ` +
        'Keep one: set migration_guide (the draft and the gate both read it) and remove the gate parameter.'
    )
  }
  return parameter
}

/** Source changes since the previous release come with documentation changes; a major release has its migration guide. */
export const docsUpdated = defineGate({
  name: 'docs_updated',
  aliases: ['documentation_updated'],
  schema: { source_paths: stringList, docs_paths: stringList, migration_guide: { type: 'string', minLength: 1 } },
  params: (raw, _config, settings) => ({
    sourcePaths: (raw.source_paths as string[] | undefined) ?? ['src/'],
    docsPaths: (raw.docs_paths as string[] | undefined) ?? ['docs/', 'README.md'],
    migrationGuide: migrationGuidePattern(raw.migration_guide, settings)
  }),
  async run(docs, input, deps) {
    const { plan } = input
    if (!plan.previousTag)
      return result('docs_updated', 'skipped', 'first release: no previous release to compare with')
    const { migrationGuidePath, under } = await reports()
    const changed = await deps.git.diffNames(plan.previousTag, input.head)
    const source = under(changed, docs.sourcePaths)
    const documentation = under(changed, docs.docsPaths)
    const problems: string[] = []
    if (source.length > 0 && documentation.length === 0) {
      problems.push(
        `${source.length} file(s) under ${docs.sourcePaths.join(', ')} changed since ${plan.previousTag} but nothing under ${docs.docsPaths.join(', ')}`
      )
    }
    if (plan.bump === 'major') {
      const guide = migrationGuidePath(docs.migrationGuide, plan.version)
      const { guideState } = await import('../../core/migration/guide.js')
      const state = guideState(deps.files.read(guide))
      if (state === 'missing')
        problems.push(
          `a major release needs a migration guide at ${guide}: draft it from the breaking changes with mode: migration_guide (CLI: fastvlm-release migration-guide), edit it and commit it`
        )
      else if (state === 'draft')
        problems.push(
          `the migration guide at ${guide} is the untouched draft: edit it (what users must change, with examples) and commit it; to keep the text as it is, delete its draft marker line (the hidden comment on top)`
        )
    }
    if (problems.length > 0) return result('docs_updated', 'fail', problems.join('; '), source.slice(0, 10))
    return result(
      'docs_updated',
      'pass',
      source.length === 0
        ? 'no source changes since the previous release'
        : `${documentation.length} documentation file(s) changed with ${source.length} source file(s)`
    )
  }
})
