import Link from 'next/link'
import type { ReleaseCard as Card } from '@/lib/data/releases'
import { asMedia, sizeOf } from '@/lib/media-files/picture'
import { formatDate } from '@/lib/time/dates'

// `first`: the card at the top of a list, whose picture is usually what a phone paints first (the LCP): loaded at once.
type Props = { release: Card; headingLevel?: 2 | 3; href?: string; variant?: 'lead'; first?: boolean }

export function ReleaseCard({ release, headingLevel = 2, href, variant, first = false }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const lead = variant === 'lead'
  const image = sizeOf(asMedia(release.heroImage), lead ? 'hero' : 'card')
  const topics = (release.topics ?? []).flatMap((t) => (typeof t === 'object' && t ? [t.name] : []))
  return (
    <article className={lead ? 'card card-lead' : 'card'}>
      {image ? (
        <img
          src={image.url}
          alt=""
          width={image.width}
          height={image.height}
          loading={lead || first ? 'eager' : 'lazy'}
          fetchPriority={lead || first ? 'high' : undefined}
        />
      ) : null}
      <div className="card-body">
        {topics.length ? <p className="card-topics">{topics.join(' · ')}</p> : null}
        <Heading className="card-title">
          <Link href={href ?? `/news/${release.slug}`}>{release.title}</Link>
        </Heading>
        {release.releaseDate ? (
          <p className="card-date">
            <time dateTime={release.releaseDate}>{formatDate(release.releaseDate)}</time>
          </p>
        ) : null}
        <p className="card-summary">{release.summary}</p>
      </div>
    </article>
  )
}
