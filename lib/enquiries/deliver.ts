import type { Payload } from 'payload'
import { claimEnquiryEmail as claim, recordEnquiryEmail as record, type EnquiryEmailKind } from '../db/enquiry-delivery'
import { withOnCallNumber } from '../on-call/current'
import { acknowledgementEmail, notificationEmail } from './messages'

export type { EnquiryEmailKind }

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
    // The number to call is whoever is on call as it is sent, as on every page.
    const settings = await withOnCallNumber(
      payload,
      await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true }),
    )
    const email =
      kind === 'notification' ? notificationEmail(enquiry, settings) : acknowledgementEmail(enquiry, settings)
    // No press office address is a setup mistake worth retrying: it may be fixed before the retries run out.
    if ('skip' in email) throw new Error(email.skip)
    // The log adapter (no SMTP_HOST) answers { logged: true }: say so, rather than that it was sent.
    const result = (await payload.sendEmail(email)) as { logged?: boolean } | undefined
    if (result?.logged) {
      await record(payload, id, kind, 'logged', 'No mail server is configured (SMTP_HOST): written to the log only.')
      return 'logged, not sent: no mail server'
    }
  } catch (error) {
    await record(payload, id, kind, 'failed', error instanceof Error ? error.message : String(error))
    throw error
  }
  await record(payload, id, kind, 'sent')
  return 'sent'
}
