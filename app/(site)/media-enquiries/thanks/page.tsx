import type { Metadata } from 'next'
import Link from 'next/link'
import { getSettings } from '@/lib/data/settings'
import { REFERENCE_PATTERN } from '@/lib/db/enquiry-references'
import { RESPONSE_TIME } from '@/lib/enquiries/fields'
import { telHref } from '@/lib/text/format'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Enquiry sent', robots: { index: false } }

type Props = { searchParams: Promise<{ ref?: string | string[] }> }

export default async function EnquirySentPage({ searchParams }: Props) {
  const { ref } = await searchParams
  const reference = typeof ref === 'string' && REFERENCE_PATTERN.test(ref) ? ref : null
  const settings = await getSettings()
  return (
    <div className="enquiry-page">
      <div className="enquiry-sent">
        <h1>Enquiry sent</h1>
        {reference ? (
          <p className="enquiry-reference">
            Your reference is <strong>{reference}</strong>
          </p>
        ) : null}
      </div>
      <p>Thank you. The press office has your enquiry, and an acknowledgement is on its way to your inbox.</p>
      <p>{RESPONSE_TIME}</p>
      {settings.outOfHoursPhone ? (
        <p>
          If it becomes urgent, phone <a href={telHref(settings.outOfHoursPhone)}>{settings.outOfHoursPhone}</a>
          {reference ? ' and quote your reference' : null}.
        </p>
      ) : null}
      <p>
        <Link href="/news">Back to the news</Link>
      </p>
    </div>
  )
}
