import { decideBump } from '../../src/core/versioning/bump.js'
import { renderSections } from '../../src/core/notes/notes.js'
import { history } from '../helpers/commits.js'

/**
 * Issue 19: hostile commit text is read in linear time. Measured by operation counts, not by the
 * clock: every regular expression run is counted with the characters it is handed from where it
 * starts (the input of a scan from the start, the rest of the input for a global or sticky scan
 * that fails, the consumed part for one that matches), for an input of size n and of 4n. Linear
 * work grows 4 times; a scan of the whole text per line (quadratic) would grow 16 times.
 */
function regexWork(run: () => void): number {
  const original = RegExp.prototype.exec
  let work = 0
  RegExp.prototype.exec = function (this: RegExp, input: string): RegExpExecArray | null {
    const text = String(input)
    const start = this.global || this.sticky ? this.lastIndex : 0
    const match = original.call(this, text)
    work += 1 + (match ? match.index + match[0].length - start : this.sticky ? 1 : text.length - start)
    return match
  }
  try {
    run()
  } finally {
    RegExp.prototype.exec = original
  }
  return work
}

function notes(message: string): string {
  const { changes } = decideBump(history(message, 'feat: after it'), {
    bump: 'auto',
    bumpMinorPreMajor: false,
    currentMajor: 1
  })
  return renderSections(changes, 'https://github.com/acme/fastvlm')
}

const INPUTS: Array<[string, (n: number) => string]> = [
  [
    'a footer of n lines',
    n => `feat!: x (#1)\n\nBREAKING CHANGE: ${Array.from({ length: n }, (_, i) => `line ${i} of it`).join('\n')}`
  ],
  ['a body that is one line of n words', n => `fix!: y\n\nBREAKING CHANGE: ${'word '.repeat(n)}`],
  [
    'a body of n conventional lines',
    n => `fix: z\n\n${Array.from({ length: n }, (_, i) => `feat: line ${i}`).join('\n')}`
  ],
  [
    'n unterminated fences, HTML and mentions',
    n => `fix!: w\n\nBREAKING CHANGE: ${'```\n<b>@user</b>\n::set-output name=x::y\n'.repeat(n)}`
  ],
  ['n hard-wrapped list items', n => `fix!: v\n\nBREAKING CHANGE:\n${'- item\n  wrapped\n'.repeat(n)}`]
]

describe('hostile commit text in linear time', () => {
  it.each(INPUTS)('%s', (_name, make) => {
    const small = regexWork(() => notes(make(1_000)))
    const large = regexWork(() => notes(make(4_000)))
    if (process.env.SHOW_RATIO) console.log(_name, small, large, large / small)
    expect(large / small).toBeLessThan(6)
  })
})
