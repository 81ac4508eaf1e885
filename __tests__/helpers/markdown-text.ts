import MarkdownIt from 'markdown-it'

/**
 * What a reader sees of Markdown, as markdown-it (CommonMark + GFM tables and strike-through) renders
 * it: the text of every inline (code spans' content included), and the elements besides formatting.
 */
const md = new MarkdownIt({ html: true, linkify: false })

export interface Rendered {
  /** The visible text, white space collapsed, zero-width spaces removed. */
  text: string
  /** Emphasis, strike-through, links, images and raw HTML the text made (none when it renders literally). */
  made: string[]
}

const MADE = new Set(['em_open', 'strong_open', 's_open', 'link_open', 'image', 'html_inline', 'html_block'])

export function rendered(markdown: string): Rendered {
  const made: string[] = []
  const parts: string[] = []
  const visit = (tokens: ReturnType<typeof md.parse>): void => {
    for (const token of tokens) {
      if (MADE.has(token.type)) made.push(token.type)
      if (token.type === 'inline' && token.children) visit(token.children)
      else if (
        token.type === 'text' ||
        token.type === 'code_inline' ||
        token.type === 'code_block' ||
        token.type === 'fence'
      )
        parts.push(token.content)
      else if (token.type === 'softbreak' || token.type === 'hardbreak') parts.push(' ')
      else if (token.block && token.type.endsWith('_close')) parts.push(' ')
    }
  }
  visit(md.parse(markdown, {}))
  return { text: visibleText(parts.join('')), made }
}

/** Text as compared: white space collapsed and trimmed, zero-width spaces removed. */
export function visibleText(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
