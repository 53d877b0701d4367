import { topicFeed } from '@/lib/data/feeds'
import { feedResponse } from '@/lib/feeds/respond'

// Cached like the topic page, under the same tags.
export const dynamic = 'force-static'
export const generateStaticParams = async () => []

export async function GET(_request: Request, { params }: { params: Promise<{ variant: string; slug: string }> }) {
  const { variant, slug } = await params
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return new Response('Not found', { status: 404 })
  return feedResponse(variant, `/topics/${slug}/feed.xml`, await topicFeed(slug))
}
