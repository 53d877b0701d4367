import type { Payload } from 'payload'
import { findRecipient, recordUnsubscribe } from '../db/distribution-recipients'
import { recipientOf } from './tokens'

export type UnsubscribeResult = { ok: true; email?: string } | { ok: false }

/**
 * A recipient's unsubscribe link, one click or the page's button: recorded at once on the contact, so every later
 * send leaves them out, and on this distribution's report. Only the recipient the link was signed for, ever.
 */
export async function unsubscribeRecipient(payload: Payload, token: unknown): Promise<UnsubscribeResult> {
  const id = recipientOf('unsubscribe', token)
  if (!id) return { ok: false }
  const contactId = await recordUnsubscribe(payload, id)
  // Erased since: nobody is left to email, which is what they asked for.
  if (!contactId) return { ok: true }
  const contact = await payload.update({
    collection: 'media-contacts',
    id: contactId,
    data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return { ok: true, email: contact.email }
}

/** Who a stop link is for, to show on the page before they confirm; nothing is changed by looking. */
export async function recipientOfStopLink(payload: Payload, token: unknown) {
  const id = recipientOf('unsubscribe', token)
  if (!id) return undefined
  const row = await findRecipient(payload, id)
  if (!row) return undefined
  if (!row.contact_id) return { email: null, status: 'erased' }
  const contact = await payload
    .findByID({ collection: 'media-contacts', id: row.contact_id, depth: 0, overrideAccess: true })
    .catch(() => null)
  return contact ? { email: contact.email, status: contact.status } : { email: null, status: 'erased' }
}
