import { spawnSync } from 'node:child_process'
import { refNameProblem, tagPrefixProblem } from '../../src/core/versioning/refname.js'

/** git's own answer: check-ref-format exits 0 for a valid name. */
function gitAccepts(name: string): boolean {
  return spawnSync('git', ['check-ref-format', name], { encoding: 'utf8' }).status === 0
}

describe('reference names as git checks them', () => {
  const prefixes = [
    'v',
    '',
    'release/v',
    'pkg-v',
    'a.b/v',
    '.v',
    'v//',
    'x.lock/',
    'v.',
    'v..',
    'v~',
    'v^',
    'v:',
    'v?',
    'v*',
    'v[',
    'v\\',
    'v ',
    'v\t',
    'v\x01',
    'v\x7f',
    '/v',
    'v@{',
    '@',
    'release/.hidden/',
    'v/',
    'a/b.lock/v',
    'héllo-v',
    'v@',
    'v{',
    'v}',
    '-v',
    'v-'
  ]
  it.each(prefixes.map(prefix => [JSON.stringify(prefix), prefix]))(
    'tag_prefix %s: ours and git agree',
    (_label, prefix) => {
      const name = `refs/tags/${prefix}1.0.0`
      expect(refNameProblem(name) === null).toBe(gitAccepts(name))
    }
  )

  it('names the problem and what to use instead', () => {
    expect(tagPrefixProblem('v')).toBeNull()
    expect(tagPrefixProblem('x.lock/')).toMatch(
      /tag_prefix "x\.lock\/" makes tags such as x\.lock\/1\.0\.0 that git refuses: its part "x\.lock" ends with "\.lock"\. Use letters/
    )
    expect(tagPrefixProblem('v\x01')).toMatch(/"v\\x01".*control character/)
  })
})
