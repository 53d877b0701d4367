import { getSettings } from '@/lib/data/settings'
import { resolvePreview } from '@/lib/preview/resolve'
import { releasePdf } from '@/lib/release/pdf'
import { siteUrl } from '@/lib/routes/site-url'

export const dynamic = 'force-dynamic'

/**
 * The embargoed release as a PDF under its embargo line, for its preview link's holder only, while the link is
 * live.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const result = await resolvePreview((await params).token)
  if (result.kind !== 'preview')
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const settings = await getSettings()
  const release = result.release
  // Opens with the release's own embargo line (lib/release/status-line.ts), as every copy of it does.
  const pdf = await releasePdf(release, settings, `${siteUrl(settings.siteUrl)}/news/${release.slug}`)
  return new Response(pdf as BodyInit, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${release.slug}-embargoed.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
