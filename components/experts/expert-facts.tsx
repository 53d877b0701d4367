import Link from 'next/link'
import type { ExpertProfile } from '@/lib/data/experts'
import { mediaLabels } from '@/lib/experts/labels'

/** What a journalist weighs before asking: subjects, media experience, languages and when they can talk. */
export function ExpertFacts({ expert }: { expert: ExpertProfile }) {
  const topics = (expert.topics ?? []).flatMap((t) => (typeof t === 'object' && t ? [t] : []))
  const rows: [string, React.ReactNode][] = []
  if (topics.length)
    rows.push([
      'Topics',
      topics.map((t, i) => (
        <span key={t.id}>
          {i ? ', ' : ''}
          <Link href={`/experts?topic=${t.slug}`}>{t.name}</Link>
        </span>
      )),
    ])
  if (expert.keywords?.length) rows.push(['Can talk about', expert.keywords.join(', ')])
  if (expert.mediaExperience?.length) rows.push(['Media experience', mediaLabels(expert.mediaExperience)])
  if (expert.languages?.length) rows.push(['Interview languages', expert.languages.join(', ')])
  if (expert.availability) rows.push(['Availability', expert.availability])
  if (!rows.length) return null
  return (
    <section aria-labelledby="expert-facts">
      <h2 id="expert-facts">Expertise</h2>
      <dl className="expert-facts">
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
