import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/pagination'
import { SearchForm } from '@/components/search/search-form'
import { SearchHit } from '@/components/search/search-hit'
import { SiteShell } from '@/components/site-shell'
import { payload } from '@/lib/data/payload'
import { releaseYears } from '@/lib/data/releases'
import { search, type SearchResults } from '@/lib/data/search'
import { listTopics } from '@/lib/data/topics'
import { searchHref } from '@/lib/search/href'
import { QUERY_MAX, readSearchParams } from '@/lib/search/query'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Search', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const MESSAGES = {
  empty: 'Enter a word or two to search the news releases.',
  'too-long': `That search is too long. Please use up to ${QUERY_MAX} characters: a few distinctive words work best.`,
  'no-words': 'Try more distinctive words: very common words such as “the” or “and” are left out of searches.',
  unavailable: 'Sorry, search is not working just now. Please try again in a moment, or browse the news.',
}

export default async function SearchPage({ searchParams }: Props) {
  const input = readSearchParams(await searchParams)
  const [topics, years] = await Promise.all([listTopics(), releaseYears()])
  let results: SearchResults | { kind: 'unavailable' }
  try {
    results = await search(input)
  } catch (error) {
    // Not the reader's mistake, and still not an error page: the form stays for another try.
    ;(await payload()).logger.error({ err: error, msg: 'Search failed' })
    results = { kind: 'unavailable' }
  }
  const shown = input.q.slice(0, QUERY_MAX)
  return (
    <SiteShell query={shown}>
      <h1>Search</h1>
      <SearchForm q={shown} topic={input.topic} year={input.year} topics={topics} years={years} />
      {results.kind !== 'results' ? (
        <p className="search-message" role="status">
          {MESSAGES[results.kind]}
        </p>
      ) : (
        <>
          <p className="result-count" role="status">
            {results.total === 1 ? '1 release' : `${results.total}${results.capped ? '+' : ''} releases`} found for “
            {results.q}”{results.totalPages > 1 ? ` · page ${results.page} of ${results.totalPages}` : ''}
          </p>
          {results.hits.length ? (
            <div className="list">
              {results.hits.map((hit) => (
                <SearchHit key={hit.release.id} release={hit.release} snippet={hit.snippet} />
              ))}
            </div>
          ) : (
            <div className="empty">
              <p>No releases match your search{input.topic || input.year ? ' with these filters' : ''}.</p>
              <p>
                Try fewer or different words, or <Link href="/news">browse all news</Link>.
              </p>
            </div>
          )}
          <Pagination
            page={results.page}
            totalPages={results.totalPages}
            hrefFor={(page) => searchHref({ q: results.q, topic: input.topic, year: input.year, page })}
          />
        </>
      )}
    </SiteShell>
  )
}
