import type { Payload } from 'payload'
import { pool } from './pool'

// Everything the distribution tables hold about one contact, for a subject access request. A row is theirs when it
// is linked to their record or carries their address (a row copies the address as it was when the email went).
const THEIRS = 'r.contact_id = $1 OR r.email = $2'
const DELIVERIES = `SELECT r.id, r.distribution_id, d.subject, r.contact_id, r.email, r.name, r.outlet, r.status,
  r.attempts, r.sent_at, r.error, r.preview_link_id, r.first_clicked_at, r.clicks, r.unsubscribed_at
  FROM distribution_recipients r JOIN distributions d ON d.id = r.distribution_id WHERE ${THEIRS} ORDER BY r.id`
const THEIR_LINKS = `SELECT r.preview_link_id FROM distribution_recipients r WHERE ${THEIRS}`
const PREVIEW_LINKS = `SELECT l.id, l.recipient, l.release_id, l.expires_at, l.revoked, l.created_at
  FROM preview_links l WHERE l.id IN (${THEIR_LINKS}) ORDER BY l.id`
const OPENS = `SELECT o.link_id, o.opened_at, o.kind, o.browser FROM preview_link_opens o
  WHERE o.link_id IN (${THEIR_LINKS}) ORDER BY o.opened_at`
// Enquiries keep the address as the journalist typed it.
const ENQUIRIES = 'SELECT e.id FROM enquiries e WHERE lower(trim(e.email)) = $1 ORDER BY e.id'

export type Delivery = {
  id: number
  distribution_id: number
  subject: string | null
  contact_id: number | null
  email: string | null
  name: string | null
  outlet: string | null
  status: string
  attempts: number
  sent_at: Date | null
  error: string | null
  preview_link_id: number | null
  first_clicked_at: Date | null
  clicks: number
  unsubscribed_at: Date | null
}
export type PreviewLinkRow = {
  id: number
  recipient: string
  release_id: number
  expires_at: Date
  revoked: boolean | null
  created_at: Date
}
export type OpenRow = { link_id: number; opened_at: Date; kind: string; browser: string }

const rows = async <T>(payload: Payload, statement: string, values: unknown[]) =>
  (await pool(payload).query(statement, values)).rows as T[]

export const deliveriesTo = (payload: Payload, contact: number, email: string) =>
  rows<Delivery>(payload, DELIVERIES, [contact, email])
export const previewLinksOf = (payload: Payload, contact: number, email: string) =>
  rows<PreviewLinkRow>(payload, PREVIEW_LINKS, [contact, email])
export const opensOf = (payload: Payload, contact: number, email: string) =>
  rows<OpenRow>(payload, OPENS, [contact, email])
export const enquiriesFrom = async (payload: Payload, email: string) =>
  (await rows<{ id: number }>(payload, ENQUIRIES, [email.trim().toLowerCase()])).map((r) => r.id)

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { DELIVERIES, PREVIEW_LINKS, OPENS, ENQUIRIES }
