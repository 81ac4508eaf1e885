import { runNotes } from '../../../src/core/components/run-notes.js'
import type { ComponentRelease } from '../../../src/core/components/types.js'

const release = (name: string, notes: string): ComponentRelease => ({
  name,
  path: `packages/${name}`,
  released: true,
  version: '1.1.0',
  tag: `${name}-v1.1.0`,
  previousVersion: '1.0.0',
  previousTag: `${name}-v1.0.0`,
  bump: 'minor',
  reason: 'minor',
  notes,
  notesFile: `release-notes-${name}.md`,
  versionFiles: [],
  dependencies: [],
  group: null,
  tagged: false
})

const lines = (count: number, word: string) =>
  `### Fixes\n\n${Array.from({ length: count }, (_, i) => `- ${word} ${i}`).join('\n')}\n`

describe("components: the run's notes", () => {
  it('hold every component’s notes in full when they fit', () => {
    const text = runNotes([release('a', lines(3, 'alpha')), release('b', lines(2, 'beta'))])
    expect(text).toBe(`## a 1.1.0\n\n${lines(3, 'alpha').trim()}\n\n## b 1.1.0\n\n${lines(2, 'beta').trim()}\n`)
  })

  it('cut each component to its share at a line, pointing to its own notes file, when they do not', () => {
    const releases = ['a', 'b', 'c', 'd'].map(name => release(name, lines(200, name)))
    const text = runNotes(releases, 2_000)
    expect(text.length).toBeLessThan(2_000 + 4 * 200)
    for (const name of ['a', 'b', 'c', 'd']) {
      expect(text).toContain(`## ${name} 1.1.0\n\n### Fixes\n\n- ${name} 0\n`)
      expect(text).toContain(`_…cut to fit the run's notes: all of it is in release-notes-${name}.md._`)
      expect(text).not.toContain(`- ${name} 199`)
    }
    // no entry is cut in the middle of its line
    expect(text).not.toMatch(/- [a-d] \d+_/)
  })
  it('closes a code block it cuts', () => {
    const guide = `### ⚠ Breaking\n\n- the API changed\n\n\`\`\`ts\n${Array.from({ length: 100 }, (_, i) => `call(${i})`).join('\n')}\n\`\`\`\n`
    const text = runNotes([release('a', guide), release('b', guide)], 400)
    for (const part of text.split('## ').slice(1)) expect((part.match(/^```/gm) ?? []).length % 2).toBe(0)
  })
})
