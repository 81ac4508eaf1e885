import { LogStreamParser, parseLogRecord } from '../../src/core/gitlog.js'
import type { RawCommit } from '../../src/core/types.js'

describe('git log stream parsing', () => {
  const record = (sha: string, message: string, parents = 'p1', mark = '>') => `${mark}${sha}\x1f${parents}\x1f1767225600\x1fAnn\x1f${message}`
  it('parses fields, keeping a stray separator inside the message', () => {
    expect(parseLogRecord(record('abc', 'feat: x\x1fy', 'p1 p2'))).toEqual({ sha: 'abc', boundary: false, parents: ['p1', 'p2'], time: 1767225600, author: 'Ann', message: 'feat: x\x1fy' })
    expect(parseLogRecord(record('def', 'x', 'p', '-'))?.boundary).toBe(true)
    expect(parseLogRecord(record('root', 'init', ''))?.parents).toEqual([])
    expect(parseLogRecord('garbage')).toBeNull()
  })
  it('reassembles records split across chunks at any position', () => {
    const stream = [record('a1', 'fix: one\n\nbody'), record('b2', 'feat: two'), record('c3', 'chore: three')].join('\0') + '\0'
    for (let size = 1; size <= stream.length; size += 7) {
      const got: RawCommit[] = []
      const parser = new LogStreamParser(commit => got.push(commit))
      for (let i = 0; i < stream.length; i += size) parser.push(stream.slice(i, i + size))
      parser.end()
      expect(got.map(c => [c.sha, c.message])).toEqual([['a1', 'fix: one\n\nbody'], ['b2', 'feat: two'], ['c3', 'chore: three']])
    }
  })
})
