import type { Metadata } from 'next'
import Link from 'next/link'
import { NewsFilters } from '@/components/news-filters'
import { Pagination } from '@/components/pagination'
import { ReleaseCard } from '@/components/release-card'
import { listReleases, releaseYears } from '@/lib/data/releases'
import { listTopics } from '@/lib/data/topics'
import { withFeeds } from '@/lib/feeds/discovery'
import { listHref, parseVariant, releaseHref } from '@/lib/routes/variant'

type Props = { params: Promise<{ variant: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { topic, year, page } = parseVariant((await params).variant)
  return {
    title: ['News', year, page && page > 1 ? `page ${page}` : null].filter(Boolean).join(', '),
    alternates: withFeeds(listHref('/news', { topic, year, page })),
  }
}

export default async function News({ params }: Props) {
  const { topic, year, page = 1 } = parseVariant((await params).variant)
  const [topics, years] = await Promise.all([listTopics(), releaseYears()])
  const current = topics.find((t) => t.slug === topic)
  const list = await listReleases({ page, topicId: current?.id ?? (topic ? -1 : undefined), year })
  const filtered = Boolean(topic || year)
  const describe = [current?.name, year].filter(Boolean).join(', ')
  return (
    <>
      <h1>News</h1>
      <NewsFilters topics={topics} years={years} topic={current?.slug ?? undefined} year={year} />
      <p className="result-count" role="status">
        {list.totalDocs === 1 ? '1 release' : `${list.totalDocs} releases`}
        {describe ? ` in ${describe}` : ''}
        {list.totalPages > 1 ? ` · page ${page} of ${list.totalPages}` : ''}
      </p>
      {list.docs.length ? (
        <div className="list">
          {list.docs.map((r, i) => (
            <ReleaseCard
              key={r.id}
              release={r}
              href={releaseHref(r.slug ?? '', { from: 'news', topic, year, page })}
              first={i === 0}
            />
          ))}
        </div>
      ) : (
        <div className="empty">
          <p>No releases match these filters.</p>
          {filtered ? <Link href="/news">Show all news</Link> : null}
        </div>
      )}
      <Pagination
        page={page}
        totalPages={list.totalPages}
        hrefFor={(p) => listHref('/news', { topic, year, page: p })}
      />
      <aside className="journalist-panel" aria-labelledby="journalists-heading">
        <h2 id="journalists-heading">For journalists</h2>
        <p>
          Get new releases as they are published: <Link href="/subscribe">email alerts</Link> or the{' '}
          <a href="/news/feed.xml">RSS feed</a>.
        </p>
      </aside>
    </>
  )
}
