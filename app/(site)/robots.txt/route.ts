import { getSettings } from '@/lib/data/settings'
import { siteUrl } from '@/lib/routes/site-url'
import { robotsTxt } from '@/lib/sitemaps/robots'
import { OFFER_TO_SHARED_CACHES } from '@/server/cache-headers.mjs'

// Per request (from cached settings): the site's address is known when it runs, not when it is built.
export const dynamic = 'force-dynamic'

export async function GET() {
  const base = siteUrl((await getSettings()).siteUrl)
  return new Response(robotsTxt(base), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': OFFER_TO_SHARED_CACHES },
  })
}
