import type { Payload } from 'payload'
import { pool } from '../db/pool'
import { acknowledgementEmail, notificationEmail } from './messages'

export type EnquiryEmailKind = 'notification' | 'acknowledgement'
// Column prefixes of the two delivery groups on the enquiries table; never built from input.
const COLUMN: Record<EnquiryEmailKind, string> = { notification: 'notification', acknowledgement: 'acknowledgement' }
// Longer than any send can take with the transport's timeouts: a claim older than this was abandoned by a crash.
const STALE_CLAIM_MINUTES = 5

/**
 * Claims the right to send, in one statement: only one worker at a time wins, and never once it has been sent.
 */
async function claim(payload: Payload, id: number, kind: EnquiryEmailKind): Promise<boolean> {
  const c = COLUMN[kind]
  const { rowCount } = await pool(payload).query(
    `UPDATE enquiries
     SET ${c}_status = 'sending', ${c}_attempts = coalesce(${c}_attempts, 0) + 1, ${c}_last_attempt_at = now()
     WHERE id = $1 AND (${c}_status IS NULL OR ${c}_status IN ('pending', 'failed')
       OR (${c}_status = 'sending' AND ${c}_last_attempt_at < now() - make_interval(mins => $2)))`,
    [id, STALE_CLAIM_MINUTES],
  )
  return rowCount === 1
}

async function record(payload: Payload, id: number, kind: EnquiryEmailKind, status: 'sent' | 'failed', error?: string) {
  const c = COLUMN[kind]
  await pool(payload).query(
    `UPDATE enquiries SET ${c}_status = $2, ${c}_last_error = $3,
       ${c}_sent_at = CASE WHEN $4 THEN now() ELSE ${c}_sent_at END
     WHERE id = $1`,
    [id, status, error?.slice(0, 500) ?? null, status === 'sent'],
  )
}

/**
 * Sends one email about an enquiry, at most once: the claim comes first, "sent" is recorded before returning,
 * and a failure is recorded and rethrown so the job queue retries it with backoff.
 */
export async function deliverEnquiryEmail(payload: Payload, id: number, kind: EnquiryEmailKind): Promise<string> {
  if (!(await claim(payload, id, kind))) return 'not sent: already sent, or being sent elsewhere'
  try {
    const enquiry = await payload.findByID({
      collection: 'enquiries',
      id,
      depth: 1,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!enquiry) return 'not sent: the enquiry was deleted'
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    const email =
      kind === 'notification' ? notificationEmail(enquiry, settings) : acknowledgementEmail(enquiry, settings)
    // No press office address is a setup mistake worth retrying: it may be fixed before the retries run out.
    if ('skip' in email) throw new Error(email.skip)
    await payload.sendEmail(email)
  } catch (error) {
    await record(payload, id, kind, 'failed', error instanceof Error ? error.message : String(error))
    throw error
  }
  await record(payload, id, kind, 'sent')
  return 'sent'
}
