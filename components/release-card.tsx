import Link from 'next/link'
import type { ReleaseCard as Card } from '@/lib/data/releases'
import { formatDate } from '@/lib/dates'
import { asMedia, sizeOf } from '@/lib/media'

type Props = { release: Card; headingLevel?: 2 | 3; href?: string }

export function ReleaseCard({ release, headingLevel = 2, href }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const image = sizeOf(asMedia(release.heroImage), 'card')
  return (
    <article className="card">
      {image ? <img src={image.url} alt="" width={image.width} height={image.height} loading="lazy" /> : null}
      <div className="card-body">
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
