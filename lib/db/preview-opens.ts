import type { Payload } from 'payload'
import { sign } from '../security/sign'
import { pool } from './pool'
import { countPreviewOpen } from './release-counts'

const RECORD_OPEN = 'INSERT INTO preview_link_opens (link_id, opened_at, reader) VALUES ($1, $2, $3)'
const TOTALS = 'SELECT count(*) AS total, count(DISTINCT reader) AS readers FROM preview_link_opens WHERE link_id = $1'
const RECENT = 'SELECT opened_at, reader FROM preview_link_opens WHERE link_id = $1 ORDER BY opened_at DESC LIMIT $2'
const COUNTS = 'SELECT link_id, count(*) AS n FROM preview_link_opens WHERE link_id = ANY($1::int[]) GROUP BY link_id'

/**
 * Who opened a preview link and when, as a newsroom needs to know it: the time, and a keyed hash of the reader's
 * address and browser that counts distinct readers without storing either. The hash is per link, so readers
 * cannot be followed from one link to another.
 */
export async function recordOpen(
  payload: Payload,
  linkId: number,
  client: { ip: string; userAgent: string },
  at = new Date(),
) {
  const reader = sign('preview-reader', linkId, client.ip, client.userAgent).slice(0, 16)
  await pool(payload).query(RECORD_OPEN, [linkId, at, reader])
  await countPreviewOpen(payload, linkId, at)
}

export type Opens = { total: number; readers: number; recent: Array<{ at: string; reader: string }> }

export async function opensOf(payload: Payload, linkId: number, recent = 20): Promise<Opens> {
  const db = pool(payload)
  const [{ rows: totals }, { rows }] = await Promise.all([
    db.query<{ total: string; readers: string }>(TOTALS, [linkId]),
    db.query<{ opened_at: Date; reader: string }>(RECENT, [linkId, recent]),
  ])
  return {
    total: Number(totals[0]?.total ?? 0),
    readers: Number(totals[0]?.readers ?? 0),
    recent: rows.map((r) => ({ at: new Date(r.opened_at).toISOString(), reader: r.reader })),
  }
}

/** How many times each of these links was opened, for the list's column. */
export async function openCounts(payload: Payload, linkIds: number[]): Promise<Map<number, number>> {
  if (!linkIds.length) return new Map()
  const { rows } = await pool(payload).query<{ link_id: number; n: string }>(COUNTS, [linkIds])
  return new Map(rows.map((r) => [Number(r.link_id), Number(r.n)]))
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { RECORD_OPEN, TOTALS, RECENT, COUNTS }
