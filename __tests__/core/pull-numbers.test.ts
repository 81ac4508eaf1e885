import { withoutPullNumber } from '../../src/core/notes/entry.js'
import { renderSections } from '../../src/core/notes/notes.js'
import { decideBump } from '../../src/core/versioning/bump.js'
import { history } from '../helpers/commits.js'

describe('trailing pull request numbers', () => {
  it('are all taken off: a synced commit keeps its source repository number before its own', () => {
    expect(withoutPullNumber('update actions/checkout action to v3 (#1392) (#420)')).toBe(
      'update actions/checkout action to v3'
    )
    expect(withoutPullNumber('fix the (#12) parser (#13)')).toBe('fix the (#12) parser')
  })

  it('in linear time on a stranger’s subject of spaces and numbers', () => {
    // the answer is checked here; the time is not asserted (jest cannot stop a synchronous test): on this
    // input the earlier quadratic reading took over a minute (the lane's time shows a regression), the
    // one-pass reading a few milliseconds. pull-numbers-oracle.test.ts checks it against the regex reading.
    const hostile = `${' '.repeat(1_000_000)}x${' (#1)'.repeat(200_000)}`
    expect(withoutPullNumber(hostile)).toBe('x')
  })

  it('the same change synced from another repository is one entry in the notes', () => {
    const changes = decideBump(
      history(
        'fix(deps): update actions/checkout action to v3 (#417)',
        'fix(deps): update actions/checkout action to v3 (#1392) (#420)'
      ),
      { bump: 'auto', bumpMinorPreMajor: false, currentMajor: 1 }
    ).changes
    const notes = renderSections(changes, 'https://github.com/acme/kit')
    expect(notes.match(/update actions\/checkout action to v3/g)).toHaveLength(1)
  })
})
