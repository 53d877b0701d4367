import { parseVariant } from '../routes/variant'

export const RSS_TYPE = 'application/rss+xml; charset=utf-8'

/**
 * Feeds take no query parameters: a feed URL with list filters (which the proxy folds into the variant) goes to
 * the plain feed, so it is cached once rather than once per filter.
 */
export function feedResponse(variant: string, path: string, xml: string | null): Response {
  if (Object.keys(parseVariant(variant)).length) return new Response(null, { status: 308, headers: { Location: path } })
  if (xml === null)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(xml, { headers: { 'Content-Type': RSS_TYPE } })
}
