import type { Payload } from 'payload'
import { expireLocally } from './expire-locally'
import { broadcastTags } from './sync'

/**
 * Expires cached pages under these tags at once, here and on every other instance: each server keeps its own
 * page cache, so a change made through one must reach the others (PostgreSQL NOTIFY, see ./sync.ts); each purges the
 * shared cache in front after its own expiry (./expire-locally.ts).
 */
export async function revalidateTags(tags: string[], payload: Payload): Promise<void> {
  if (!tags.length) return
  await expireLocally(tags, payload)
  await broadcastTags(tags, payload)
}
