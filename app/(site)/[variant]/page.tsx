import Link from 'next/link'
import { ReleaseCard } from '@/components/release-card'
import { listReleases } from '@/lib/data/releases'

export default async function Home() {
  const { docs } = await listReleases({ page: 1 })
  const [lead, ...rest] = docs
  return (
    <>
      <h1 className="visually-hidden">Latest news</h1>
      {lead ? (
        <section aria-labelledby="featured" className="featured">
          <h2 id="featured" className="eyebrow">Featured</h2>
          <ReleaseCard release={lead} headingLevel={3} />
        </section>
      ) : (
        <p>No news has been published yet.</p>
      )}
      <section aria-labelledby="latest">
        <h2 id="latest">Latest releases</h2>
        <div className="grid">
          {rest.slice(0, 6).map((r) => (
            <ReleaseCard key={r.id} release={r} headingLevel={3} />
          ))}
        </div>
        <p>
          <Link href="/news">All news</Link>
        </p>
      </section>
    </>
  )
}
