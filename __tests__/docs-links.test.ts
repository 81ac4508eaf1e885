/**
 * The hand-written documentation's relative links resolve: README.md, CONTRIBUTING.md and every
 * page of docs/ link to files that exist and to headings (`#anchor`) that exist, as GitHub
 * renders them. Links to web pages are not followed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * Written by `npm run docs` from the key table; its drift check (CI) makes sure they exist and are
 * current, so a link to them counts even where they have not been generated, and their headings
 * are the generator's business.
 */
const GENERATED = new Set(['docs/configuration.md', 'docs/outputs.md'])

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const file = path.posix.join(dir, name)
    if (statSync(file).isDirectory()) return markdownFiles(file)
    return file.endsWith('.md') && !GENERATED.has(file) ? [file] : []
  })
}

const PAGES = ['README.md', 'CONTRIBUTING.md', ...markdownFiles('docs')]

/** The text outside fenced code blocks and code spans (a link or heading there is not one). */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '')
}

/** GitHub's heading anchors: lower case, punctuation and emoji dropped, spaces to hyphens, duplicates numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const result = new Set<string>()
  for (const [, heading] of markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    result.add(count === 0 ? slug : `${slug}-${count}`)
  }
  return result
}

/** Each relative link of a page: its target file (repository-relative) and anchor. */
function links(page: string): Array<{ link: string; file: string; anchor: string }> {
  const text = prose(readFileSync(page, 'utf8'))
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map(match => match[1])
    .filter(link => !/^[a-z][a-z0-9+.-]*:/i.test(link))
    .map(link => {
      const [target, anchor = ''] = link.split('#')
      const file = target === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), target))
      return { link, file: file.replace(/\/$/, ''), anchor }
    })
}

describe('the documentation links', () => {
  it('covers the README, CONTRIBUTING.md and the docs pages', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/modes/release.md']))
  })

  it.each(PAGES)('%s: every relative link resolves', page => {
    const broken: string[] = []
    for (const { link, file, anchor } of links(page)) {
      if (GENERATED.has(file)) continue
      if (file.startsWith('..') || !existsSync(file)) {
        broken.push(`${link} (no ${file})`)
        continue
      }
      if (anchor && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(anchor)) {
        broken.push(`${link} (no heading #${anchor} in ${file})`)
      }
    }
    expect(broken).toEqual([])
  })

  it('computes anchors as GitHub does', () => {
    expect([
      ...anchors('# Release notes\n## Choosing the sections: `notes_sections`\n## 🚀 Modes\n## Modes\n')
    ]).toEqual(['release-notes', 'choosing-the-sections-notes_sections', '-modes', 'modes'])
  })

  it('keeps the README for users: at most ~300 lines', () => {
    expect(readFileSync('README.md', 'utf8').split('\n').length).toBeLessThanOrEqual(300)
  })
})
