import type { Metadata } from 'next'
import Link from 'next/link'
import { ExpertCard } from '@/components/experts/expert-card'
import { ExpertFilters } from '@/components/experts/expert-filters'
import { findExperts, type ExpertDirectory } from '@/lib/data/experts'
import { payload } from '@/lib/data/payload'
import { listTopics } from '@/lib/data/topics'
import { withFeeds } from '@/lib/feeds/discovery'
import { QUERY_MAX, readSearchParams } from '@/lib/search/query'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Find an expert',
  description: 'Experts journalists can interview, by subject. Interviews are arranged through the press office.',
  alternates: withFeeds('/experts'),
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const MESSAGES = {
  empty: '',
  'too-long': `That search is too long. Please use up to ${QUERY_MAX} characters.`,
  'no-words': 'Try more distinctive words: very common words such as “the” are left out of searches.',
  unavailable: 'Sorry, the expert search is not working just now. Please try again in a moment.',
}

export default async function ExpertsPage({ searchParams }: Props) {
  const { q, topic } = readSearchParams(await searchParams)
  const topics = await listTopics()
  let found: ExpertDirectory | { kind: 'unavailable'; experts: [] }
  try {
    found = await findExperts({ q, topic })
  } catch (error) {
    ;(await payload()).logger.error({ err: error, msg: 'Expert search failed' })
    found = { kind: 'unavailable', experts: [] }
  }
  const shown = q.slice(0, QUERY_MAX)
  const filtered = Boolean(shown.trim() || topic)
  return (
    <>
      <h1>Find an expert</h1>
      <p className="lede">
        Academics and specialists who talk to the media. To arrange an interview, use “Request an interview” on their
        page or <Link href="/contacts">call the press office</Link>: we put you in touch, usually the same day.
      </p>
      <ExpertFilters q={shown} topic={topic} topics={topics} />
      {found.kind !== 'all' && found.kind !== 'results' ? (
        MESSAGES[found.kind] ? (
          <p className="search-message" role="status">
            {MESSAGES[found.kind]}
          </p>
        ) : null
      ) : (
        <p className="result-count" role="status">
          {found.experts.length === 1 ? '1 expert' : `${found.experts.length} experts`}
          {found.kind === 'results' ? ` found for “${found.q}”` : ''}
        </p>
      )}
      {found.experts.length ? (
        <ul className="contact-grid">
          {found.experts.map((e) => (
            <ExpertCard key={e.id} expert={e} />
          ))}
        </ul>
      ) : filtered && (found.kind === 'results' || found.kind === 'all') ? (
        <div className="empty">
          <p>No experts match. Try a broader word, or ask the press office: we may know someone who is not listed.</p>
          <p>
            <Link href="/experts">See every expert</Link>
          </p>
        </div>
      ) : null}
    </>
  )
}
