import type { Payload } from 'payload'
import { pool } from './pool'

/**
 * The public rule (access/public-releases.ts) in SQL, for reads too large for Payload's per-document work (a
 * sitemap file of 5,000 releases takes Payload about a second, this a few milliseconds). tests/public-rule.test.ts
 * holds the two to the same answer for every kind of release; change both together.
 */
// `now` is a parameter, not the database's now(): the rule reads the application's clock, as the Payload rule does,
// so both give one answer at one moment (and a test can move that clock).
export const PUBLIC_RELEASE_SQL = (r: string, now: string) =>
  `(${r}._status = 'published' AND (${r}.embargo_until IS NULL OR ${r}.embargo_until <= ${now}::timestamptz))`

const COUNT = `SELECT count(*) AS n FROM releases r WHERE ${PUBLIC_RELEASE_SQL('r', '$1')}`
const SLICE = `SELECT r.id, r.slug, r.updated_at FROM releases r WHERE ${PUBLIC_RELEASE_SQL('r', '$3')}
  ORDER BY r.id LIMIT $1 OFFSET $2`
const AMONG = `SELECT r.id FROM releases r WHERE r.id = ANY($1::int[]) AND ${PUBLIC_RELEASE_SQL('r', '$2')}`

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { COUNT, SLICE, AMONG }

export type ReleaseAddress = { id: number; slug: string; updatedAt: string }

/** How many releases the public may see. */
export async function countPublicReleases(payload: Payload, now = new Date()): Promise<number> {
  const { rows } = await pool(payload).query<{ n: string }>(COUNT, [now])
  return Number(rows[0].n)
}

/** One slice of the public releases, oldest first by id: a new release lands on the last slice. */
export async function publicReleaseSlice(
  payload: Payload,
  slice: number,
  size: number,
  now = new Date(),
): Promise<ReleaseAddress[]> {
  const { rows } = await pool(payload).query<{ id: number; slug: string; updated_at: Date }>(SLICE, [
    size,
    (slice - 1) * size,
    now,
  ])
  return rows.map((r) => ({ id: Number(r.id), slug: r.slug, updatedAt: new Date(r.updated_at).toISOString() }))
}

/** The ids, among these, that the public may see. */
export async function publicReleaseIds(payload: Payload, ids: number[], now = new Date()): Promise<number[]> {
  const { rows } = await pool(payload).query<{ id: number }>(AMONG, [ids, now])
  return rows.map((r) => Number(r.id))
}
