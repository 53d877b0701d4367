import type { Payload } from 'payload'
import { pool } from './pool'

// Reads of the full-text indexes (release_search, expert_search; written by lib/search/index-release.ts and
// lib/experts/index-expert.ts inside the save's transaction). $1 is the reader's words, as websearch syntax.
const WORD_COUNT = `SELECT numnode(websearch_to_tsquery('english', $1)) AS n`
const RANKED_RELEASES = `SELECT release_id AS id FROM release_search, websearch_to_tsquery('english', $1) q
  WHERE document @@ q ORDER BY ts_rank_cd(document, q, 1) DESC, release_id DESC LIMIT $2`
const RANKED_EXPERTS = `SELECT expert_id AS id FROM expert_search, websearch_to_tsquery('english', $1) q
  WHERE document @@ q ORDER BY ts_rank_cd(document, q, 1) DESC, expert_id LIMIT $2`
const HEADLINES = `SELECT release_id AS id,
    ts_headline('english', body_text, websearch_to_tsquery('english', $1), $3) AS snippet
  FROM release_search WHERE release_id = ANY($2::int[])`

/** How many words the query has that search does not ignore ("the", "and" and punctuation are ignored). */
export async function searchableWords(payload: Payload, q: string): Promise<number> {
  const { rows } = await pool(payload).query<{ n: number }>(WORD_COUNT, [q])
  return Number(rows[0]?.n ?? 0)
}

const ranked = async (payload: Payload, statement: string, q: string, limit: number) =>
  (await pool(payload).query<{ id: number }>(statement, [q, limit])).rows.map((r) => Number(r.id))

/** Release ids matching the words, best first: not yet filtered by the public rule. */
export const rankReleases = (payload: Payload, q: string, limit: number) => ranked(payload, RANKED_RELEASES, q, limit)
/** Expert ids matching the words, best first: not yet filtered by the public rule. */
export const rankExperts = (payload: Payload, q: string, limit: number) => ranked(payload, RANKED_EXPERTS, q, limit)

/** Snippets of these releases around the words, with the highlight markers given in `options`. */
export async function releaseHeadlines(payload: Payload, q: string, ids: number[], options: string) {
  const { rows } = await pool(payload).query<{ id: number; snippet: string }>(HEADLINES, [q, ids, options])
  return new Map(rows.map((r) => [Number(r.id), r.snippet]))
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { WORD_COUNT, RANKED_RELEASES, RANKED_EXPERTS, HEADLINES }
