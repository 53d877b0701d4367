import { ReleaseCard } from '@/components/release-card'
import { listReleases } from '@/lib/data/releases'
import { parseVariant } from '@/lib/variant'

export const metadata = { title: 'News' }

export default async function News({ params }: { params: Promise<{ variant: string }> }) {
  const { page = 1 } = parseVariant((await params).variant)
  const list = await listReleases({ page })
  return (
    <>
      <h1>News</h1>
      <p>{list.totalDocs} releases</p>
      <div className="list">
        {list.docs.map((r) => (
          <ReleaseCard key={r.id} release={r} />
        ))}
      </div>
    </>
  )
}
