import type { Payload } from 'payload'
import { londonYear } from '../enquiries/london-time'
import { pool } from './pool'

const NEXT_REFERENCE = `INSERT INTO enquiry_counters AS c (year, value) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET value = c.value + 1
     RETURNING value`

export const REFERENCE_PATTERN = /^ENQ-\d{4}-\d{5,}$/

/**
 * ENQ-2026-00042: numbered from 1 each (London) year. The counter row is bumped in one upsert, which PostgreSQL
 * serialises per row, so two enquiries arriving together never share a number.
 */
export async function nextReference(payload: Payload, now = new Date()): Promise<string> {
  const year = londonYear(now)
  const { rows } = await pool(payload).query<{ value: number }>(NEXT_REFERENCE, [year])
  return `ENQ-${year}-${String(rows[0].value).padStart(5, '0')}`
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { NEXT_REFERENCE }
