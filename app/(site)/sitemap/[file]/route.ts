import { sitemapPageXml } from '@/lib/data/sitemaps'
import { xmlResponse } from '@/lib/sitemaps/respond'

// /sitemap/1.xml, /sitemap/2.xml ...: the files a sitemap index lists once there are more than 50,000 URLs.
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^([1-9]\d{0,5})\.xml$/.exec((await params).file)
  return xmlResponse(match ? await sitemapPageXml(Number(match[1])) : null)
}
