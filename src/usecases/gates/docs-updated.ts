import { stringList } from '../../core/gates/defaults.js'
import { result } from '../../core/gates/types.js'
import { defineGate, reports } from './types.js'

/** Source changes since the previous release come with documentation changes; a major release has its migration guide. */
export const docsUpdated = defineGate({
  name: 'docs_updated',
  aliases: ['documentation_updated'],
  schema: { source_paths: stringList, docs_paths: stringList, migration_guide: { type: 'string', minLength: 1 } },
  params: raw => ({
    sourcePaths: (raw.source_paths as string[] | undefined) ?? ['src/'],
    docsPaths: (raw.docs_paths as string[] | undefined) ?? ['docs/', 'README.md'],
    migrationGuide: (raw.migration_guide as string | undefined) ?? 'docs/migrations/v{major}.md'
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
      if (deps.files.read(guide) === null) problems.push(`a major release needs a migration guide at ${guide}`)
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
