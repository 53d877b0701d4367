import path from 'node:path'
import { keepFileLength } from '@/lib/api/keep-file-length'
import { openMediaFile } from '@/lib/media-files/store'
import { releaseFiles } from '@/lib/preview/media'
import { resolvePreview } from '@/lib/preview/resolve'

export const dynamic = 'force-dynamic'

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

type Params = { params: Promise<{ token: string; file: string }> }

/**
 * A picture or download of an embargoed release, for the holder of its preview link: checked like the page (the
 * link must be live and the release not yet public) and only for files that release uses. Anyone else, and the
 * holder of an expired or revoked link, gets a 404.
 */
async function serve(request: Request, { params }: Params, withBody: boolean) {
  const { token, file } = await params
  const result = await resolvePreview(token)
  if (result.kind !== 'preview') return notFound()
  const name = decodeURIComponent(file)
  const type = releaseFiles(result.release).get(name)
  if (!type || name !== path.basename(name)) return notFound()
  const stored = await openMediaFile(name)
  if (!stored) return notFound()
  const headers = { 'Content-Type': type, 'Content-Length': String(stored.size), 'Cache-Control': 'private, no-store' }
  if (!withBody) return new Response(null, { headers })
  return new Response(stored.stream(), { headers })
}

export const GET = keepFileLength((request: Request, context: Params) => serve(request, context, true))
export const HEAD = keepFileLength((request: Request, context: Params) => serve(request, context, false))
