import Link from 'next/link'
import { ReleaseCard } from '@/components/release-card'
import { getFeatured, listReleases } from '@/lib/data/releases'
import { getSettings } from '@/lib/data/settings'
import { listTopics } from '@/lib/data/topics'
import { withFeeds } from '@/lib/feeds/discovery'
import { newsroomName } from '@/lib/text/newsroom-name'

export const metadata = { alternates: withFeeds('/') }

export default async function Home() {
  const [featured, latest, topics, settings] = await Promise.all([
    getFeatured(),
    listReleases({ page: 1 }),
    listTopics(),
    getSettings(),
  ])
  const lead = featured ?? latest.docs[0]
  const rest = latest.docs.filter((r) => r.id !== lead?.id).slice(0, 6)
  return (
    <>
      <h1 className="page-title">{newsroomName(settings)}</h1>
      {lead ? (
        <section aria-labelledby="featured-heading" className="featured">
          <h2 id="featured-heading" className="eyebrow">
            Featured
          </h2>
          <ReleaseCard release={lead} headingLevel={3} variant="lead" />
        </section>
      ) : (
        <p className="empty">No news has been published yet.</p>
      )}
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest news</h2>
        <div className="grid">
          {rest.map((r) => (
            <ReleaseCard key={r.id} release={r} headingLevel={3} />
          ))}
        </div>
        <p className="more">
          <Link href="/news">All news releases</Link>
        </p>
      </section>
      <section aria-labelledby="topics-heading" className="home-topics">
        <h2 id="topics-heading">Browse by topic</h2>
        <ul className="chips">
          {topics.map((t) => (
            <li key={t.id}>
              <Link href={`/topics/${t.slug}`}>{t.name}</Link>
            </li>
          ))}
        </ul>
      </section>
      <aside className="journalist-panel" aria-labelledby="journalists-heading">
        <h2 id="journalists-heading">For journalists</h2>
        <p>
          Find the right <Link href="/contacts">press contact</Link> or{' '}
          <Link href="/media-enquiries">send a media enquiry</Link> with your deadline.
        </p>
        <p>
          Hear first: <Link href="/subscribe">get email alerts</Link> or follow the{' '}
          <a href="/news/feed.xml">RSS feed</a>.
        </p>
      </aside>
    </>
  )
}
