// The importer's small document language: what Word files, web pages and pasted text all become before a release
// is recognised in them.
export type Run = { text: string; href?: string; bold?: boolean; italic?: boolean }
export type Picture = { src: string; alt?: string; data?: Uint8Array; mimeType?: string }

export type TextKind = 'p' | 'quote' | 'h1' | 'h2' | 'h3'
export type Block =
  { kind: TextKind; runs: Run[] } | { kind: 'ul' | 'ol'; items: Run[][] } | { kind: 'image'; picture: Picture }

/**
 * What an import guessed (each with its evidence, for a person to confirm), recognised for certain, repaired,
 * dropped and could not place: shown beside the draft it made.
 */
export type ImportReport = {
  source: string
  check: string[]
  recognised: string[]
  repaired: string[]
  dropped: string[]
  leftOver: string[]
}

/** A report as saved on a release: those saved before imports listed their guesses have no `check`. */
export type StoredImportReport = Pick<ImportReport, 'source'> & Partial<Omit<ImportReport, 'source'>>

export const emptyReport = (source: string): ImportReport => ({
  source,
  check: [],
  recognised: [],
  repaired: [],
  dropped: [],
  leftOver: [],
})

/** A saved report with every list present, whichever version of the importer wrote it. */
export const fullReport = (stored: StoredImportReport | null | undefined, source: string): ImportReport => ({
  ...emptyReport(stored?.source ?? source),
  ...stored,
})

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
