import { ImageResponse } from 'next/og'
import { getRelease } from '@/lib/data/releases'
import { getSettings } from '@/lib/data/settings'
import { OFFER_TO_SHARED_CACHES } from '@/server/cache-headers.mjs'

// The social card for a release without a picture: title and organisation, 1200x630. Built once, then cached
// like the page; a release the public cannot see has no card.
export const dynamic = 'force-static'
export const generateStaticParams = async () => []

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [release, settings] = await Promise.all([getRelease(slug), getSettings()])
  if (!release) return new Response('Not found', { status: 404 })
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#0b2e4f',
        color: '#fff',
      }}
    >
      <div style={{ fontSize: 30, letterSpacing: 2, textTransform: 'uppercase', color: '#bcd4ea' }}>News release</div>
      <div style={{ fontSize: release.title.length > 80 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>
        {release.title}
      </div>
      <div style={{ fontSize: 32, color: '#bcd4ea' }}>{settings.organisationName}</div>
    </div>,
    // Offered to shared caches like the page, where Next's default (must-revalidate) sends every reader here.
    { width: 1200, height: 630, headers: { 'cache-control': OFFER_TO_SHARED_CACHES } },
  )
}
