import Link from 'next/link'
import type { ExpertCard as Card } from '@/lib/data/experts'
import { mediaLabels, topicNames } from '@/lib/experts/labels'
import { asMedia, sizeOf } from '@/lib/media-files/picture'

export function ExpertCard({ expert }: { expert: Card }) {
  const photo = sizeOf(asMedia(expert.photo), 'thumbnail')
  const topics = topicNames(expert.topics)
  const role = [expert.jobTitle, expert.department].filter(Boolean).join(', ')
  return (
    <li className="contact-card expert-card">
      {photo ? <img src={photo.url} alt={photo.alt} width={photo.width} height={photo.height} loading="lazy" /> : null}
      <div>
        <h2 className="h3">
          <Link href={`/experts/${expert.slug}`}>{expert.name}</Link>
        </h2>
        {role ? <p className="contact-role">{role}</p> : null}
        {expert.summary ? <p>{expert.summary}</p> : null}
        {topics.length ? <p className="contact-topics">Topics: {topics.join(', ')}</p> : null}
        {expert.mediaExperience?.length ? (
          <p className="meta">Media experience: {mediaLabels(expert.mediaExperience)}</p>
        ) : null}
        {expert.languages?.length ? <p className="meta">Interviews in: {expert.languages.join(', ')}</p> : null}
      </div>
    </li>
  )
}
