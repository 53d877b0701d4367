import type { Payload } from 'payload'
import { pool } from './pool'

// A client of Payload's pool, in the caller's transaction.
type Client = { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }

// Published releases whose embargo lifted after the watermark and by $1: what going public by the clock handles.
const LIFTED = `FROM releases r, publication_watermark w
  WHERE w.id = 1 AND r._status = 'published' AND r.embargo_until > w.lifted_through AND r.embargo_until <= $1`
const DUE = `SELECT r.id, r.slug, r.title, r.embargo_until AS "embargoUntil" ${LIFTED} ORDER BY r.embargo_until`
const NEXT_DUE = `SELECT min(r.embargo_until) AS next ${LIFTED}`
const MOVE_WATERMARK = 'UPDATE publication_watermark SET lifted_through = greatest(lifted_through, $1) WHERE id = 1'

export type WentPublic = { id: number; slug: string | null; title: string | null; embargoUntil: Date }

/** The releases to handle now, inside the caller's transaction (lib/publication/go-public). */
export async function releasesLifted(client: Client, now: Date): Promise<WentPublic[]> {
  return (await client.query(DUE, [now])).rows as WentPublic[]
}

export async function moveWatermark(client: Client, now: Date): Promise<void> {
  await client.query(MOVE_WATERMARK, [now])
}

/**
 * When the first embargo lifts of those lifted since the watermark or lifting by `horizon`, or null: one cheap
 * query, asked every second by every server.
 */
export async function nextLift(payload: Payload, horizon: Date): Promise<Date | null> {
  const { rows } = await pool(payload).query<{ next: Date | null }>(NEXT_DUE, [horizon])
  return rows[0]?.next ? new Date(rows[0].next) : null
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { DUE, NEXT_DUE, MOVE_WATERMARK }
