import type { Payload, Where } from 'payload'
import { rankReleases, releaseHeadlines, searchableWords } from '../db/search'
import { MARK_END, MARK_START } from './lexical-text'
import { checkQuery, SEARCH_PAGE_SIZE, type SearchInput } from './query'

// Enough for anyone paging through results: the newest this many matches are ranked; ranking more would only cost
// time.
export const MAX_MATCHES = 1000
const HEADLINE = [
  `StartSel=${MARK_START}, StopSel=${MARK_END}`,
  'MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "',
].join(', ')

export type SearchHit<T> = { release: T; snippet: string }
export type SearchOutcome<T> =
  | {
      kind: 'results'
      q: string
      hits: SearchHit<T>[]
      total: number
      page: number
      totalPages: number
      capped: boolean
    }
  | { kind: 'empty' | 'too-long' | 'no-words' }

type Find<T> = (where: Where, ids: number[]) => Promise<T[]>

/**
 * Full-text search over the index (lib/search/index-release): the newest matches the public may see, by the public
 * rule in SQL (lib/db/public-releases.ts, held to Payload's by tests/public-rule.test.ts), ranked. Drafts and
 * embargoed releases are never found, and an embargo that passes makes a release findable at once. `find` fetches
 * what the page shows for the page's ids, through Payload with overrideAccess off, so the rule is asked twice.
 */
export async function searchReleases<T extends { id: number }>(
  payload: Payload,
  input: SearchInput & { topicId?: number },
  find: Find<T>,
): Promise<SearchOutcome<T>> {
  const check = checkQuery(input.q)
  if (!check.ok) return { kind: check.reason }
  // Only words search ignores ("the", "and", punctuation): nothing to look for.
  if (!(await searchableWords(payload, check.q))) return { kind: 'no-words' }
  const matches = await rankReleases(payload, check.q, MAX_MATCHES, { topicId: input.topicId, year: input.year })
  const totalPages = Math.max(1, Math.ceil(matches.length / SEARCH_PAGE_SIZE))
  const page = Math.min(input.page, totalPages)
  const pageIds = matches.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE)
  const [cards, snippets] = await Promise.all([
    pageIds.length ? find({ id: { in: pageIds } }, pageIds) : [],
    headlines(payload, check.q, pageIds),
  ])
  const byId = new Map(cards.map((c) => [c.id, c]))
  const hits = pageIds.flatMap((id) =>
    byId.has(id) ? [{ release: byId.get(id)!, snippet: snippets.get(id) ?? '' }] : [],
  )
  return {
    kind: 'results',
    q: check.q,
    hits,
    total: matches.length,
    page,
    totalPages,
    capped: matches.length >= MAX_MATCHES,
  }
}

async function headlines(payload: Payload, q: string, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map()
  return releaseHeadlines(payload, q, ids, HEADLINE)
}
