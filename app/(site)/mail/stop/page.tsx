import type { Metadata } from 'next'
import { payload } from '@/lib/data/payload'
import { recipientOfStopLink } from '@/lib/distribution/unsubscribe'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Stop getting press releases', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function StopPage({ searchParams }: Props) {
  const { token, done } = await searchParams
  const who = await recipientOfStopLink(await payload(), token)
  if (!who) {
    return (
      <div className="subscribe-page">
        <h1>This link does not work</h1>
        <p>It may have been copied incompletely from the email. The link at the foot of any release email works.</p>
      </div>
    )
  }
  const stopped = done === '1' || who.status !== 'active'
  return (
    <div className="subscribe-page">
      <h1>Stop getting press releases</h1>
      {stopped ? (
        <p className="confirmation-panel" role="status">
          {who.email ? <strong>{who.email}</strong> : 'This address'} will get no more press releases from us.
        </p>
      ) : (
        <form method="post" action={`/mail/unsubscribe?token=${encodeURIComponent(String(token))}`}>
          <p>
            Press releases are sent to <strong>{who.email}</strong>. Stop them, and we will send no more.
          </p>
          <button type="submit" className="button">
            Stop sending me releases
          </button>
        </form>
      )}
    </div>
  )
}
