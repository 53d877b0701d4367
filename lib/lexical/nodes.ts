// Lexical's serialised editor state, built by hand for the demo content and for imports.
export type LexicalNode = Record<string, unknown>
export type TextStyle = { bold?: boolean; italic?: boolean }

export const base = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

// Lexical's text format bits.
const BOLD = 1
const ITALIC = 2

export const textNode = (value: string, style: TextStyle = {}): LexicalNode => ({
  type: 'text',
  detail: 0,
  format: (style.bold ? BOLD : 0) | (style.italic ? ITALIC : 0),
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

export const linkNode = (url: string, children: LexicalNode[]): LexicalNode => ({
  ...base,
  type: 'link',
  version: 3,
  fields: { linkType: 'custom', url, newTab: false },
  children,
})

export const paragraphNode = (children: LexicalNode[]): LexicalNode => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children,
})
export const headingNode = (tag: 'h2' | 'h3', children: LexicalNode[]): LexicalNode => ({
  ...base,
  type: 'heading',
  tag,
  children,
})
export const quoteNode = (children: LexicalNode[]): LexicalNode => ({ ...base, type: 'quote', children })

export const listNode = (items: LexicalNode[][], ordered: boolean): LexicalNode => ({
  ...base,
  type: 'list',
  listType: ordered ? 'number' : 'bullet',
  start: 1,
  tag: ordered ? 'ol' : 'ul',
  children: items.map((children, i) => ({ ...base, type: 'listitem', value: i + 1, children })),
})

export const uploadNode = (mediaId: number | string, caption?: string): LexicalNode => ({
  type: 'upload',
  version: 3,
  format: '',
  relationTo: 'media',
  value: mediaId,
  fields: caption ? { caption } : {},
})

export function richText(children: LexicalNode[]) {
  return { root: { ...base, type: 'root', children } }
}
