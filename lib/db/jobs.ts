import type { Payload } from 'payload'
import { pool } from './pool'

const RELEASE_STALE_JOBS = `UPDATE payload_jobs SET processing = false WHERE processing = true AND completed_at IS NULL
       AND updated_at < now() - make_interval(mins => $1)`

// Longer than any job here takes (an email's timeouts, a batch of alerts): a job still marked as running after this
// was being run by a process that died.
export const STALE_JOB_MINUTES = 10

/**
 * Jobs a crashed or killed process left marked as running are handed back to the queue, to be run again. Enquiry
 * emails and alerts record each send before it is made, so they never go twice; a plain email whose process died
 * mid-send may go twice rather than never. Returns how many were handed back.
 */
export async function releaseStaleJobs(payload: Payload, olderThanMinutes = STALE_JOB_MINUTES): Promise<number> {
  const { rowCount } = await pool(payload).query(RELEASE_STALE_JOBS, [olderThanMinutes])
  return rowCount ?? 0
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { RELEASE_STALE_JOBS }
