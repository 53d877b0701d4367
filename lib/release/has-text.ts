/** The words in a Lexical document, run together: enough to tell an empty body from one with text. */
export function releasePlainText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const n = node as { text?: unknown; children?: unknown[]; root?: unknown }
  const own = typeof n.text === 'string' ? n.text : ''
  return [own, releasePlainText(n.root), ...(n.children ?? []).map(releasePlainText)].join(' ')
}
