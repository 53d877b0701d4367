import { unsubscribePost } from '@/lib/api/one-click'
import { payload } from '@/lib/data/payload'
import { unsubscribeRecipient } from '@/lib/distribution/unsubscribe'

export const dynamic = 'force-dynamic'

const stopPage = (token: string, extra = '') => `/mail/stop?token=${encodeURIComponent(token)}${extra}`
const text = (body: string, status: number) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/**
 * One-click unsubscribe from distribution emails (RFC 8058): mail programs POST `List-Unsubscribe=One-Click` here
 * and get a short answer; the stop page's button posts here too and is sent back to it.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const kind = await unsubscribePost(request)
  if (kind === 'too-large') return text('This is not an unsubscribe request.\n', 413)
  const result = await unsubscribeRecipient(await payload(), token)
  if (kind === 'one-click')
    return result.ok ? text('You have been unsubscribed.\n', 200) : text('This unsubscribe link is not valid.\n', 400)
  return new Response(null, { status: 303, headers: { Location: stopPage(token, result.ok ? '&done=1' : '') } })
}

/** Opening the address in a browser (or a mail scanner fetching it) changes nothing: it shows the stop page. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  return new Response(null, { status: 303, headers: { Location: stopPage(token) } })
}
