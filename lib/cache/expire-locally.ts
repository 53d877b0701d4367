import type { Payload } from 'payload'
import { expireApiAnswers } from '../api/answer-cache'
import { internalBaseUrl } from '../routes/internal-url'
import { sign } from '../security/sign'

/** Expires tags in this server's cache: directly inside a Next request, else through its internal route. */
export async function expireLocally(tags: string[], payload?: Payload): Promise<void> {
  // Anonymous API answers may show any content, so any change forgets them all.
  expireApiAnswers()
  try {
    const { revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return
  } catch {
    // Not in a request (a timer, a job, a script): Next refuses, so ask the running server over HTTP.
  }
  try {
    const res = await fetch(`${internalBaseUrl()}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${sign('internal', 'revalidate')}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
  } catch (error) {
    // No server running (a script on its own): nothing is cached here, so nothing is stale.
    payload?.logger.debug({ err: error, tags }, 'Could not reach the server to revalidate')
  }
}
