import type { Payload } from 'payload'
import { suppress, suppressed } from '../db/contact-suppressions'
import { sign } from '../security/sign'
import { formatDate } from '../time/dates'
import { normaliseAddress } from './address'

/**
 * Erasing a contact removes what identifies them, but a journalist who said "stop" must not be emailed again just
 * because someone re-imports an old spreadsheet. So an erased contact who had unsubscribed or bounced leaves a
 * keyed hash of their address (useless without PAYLOAD_SECRET) and nothing else.
 */
export const addressMac = (email: string) => sign('contact-suppression', normaliseAddress(email))

const REASON: Record<string, string> = { unsubscribed: 'unsubscribed', bouncing: 'address bounced' }

export async function suppressIfOptedOut(payload: Payload, contact: { email: string; status: string }) {
  const reason = REASON[contact.status]
  if (reason) await suppress(payload, addressMac(contact.email), `${reason}, erased on ${formatDate(new Date())}`)
}

/** Why each of these addresses may not be added back, for those that may not. */
export async function suppressionsOf(payload: Payload, emails: string[]): Promise<Map<string, string>> {
  const macs = new Map(emails.map((e) => [addressMac(e), normaliseAddress(e)]))
  const found = await suppressed(payload, [...macs.keys()])
  return new Map([...found].map(([mac, reason]) => [macs.get(mac)!, reason]))
}
