// The links in a release's rich text, found and rewritten without knowing the rest of Lexical's shapes.
type Node = { type?: string; fields?: { url?: unknown; linkType?: unknown }; children?: unknown[] }
export type FoundLink = { url: string; text: string }

const textOf = (node: Node): string =>
  typeof (node as { text?: unknown }).text === 'string'
    ? (node as { text: string }).text
    : (node.children ?? []).map((c) => textOf(c as Node)).join('')

function visit(node: unknown, fn: (link: Node) => void) {
  if (!node || typeof node !== 'object') return
  const n = node as Node
  if (
    (n.type === 'link' || n.type === 'autolink') &&
    n.fields &&
    typeof n.fields.url === 'string' &&
    n.fields.linkType !== 'internal'
  )
    fn(n)
  for (const child of n.children ?? []) visit(child, fn)
}

/** Every custom link (address typed or pasted) in a rich text value, with its words. */
export function linksIn(value: unknown): FoundLink[] {
  const found: FoundLink[] = []
  visit((value as { root?: unknown } | null)?.root, (n) => found.push({ url: String(n.fields!.url), text: textOf(n) }))
  return found
}

/** A copy of a rich text value with each link's address replaced where `replace` returns a new one. */
export function rewriteLinks<T>(value: T, replace: (url: string) => string | undefined): { value: T; changed: number } {
  if (!value || typeof value !== 'object') return { value, changed: 0 }
  const copy = structuredClone(value)
  let changed = 0
  visit((copy as { root?: unknown }).root, (n) => {
    const next = replace(String(n.fields!.url))
    if (next !== undefined && next !== n.fields!.url) {
      n.fields!.url = next
      changed++
    }
  })
  return { value: copy, changed }
}
