import type { Payload } from 'payload'
import { sign } from '../security/sign'
import { pool } from './pool'
import { countPreviewOpen } from './release-counts'

const RECORD_OPEN = `INSERT INTO preview_link_opens (link_id, opened_at, reader, kind, browser)
  VALUES ($1, $2, $3, $4, $5)`
// A person's openings, the same reader coming back within ten minutes (a reload, a page left polling) counting once.
const VISITS = (where: string) => `
  WITH people AS (
    SELECT link_id, reader, opened_at,
      lag(opened_at) OVER (PARTITION BY link_id, reader ORDER BY opened_at) AS before
    FROM preview_link_opens WHERE ${where} AND kind = 'person')
  SELECT * FROM people WHERE before IS NULL OR opened_at - before > interval '10 minutes'`
const TOTALS = `SELECT
    (SELECT count(*) FROM (${VISITS('link_id = $1')}) v) AS visits,
    (SELECT count(DISTINCT reader) FROM preview_link_opens WHERE link_id = $1 AND kind = 'person') AS readers,
    count(*) FILTER (WHERE kind = 'robot') AS robots,
    count(*) FILTER (WHERE kind = 'prefetch') AS prefetches,
    count(*) FILTER (WHERE kind = 'after-lift') AS after_lift
  FROM preview_link_opens WHERE link_id = $1`
const RECENT = `SELECT opened_at, reader, kind, browser FROM preview_link_opens WHERE link_id = $1
  ORDER BY opened_at DESC LIMIT $2`
const COUNTS = `SELECT link_id, count(*) AS n FROM (${VISITS('link_id = ANY($1::int[])')}) v GROUP BY link_id`
const SEEN_RECENTLY = `SELECT 1 FROM preview_link_opens
  WHERE link_id = $1 AND reader = $2 AND kind = 'person' AND opened_at > $3::timestamptz - interval '10 minutes'
  LIMIT 1`

export type OpenKind = 'person' | 'robot' | 'prefetch' | 'after-lift'

/**
 * Who opened a preview link and when, as a newsroom needs to know it: the time, what the opening was (a person, a
 * robot or link scanner, a prefetch, or after the release went public), the browser family, and a keyed hash of the
 * reader's address and browser that counts distinct readers without storing either. The hash is per link, so
 * readers cannot be followed from one link to another. A person's opening counts in the release's figures, once per
 * reader in ten minutes.
 */
export async function recordOpen(
  payload: Payload,
  linkId: number,
  client: { ip: string; userAgent: string; kind: OpenKind; browser: string },
  at = new Date(),
) {
  const reader = sign('preview-reader', linkId, client.ip, client.userAgent).slice(0, 16)
  const db = pool(payload)
  const again = client.kind === 'person' && (await db.query(SEEN_RECENTLY, [linkId, reader, at])).rowCount
  await db.query(RECORD_OPEN, [linkId, at, reader, client.kind, client.browser])
  if (client.kind === 'person' && !again) await countPreviewOpen(payload, linkId, at)
}

export type Opens = {
  /** A person's openings, a reader's return within ten minutes counting once. */
  visits: number
  readers: number
  robots: number
  prefetches: number
  afterLift: number
  recent: Array<{ at: string; reader: string; kind: OpenKind; browser: string }>
}

export async function opensOf(payload: Payload, linkId: number, recent = 20): Promise<Opens> {
  const db = pool(payload)
  type Totals = { visits: string; readers: string; robots: string; prefetches: string; after_lift: string }
  type Row = { opened_at: Date; reader: string; kind: OpenKind; browser: string }
  const [{ rows: totals }, { rows }] = await Promise.all([
    db.query<Totals>(TOTALS, [linkId]),
    db.query<Row>(RECENT, [linkId, recent]),
  ])
  const t = totals[0]
  return {
    visits: Number(t?.visits ?? 0),
    readers: Number(t?.readers ?? 0),
    robots: Number(t?.robots ?? 0),
    prefetches: Number(t?.prefetches ?? 0),
    afterLift: Number(t?.after_lift ?? 0),
    recent: rows.map((r) => ({
      at: new Date(r.opened_at).toISOString(),
      reader: r.reader,
      kind: r.kind,
      browser: r.browser,
    })),
  }
}

/** How many times people opened each of these links, for the list's column. */
export async function openCounts(payload: Payload, linkIds: number[]): Promise<Map<number, number>> {
  if (!linkIds.length) return new Map()
  const { rows } = await pool(payload).query<{ link_id: number; n: string }>(COUNTS, [linkIds])
  return new Map(rows.map((r) => [Number(r.link_id), Number(r.n)]))
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { RECORD_OPEN, TOTALS, RECENT, COUNTS, SEEN_RECENTLY }
