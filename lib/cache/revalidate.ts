import type { Payload } from 'payload'
import { internalToken } from '../internal-token'
import { internalBaseUrl } from '../internal-url'
import { expireApiAnswers } from '../api/answer-cache'
import { purgeSharedCache } from './purge'
import { broadcastTags } from './sync'

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
      headers: { 'content-type': 'application/json', authorization: `Bearer ${internalToken('revalidate')}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
  } catch (error) {
    // No server running (a script on its own): nothing is cached here, so nothing is stale.
    payload?.logger.debug({ err: error, tags }, 'Could not reach the server to revalidate')
  }
}

/**
 * Expires cached pages under these tags at once, here and on every other instance: each server keeps its own
 * page cache, so a change made through one must reach the others (PostgreSQL NOTIFY, see ./sync.ts).
 */
export async function revalidateTags(tags: string[], payload: Payload): Promise<void> {
  if (!tags.length) return
  await expireLocally(tags, payload)
  await broadcastTags(tags, payload)
  await purgeSharedCache(tags, payload)
}
