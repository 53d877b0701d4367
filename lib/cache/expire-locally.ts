import type { Payload } from 'payload'
import { expireApiAnswers } from '../api/answer-cache'
import { env } from '../env'
import { internalBaseUrl } from '../routes/internal-url'
import { sign } from '../security/sign'
import { purgeSharedCache } from './purge'

// Next applies revalidateTag inside a request only when that request ends, and another instance hears of a change a
// moment later (./sync.ts): a shared cache that refetched in between would keep the old page. So it is told twice.
const PURGE_AGAIN_MS = 300

/**
 * Expires tags in this server's cache (directly inside a Next request, else through its internal route), then tells
 * the shared cache in front to forget them, at once and again once this server's expiry has surely taken effect.
 * Every instance purges after its own expiry (./sync.ts calls this for the others' changes), so the last purge
 * always follows the last expiry.
 */
export async function expireLocally(tags: string[], payload?: Payload): Promise<void> {
  await expireHere(tags, payload)
  if (!env().CDN_PURGE_URL) return
  await purgeSharedCache(tags, payload)
  setTimeout(() => void purgeSharedCache(tags, payload), PURGE_AGAIN_MS).unref()
}

async function expireHere(tags: string[], payload?: Payload): Promise<void> {
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
