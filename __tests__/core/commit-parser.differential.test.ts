import { CommitParser } from 'conventional-commits-parser'
import createPreset from 'conventional-changelog-conventionalcommits'
import { normalizeMessage, parseCommitMessage } from '../../src/core/commits/parser.js'
import { loadHistories } from '../helpers/shared.js'

/**
 * conventional-commits-parser (conventionalcommits preset) is the oracle: on every message of
 * the shared real histories our parser must agree on every field the project uses.
 */
describe('parser agrees with conventional-commits-parser', () => {
  const messages = loadHistories()
    .flatMap(history => history.commits.map(commit => commit.message))
    .filter(message => message.trim() !== '')
  let oracle: CommitParser

  beforeAll(async () => {
    const preset = await createPreset()
    oracle = new CommitParser(preset.parser)
  })

  it('covers the histories', () => {
    expect(messages.length).toBeGreaterThan(1500)
  })

  it('agrees on type, scope, subject, header, notes and revert for every message', () => {
    const disagreements: string[] = []
    for (const message of messages) {
      const expected = oracle.parse(normalizeMessage(message))
      const actual = parseCommitMessage(message)
      const pick = (c: {
        header?: string | null
        type?: string | null
        scope?: string | null
        subject?: string | null
        notes: Array<{ title: string; text: string }>
        revert?: unknown
      }) =>
        JSON.stringify([
          c.header ?? null,
          c.type ?? null,
          c.scope ?? null,
          c.subject ?? null,
          c.notes.map(n => [n.title, n.text]),
          c.revert ?? null
        ])
      if (pick(expected) !== pick(actual))
        disagreements.push(
          `${JSON.stringify(message.slice(0, 80))}\n  oracle ${pick(expected)}\n  ours   ${pick(actual)}`
        )
    }
    expect(disagreements).toEqual([])
  })

  it('agrees on tricky messages built for the purpose', () => {
    const tricky = [
      'feat(a)(b): nested scope',
      'feat(): empty scope',
      ': no type',
      'feat!: x\n\nBREAKING CHANGE: y',
      'fix: a\n\n* BREAKING CHANGE: bullet note',
      'fix: a\n\nBREAKING CHANGE: one\n\nBREAKING CHANGE: two',
      'fix: a\n\nBREAKING CHANGE: one\nCloses #4\nBREAKING CHANGE: lost',
      'Revert "x"\n\nThis reverts commit .',
      'revert: "quoted"\n\nThis reverts commit abc.',
      'fix: a\ngpg: Signature made\n\nBREAKING CHANGE: b',
      'feat(scope with space): s',
      'feat\u2028: odd',
      'fix: a\n\n---\nBREAKING CHANGE: after yaml marker',
      'fix: a\n\n-x-\n-y-\nbody',
      'Fix: capital',
      'fix: trailing   ',
      'fix: a\r\n\r\nBREAKING CHANGE: crlf\r\nmore\r\n'
    ]
    for (const message of tricky) {
      const expected = oracle.parse(normalizeMessage(message))
      const actual = parseCommitMessage(message)
      expect([actual.header, actual.type, actual.scope, actual.subject, actual.notes, actual.revert]).toEqual([
        expected.header ?? null,
        expected.type ?? null,
        expected.scope ?? null,
        expected.subject ?? null,
        expected.notes,
        expected.revert ?? null
      ])
    }
  })
})
