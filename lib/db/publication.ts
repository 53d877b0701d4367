import type { Payload } from 'payload'
import { pool } from './pool'

// A client of Payload's pool, in the caller's transaction.
type Client = { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }

// Published releases whose embargo lifted after the watermark and by $1: what going public by the clock handles.
const LIFTED = `FROM releases r, publication_watermark w
  WHERE w.id = 1 AND r._status = 'published' AND r.embargo_until > w.lifted_through AND r.embargo_until <= $1`
const DUE = `SELECT r.id, r.slug ${LIFTED} ORDER BY r.embargo_until`
const ANY_DUE = `SELECT EXISTS (SELECT 1 ${LIFTED}) AS due`
const MOVE_WATERMARK = 'UPDATE publication_watermark SET lifted_through = greatest(lifted_through, $1) WHERE id = 1'

export type WentPublic = { id: number; slug: string | null }

/** The releases to handle now, inside the caller's transaction (lib/publication/go-public). */
export async function releasesLifted(client: Client, now: Date): Promise<WentPublic[]> {
  return (await client.query(DUE, [now])).rows as WentPublic[]
}

export async function moveWatermark(client: Client, now: Date): Promise<void> {
  await client.query(MOVE_WATERMARK, [now])
}

/** Whether an embargo has lifted since the watermark: one cheap query, asked every second by every server. */
export async function somethingToLift(payload: Payload, now = new Date()): Promise<boolean> {
  const { rows } = await pool(payload).query<{ due: boolean }>(ANY_DUE, [now])
  return Boolean(rows[0]?.due)
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { DUE, ANY_DUE, MOVE_WATERMARK }
