import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import pg from 'pg'
import { announceOnCacheChannel, LISTEN_TO_CACHE } from '../db/coordination'
import { expireLocally } from './expire-locally'

// Every instance keeps its own page cache. An invalidation made on one is announced on a PostgreSQL channel, and each
// other instance expires the same tags in its own cache. Messages carry the sender's id so it ignores its own.
const INSTANCE = randomUUID()

export async function broadcastTags(tags: string[], payload: Payload): Promise<void> {
  try {
    await announceOnCacheChannel(payload, JSON.stringify({ from: INSTANCE, tags }))
  } catch (error) {
    payload.logger.warn({ err: error }, 'Could not announce a cache invalidation to other instances')
  }
}

/** Listens for other instances' invalidations for as long as the server runs, reconnecting if the link drops. */
export function listenForInvalidations(connectionString: string, payload: Payload): void {
  let delay = 1000
  const connect = async () => {
    const client = new pg.Client({ connectionString })
    client.on('error', () => undefined)
    client.on('end', () => setTimeout(connect, delay))
    client.on('notification', (message) => {
      const body = JSON.parse(message.payload ?? '{}') as { from?: string; tags?: string[] }
      if (body.from !== INSTANCE && Array.isArray(body.tags)) void expireLocally(body.tags, payload)
    })
    try {
      await client.connect()
      await client.query(LISTEN_TO_CACHE)
      delay = 1000
    } catch {
      delay = Math.min(delay * 2, 30_000)
      await client.end().catch(() => undefined)
    }
  }
  void connect()
}
