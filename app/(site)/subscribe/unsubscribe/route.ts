import { unsubscribe } from '@/lib/alerts/manage'
import { unsubscribePost } from '@/lib/api/one-click'
import { payload } from '@/lib/data/payload'

export const dynamic = 'force-dynamic'

const manage = (token: string, extra = '') => `/subscribe/manage?token=${encodeURIComponent(token)}${extra}`
const text = (body: string, status: number) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/**
 * One-click unsubscribe (RFC 8058): mail programs POST `List-Unsubscribe=One-Click` to the address in the
 * List-Unsubscribe header and get a short answer; the manage page's button posts here too and is sent back to it.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const kind = await unsubscribePost(request)
  if (kind === 'too-large') return text('This is not an unsubscribe request.\n', 413)
  const result = await unsubscribe(await payload(), token)
  if (kind === 'one-click')
    return result.ok ? text('You have been unsubscribed.\n', 200) : text('This unsubscribe link is not valid.\n', 400)
  return new Response(null, {
    status: 303,
    headers: { Location: manage(token, result.ok ? '&done=unsubscribed' : '') },
  })
}

/** Following the link in a browser (or a mail scanner opening it) changes nothing: it shows the manage page. */
export async function GET(request: Request) {
  return new Response(null, {
    status: 303,
    headers: { Location: manage(new URL(request.url).searchParams.get('token') ?? '') },
  })
}
