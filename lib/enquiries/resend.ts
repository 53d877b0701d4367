import type { Payload } from 'payload'
import type { DeliveryStatus } from '../../collections/fields/delivery'
import { reopenEnquiryEmail } from '../db/enquiry-delivery'
import { deliverEnquiryEmail, type EnquiryEmailKind } from './deliver'

export type Resent = { status: number; message: string; delivery?: DeliveryStatus }

// Why an email that has not failed is not sent again by hand: each would reach someone twice, or race the queue.
const REFUSED: Partial<Record<DeliveryStatus, string>> = {
  sent: 'This email was sent already, so it is not sent again.',
  sending: 'This email is being sent now.',
  pending: 'This email is waiting in the queue and will be sent shortly.',
  skipped: 'This acknowledgement was held back on purpose (too many from one address), so it is not sent.',
}

async function deliveryOf(payload: Payload, id: number, kind: EnquiryEmailKind) {
  const enquiry = await payload.findByID({
    collection: 'enquiries',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { [kind]: true },
  })
  return enquiry ? { status: enquiry[kind]?.status ?? 'pending', error: enquiry[kind]?.lastError } : null
}

/**
 * Sends a failed or log-only email about an enquiry again, at once, through the same path as the job queue (which
 * keeps it at most once: a queued retry that comes later finds it sent). Says how it went, as the delivery records.
 */
export async function resendEnquiryEmail(payload: Payload, id: number, kind: EnquiryEmailKind): Promise<Resent> {
  const before = await deliveryOf(payload, id, kind)
  if (!before) return { status: 404, message: 'No such enquiry.' }
  const refused = REFUSED[before.status]
  if (refused || !(await reopenEnquiryEmail(payload, id, kind))) {
    return {
      status: 409,
      message: refused ?? 'This email changed meanwhile: reload the page.',
      delivery: before.status,
    }
  }
  // A failure is recorded on the enquiry before it is thrown (for the queue's retries): read back below, with why.
  await deliverEnquiryEmail(payload, id, kind).catch(() => undefined)
  const after = await deliveryOf(payload, id, kind)
  const delivery = after?.status
  if (delivery === 'sent') return { status: 200, message: 'Sent again.', delivery }
  if (delivery === 'logged')
    return { status: 503, message: 'Not sent: no mail server is set up, so it was only written to the log.', delivery }
  if (delivery === 'failed')
    return { status: 502, message: `Not sent: ${after?.error ?? 'the mail server refused it'}`, delivery }
  return { status: 409, message: REFUSED[delivery ?? 'sending'] ?? 'Not sent.', delivery }
}
