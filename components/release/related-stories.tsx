import { ReleaseCard } from '@/components/release-card'
import type { ReleaseCard as Card } from '@/lib/data/releases'

export function RelatedStories({ releases }: { releases: Card[] }) {
  if (!releases.length) return null
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related Stories</h2>
      <div className="grid">
        {releases.map((r) => (
          <ReleaseCard key={r.id} release={r} headingLevel={3} />
        ))}
      </div>
    </section>
  )
}
