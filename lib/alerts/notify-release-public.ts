import type { Payload } from 'payload'
import { pool } from '../db/pool'
import { findPublicRelease } from '../release/public-release'

/**
 * Call when a release may have just become public (published with no embargo ahead, or its embargo passed). If
 * the public can see it and it was never alerted, its alerts are queued. Safe to call any number of times from any
 * process: the release_alerts row is claimed in one statement, so each release is alerted once, ever.
 */
export async function notifyReleasePublic(payload: Payload, releaseId: number | string): Promise<void> {
  const id = Number(releaseId)
  if (!Number.isSafeInteger(id)) return
  if (!(await findPublicRelease(payload, { id }))) return
  const db = pool(payload)
  const claim = await db.query(`INSERT INTO release_alerts (release_id) VALUES ($1) ON CONFLICT DO NOTHING`, [id])
  if (claim.rowCount !== 1) return
  try {
    // The fan-out to subscribers is a job of its own, so a database hiccup there is retried by the queue.
    await payload.jobs.queue({ task: 'queueReleaseAlerts', input: { release: id } })
  } catch (error) {
    await db.query(`DELETE FROM release_alerts WHERE release_id = $1`, [id])
    throw error
  }
}
