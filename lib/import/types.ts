// The importer's small document language: what Word files, web pages and pasted text all become before a release
// is recognised in them.
export type Run = { text: string; href?: string; bold?: boolean; italic?: boolean }
export type Picture = { src: string; alt?: string; data?: Uint8Array; mimeType?: string }

export type TextKind = 'p' | 'quote' | 'h1' | 'h2' | 'h3'
export type Block =
  { kind: TextKind; runs: Run[] } | { kind: 'ul' | 'ol'; items: Run[][] } | { kind: 'image'; picture: Picture }

/** What an import recognised, repaired, dropped and could not place: shown beside the draft it made. */
export type ImportReport = {
  source: string
  recognised: string[]
  repaired: string[]
  dropped: string[]
  leftOver: string[]
}

export type SourceDocument = { title?: string; blocks: Block[] }

export function blockText(block: Block): string {
  if (block.kind === 'image') return ''
  if ('items' in block) return block.items.map(runsText).join('\n')
  return runsText(block.runs)
}

export const runsText = (runs: Run[]) =>
  runs
    .map((r) => r.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
