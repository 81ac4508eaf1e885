import fc from 'fast-check'
import { withoutPullNumber } from '../../src/core/notes/entry.js'

/** The implementation before the one-pass reading (issue 19): the oracle of what the text must give. */
function oracle(text: string): string {
  let rest = text.trimEnd()
  for (let m = /\(#\d+\)$/.exec(rest); m; m = /\(#\d+\)$/.exec(rest)) rest = rest.slice(0, m.index).trimEnd()
  return rest.trim()
}

describe('withoutPullNumber gives what the regex per number gave', () => {
  it.each([
    '(#12)',
    'text (#12)',
    'text (#12) (#13)',
    'text (#12).',
    'text\u00a0(#12)\u00a0',
    'text\u2003(#12)\u3000(#13)\ufeff',
    'text (#12)\n',
    ')',
    'text )',
    '(#)',
    'text (#)',
    '(#12',
    'text #12)',
    'text (12)',
    'text ((#12)',
    '(#1)(#2)',
    '',
    '   ',
    '\u00a0\u00a0',
    'text (#１２)',
    'text (#12) 😀',
    '😀(#12)'
  ])('%j', text => {
    expect(withoutPullNumber(text)).toBe(oracle(text))
  })

  it('over generated subjects of numbers, parentheses and every kind of space', () => {
    const piece = fc.constantFrom(
      '(',
      ')',
      '#',
      '(#',
      '1',
      '42',
      '０',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u2003',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\u200b',
      '\u180e',
      'a',
      '.',
      '😀',
      '\ud83d'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), pieces => {
        const text = pieces.join('')
        expect(withoutPullNumber(text)).toBe(oracle(text))
      }),
      { numRuns: 4_000, seed: 19 }
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 24 }), text => {
        expect(withoutPullNumber(text)).toBe(oracle(text))
      }),
      { numRuns: 2_000, seed: 20 }
    )
  })
})
