import type { Payload } from 'payload'
import { claimReleaseAlert, unclaimReleaseAlert } from '../db/alerts'
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
  if (!(await claimReleaseAlert(payload, id))) return
  try {
    // The fan-out to subscribers is a job of its own, so a database hiccup there is retried by the queue.
    await payload.jobs.queue({ task: 'queueReleaseAlerts', input: { release: id } })
  } catch (error) {
    await unclaimReleaseAlert(payload, id)
    throw error
  }
}
