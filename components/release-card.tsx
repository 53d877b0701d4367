import Link from 'next/link'
import type { ReleaseCard as Card } from '@/lib/data/releases'
import { formatDate } from '@/lib/dates'
import { asMedia, sizeOf } from '@/lib/media'

type Props = { release: Card; headingLevel?: 2 | 3; href?: string; variant?: 'lead' }

export function ReleaseCard({ release, headingLevel = 2, href, variant }: Props) {
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
          loading={lead ? 'eager' : 'lazy'}
          fetchPriority={lead ? 'high' : undefined}
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
