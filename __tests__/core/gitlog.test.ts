import { LogStreamParser, parseLogRecord } from '../../src/core/commits/gitlog.js'
import type { RawCommit } from '../../src/core/types.js'

describe('git log stream parsing', () => {
  const record = (sha: string, message: string, parents = 'p1', mark = '>') =>
    `${mark}${sha}\x1f${parents}\x1f1767225600\x1fAnn\x1f${message}`
  it('parses fields, keeping a stray separator inside the message', () => {
    expect(parseLogRecord(record('abc', 'feat: x\x1fy', 'p1 p2'))).toEqual({
      sha: 'abc',
      boundary: false,
      parents: ['p1', 'p2'],
      time: 1767225600,
      author: 'Ann',
      message: 'feat: x\x1fy'
    })
    expect(parseLogRecord(record('def', 'x', 'p', '-'))?.boundary).toBe(true)
    expect(parseLogRecord(record('root', 'init', ''))?.parents).toEqual([])
    expect(parseLogRecord('garbage')).toBeNull()
  })
  it('reassembles records split across chunks at any byte, multi-byte characters included', () => {
    const stream = Buffer.from(
      [record('a1', 'fix: one\n\nbody ✨ naïve'), record('b2', 'feat: two 🚀'), record('c3', 'chore: three')].join(
        '\0'
      ) + '\0'
    )
    for (let size = 1; size <= stream.length; size += 3) {
      const got: RawCommit[] = []
      const parser = new LogStreamParser(commit => got.push(commit))
      for (let i = 0; i < stream.length; i += size) parser.push(stream.subarray(i, i + size))
      parser.end()
      expect(got.map(c => [c.sha, c.message])).toEqual([
        ['a1', 'fix: one\n\nbody ✨ naïve'],
        ['b2', 'feat: two 🚀'],
        ['c3', 'chore: three']
      ])
    }
  })

  it('reads a last record without a terminator, and invalid UTF-8 as U+FFFD', () => {
    const got: RawCommit[] = []
    const parser = new LogStreamParser(commit => got.push(commit))
    parser.push(Buffer.concat([Buffer.from(record('d4', 'fix: bad ')), Buffer.from([0xff, 0xfe])]))
    parser.end()
    expect(got.map(c => c.message)).toEqual(['fix: bad \ufffd\ufffd'])
  })
})
