// Public pages are cached per URL, but Next can only cache a page per *path*. The proxy therefore folds the few
// query parameters a page understands into a leading path segment (the "variant"), which pages read as a param.
// Unknown parameters (utm_source and the like) are dropped so they cannot multiply cache entries.
export const VARIANT_PREFIX = '~'

const ALLOWED: Record<string, RegExp> = {
  topic: /^[a-z0-9-]{1,80}$/,
  year: /^(19|20)\d\d$/,
  page: /^[1-9]\d{0,3}$/,
  // On a release page: which list the reader came from, so "Back" returns there with its filters and page.
  from: /^(news|topic)$/,
}

export type Variant = { topic?: string; year?: number; page?: number; from?: 'news' | 'topic' }

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
  const from = search.get('from')
  if (from && ALLOWED.from.test(from)) variant.from = from as Variant['from']
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

/** Links from a list to a release carry the list's state, e.g. /news/slug?from=news&topic=research&page=2 */
export function releaseHref(slug: string, list?: Variant & { from: 'news' | 'topic' }): string {
  if (!list) return `/news/${slug}`
  const search = new URLSearchParams({ from: list.from })
  if (list.topic) search.set('topic', list.topic)
  if (list.year) search.set('year', String(list.year))
  if (list.page && list.page > 1) search.set('page', String(list.page))
  return `/news/${slug}?${search}`
}

/** Where a release page's Back link goes: the list the reader came from when known, else the news list. */
export function backLink(segment: string): { href: string; label?: string } {
  const { from, topic, year, page } = parseVariant(segment)
  if (from === 'topic' && topic) return { href: listHref(`/topics/${topic}`, { page }), label: 'topic' }
  if (from === 'news') return { href: listHref('/news', { topic, year, page }), label: 'news' }
  return { href: '/news' }
}
