import { OFFER_TO_SHARED_CACHES } from '../../server/cache-headers.mjs'

export const xmlResponse = (xml: string | null) =>
  xml === null
    ? new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    : new Response(xml, {
        headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': OFFER_TO_SHARED_CACHES },
      })
