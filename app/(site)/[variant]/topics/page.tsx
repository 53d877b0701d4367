import Link from 'next/link'
import { listTopics } from '@/lib/data/topics'
import { withFeeds } from '@/lib/feeds/discovery'

export const metadata = { title: 'Topics', alternates: withFeeds('/topics') }

export default async function TopicsPage() {
  const topics = await listTopics()
  return (
    <>
      <h1>Topics</h1>
      <ul className="topic-list">
        {topics.map((t) => (
          <li key={t.id}>
            <h2>
              <Link href={`/topics/${t.slug}`}>{t.name}</Link>
            </h2>
            {t.description ? <p>{t.description}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}
