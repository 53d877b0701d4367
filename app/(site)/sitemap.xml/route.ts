import { sitemapXml } from '@/lib/data/sitemaps'
import { xmlResponse } from '@/lib/sitemaps/respond'

// Built per request from cached data (refreshed by the release and topic tags), so the build needs no database.
export const dynamic = 'force-dynamic'

export async function GET() {
  return xmlResponse(await sitemapXml())
}
