import type { Payload } from 'payload'
import { inTransaction, pool } from './pool'
import { PUBLIC_RELEASE_SQL } from './public-releases'

// Reads of the full-text indexes (release_search, expert_search; written by lib/search/index-release.ts and
// lib/experts/index-expert.ts inside the save's transaction). $1 is the reader's words, as websearch syntax.
const WORD_COUNT = `SELECT numnode(websearch_to_tsquery('english', $1)) AS n`
// Ranking every match of a common word (ts_rank_cd reads each document) took a second at 100,000 releases, so only
// the newest matches are ranked. Unfiltered, the newest $2 + 10% matches of any kind are taken from the word index
// alone (a bitmap of the matching rows, sorted by id: `+ 0` keeps the planner from walking the primary key instead,
// which it misjudges for words that occur together more or less often than chance), and then the public rule at $3
// leaves at most $2. With a topic ($4) or year ($4 or $5) the filters go inside, so older matches are found.
// The words are written out in each place, not shared through a CTE, so the planner sees them.
const RANK = `ORDER BY ts_rank_cd(c.document, websearch_to_tsquery('english', $1), 1) DESC, c.id DESC`
const RANKED_RELEASES = `SELECT c.id FROM (
    SELECT s.release_id AS id, s.document FROM release_search s
    WHERE s.document @@ websearch_to_tsquery('english', $1)
    ORDER BY s.release_id + 0 DESC LIMIT $2 + $2 / 10
  ) c JOIN releases r ON r.id = c.id WHERE ${PUBLIC_RELEASE_SQL('r', '$3')}
  ${RANK} LIMIT $2`
const IN_TOPIC = `EXISTS (SELECT 1 FROM releases_rels t
  WHERE t.parent_id = r.id AND t.path = 'topics' AND t.topics_id = $4)`
const IN_YEAR = (p: string) =>
  `r.release_date >= make_timestamptz(${p}, 1, 1, 0, 0, 0, 'UTC')
    AND r.release_date < make_timestamptz(${p} + 1, 1, 1, 0, 0, 0, 'UTC')`
const filtered = (filters: string[]) => `SELECT c.id FROM (
    SELECT s.release_id AS id, s.document FROM release_search s JOIN releases r ON r.id = s.release_id
    WHERE s.document @@ websearch_to_tsquery('english', $1) AND ${PUBLIC_RELEASE_SQL('r', '$3')}
      ${filters.map((f) => `AND ${f}`).join(' ')}
    ORDER BY s.release_id DESC LIMIT $2
  ) c ${RANK}`
const RANKED_RELEASES_IN_TOPIC = filtered([IN_TOPIC])
const RANKED_RELEASES_IN_YEAR = filtered([IN_YEAR('$4::int')])
const RANKED_RELEASES_IN_TOPIC_YEAR = filtered([IN_TOPIC, IN_YEAR('$5::int')])
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
  return fromWordIndex(payload, values)
}

// Reading every document to test the words (a sequential scan, which the planner picks for a common word) costs a
// second at 100,000 releases, where the word index's bitmap costs milliseconds: so the scan is ruled out here.
const fromWordIndex = (payload: Payload, values: unknown[]) =>
  inTransaction(payload, async (client) => {
    await client.query('SET LOCAL enable_seqscan = off')
    const { rows } = await client.query<{ id: number }>(RANKED_RELEASES, values)
    return rows.map((r) => Number(r.id))
  })
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
