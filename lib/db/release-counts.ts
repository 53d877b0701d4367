import type { Payload } from 'payload'
import type { ReadingKind } from '../numbers/kinds'
import { londonDay } from '../on-call/london'
import { pool } from './pool'
import { PUBLIC_RELEASE_SQL } from './public-releases'

// Readings count only for releases the public can read now: a download link naming an embargoed release, or a
// view counted just before an unpublish, credits nothing.
const RELEASE_IDS_BY_SLUG = `SELECT r.id, r.slug FROM releases r
  WHERE r.slug = ANY($1::varchar[]) AND ${PUBLIC_RELEASE_SQL('r', '$2')}`
const COUNT_PREVIEW_OPEN = `INSERT INTO release_counts (release_id, day, kind, count)
    SELECT release_id, $2::date, 'preview', 1 FROM preview_links WHERE id = $1 AND release_id IS NOT NULL
  ON CONFLICT (release_id, day, kind) DO UPDATE SET count = release_counts.count + 1`
const COUNTS_OF = `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, count FROM release_counts
  WHERE release_id = $1 AND day BETWEEN $2 AND $3 ORDER BY day, kind`
const TOTALS_BETWEEN = `SELECT release_id, kind, sum(count) AS count FROM release_counts
  WHERE day BETWEEN $1 AND $2 GROUP BY release_id, kind`
const ROWS_BETWEEN = `SELECT release_id, to_char(day, 'YYYY-MM-DD') AS day, kind, count FROM release_counts
  WHERE day BETWEEN $1 AND $2 ORDER BY day, release_id, kind`

export type CountRow = { releaseId: number; day: string; kind: ReadingKind; count: number }

// Adding to a day's count from any number of servers at once: each adds its own, none overwrites another's.
const ADD = `
  INSERT INTO release_counts (release_id, day, kind, count)
  SELECT * FROM unnest($1::int[], $2::date[], $3::varchar[], $4::int[])
  ON CONFLICT (release_id, day, kind) DO UPDATE SET count = release_counts.count + excluded.count`

export async function addCounts(payload: Payload, rows: CountRow[]): Promise<void> {
  if (!rows.length) return
  await pool(payload).query(ADD, [
    rows.map((r) => r.releaseId),
    rows.map((r) => r.day),
    rows.map((r) => r.kind),
    rows.map((r) => r.count),
  ])
}

/** One reading counted as it happens, for the rare ones (an enquiry, an alert sent, a preview opened). */
export const countOne = (payload: Payload, releaseId: number, kind: ReadingKind, at = new Date()) =>
  addCounts(payload, [{ releaseId, day: londonDay(at), kind, count: 1 }])

/** A preview link opened, counted for the release it previews. */
export async function countPreviewOpen(payload: Payload, linkId: number, at = new Date()): Promise<void> {
  await pool(payload).query(COUNT_PREVIEW_OPEN, [linkId, londonDay(at)])
}

/** The releases these addresses belong to: only current slugs count (a renamed release's old one redirects). */
export async function releaseIdsBySlug(
  payload: Payload,
  slugs: string[],
  now = new Date(),
): Promise<Map<string, number>> {
  if (!slugs.length) return new Map()
  const { rows } = await pool(payload).query<{ id: number; slug: string }>(RELEASE_IDS_BY_SLUG, [slugs, now])
  return new Map(rows.map((r) => [r.slug, Number(r.id)]))
}

export type DayCounts = { day: string; kind: ReadingKind; count: number }

/** One release's counts between two London days, inclusive. */
export async function countsOf(payload: Payload, releaseId: number, from: string, to: string): Promise<DayCounts[]> {
  const { rows } = await pool(payload).query<{ day: string; kind: ReadingKind; count: number }>(COUNTS_OF, [
    releaseId,
    from,
    to,
  ])
  return rows.map((r) => ({ ...r, count: Number(r.count) }))
}

export type ReleaseTotals = { releaseId: number; kind: ReadingKind; count: number }

/** Every release's totals by kind between two days, for the what-landed page. */
export async function totalsBetween(payload: Payload, from: string, to: string): Promise<ReleaseTotals[]> {
  const { rows } = await pool(payload).query<{ release_id: number; kind: ReadingKind; count: string }>(TOTALS_BETWEEN, [
    from,
    to,
  ])
  return rows.map((r) => ({ releaseId: Number(r.release_id), kind: r.kind, count: Number(r.count) }))
}

/** Every row between two days, for the CSV export, oldest first. */
export async function rowsBetween(payload: Payload, from: string, to: string): Promise<CountRow[]> {
  const { rows } = await pool(payload).query<{ release_id: number; day: string; kind: ReadingKind; count: number }>(
    ROWS_BETWEEN,
    [from, to],
  )
  return rows.map((r) => ({ releaseId: Number(r.release_id), day: r.day, kind: r.kind, count: Number(r.count) }))
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { ADD, COUNT_PREVIEW_OPEN, RELEASE_IDS_BY_SLUG, COUNTS_OF, TOTALS_BETWEEN, ROWS_BETWEEN }
