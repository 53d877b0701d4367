import type { Payload } from 'payload'
import { pool } from '../db/pool'
import { checkQuery } from '../search/query'

// More than any newsroom's directory holds; a bound on the work one search can ask for.
const MAX_MATCHES = 500

export type ExpertSearch = { kind: 'results'; q: string; ids: number[] } | { kind: 'empty' | 'too-long' | 'no-words' }

/**
 * The experts whose public profile matches the words, best first, by the same full-text rules as release search
 * (lib/search). The ids are not yet filtered: the caller reads them through the public rule, so an expert taken off
 * the directory is never found, and only public fields are ever indexed (lib/experts/index-expert).
 */
export async function matchExperts(payload: Payload, raw: string): Promise<ExpertSearch> {
  const check = checkQuery(raw)
  if (!check.ok) return { kind: check.reason }
  const db = pool(payload)
  const { rows: words } = await db.query<{ n: number }>(`SELECT numnode(websearch_to_tsquery('english', $1)) AS n`, [
    check.q,
  ])
  if (!words[0]?.n) return { kind: 'no-words' }
  const { rows } = await db.query<{ id: number }>(
    `SELECT expert_id AS id FROM expert_search, websearch_to_tsquery('english', $1) q
     WHERE document @@ q ORDER BY ts_rank_cd(document, q, 1) DESC, expert_id LIMIT $2`,
    [check.q, MAX_MATCHES],
  )
  return { kind: 'results', q: check.q, ids: rows.map((r) => r.id) }
}
