import type { Payload } from 'payload'
import { pool } from './pool'
import { PUBLIC_RELEASE_SQL } from './public-releases'

// Reads of the full-text indexes (release_search, expert_search; written by lib/search/index-release.ts and
// lib/experts/index-expert.ts inside the save's transaction). $1 is the reader's words, as websearch syntax.
const WORD_COUNT = `SELECT numnode(websearch_to_tsquery('english', $1)) AS n`
// The newest $2 matches the public may see at $3 (in topic $4 and year $5 when given), best first. Ranking every
// match of a common word (ts_rank_cd reads each document) took a second at 100,000 releases; the newest are read
// from the primary key backwards, so a common word costs as much as a rare one.
// The words are written out in each place, not shared through a CTE, and only the filters asked for are written:
// the planner can then see how common the words are and, for a common word, walk the newest releases backwards and
// stop at $2, instead of ranking every match.
const IN_TOPIC = `EXISTS (SELECT 1 FROM releases_rels t WHERE t.parent_id = r.id AND t.path = 'topics' AND t.topics_id = $4)`
const IN_YEAR = (p: string) =>
  `r.release_date >= make_timestamptz(${p}, 1, 1, 0, 0, 0, 'UTC')
    AND r.release_date < make_timestamptz(${p} + 1, 1, 1, 0, 0, 0, 'UTC')`
const ranked = (filters: string[]) => `SELECT c.id FROM (
    SELECT s.release_id AS id, s.document FROM release_search s JOIN releases r ON r.id = s.release_id
    WHERE s.document @@ websearch_to_tsquery('english', $1) AND ${PUBLIC_RELEASE_SQL('r', '$3')}
      ${filters.map((f) => `AND ${f}`).join(' ')}
    ORDER BY s.release_id DESC LIMIT $2
  ) c ORDER BY ts_rank_cd(c.document, websearch_to_tsquery('english', $1), 1) DESC, c.id DESC`
const RANKED_RELEASES = ranked([])
const RANKED_RELEASES_IN_TOPIC = ranked([IN_TOPIC])
const RANKED_RELEASES_IN_YEAR = ranked([IN_YEAR('$4::int')])
const RANKED_RELEASES_IN_TOPIC_YEAR = ranked([IN_TOPIC, IN_YEAR('$5::int')])
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

const idsOf = async (payload: Payload, statement: string, values: unknown[]) =>
  (await pool(payload).query<{ id: number }>(statement, values)).rows.map((r) => Number(r.id))

export type ReleaseFilter = { topicId?: number; year?: number; now?: Date }

/** Ids of the newest `limit` public releases matching the words (in a topic, a year), best first. */
export function rankReleases(payload: Payload, q: string, limit: number, filter: ReleaseFilter = {}) {
  const { topicId, year, now = new Date() } = filter
  const values = [q, limit, now]
  if (topicId !== undefined && year !== undefined)
    return idsOf(payload, RANKED_RELEASES_IN_TOPIC_YEAR, [...values, topicId, year])
  if (topicId !== undefined) return idsOf(payload, RANKED_RELEASES_IN_TOPIC, [...values, topicId])
  if (year !== undefined) return idsOf(payload, RANKED_RELEASES_IN_YEAR, [...values, year])
  return idsOf(payload, RANKED_RELEASES, values)
}
/** Expert ids matching the words, best first: not yet filtered by the public rule. */
export const rankExperts = (payload: Payload, q: string, limit: number) => idsOf(payload, RANKED_EXPERTS, [q, limit])

/** Snippets of these releases around the words, with the highlight markers given in `options`. */
export async function releaseHeadlines(payload: Payload, q: string, ids: number[], options: string) {
  const { rows } = await pool(payload).query<{ id: number; snippet: string }>(HEADLINES, [q, ids, options])
  return new Map(rows.map((r) => [Number(r.id), r.snippet]))
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = {
  WORD_COUNT,
  RANKED_RELEASES,
  RANKED_RELEASES_IN_TOPIC,
  RANKED_RELEASES_IN_YEAR,
  RANKED_RELEASES_IN_TOPIC_YEAR,
  RANKED_EXPERTS,
  HEADLINES,
}
