import { getRelease } from '@/lib/data/releases'
import { getSettings } from '@/lib/data/settings'
import { releasePdf } from '@/lib/release-pdf'
import { siteUrl } from '@/lib/site-url'

// The release as a PDF, cached and invalidated like its page; a release the public cannot see has none.
export const dynamic = 'force-static'
export const generateStaticParams = async () => []

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [release, settings] = await Promise.all([getRelease(slug), getSettings()])
  if (!release) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const pdf = await releasePdf(release, settings, `${siteUrl(settings.siteUrl)}/news/${release.slug}`)
  return new Response(pdf as BodyInit, {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${release.slug}.pdf"` },
  })
}
