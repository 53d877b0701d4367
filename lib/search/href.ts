import type { SearchInput } from './query'

/** /search?q=...&topic=...&year=...&page=... with only the parts that are set. */
export function searchHref({ q, topic, year, page }: Partial<SearchInput>): string {
  const search = new URLSearchParams()
  if (q) search.set('q', q)
  if (topic) search.set('topic', topic)
  if (year) search.set('year', String(year))
  if (page && page > 1) search.set('page', String(page))
  return `/search?${search}`
}
