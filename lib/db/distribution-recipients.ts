import type { Payload } from 'payload'
import { pool } from './pool'

// One row per recipient per distribution, made when the distribution starts. Every send claims its row first in one
// statement (FOR UPDATE SKIP LOCKED), so two workers never hold the same recipient: exactly-once rests on the row,
// not on which job runs. A claim older than STALE_CLAIM_MINUTES was left by a process that died mid-send. The claim
// also brings what the email says of the contact (basis, beats), so a send costs no further reads.
const ADD = `INSERT INTO distribution_recipients (distribution_id, contact_id, email, name, outlet)
  SELECT $1, c.id, c.email, c.name, c.outlet FROM media_contacts c WHERE c.id = ANY($2::int[]) AND c.status = 'active'
  ON CONFLICT (distribution_id, contact_id) DO NOTHING`
const CLAIM = `UPDATE distribution_recipients r SET status = 'sending', claimed_at = now(), attempts = r.attempts + 1
  WHERE r.id = (SELECT id FROM distribution_recipients WHERE distribution_id = $1
    AND ((status = 'pending' AND (retry_at IS NULL OR retry_at <= now()))
      OR (status = 'sending' AND claimed_at < now() - make_interval(mins => $2)))
    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
  RETURNING r.id, r.contact_id, r.email, r.name, r.outlet, r.attempts, r.preview_link_id,
    (SELECT status FROM media_contacts c WHERE c.id = r.contact_id) AS contact_status,
    (SELECT lawful_basis FROM media_contacts c WHERE c.id = r.contact_id) AS lawful_basis,
    (SELECT basis_date FROM media_contacts c WHERE c.id = r.contact_id) AS basis_date,
    (SELECT coalesce(array_agg(t.name ORDER BY cr."order"), '{}') FROM media_contacts_rels cr
      JOIN topics t ON t.id = cr.topics_id WHERE cr.parent_id = r.contact_id AND cr.path = 'beats') AS beats`
const MARK_SENT = `UPDATE distribution_recipients SET status = 'sent', sent_at = now(), error = NULL WHERE id = $1`
const MARK_RETRY = `UPDATE distribution_recipients SET status = 'pending', error = $3,
  retry_at = now() + make_interval(secs => $2) WHERE id = $1`
const MARK_ENDED = `UPDATE distribution_recipients SET status = $2, error = $3 WHERE id = $1`
const SET_PREVIEW_LINK = 'UPDATE distribution_recipients SET preview_link_id = $2 WHERE id = $1'
const UNFINISHED = `SELECT count(*)::int AS n, min(retry_at) AS next_retry FROM distribution_recipients
  WHERE distribution_id = $1 AND status IN ('pending', 'sending')`
const FIND = `SELECT r.id, r.contact_id, r.status, r.preview_link_id, r.distribution_id, d.release_id
  FROM distribution_recipients r JOIN distributions d ON d.id = r.distribution_id WHERE r.id = $1`
const RECORD_CLICK = `UPDATE distribution_recipients SET clicks = clicks + 1,
  first_clicked_at = coalesce(first_clicked_at, now()) WHERE id = $1`
const RECORD_UNSUBSCRIBE = `UPDATE distribution_recipients SET unsubscribed_at = coalesce(unsubscribed_at, now())
  WHERE id = $1 RETURNING contact_id`
// Erasure: the rows stay (they are the distribution's counts) with nothing left that says who they were.
const ERASE_LINKS = `UPDATE preview_links SET recipient = 'Erased contact'
  WHERE id IN (SELECT preview_link_id FROM distribution_recipients WHERE contact_id = $1)`
const ERASE = `UPDATE distribution_recipients SET contact_id = NULL, email = NULL, name = NULL, outlet = NULL
  WHERE contact_id = $1`
// The global send rate: each send takes the next free slot, 60/cap seconds after the last, across every worker.
const PACE = `INSERT INTO mail_pace AS p (id, next_at) VALUES (1, now() + make_interval(secs => $1))
  ON CONFLICT (id) DO UPDATE SET next_at = greatest(p.next_at, now()) + make_interval(secs => $1)
  RETURNING extract(epoch FROM (p.next_at - make_interval(secs => $1) - now())) * 1000 AS wait_ms`

export const STALE_CLAIM_MINUTES = 5

export type Claimed = {
  id: number
  contact_id: number | null
  email: string | null
  name: string | null
  outlet: string | null
  attempts: number
  preview_link_id: number | null
  contact_status: string | null
  lawful_basis: 'legitimate-interest' | 'consent' | null
  basis_date: Date | null
  beats: string[]
}

const run = (payload: Payload, statement: string, values: unknown[]) => pool(payload).query(statement, values)

/** Adds the contacts who get releases; run again, it adds nobody twice. */
export const addRecipients = async (payload: Payload, distribution: number, contacts: number[]) =>
  (await run(payload, ADD, [distribution, contacts])).rowCount ?? 0

/** The next recipient this worker alone may send to, or undefined when none is waiting. */
export const claimRecipient = async (payload: Payload, distribution: number): Promise<Claimed | undefined> =>
  (await run(payload, CLAIM, [distribution, STALE_CLAIM_MINUTES])).rows[0]

export const markSent = (payload: Payload, id: number) => run(payload, MARK_SENT, [id])
export const markRetry = (payload: Payload, id: number, afterSeconds: number, error: string) =>
  run(payload, MARK_RETRY, [id, afterSeconds, error.slice(0, 500)])
export const markEnded = (payload: Payload, id: number, status: 'failed' | 'bounced' | 'skipped', error: string) =>
  run(payload, MARK_ENDED, [id, status, error.slice(0, 500)])
export const setPreviewLink = (payload: Payload, id: number, link: number) => run(payload, SET_PREVIEW_LINK, [id, link])

/** How many recipients are still to be sent to, and when the earliest waiting retry is due. */
export async function unfinished(payload: Payload, distribution: number) {
  const { rows } = await run(payload, UNFINISHED, [distribution])
  return { count: Number(rows[0].n), nextRetry: rows[0].next_retry as Date | null }
}

export type RecipientRow = {
  id: number
  contact_id: number | null
  status: string
  preview_link_id: number | null
  distribution_id: number
  release_id: number
}
export const findRecipient = async (payload: Payload, id: number): Promise<RecipientRow | undefined> =>
  (await run(payload, FIND, [id])).rows[0]
export const recordClick = (payload: Payload, id: number) => run(payload, RECORD_CLICK, [id])
export const recordUnsubscribe = async (payload: Payload, id: number): Promise<number | null> =>
  (await run(payload, RECORD_UNSUBSCRIBE, [id])).rows[0]?.contact_id ?? null

export async function eraseRecipient(payload: Payload, contact: number) {
  await run(payload, ERASE_LINKS, [contact])
  await run(payload, ERASE, [contact])
}

/** Milliseconds this send waits for its slot under a cap of `perMinute` sends a minute. */
export const nextSendSlot = async (payload: Payload, perMinute: number) =>
  Math.max(0, Number((await run(payload, PACE, [60 / perMinute])).rows[0].wait_ms))

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = {
  ADD,
  CLAIM,
  MARK_SENT,
  MARK_RETRY,
  MARK_ENDED,
  SET_PREVIEW_LINK,
  UNFINISHED,
  FIND,
  RECORD_CLICK,
  RECORD_UNSUBSCRIBE,
  ERASE_LINKS,
  ERASE,
  PACE,
}
