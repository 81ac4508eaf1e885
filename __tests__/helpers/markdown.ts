import MarkdownIt from 'markdown-it'

/** What a reader of rendered Markdown sees (GFM as GitHub renders a job summary or a release). */
export interface Rendered {
  /** Headings in order: level and text. */
  headings: Array<{ level: number; text: string }>
  /** Items of bullet lists (top level and nested), as text. */
  items: string[]
  /** Links: their text and target. */
  links: Array<{ text: string; href: string }>
  /** Code spans' contents. */
  code: string[]
  /** Text of `<summary>` elements of folded `<details>` blocks. */
  folded: string[]
  html: string
}

/** GitHub's Markdown turns bare URLs into links (GFM's autolink extension): linkify. */
const md = new MarkdownIt({ html: true, linkify: true })

/** Renders Markdown with a CommonMark renderer and lists what a reader sees. */
export function render(markdown: string): Rendered {
  const tokens = md.parse(markdown, {})
  const out: Rendered = { headings: [], items: [], links: [], code: [], folded: [], html: md.render(markdown) }
  let heading = 0
  let inItem = 0
  for (const token of tokens) {
    if (token.type === 'heading_open') heading = Number(token.tag.slice(1))
    else if (token.type === 'heading_close') heading = 0
    else if (token.type === 'list_item_open') inItem++
    else if (token.type === 'list_item_close') inItem--
    else if (token.type === 'inline') {
      const text = (token.children ?? [])
        .filter(child => child.type === 'text' || child.type === 'code_inline')
        .map(child => child.content)
        .join('')
      if (heading > 0) out.headings.push({ level: heading, text })
      else if (inItem > 0) out.items.push(text)
      let link: { text: string; href: string } | null = null
      for (const child of token.children ?? []) {
        if (child.type === 'code_inline') out.code.push(child.content)
        if (child.type === 'link_open') link = { text: '', href: String(child.attrGet('href') ?? '') }
        else if (child.type === 'link_close' && link) {
          out.links.push(link)
          link = null
        } else if (link && (child.type === 'text' || child.type === 'code_inline')) link.text += child.content
      }
    }
  }
  for (const match of out.html.matchAll(/<summary>([\s\S]*?)<\/summary>/g)) out.folded.push(match[1])
  return out
}

/** The outline's faults: a level skipped going down (## then ####), or a first heading that is not `top`. */
export function outlineFaults(headings: Rendered['headings'], top = 2): string[] {
  const faults: string[] = []
  if (headings.length > 0 && headings[0].level !== top)
    faults.push(`first heading is h${headings[0].level}: ${headings[0].text}`)
  for (let index = 1; index < headings.length; index++) {
    const [before, after] = [headings[index - 1], headings[index]]
    if (after.level > before.level + 1)
      faults.push(`h${before.level} "${before.text}" → h${after.level} "${after.text}"`)
    if (after.level < top) faults.push(`h${after.level} "${after.text}" above the top level`)
  }
  return faults
}
