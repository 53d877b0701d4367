import type { Payload } from 'payload'
import { pool } from './pool'

/**
 * The public rule (access/public-releases.ts) in SQL, for reads too large for Payload's per-document work (a
 * sitemap file of 5,000 releases takes Payload about a second, this a few milliseconds). tests/public-rule.test.ts
 * holds the two to the same answer for every kind of release; change both together.
 */
export const PUBLIC_RELEASE_SQL = (r: string) =>
  `(${r}._status = 'published' AND (${r}.embargo_until IS NULL OR ${r}.embargo_until <= now()))`

const COUNT = `SELECT count(*) AS n FROM releases r WHERE ${PUBLIC_RELEASE_SQL('r')}`
const SLICE = `SELECT r.id, r.slug, r.updated_at FROM releases r WHERE ${PUBLIC_RELEASE_SQL('r')} ORDER BY r.id LIMIT $1 OFFSET $2`
const AMONG = `SELECT r.id FROM releases r WHERE r.id = ANY($1::int[]) AND ${PUBLIC_RELEASE_SQL('r')}`

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { COUNT, SLICE, AMONG }

export type ReleaseAddress = { id: number; slug: string; updatedAt: string }

/** How many releases the public may see. */
export async function countPublicReleases(payload: Payload): Promise<number> {
  const { rows } = await pool(payload).query<{ n: string }>(COUNT)
  return Number(rows[0].n)
}

/** One slice of the public releases, oldest first by id: a new release lands on the last slice. */
export async function publicReleaseSlice(payload: Payload, slice: number, size: number): Promise<ReleaseAddress[]> {
  const { rows } = await pool(payload).query<{ id: number; slug: string; updated_at: Date }>(SLICE, [
    size,
    (slice - 1) * size,
  ])
  return rows.map((r) => ({ id: Number(r.id), slug: r.slug, updatedAt: new Date(r.updated_at).toISOString() }))
}

/** The ids, among these, that the public may see. */
export async function publicReleaseIds(payload: Payload, ids: number[]): Promise<number[]> {
  const { rows } = await pool(payload).query<{ id: number }>(AMONG, [ids])
  return rows.map((r) => Number(r.id))
}
