import { checkWrittenPaths, type WrittenPath } from '../../src/core/config/checks.js'
import { ConfigurationError } from '../../src/core/errors.js'
import { kindOf } from '../../src/core/version-files/files.js'

const DEFAULTS: WrittenPath[] = [
  { setting: 'rollback_record', path: 'docs/ROLLBACKS.md' },
  { setting: 'release_notes_file', path: 'release-notes.md' },
  { setting: 'changelog_file', path: 'CHANGELOG.md' },
  { setting: 'migration_guide', path: 'docs/migrations/v{major}.md' }
]
const VERSION_FILES = ['pyproject.toml', 'src/kit/__init__.py', 'VERSION.txt']
const isVersionName = (path: string) => kindOf(path) !== 'generic'

function check(changes: Partial<Record<WrittenPath['setting'], string>>): () => void {
  const written = DEFAULTS.map(entry => ({ ...entry, path: changes[entry.setting] ?? entry.path }))
  return () => checkWrittenPaths(written, VERSION_FILES, isVersionName)
}

describe('the files a run writes are not version files, nor each other', () => {
  it('accepts the defaults', () => {
    expect(check({})).not.toThrow()
  })

  it.each([
    ['rollback_record', 'pyproject.toml', /rollback_record pyproject\.toml is the version file pyproject\.toml/],
    ['rollback_record', 'src/kit/__init__.py', /the version file src\/kit\/__init__\.py/],
    ['rollback_record', 'VERSION.txt', /the version file VERSION\.txt.*version_files/],
    ['rollback_record', 'docs/setup.py', /rollback_record docs\/setup\.py is named as a version file/],
    ['migration_guide', 'kit/v{major}.py', /migration_guide kit\/v\{major\}\.py is named as a version file/],
    [
      'rollback_record',
      'release-notes.md',
      /rollback_record release-notes\.md and release_notes_file release-notes\.md are the same file/
    ],
    ['rollback_record', 'CHANGELOG.md', /rollback_record CHANGELOG\.md and changelog_file CHANGELOG\.md/],
    [
      'rollback_record',
      'docs/migrations/v3.md',
      /rollback_record docs\/migrations\/v3\.md and migration_guide docs\/migrations\/v\{major\}\.md/
    ],
    ['migration_guide', 'CHANGELOG.md', /changelog_file CHANGELOG\.md and migration_guide CHANGELOG\.md/]
  ] as const)('refuses %s: %s', (setting, path, message) => {
    expect(check({ [setting]: path })).toThrow(ConfigurationError)
    expect(check({ [setting]: path })).toThrow(message)
    expect(check({ [setting]: path })).toThrow(/Nothing was changed/)
  })
})
