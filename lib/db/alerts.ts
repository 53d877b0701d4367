import type { Payload } from 'payload'
import { pool } from './pool'

// Each release is alerted once, ever (release_alerts), and each subscriber once per release
// (release_alert_deliveries): both are claimed in one statement, so two workers never both win.
const CLAIM_RELEASE = 'INSERT INTO release_alerts (release_id) VALUES ($1) ON CONFLICT DO NOTHING'
const UNCLAIM_RELEASE = 'DELETE FROM release_alerts WHERE release_id = $1'
const UNCLAIM_UNQUEUED = 'DELETE FROM release_alerts WHERE release_id = $1 AND queued_at IS NULL'
const MARK_QUEUED = 'UPDATE release_alerts SET recipients = $2, queued_at = now() WHERE release_id = $1'
const CLAIM_DELIVERY = `INSERT INTO release_alert_deliveries AS d (release_id, subscriber_id) VALUES ($1, $2)
  ON CONFLICT (release_id, subscriber_id) DO UPDATE SET claimed_at = now()
    WHERE d.sent_at IS NULL AND d.claimed_at < now() - make_interval(mins => $3)`
const UNCLAIM_DELIVERY = 'DELETE FROM release_alert_deliveries WHERE release_id = $1 AND subscriber_id = $2'
const MARK_SENT = 'UPDATE release_alert_deliveries SET sent_at = now() WHERE release_id = $1 AND subscriber_id = $2'

// Longer than any send can take: a claim older than this was left by a crashed worker and may be taken again.
const STALE_CLAIM_MINUTES = 5

const run = (payload: Payload, statement: string, values: unknown[]) => pool(payload).query(statement, values)

/** Whether this call is the one that alerts the release (it never was before). */
export const claimReleaseAlert = async (payload: Payload, id: number) =>
  (await run(payload, CLAIM_RELEASE, [id])).rowCount === 1
export const unclaimReleaseAlert = (payload: Payload, id: number) => run(payload, UNCLAIM_RELEASE, [id])
/** Unpublished again before its alerts were queued: it may be alerted when it next becomes public. */
export const unclaimUnqueuedAlert = (payload: Payload, id: number) => run(payload, UNCLAIM_UNQUEUED, [id])
export const markAlertQueued = (payload: Payload, id: number, recipients: number) =>
  run(payload, MARK_QUEUED, [id, recipients])

/** One subscriber, one release, at most once: only the worker whose claim lands may send. */
export const claimDelivery = async (payload: Payload, release: number, subscriber: number) =>
  (await run(payload, CLAIM_DELIVERY, [release, subscriber, STALE_CLAIM_MINUTES])).rowCount === 1
export const unclaimDelivery = (payload: Payload, release: number, subscriber: number) =>
  run(payload, UNCLAIM_DELIVERY, [release, subscriber])
export const markDelivered = (payload: Payload, release: number, subscriber: number) =>
  run(payload, MARK_SENT, [release, subscriber])

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = {
  CLAIM_RELEASE,
  UNCLAIM_RELEASE,
  UNCLAIM_UNQUEUED,
  MARK_QUEUED,
  CLAIM_DELIVERY,
  UNCLAIM_DELIVERY,
  MARK_SENT,
}
