import type { Metadata } from 'next'
import { SubscribeForm } from '@/components/subscribe/subscribe-form'
import { listTopics } from '@/lib/data/topics'
import { subscribeAction } from './actions'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Email alerts',
  description: 'For journalists: get an email as soon as a news release is published, for all news or chosen topics.',
}

type Props = { searchParams: Promise<{ topic?: string | string[] }> }

export default async function SubscribePage({ searchParams }: Props) {
  const [topics, { topic }] = await Promise.all([listTopics(), searchParams])
  // Arriving from a topic page: that topic is ticked already.
  const preselected = typeof topic === 'string' && topics.some((t) => t.slug === topic) ? topic : undefined
  return (
    <div className="subscribe-page">
      <h1>Email alerts</h1>
      <p className="lede">
        Get an email with the headline, summary and link as soon as a news release is published: all news, or only the
        topics you choose. Every email has a link to change your topics or unsubscribe.
      </p>
      <p>
        Prefer a feed reader? Use the <a href="/news/feed.xml">RSS feed</a>.
      </p>
      <SubscribeForm action={subscribeAction} topics={topics} preselected={preselected} />
    </div>
  )
}
