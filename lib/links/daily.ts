import type { Payload } from 'payload'
import { pool } from '../db/pool'

export const LINKS_QUEUE = 'links'
// One key for every instance: whichever looks first queues the day's check; the others see it queued.
const LOCK = 'press_office_link_check'
const HOUR_MS = 60 * 60 * 1000
let nextLook = 0
let stopping = new AbortController()

/** Ends a link check in progress after the link in hand (the server or worker is stopping). */
export function stopLinkChecks() {
  stopping.abort()
  stopping = new AbortController()
}
export const linkCheckSignal = () => stopping.signal

/**
 * Queues the daily link check when none was queued in the last day. Called by whatever runs jobs (server or
 * worker), at most hourly per process; a session lock makes it once however many instances look at once.
 */
export async function queueDailyLinkCheck(payload: Payload, now = new Date()): Promise<boolean> {
  if (now.getTime() < nextLook) return false
  nextLook = now.getTime() + HOUR_MS
  const client = await pool(payload).connect()
  try {
    const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [LOCK])
    if (!rows[0].locked) return false
    try {
      const since = new Date(now.getTime() - 23 * HOUR_MS).toISOString()
      const recent = await payload.count({
        collection: 'payload-jobs',
        overrideAccess: true,
        where: { and: [{ taskSlug: { equals: 'checkLinks' } }, { createdAt: { greater_than: since } }] },
      })
      if (recent.totalDocs) return false
      await payload.jobs.queue({ task: 'checkLinks', input: {}, queue: LINKS_QUEUE })
      return true
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK])
    }
  } finally {
    client.release()
  }
}
