import Link from 'next/link'
import type { ReleaseCard } from '@/lib/data/releases'
import { formatDate } from '@/lib/time/dates'
import { Snippet } from './snippet'

/** One search result: like a release card, with the passage that matched instead of the summary. */
export function SearchHit({ release, snippet }: { release: ReleaseCard; snippet: string }) {
  const topics = (release.topics ?? []).flatMap((t) => (typeof t === 'object' && t ? [t.name] : []))
  return (
    <article className="card search-hit">
      <div className="card-body">
        {topics.length ? <p className="card-topics">{topics.join(' · ')}</p> : null}
        <h2 className="card-title">
          <Link href={`/news/${release.slug}`}>{release.title}</Link>
        </h2>
        {release.releaseDate ? (
          <p className="card-date">
            <time dateTime={release.releaseDate}>{formatDate(release.releaseDate)}</time>
          </p>
        ) : null}
        {snippet ? <Snippet text={snippet} /> : <p className="card-summary">{release.summary}</p>}
      </div>
    </article>
  )
}
