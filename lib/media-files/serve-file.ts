import type { PayloadRequest } from 'payload'
import { carriesCredentials } from '../api/staff-user'
import { ACCEPTED_TYPES } from './sanitise-upload'
import { openMediaFile } from './store'
import { notModified, validators } from './validators'

const TYPES = Object.fromEntries(Object.entries(ACCEPTED_TYPES).map(([type, ext]) => [ext, type]))
const typeOf = (name: string) => TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream'

/**
 * How long a reader's browser (or a shared cache) keeps a public file before asking again. An hour, because a
 * picture can stop being public (a release withdrawn); asking again costs a 304 with no body. Staff-only files are
 * never kept by anyone but the member of staff, and are asked about every time.
 */
export const PUBLIC_FILE_MAX_AGE = 3600

/**
 * Media files as a static file server sends them: with ETag, Last-Modified and Cache-Control, and 304 when the
 * client's copy is current, from disk or the bucket alike. Runs after Payload's access check (an upload handler), so
 * only files the caller may read get here.
 */
export async function serveMediaFile(req: PayloadRequest, filename: string): Promise<Response | undefined> {
  const file = await openMediaFile(filename)
  if (!file) return undefined
  const { etag, lastModified } = validators(file)
  const shared = !req.user && !carriesCredentials(req.headers, req.payload.config.cookiePrefix)
  const headers = new Headers({
    ETag: etag,
    // Anything credential-like (even a signed-out cookie) keeps the answer out of shared caches, as for pages.
    'Cache-Control': shared ? `public, max-age=${PUBLIC_FILE_MAX_AGE}` : 'private, no-cache',
    // Pictures and PDFs are small enough to send whole; a Range asked for is answered with the whole file (RFC 9110).
    'Accept-Ranges': 'none',
  })
  if (lastModified) headers.set('Last-Modified', lastModified)
  if (notModified(req.headers, file)) return new Response(null, { status: 304, headers })
  headers.set('Content-Type', typeOf(filename))
  headers.set('Content-Length', String(file.size))
  return new Response(req.method === 'HEAD' ? null : file.stream(), { status: 200, headers })
}
