import type { Metadata } from 'next'
import Link from 'next/link'
import { TopicChoice } from '@/components/subscribe/topic-choice'
import { findByManageToken } from '@/lib/alerts/manage'
import { payload } from '@/lib/data/payload'
import { listTopics } from '@/lib/data/topics'
import { saveTopicsAction } from './actions'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Your email alerts', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const DONE: Record<string, string> = {
  confirmed: 'Thank you: your email alerts have started.',
  saved: 'Your choices have been saved.',
  unsubscribed: 'You have been unsubscribed and will get no more alerts.',
}

export default async function ManagePage({ searchParams }: Props) {
  const { token, done, error } = await searchParams
  const [found, topics] = await Promise.all([findByManageToken(await payload(), token), listTopics()])
  if (!found.ok) {
    return (
      <div className="subscribe-page">
        <h1>This link does not work</h1>
        <p>
          It may have been copied incompletely from the email. The link at the foot of any alert works, or you can{' '}
          <Link href="/subscribe">subscribe again</Link>.
        </p>
      </div>
    )
  }
  const { subscriber } = found
  const chosen = (subscriber.topics ?? []).flatMap((t) => {
    const topic = topics.find((x) => x.id === (typeof t === 'object' ? t.id : t))
    return topic?.slug ? [topic.slug] : []
  })
  const unsubscribed = subscriber.status === 'unsubscribed'
  const message = typeof done === 'string' ? DONE[done] : undefined
  return (
    <div className="subscribe-page">
      <h1>Your email alerts</h1>
      {message ? (
        <p className="confirmation-panel" role="status">
          {message}
        </p>
      ) : null}
      <p>
        Alerts for <strong>{subscriber.email}</strong>
        {unsubscribed
          ? ' are switched off. Save your choices below to start them again.'
          : subscriber.status === 'pending'
            ? ' start once you confirm from the email we sent.'
            : '.'}
      </p>
      <form action={saveTopicsAction} className="subscribe-form" aria-label="Alert choices">
        <input type="hidden" name="token" value={String(token)} />
        <TopicChoice
          topics={topics}
          allNews={Boolean(subscriber.allNews)}
          chosen={chosen}
          error={error === 'topics' ? 'Choose at least one topic, or choose all news' : undefined}
        />
        <button type="submit" className="button">
          Save my choices
        </button>
      </form>
      {unsubscribed ? null : (
        <form
          method="post"
          action={`/subscribe/unsubscribe?token=${encodeURIComponent(String(token))}`}
          className="unsubscribe-form"
        >
          <button type="submit" className="button button-secondary">
            Unsubscribe from all alerts
          </button>
        </form>
      )}
    </div>
  )
}
