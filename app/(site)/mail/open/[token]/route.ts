import { payload } from '@/lib/data/payload'
import { openRecipientLink } from '@/lib/distribution/open-link'

export const dynamic = 'force-dynamic'

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/** A journalist's own link from a distribution email: to their preview while embargoed, then the public page. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const result = await openRecipientLink(await payload(), token, (name) => request.headers.get(name))
  if (result.kind === 'gone') return text('This link does not work. Please ask the press office for a new one.\n', 404)
  if (result.kind === 'not-yet')
    return text('This release is not public yet. Please ask the press office for a preview link.\n', 404)
  // Relative, so it stays on whichever address (and proxy) the journalist came through.
  return new Response(null, { status: 303, headers: { Location: result.path, 'Cache-Control': 'no-store' } })
}
