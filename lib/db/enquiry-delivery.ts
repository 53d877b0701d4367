import type { Payload } from 'payload'
import { pool } from './pool'

export type EnquiryEmailKind = 'notification' | 'acknowledgement'
// Column prefixes of the two delivery groups on the enquiries table; never built from input.
const COLUMN: Record<EnquiryEmailKind, string> = { notification: 'notification', acknowledgement: 'acknowledgement' }
// Longer than any send can take with the transport's timeouts: a claim older than this was abandoned by a crash.
const STALE_CLAIM_MINUTES = 5

/**
 * Claims the right to send, in one statement: only one worker at a time wins, and never once it has been sent.
 */
export async function claimEnquiryEmail(payload: Payload, id: number, kind: EnquiryEmailKind): Promise<boolean> {
  const c = COLUMN[kind]
  const { rowCount } = await pool(payload).query(CLAIM(c), [id, STALE_CLAIM_MINUTES])
  return rowCount === 1
}

export async function recordEnquiryEmail(
  payload: Payload,
  id: number,
  kind: EnquiryEmailKind,
  status: 'sent' | 'logged' | 'failed',
  error?: string,
) {
  const c = COLUMN[kind]
  await pool(payload).query(RECORD(c), [id, status, error?.slice(0, 500) ?? null, status !== 'failed'])
}

/**
 * Makes a failed or log-only email sendable again, because staff asked: false when it is neither any more (sent,
 * or being sent, meanwhile). The send itself then claims it as the job queue would.
 */
export async function reopenEnquiryEmail(payload: Payload, id: number, kind: EnquiryEmailKind): Promise<boolean> {
  const { rowCount } = await pool(payload).query(REOPEN(COLUMN[kind]), [id])
  return rowCount === 1
}

// The delivery groups' columns (collections/fields/delivery.ts): <kind>_status, _attempts, _last_attempt_at, ...
const CLAIM = (c: string) => `UPDATE enquiries
  SET ${c}_status = 'sending', ${c}_attempts = coalesce(${c}_attempts, 0) + 1, ${c}_last_attempt_at = now()
  WHERE id = $1 AND (${c}_status IS NULL OR ${c}_status IN ('pending', 'failed')
    OR (${c}_status = 'sending' AND ${c}_last_attempt_at < now() - make_interval(mins => $2)))`
const RECORD = (c: string) => `UPDATE enquiries SET ${c}_status = $2, ${c}_last_error = $3,
  ${c}_sent_at = CASE WHEN $4::boolean THEN now() ELSE ${c}_sent_at END
  WHERE id = $1`
const REOPEN = (c: string) =>
  `UPDATE enquiries SET ${c}_status = 'pending' WHERE id = $1 AND ${c}_status IN ('failed', 'logged')`

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = {
  CLAIM_NOTIFICATION: CLAIM('notification'),
  CLAIM_ACKNOWLEDGEMENT: CLAIM('acknowledgement'),
  RECORD_NOTIFICATION: RECORD('notification'),
  RECORD_ACKNOWLEDGEMENT: RECORD('acknowledgement'),
  REOPEN_NOTIFICATION: REOPEN('notification'),
  REOPEN_ACKNOWLEDGEMENT: REOPEN('acknowledgement'),
}
