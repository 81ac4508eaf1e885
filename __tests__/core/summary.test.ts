import { renderPublishSummary, type PublishSummaryInput } from '../../src/core/notes/summary.js'
import { shiftHeadings } from '../../src/core/notes/summary-parts.js'
import { outlineFaults, render } from '../helpers/markdown.js'

const wheel = { name: 'fastvlm-1.3.0.whl', size: 2048, sha256: 'a'.repeat(64) }
const sums = { name: 'SHA256SUMS', size: 87, sha256: 'b'.repeat(64) }

function publishing(over: Partial<PublishSummaryInput>): PublishSummaryInput {
  return {
    dryRun: false,
    releaseUrl: 'https://github.com/acme/fastvlm/releases/tag/v1.3.0',
    release: { tag: 'v1.3.0', title: 'v1.3.0', draft: false, prerelease: false, makeLatest: 'true' },
    assets: [wheel],
    expected: [],
    sbomPath: null,
    checksumsPath: 'dist/SHA256SUMS',
    checksums: `${wheel.sha256}  ${wheel.name}\n`,
    warnings: [],
    ...over
  }
}

describe('the publishing part of the summary', () => {
  it('lists every uploaded asset, SHA256SUMS included', () => {
    const seen = render(renderPublishSummary(publishing({ uploaded: [wheel, sums] })))
    expect(seen.html).toContain('<td>SHA256SUMS</td>')
    expect(seen.html).toContain('<td>fastvlm-1.3.0.whl</td>')
    expect(seen.links).toContainEqual({ text: 'v1.3.0', href: 'https://github.com/acme/fastvlm/releases/tag/v1.3.0' })
  })

  it('a dry run lists SHA256SUMS beside the assets it would upload', () => {
    const seen = render(renderPublishSummary(publishing({ dryRun: true, releaseUrl: '' })))
    expect(seen.html).toMatch(/<td>SHA256SUMS<\/td>\s*<td[^>]*>\d+ B<\/td>/)
  })
})

describe('the notes inside the summary', () => {
  it("move one level down, so the verdict's ## stays above them (code blocks untouched)", () => {
    const notes = "## What's Changed in v1.3.0\n\n### 🐛 Bug Fixes\n\n- a\n\n  ```md\n  ## not a heading\n  ```\n"
    const seen = render(`## 🚀 Released v1.3.0\n\n${shiftHeadings(notes, 1)}\n### Release gates\n`)
    expect(seen.headings).toEqual([
      { level: 2, text: '🚀 Released v1.3.0' },
      { level: 3, text: "What's Changed in v1.3.0" },
      { level: 4, text: '🐛 Bug Fixes' },
      { level: 3, text: 'Release gates' }
    ])
    expect(outlineFaults(seen.headings)).toEqual([])
    expect(seen.html).toContain('## not a heading')
  })
})
