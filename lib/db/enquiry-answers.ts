import type { Payload } from 'payload'
import { pool } from './pool'

const ANSWER_TIMES = `SELECT count(*) AS received, count(answered_at) AS answered,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at))
         FILTER (WHERE answered_at IS NOT NULL) / 60 AS median
     FROM enquiries WHERE created_at >= $1 AND created_at < $2`

export type AnswerTimes = { received: number; answered: number; medianMinutes: number | null }

/**
 * Enquiries received between two instants, how many have been answered, and the median time from arrival to the
 * first answer (lib: collections/enquiries/hooks/record-answered). The median, not the mean: one enquiry left over a
 * weekend should not hide a desk that answers most within the hour.
 */
export async function answerTimes(payload: Payload, from: Date, to: Date): Promise<AnswerTimes> {
  const { rows } = await pool(payload).query<{ received: string; answered: string; median: number | null }>(
    ANSWER_TIMES,
    [from, to],
  )
  const row = rows[0]
  return {
    received: Number(row?.received ?? 0),
    answered: Number(row?.answered ?? 0),
    medianMinutes: row?.median == null ? null : Math.round(Number(row.median)),
  }
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { ANSWER_TIMES }
