import {
  headingNode,
  linkNode,
  listNode,
  paragraphNode,
  quoteNode,
  richText,
  textNode,
  type LexicalNode as Node,
} from '../lib/lexical/nodes'
import type { SeedBlock, SeedInline } from './content/types'

export { richText, uploadNode } from '../lib/lexical/nodes'

// Builds Lexical's serialised editor state from the demo content's small block language.
const text = (value: string, bold = false): Node => textNode(value, { bold })

/** Splits "see [the report](https://…) and **this**" into text, link and bold nodes. */
export function inline(source: SeedInline): Node[] {
  const nodes: Node[] = []
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g
  let last = 0
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) nodes.push(text(source.slice(last, match.index)))
    if (match[1]) {
      nodes.push(linkNode(match[2], [text(match[1])]))
    } else nodes.push(text(match[3], true))
    last = match.index + match[0].length
  }
  if (last < source.length) nodes.push(text(source.slice(last)))
  return nodes
}

const paragraph = (source: SeedInline): Node => paragraphNode(inline(source))
const list = (items: SeedInline[], ordered: boolean): Node => listNode(items.map(inline), ordered)

function block(b: SeedBlock): Node {
  switch (b.type) {
    case 'p':
      return paragraph(b.text)
    case 'h2':
    case 'h3':
      return headingNode(b.type, [text(b.text)])
    case 'quote':
      return quoteNode(inline(b.text))
    case 'ul':
    case 'ol':
      return list(b.items, b.type === 'ol')
  }
}

export const ctaNode = (id: string, label: string, url: string, description?: string): Node => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id, blockType: 'cta', blockName: '', label, url, ...(description ? { description } : {}) },
})

export const blocksToNodes = (blocks: SeedBlock[]): Node[] => blocks.map(block)
export const paragraphs = (items: SeedInline[]) => richText(items.map(paragraph))
export const numberedList = (items: SeedInline[]) => richText([list(items, true)])
