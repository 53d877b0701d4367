type Node = { type?: string; text?: unknown; children?: unknown[]; fields?: Record<string, unknown>; listType?: string }

const children = (node: Node): Node[] =>
  Array.isArray(node.children) ? (node.children.filter((c) => c && typeof c === 'object') as Node[]) : []

function inline(node: Node): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  const text = children(node).map(inline).join('')
  if ((node.type === 'link' || node.type === 'autolink') && typeof node.fields?.url === 'string') {
    const url = node.fields.url.trim()
    // A link keeps its address, so a journalist quoting from the text can still follow it.
    return url && !text.includes(url) && /^(https?:|mailto:)/i.test(url) ? `${text} (${url})` : text
  }
  return text
}

function blocks(node: Node): string[] {
  switch (node.type) {
    case 'list':
      return children(node).map((item, i) => `${node.listType === 'number' ? `${i + 1}.` : '-'} ${inline(item).trim()}`)
    case 'quote':
    case 'paragraph':
    case 'heading':
      return [inline(node).trim()]
    case 'upload':
      return typeof node.fields?.caption === 'string' ? [`[Picture: ${node.fields.caption}]`] : []
    case 'block':
      return [
        ['description', 'label', 'url']
          .map((k) => node.fields?.[k])
          .filter((v) => typeof v === 'string' && v)
          .join(': '),
      ]
    default:
      return children(node).flatMap(blocks)
  }
}

/** Rich text as paragraphs of plain text: lists as "- " or "1. " lines, links with their address in brackets. */
export function richTextToPlain(value: unknown): string[] {
  const root = (value as { root?: Node } | null)?.root
  return root ? blocks(root).filter((line) => line.trim()) : []
}

/**
 * A paragraph wrapped to `width` columns at spaces, as plain-text releases are sent: readable in a narrow window or
 * a phone's text viewer. Words longer than a line (long addresses) are left whole.
 */
export function wrap(paragraph: string, width = 72): string {
  const lines: string[] = []
  for (const source of paragraph.split('\n')) {
    let line = ''
    for (const word of source.split(/ +/)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line)
        line = word
      } else line = line ? `${line} ${word}` : word
    }
    lines.push(line)
  }
  return lines.join('\n')
}
