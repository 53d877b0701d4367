import type { SeedBlock, SeedInline } from './content/types'

// Builds Lexical's serialised editor state from the demo content's small block language.
type Node = Record<string, unknown>
const base = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

const text = (value: string, bold = false): Node => ({
  type: 'text',
  detail: 0,
  format: bold ? 1 : 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

/** Splits "see [the report](https://…) and **this**" into text, link and bold nodes. */
export function inline(source: SeedInline): Node[] {
  const nodes: Node[] = []
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g
  let last = 0
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) nodes.push(text(source.slice(last, match.index)))
    if (match[1]) {
      nodes.push({
        ...base,
        type: 'link',
        version: 3,
        fields: { linkType: 'custom', url: match[2], newTab: false },
        children: [text(match[1])],
      })
    } else nodes.push(text(match[3], true))
    last = match.index + match[0].length
  }
  if (last < source.length) nodes.push(text(source.slice(last)))
  return nodes
}

const paragraph = (source: SeedInline): Node => ({ ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: inline(source) })

const list = (items: SeedInline[], ordered: boolean): Node => ({
  ...base,
  type: 'list',
  listType: ordered ? 'number' : 'bullet',
  start: 1,
  tag: ordered ? 'ol' : 'ul',
  children: items.map((item, i) => ({ ...base, type: 'listitem', value: i + 1, children: inline(item) })),
})

function block(b: SeedBlock): Node {
  switch (b.type) {
    case 'p':
      return paragraph(b.text)
    case 'h2':
    case 'h3':
      return { ...base, type: 'heading', tag: b.type, children: [text(b.text)] }
    case 'quote':
      return { ...base, type: 'quote', children: inline(b.text) }
    case 'ul':
    case 'ol':
      return list(b.items, b.type === 'ol')
  }
}

export const uploadNode = (mediaId: number | string, caption?: string): Node => ({
  type: 'upload',
  version: 3,
  format: '',
  relationTo: 'media',
  value: mediaId,
  fields: caption ? { caption } : {},
})

export const ctaNode = (id: string, label: string, url: string, description?: string): Node => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id, blockType: 'cta', blockName: '', label, url, ...(description ? { description } : {}) },
})

export function richText(children: Node[]) {
  return { root: { ...base, type: 'root', children } }
}

export const blocksToNodes = (blocks: SeedBlock[]): Node[] => blocks.map(block)
export const paragraphs = (items: SeedInline[]) => richText(items.map(paragraph))
export const numberedList = (items: SeedInline[]) => richText([list(items, true)])
