type LexicalNode = { type?: string; text?: unknown; children?: unknown; fields?: Record<string, unknown> }

// Elements whose end is a break in the text, so words from neighbouring paragraphs do not run together.
const BLOCK = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'block', 'upload'])
// Markers that search snippets use for highlighting: never let stored text contain them.
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\uE000\uE001]/g

function walk(node: LexicalNode, out: string[]) {
  if (typeof node.text === 'string') out.push(node.text)
  // A call-to-action block and an image caption are text a reader sees.
  if (node.type === 'block')
    out.push(
      ['label', 'description']
        .map((k) => node.fields?.[k])
        .filter((v) => typeof v === 'string')
        .join('. '),
    )
  if (node.type === 'upload' && typeof node.fields?.caption === 'string') out.push(node.fields.caption)
  if (Array.isArray(node.children))
    for (const child of node.children) if (child && typeof child === 'object') walk(child as LexicalNode, out)
  if (node.type && BLOCK.has(node.type)) out.push('\n')
}

/** The words of a Lexical rich text value, one line per paragraph: what search indexes and quotes from. */
export function lexicalText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return ''
  const out: string[] = []
  walk(root, out)
  return cleanText(out.join(''))
}

export const cleanText = (text: string) =>
  text
    .replace(UNSAFE, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
