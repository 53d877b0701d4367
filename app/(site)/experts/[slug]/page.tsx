import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ExpertFacts } from '@/components/experts/expert-facts'
import { ReleaseCard } from '@/components/release-card'
import { getExpert, releasesNaming } from '@/lib/data/experts'
import { getSettings } from '@/lib/data/settings'
import { interviewHref } from '@/lib/experts/interview-href'
import { expertJsonLd } from '@/lib/experts/json-ld'
import { expertMetadata } from '@/lib/experts/meta'
import { asMedia, sizeOf } from '@/lib/media-files/picture'

// Rendered on first visit, then served from Next's cache until an expert, release or picture changes.
export const dynamic = 'force-static'
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [expert, settings] = await Promise.all([getExpert((await params).slug), getSettings()])
  return expert ? expertMetadata(expert, settings) : { title: 'Page not found' }
}

export default async function ExpertPage({ params }: Props) {
  const expert = await getExpert((await params).slug)
  if (!expert) notFound()
  const [releases, settings] = await Promise.all([releasesNaming(expert.id), getSettings()])
  const photo = sizeOf(asMedia(expert.photo), 'card')
  const role = [expert.jobTitle, expert.department].filter(Boolean).join(', ')
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: expertJsonLd(expert, settings) }} />
      <p className="back">
        <Link href="/experts">
          <span aria-hidden="true">← </span>Back to all experts
        </Link>
      </p>
      <div className="expert-profile">
        {/* The page's largest picture on a phone: asked for first. */}
        {photo ? (
          <img src={photo.url} alt={photo.alt} width={photo.width} height={photo.height} fetchPriority="high" />
        ) : null}
        <div>
          <h1>{expert.name}</h1>
          {role ? <p className="lede">{role}</p> : null}
          {expert.summary ? <p>{expert.summary}</p> : null}
          <p>
            <Link className="button" href={interviewHref(expert.slug!)}>
              Request an interview
            </Link>
          </p>
          <p className="meta">Interviews are arranged through the press office, usually the same working day.</p>
        </div>
      </div>
      <ExpertFacts expert={expert} />
      <section aria-labelledby="expert-releases">
        <h2 id="expert-releases">In our news</h2>
        {releases.length ? (
          <div className="list">
            {releases.map((r) => (
              <ReleaseCard key={r.id} release={r} headingLevel={3} />
            ))}
          </div>
        ) : (
          <p>No releases name {expert.name} yet.</p>
        )}
      </section>
    </>
  )
}
