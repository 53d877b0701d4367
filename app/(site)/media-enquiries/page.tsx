import type { Metadata } from 'next'
import Link from 'next/link'
import { EnquiryForm } from '@/components/enquiry/enquiry-form'
import { expertOption } from '@/lib/data/experts'
import { getSettings } from '@/lib/data/settings'
import { RESPONSE_TIME } from '@/lib/enquiries/fields'
import { issueFillToken } from '@/lib/enquiries/fill-token'
import { utcToLondon } from '@/lib/enquiries/london-time'
import { releaseOptions } from '@/lib/enquiries/release-options'
import { telHref } from '@/lib/text/format'
import { sendEnquiry } from './actions'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Media enquiries',
  description: 'For journalists: send the press office an enquiry with your deadline.',
}

type Props = { searchParams: Promise<{ release?: string | string[]; expert?: string | string[] }> }

export default async function MediaEnquiriesPage({ searchParams }: Props) {
  const { release, expert: expertSlug } = await searchParams
  const wanted = typeof release === 'string' ? release.slice(0, 200) : ''
  const [settings, releases, expert] = await Promise.all([
    getSettings(),
    releaseOptions(wanted),
    expertOption(expertSlug),
  ])
  const selected = releases.some((r) => r.slug === wanted) ? wanted : ''
  const now = new Date()
  return (
    <div className="enquiry-page">
      <h1>Media enquiries</h1>
      <p className="lede">
        For journalists. Tell us what you need and by when, and the press office will come back to you. {RESPONSE_TIME}
      </p>
      {settings.outOfHoursPhone ? (
        <p>
          On a deadline within the hour? Phone{' '}
          <a href={telHref(settings.outOfHoursPhone)}>{settings.outOfHoursPhone}</a>, or find the right person on{' '}
          <Link href="/contacts">our press contacts page</Link>.
        </p>
      ) : null}
      <EnquiryForm
        action={sendEnquiry}
        token={issueFillToken(now)}
        today={utcToLondon(now).date}
        releases={releases}
        release={selected}
        expert={expert}
      />
    </div>
  )
}
