import type { Metadata } from 'next'
import Link from 'next/link'
import { checkSubscriberToken } from '@/lib/alerts/tokens'
import { confirmAction } from '../manage/actions'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Confirm your email alerts', robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string | string[] }> }

// A button rather than confirming on arrival: mail scanners open links in emails, and must not subscribe anyone.
export default async function ConfirmPage({ searchParams }: Props) {
  const { token } = await searchParams
  const check = checkSubscriberToken('confirm', token)
  if (!check.ok) {
    return (
      <div className="subscribe-page">
        <h1>{check.reason === 'expired' ? 'This link has expired' : 'This link does not work'}</h1>
        <p>
          {check.reason === 'expired'
            ? 'Confirmation links work for three days.'
            : 'It may have been copied incompletely from the email.'}{' '}
          Please <Link href="/subscribe">subscribe again</Link> and we will send you a new link.
        </p>
      </div>
    )
  }
  return (
    <div className="subscribe-page">
      <h1>Confirm your email alerts</h1>
      <p>One more step: confirm, and you will get an email whenever a release you chose is published.</p>
      <form action={confirmAction}>
        <input type="hidden" name="token" value={String(token)} />
        <button type="submit" className="button">
          Confirm my subscription
        </button>
      </form>
    </div>
  )
}
