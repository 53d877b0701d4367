// Public pages are cached per URL, but Next can only cache a page per *path*. The proxy therefore folds the few
// query parameters a page understands into a leading path segment (the "variant"), which pages read as a param.
// Unknown parameters (utm_source and the like) are dropped so they cannot multiply cache entries.
export const VARIANT_PREFIX = '~'

const ALLOWED: Record<string, RegExp> = {
  topic: /^[a-z0-9-]{1,80}$/,
  year: /^(19|20)\d\d$/,
  page: /^[1-9]\d{0,3}$/,
}

export type Variant = { topic?: string; year?: number; page?: number }

export function variantFromSearch(search: URLSearchParams): string {
  const parts: string[] = []
  for (const key of Object.keys(ALLOWED)) {
    const value = search.get(key)
    if (value && ALLOWED[key].test(value) && !(key === 'page' && value === '1')) parts.push(`${key}=${value}`)
  }
  return VARIANT_PREFIX + parts.join('&')
}

export function parseVariant(segment: string): Variant {
  const raw = decodeURIComponent(segment)
  if (!raw.startsWith(VARIANT_PREFIX)) return {}
  const search = new URLSearchParams(raw.slice(VARIANT_PREFIX.length))
  const variant: Variant = {}
  const topic = search.get('topic')
  const year = search.get('year')
  const page = search.get('page')
  if (topic && ALLOWED.topic.test(topic)) variant.topic = topic
  if (year && ALLOWED.year.test(year)) variant.year = Number(year)
  if (page && ALLOWED.page.test(page)) variant.page = Number(page)
  return variant
}

/** The public URL for a list with these filters, e.g. /news?topic=research&year=2025&page=2 */
export function listHref(path: string, variant: Variant): string {
  const search = new URLSearchParams()
  if (variant.topic) search.set('topic', variant.topic)
  if (variant.year) search.set('year', String(variant.year))
  if (variant.page && variant.page > 1) search.set('page', String(variant.page))
  const query = search.toString()
  return query ? `${path}?${query}` : path
}
