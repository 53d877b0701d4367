import type { Payload } from 'payload'
import { rankExperts, searchableWords } from '../db/search'
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
  if (!(await searchableWords(payload, check.q))) return { kind: 'no-words' }
  return { kind: 'results', q: check.q, ids: await rankExperts(payload, check.q, MAX_MATCHES) }
}
