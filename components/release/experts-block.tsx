import Link from 'next/link'
import type { ExpertRef } from '@/lib/experts/fields'
import { interviewHref } from '@/lib/experts/interview-href'

/** The experts a release names, each a way into an interview through the press office. */
export function ExpertsBlock({ experts, releaseSlug }: { experts: ExpertRef[]; releaseSlug?: string | null }) {
  if (!experts.length) return null
  return (
    <section className="experts-block" aria-labelledby="experts-heading">
      <h2 id="experts-heading">Experts available for interview</h2>
      <ul>
        {experts.map((e) => (
          <li key={e.id}>
            <Link href={`/experts/${e.slug}`}>{e.name}</Link>
            {[e.jobTitle, e.department].filter(Boolean).length ? (
              <span>, {[e.jobTitle, e.department].filter(Boolean).join(', ')}</span>
            ) : null}
            {' · '}
            <Link href={interviewHref(e.slug!, releaseSlug)} aria-label={`Request an interview with ${e.name}`}>
              Request an interview
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
