import type { Payload } from 'payload'
import { pool } from './pool'

// What happened to each email: sent, failed, bounced, unsubscribed; who opened their preview link (a person, not a
// link scanner: lib/preview/open-kind), who followed their link to the public page, and who sent an enquiry after.
const OPENED = `EXISTS (SELECT 1 FROM preview_link_opens o WHERE o.link_id = r.preview_link_id AND o.kind = 'person')`
const ENQUIRED = `EXISTS (SELECT 1 FROM enquiries e WHERE lower(e.email) = r.email AND e.created_at >= r.sent_at)`
const COUNTS = `count(r.id)::int AS recipients,
  count(r.id) FILTER (WHERE r.status = 'sent')::int AS sent,
  count(r.id) FILTER (WHERE r.status = 'failed')::int AS failed,
  count(r.id) FILTER (WHERE r.status = 'bounced')::int AS bounced,
  count(r.id) FILTER (WHERE r.status = 'skipped')::int AS skipped,
  count(r.id) FILTER (WHERE r.status IN ('pending', 'sending'))::int AS waiting,
  count(r.id) FILTER (WHERE r.unsubscribed_at IS NOT NULL)::int AS unsubscribed,
  count(r.id) FILTER (WHERE ${OPENED})::int AS opened,
  count(r.id) FILTER (WHERE r.first_clicked_at IS NOT NULL)::int AS clicked,
  count(r.id) FILTER (WHERE ${ENQUIRED})::int AS enquired`
const SUMMARY = (where: string) => `SELECT d.id, d.subject, d.status, d.release_id, d.sends_at, d.sent_at, ${COUNTS}
  FROM distributions d LEFT JOIN distribution_recipients r ON r.distribution_id = d.id
  WHERE ${where} GROUP BY d.id ORDER BY coalesce(d.sends_at, d.created_at) DESC`
const BY_RELEASE = SUMMARY('d.release_id = $1')
const BY_ID = SUMMARY('d.id = $1')
const BETWEEN = SUMMARY(`d.status IN ('sending', 'sent') AND d.sends_at >= $1 AND d.sends_at < $2`)
const RECIPIENTS = `SELECT r.id, r.name, r.outlet, r.email, r.status, r.error, r.sent_at, r.first_clicked_at,
  r.clicks, r.unsubscribed_at,
  (SELECT min(o.opened_at) FROM preview_link_opens o WHERE o.link_id = r.preview_link_id AND o.kind = 'person')
    AS first_opened_at,
  (SELECT count(*)::int FROM preview_link_opens o WHERE o.link_id = r.preview_link_id AND o.kind = 'person') AS opens,
  (SELECT count(*)::int FROM enquiries e WHERE lower(e.email) = r.email AND e.created_at >= r.sent_at) AS enquiries
  FROM distribution_recipients r WHERE r.distribution_id = $1 ORDER BY r.id LIMIT $2 OFFSET $3`

export type DistributionSummary = {
  id: number
  subject: string | null
  status: string
  release_id: number
  sends_at: Date | null
  sent_at: Date | null
  recipients: number
  sent: number
  failed: number
  bounced: number
  skipped: number
  waiting: number
  unsubscribed: number
  opened: number
  clicked: number
  enquired: number
}

export type RecipientReport = {
  id: number
  name: string | null
  outlet: string | null
  email: string | null
  status: string
  error: string | null
  sent_at: Date | null
  first_clicked_at: Date | null
  clicks: number
  unsubscribed_at: Date | null
  first_opened_at: Date | null
  opens: number
  enquiries: number
}

const rows = async <T>(payload: Payload, statement: string, values: unknown[]) =>
  (await pool(payload).query(statement, values)).rows as T[]

export const distributionsOfRelease = (payload: Payload, release: number) =>
  rows<DistributionSummary>(payload, BY_RELEASE, [release])
export const distributionSummary = async (payload: Payload, id: number) =>
  (await rows<DistributionSummary>(payload, BY_ID, [id]))[0]
/** Distributions that went out in [from, to): for What landed. */
export const distributionsBetween = (payload: Payload, from: Date, to: Date) =>
  rows<DistributionSummary>(payload, BETWEEN, [from, to])
export const recipientReport = (payload: Payload, id: number, limit = 500, offset = 0) =>
  rows<RecipientReport>(payload, RECIPIENTS, [id, limit, offset])

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { BY_RELEASE, BY_ID, BETWEEN, RECIPIENTS }
