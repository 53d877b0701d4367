import { keepFileLength } from '@/lib/api/keep-file-length'
import { getRelease } from '@/lib/data/releases'
import { getSettings } from '@/lib/data/settings'
import { buildPressKit } from '@/lib/release/press-kit'
import { siteUrl } from '@/lib/routes/site-url'

// Built on request from the files on disk (kept out of the page cache, which is for pages), for public releases only.
export const dynamic = 'force-dynamic'

export const GET = keepFileLength(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params
  const [release, settings] = await Promise.all([getRelease(slug), getSettings()])
  if (!release)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const zip = await buildPressKit(release, settings, `${siteUrl(settings.siteUrl)}/news/${release.slug}`)
  return new Response(zip as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Length': String(zip.byteLength),
      'Content-Disposition': `attachment; filename="${release.slug}-press-kit.zip"`,
      'Cache-Control': 'public, max-age=60',
    },
  })
})
