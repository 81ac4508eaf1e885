import { parseCommitMessage } from '../../src/core/commits/parser.js'

describe('parseCommitMessage', () => {
  const cases: Array<{
    name: string
    message: string
    type: string | null
    scope: string | null
    subject: string | null
    notes: string[]
    revert?: string | null
  }> = [
    { name: 'plain feature', message: 'feat: add thing', type: 'feat', scope: null, subject: 'add thing', notes: [] },
    {
      name: 'scope',
      message: 'fix(parser): handle CRLF',
      type: 'fix',
      scope: 'parser',
      subject: 'handle CRLF',
      notes: []
    },
    {
      name: 'bang is breaking',
      message: 'feat(api)!: drop v1',
      type: 'feat',
      scope: 'api',
      subject: 'drop v1',
      notes: ['drop v1']
    },
    {
      name: 'footer is breaking',
      message: 'refactor: x\n\nBREAKING CHANGE: old api gone\nuse new()',
      type: 'refactor',
      scope: null,
      subject: 'x',
      notes: ['old api gone\nuse new()']
    },
    {
      name: 'hyphen footer',
      message: 'fix: y\n\nBREAKING-CHANGE: z',
      type: 'fix',
      scope: null,
      subject: 'y',
      notes: ['z']
    },
    {
      name: 'footer token ends note',
      message: 'fix: y\n\nBREAKING CHANGE: a\nRefs: #1\nmore',
      type: 'fix',
      scope: null,
      subject: 'y',
      notes: ['a']
    },
    {
      name: 'lower-case keyword counts',
      message: 'fix: y\n\nbreaking change: a',
      type: 'fix',
      scope: null,
      subject: 'y',
      notes: ['a']
    },
    { name: 'not conventional', message: 'Update README', type: null, scope: null, subject: null, notes: [] },
    { name: 'missing space', message: 'feat:no space', type: null, scope: null, subject: null, notes: [] },
    {
      name: 'leading whitespace removed',
      message: '  \n feat: spaced',
      type: 'feat',
      scope: null,
      subject: 'spaced',
      notes: []
    },
    {
      name: 'CRLF',
      message: 'fix: crlf\r\n\r\nBREAKING CHANGE: yes\r\n',
      type: 'fix',
      scope: null,
      subject: 'crlf',
      notes: ['yes']
    },
    {
      name: 'git revert',
      message: 'Revert "feat: x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
      type: null,
      scope: null,
      subject: null,
      notes: [],
      revert: '0123456789abcdef0123456789abcdef01234567'
    },
    {
      name: 'revert type',
      message: 'revert: feat: x\n\nThis reverts commit abcdef1.',
      type: 'revert',
      scope: null,
      subject: 'feat: x',
      notes: [],
      revert: 'abcdef1'
    },
    {
      name: 'field swallows the rest',
      message: 'fix: a\n\n-hash-\nBREAKING CHANGE: not a note',
      type: 'fix',
      scope: null,
      subject: 'a',
      notes: []
    }
  ]
  it.each(cases)('$name', ({ message, type, scope, subject, notes, revert }) => {
    const parsed = parseCommitMessage(message)
    expect(parsed.type).toBe(type)
    expect(parsed.scope).toBe(scope)
    expect(parsed.subject).toBe(subject)
    expect(parsed.notes.map(note => note.text)).toEqual(notes)
    if (revert !== undefined) expect(parsed.revert?.hash ?? null).toBe(revert)
  })

  it('returns an empty result for an empty message', () => {
    expect(parseCommitMessage('   \n').header).toBeNull()
  })
})
