import type { Payload } from 'payload'
import { internalToken } from './internal-token'

/** Where a process outside the web server (jobs worker, scripts, timers) reaches it. */
export const internalBaseUrl = () => process.env.INTERNAL_URL || `http://127.0.0.1:${process.env.PORT || 3000}`

/**
 * Expires cached pages under these tags at once. Inside a Next request that is a direct call; elsewhere Next
 * refuses (there is no request to attach it to), so the running server is asked over HTTP instead.
 */
export async function revalidateTags(tags: string[], payload: Payload): Promise<void> {
  if (!tags.length) return
  try {
    const { revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return
  } catch {
    // Not in a request: fall through to the server's internal route.
  }
  try {
    const res = await fetch(`${internalBaseUrl()}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${internalToken('revalidate')}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
  } catch (error) {
    // No server running (a script on its own): nothing is cached, so nothing is stale.
    payload.logger.debug({ err: error, tags }, 'Could not reach the server to revalidate')
  }
}
