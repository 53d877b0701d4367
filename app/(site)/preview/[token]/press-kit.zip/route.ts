import { keepFileLength } from '@/lib/api/keep-file-length'
import { getSettings } from '@/lib/data/settings'
import { resolvePreview } from '@/lib/preview/resolve'
import { buildPressKit } from '@/lib/release/press-kit'
import { siteUrl } from '@/lib/routes/site-url'

export const dynamic = 'force-dynamic'

/** The embargoed release's press kit, for its preview link's holder only, while the link is live. */
export const GET = keepFileLength(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const result = await resolvePreview((await params).token)
  if (result.kind !== 'preview')
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const settings = await getSettings()
  const zip = await buildPressKit(result.release, settings, `${siteUrl(settings.siteUrl)}/news/${result.release.slug}`)
  return new Response(zip as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Length': String(zip.byteLength),
      'Content-Disposition': `attachment; filename="${result.release.slug}-press-kit-embargoed.zip"`,
      'Cache-Control': 'private, no-store',
    },
  })
})
