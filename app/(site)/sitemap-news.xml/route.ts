import { newsSitemapXml } from '@/lib/data/sitemaps'
import { xmlResponse } from '@/lib/sitemaps/respond'

// Google News sitemap: public releases of the last two days.
export const dynamic = 'force-dynamic'

export async function GET() {
  return xmlResponse(await newsSitemapXml())
}
