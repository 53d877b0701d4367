import Link from 'next/link'
import { listTopics } from '@/lib/data/topics'

export const metadata = { title: 'Topics', alternates: { canonical: '/topics' } }

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
