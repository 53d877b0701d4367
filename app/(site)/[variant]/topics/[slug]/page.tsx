import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Pagination } from '@/components/pagination'
import { ReleaseCard } from '@/components/release-card'
import { listReleases } from '@/lib/data/releases'
import { getTopic } from '@/lib/data/topics'
import { withFeeds } from '@/lib/feeds/discovery'
import { listHref, parseVariant, releaseHref } from '@/lib/routes/variant'

export const generateStaticParams = async () => []

type Props = { params: Promise<{ variant: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { variant, slug } = await params
  const topic = await getTopic(slug)
  if (!topic) return { title: 'Page not found' }
  const { page } = parseVariant(variant)
  return {
    title: page && page > 1 ? `${topic.name} news, page ${page}` : `${topic.name} news`,
    description: topic.description ?? undefined,
    alternates: withFeeds(listHref(`/topics/${slug}`, { page }), `/topics/${slug}/feed.xml`),
  }
}

export default async function TopicPage({ params }: Props) {
  const { variant, slug } = await params
  const topic = await getTopic(slug)
  if (!topic) notFound()
  const { page = 1 } = parseVariant(variant)
  const list = await listReleases({ page, topicId: topic.id })
  if (page > 1 && !list.docs.length) notFound()
  return (
    <>
      <p className="back">
        <Link href="/topics">All topics</Link>
      </p>
      <h1>{topic.name}</h1>
      {topic.description ? <p className="lede">{topic.description}</p> : null}
      <p className="result-count">
        {list.totalDocs === 1 ? '1 release' : `${list.totalDocs} releases`}
        {list.totalPages > 1 ? ` · page ${page} of ${list.totalPages}` : ''}
        {' · '}
        <a href={`/topics/${slug}/feed.xml`}>RSS feed</a>
        {' · '}
        <a href={`/subscribe?topic=${encodeURIComponent(slug)}`}>Email alerts for {topic.name}</a>
      </p>
      {list.docs.length ? (
        <div className="list">
          {list.docs.map((r, i) => (
            <ReleaseCard
              key={r.id}
              release={r}
              href={releaseHref(r.slug ?? '', { from: 'topic', topic: slug, page })}
              first={i === 0}
            />
          ))}
        </div>
      ) : (
        <p className="empty">No releases on this topic yet.</p>
      )}
      <Pagination page={page} totalPages={list.totalPages} hrefFor={(p) => listHref(`/topics/${slug}`, { page: p })} />
    </>
  )
}
