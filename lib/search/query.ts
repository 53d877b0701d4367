import { MARK_END, MARK_START } from './lexical-text'

export const QUERY_MAX = 200
export const SEARCH_PAGE_SIZE = 10

export type SearchInput = { q: string; topic?: string; year?: number; page: number }
export type QueryCheck = { ok: true; q: string } | { ok: false; reason: 'empty' | 'too-long' }

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

/** Reads /search's parameters into something safe to use; anything odd is dropped rather than an error. */
export function readSearchParams(params: Record<string, unknown>): SearchInput {
  const q = first(params.q)
  const topic = first(params.topic)
  const year = first(params.year)
  const page = first(params.page)
  return {
    // Kept a little past the limit only so the page can say it was too long.
    q: typeof q === 'string' ? q.slice(0, QUERY_MAX + 1) : '',
    topic: typeof topic === 'string' && /^[a-z0-9-]{1,80}$/.test(topic) ? topic : undefined,
    year: typeof year === 'string' && /^(19|20)\d\d$/.test(year) ? Number(year) : undefined,
    page: typeof page === 'string' && /^[1-9]\d{0,2}$/.test(page) ? Number(page) : 1,
  }
}

export function checkQuery(raw: string): QueryCheck {
  // Control characters (a NUL would make PostgreSQL refuse the text) and the snippet markers become spaces.
  const q = raw
    .replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (!q) return { ok: false, reason: 'empty' }
  if (q.length > QUERY_MAX) return { ok: false, reason: 'too-long' }
  return { ok: true, q }
}

export type SnippetPart = { text: string; mark: boolean }

/** Splits a snippet from PostgreSQL's ts_headline at the marker characters into plain and highlighted text. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  for (const [i, piece] of snippet.split(MARK_START).entries()) {
    const [marked, rest] = i === 0 ? [null, piece] : [piece.split(MARK_END)[0], piece.split(MARK_END).slice(1).join('')]
    if (marked) parts.push({ text: marked, mark: true })
    if (rest) parts.push({ text: rest, mark: false })
  }
  return parts
}
