import { decideBump } from '../../src/core/versioning/bump.js'
import {
  COMMIT_TYPES,
  COMPLETE_SECTIONS,
  DEFAULT_SECTIONS,
  KNOWN_TYPES,
  LINT_ALIASES,
  sectionsText,
  type CommitTypeRow
} from '../../src/core/commits/type-table.js'
import { parseNotesSections, renderSections } from '../../src/core/notes/notes.js'
import { lintHeader, lintRules } from '../../src/core/preview/index.js'
import { history } from '../helpers/commits.js'

/**
 * The table of commit types (src/core/commits/type-table.ts) is the one place a type's bump, notes
 * section and lint advice are written. These tests run every row through the real functions that
 * decide (decideBump, renderSections, lintHeader), so a copy that disagrees with the table fails here.
 */

/** A commit message that makes a change of the row's kind (the notes' pseudo-types included). */
function messageOf(row: CommitTypeRow, subject = 'change the loader'): string {
  if (row.type === 'deps-dev') return `chore(deps): bump jest from 29.0.0 to 30.0.0`
  if (row.type === 'other') return `Change the loader by hand`
  return `${row.type}: ${subject}`
}

const OPTIONS = { bump: 'auto', bumpMinorPreMajor: false, currentMajor: 1 } as const

/** The title of the section (`### …`) the line containing `needle` is listed under. */
function sectionOf(notes: string, needle: string): string | null {
  let title: string | null = null
  for (const line of notes.split('\n')) {
    if (line.startsWith('### ')) title = line.slice(4)
    else if (line.includes(needle)) return title
  }
  return null
}

describe('the table of commit types', () => {
  it('names each type, synonym and alias once, and gives one section one order', () => {
    const names = COMMIT_TYPES.flatMap(row => [row.type, ...(row.synonyms ?? [])])
    expect(new Set(names).size).toBe(names.length)
    const aliases = COMMIT_TYPES.flatMap(row => row.aliases ?? [])
    expect(new Set(aliases).size).toBe(aliases.length)
    for (const alias of aliases) expect(KNOWN_TYPES.has(alias)).toBe(false)
    const words = COMMIT_TYPES.flatMap(row => row.words ?? [])
    expect(new Set(words).size).toBe(words.length)
    const orders = new Map<string, number>()
    for (const row of COMMIT_TYPES) {
      if (row.notes === 'highlights') continue
      expect(orders.get(row.notes.title) ?? row.notes.order).toBe(row.notes.order)
      orders.set(row.notes.title, row.notes.order)
    }
  })

  it.each(COMMIT_TYPES.filter(row => row.written).map(row => [row.type, row] as const))(
    '%s bumps what the table says, through decideBump',
    (_type, row) => {
      // a feature alongside keeps the range conventional (a range of plain messages releases a patch)
      const decision = decideBump(history('feat: companion', messageOf(row)), OPTIONS)
      const change = decision.changes.find(each => each.header === messageOf(row))!
      expect(change).toBeDefined()
      const drivers = decision.drivers.filter(driver => driver.change === change)
      expect(drivers.map(driver => driver.level)).toEqual(row.bump === 'none' ? [] : [row.bump])
      if (row.bump !== 'none') expect(drivers[0].why).toBe(row.reason ?? row.type)
      for (const synonym of row.synonyms ?? []) {
        const alone = decideBump(history(`${synonym}: the same`), OPTIONS)
        expect(alone.bump).toBe(row.bump)
      }
    }
  )

  it.each(COMMIT_TYPES.map(row => [row.type, row] as const))(
    '%s is listed in the section the table says, through renderSections',
    (_type, row) => {
      const message = messageOf(row)
      const { changes } = decideBump(history('feat: companion', message), OPTIONS)
      const needle =
        row.type === 'other' ? 'Change the loader by hand' : row.type === 'deps-dev' ? 'bump jest' : 'change the loader'
      const expected = row.notes === 'highlights' ? '✨ Highlights' : row.notes.title
      expect(sectionOf(renderSections(changes, null, Infinity, '', COMPLETE_SECTIONS), needle)).toBe(expected)
      const hidden = row.notes !== 'highlights' && row.notes.hidden === true
      expect(sectionOf(renderSections(changes, null), needle)).toBe(hidden ? null : expected)
    }
  )

  it('a dependency update that ships is listed under the deps row, a development one under deps-dev', () => {
    const { changes } = decideBump(history('fix(deps): update numpy to v2', 'chore(deps): bump jest to v30'), OPTIONS)
    const notes = renderSections(changes, null, Infinity, '', COMPLETE_SECTIONS)
    const title = (type: string) => (COMMIT_TYPES.find(row => row.type === type)!.notes as { title: string }).title
    expect(sectionOf(notes, 'update numpy')).toBe(title('deps'))
    expect(sectionOf(notes, 'bump jest')).toBe(title('deps-dev'))
  })

  it('is the default notes_sections: the sections it does not hide, in order, with their types', () => {
    const shown = COMMIT_TYPES.filter(row => row.notes !== 'highlights' && !row.notes.hidden)
    expect(DEFAULT_SECTIONS.flatMap(section => section.types)).toEqual(
      [...shown]
        .sort((a, b) => (a.notes as { order: number }).order - (b.notes as { order: number }).order)
        .map(row => row.type)
    )
    // written as the input, the defaults read back the same, and render the same notes
    const text = sectionsText(DEFAULT_SECTIONS)
    expect(parseNotesSections(text)).toEqual(DEFAULT_SECTIONS)
    const { changes } = decideBump(history(...COMMIT_TYPES.map(row => messageOf(row))), OPTIONS)
    expect(renderSections(changes, null, Infinity, '', parseNotesSections(text))).toBe(renderSections(changes, null))
    // the complete sections (a release made by hand) are the defaults and then the hidden ones
    expect(COMPLETE_SECTIONS.slice(0, DEFAULT_SECTIONS.length)).toEqual(DEFAULT_SECTIONS)
    expect(COMPLETE_SECTIONS.flatMap(section => section.types).sort()).toEqual(
      COMMIT_TYPES.filter(row => row.notes !== 'highlights')
        .map(row => row.type)
        .sort()
    )
  })

  it('gives the preview lint its types, aliases and first words', () => {
    const rules = lintRules([], [], null)
    for (const row of COMMIT_TYPES) {
      expect(rules.types.has(row.type)).toBe(row.written)
      if (row.written) expect(lintHeader(`${row.type}: change the loader`, rules)).toBeNull()
      for (const word of row.words ?? []) {
        const header = `${word[0].toUpperCase()}${word.slice(1)} the loader`
        expect(lintHeader(header, rules)?.suggestion).toMatch(new RegExp(`^For example \`${row.type}: `))
      }
    }
    // an alias the lint does not allow suggests its type
    const strict = lintRules(['feat', 'fix', 'perf', 'docs', 'refactor', 'test', 'chore'], [], null)
    for (const [alias, type] of Object.entries(LINT_ALIASES)) {
      expect(lintHeader(`${alias}: change the loader`, strict)?.suggestion).toBe(
        `For example \`${type}: change the loader\`.`
      )
    }
  })

  it('names the releasing types in the reason when nothing releases', () => {
    const decision = decideBump(history('chore: tidy', 'docs: explain'), OPTIONS)
    const releasing = COMMIT_TYPES.filter(row => row.bump !== 'none').map(row => row.type)
    expect(decision.reason).toBe(
      `no releasable commits: none of the 2 change(s) is a ${releasing.join(', ')} or breaking change`
    )
  })
})
