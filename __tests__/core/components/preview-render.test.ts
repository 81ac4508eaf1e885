/** The preview's verdict with components (src/core/preview/components.ts): bounded, whatever their number. */
import { componentsVerdict, type ComponentPreview } from '../../../src/core/preview/components.js'

const none = { released: false, version: '', tag: '', bump: 'none' as const, previousTag: '', reason: '', notes: '' }
const released = (name: string) => ({
  ...none,
  released: true,
  version: '1.0.1',
  tag: `${name}-v1.0.1`,
  bump: 'patch' as const,
  notes: 'n'
})

describe('the preview verdict with components', () => {
  it('names the components it releases, five at most; one it does not change is left out', () => {
    const many: ComponentPreview[] = Array.from({ length: 8 }, (_, i) => ({
      name: `c${i}`,
      merged: released(`c${i}`),
      base: i === 7 ? released('c7') : none
    }))
    expect(componentsVerdict(many)).toBe(
      'Next releases: c0-v1.0.1 (patch), c1-v1.0.1 (patch), c2-v1.0.1 (patch), c3-v1.0.1 (patch), c4-v1.0.1 (patch), 2 more'
    )
    expect(componentsVerdict(many.slice(7))).toBe('Changes no component of the release')
    expect(componentsVerdict([{ name: 'a', merged: none, base: released('a') }])).toBe(
      'No release of a after this merge'
    )
  })
})
