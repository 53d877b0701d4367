import { newsFeed } from '@/lib/data/feeds'
import { feedResponse } from '@/lib/feeds/respond'

// Rendered on first request and served from Next's cache until a release, topic, image or settings change
// expires it (the same tags as the news pages).
export const dynamic = 'force-static'
export const generateStaticParams = async () => []

export async function GET(_request: Request, { params }: { params: Promise<{ variant: string }> }) {
  const { variant } = await params
  return feedResponse(variant, '/news/feed.xml', await newsFeed())
}
