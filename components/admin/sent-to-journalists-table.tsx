import type { SentDistribution } from '@/lib/numbers/outreach'
import { formatDate } from '@/lib/time/dates'

const day = (d: Date | null) => (d ? formatDate(d) : '')

/** Where an email stands, in words: nothing is counted for one that has not gone. */
function when(d: SentDistribution): string {
  if (d.status === 'draft') return 'Draft, not sent'
  if (d.status === 'scheduled') return d.sends_at ? `Set to send ${day(d.sends_at)}` : 'Set to send'
  if (d.status === 'sending') return `Sending (${d.waiting} waiting)`
  if (d.status === 'cancelled') return d.sent ? `Cancelled after ${d.sent} sent` : 'Cancelled'
  return day(d.sent_at ?? d.sends_at)
}

const COUNTS = [
  ['recipients', 'Recipients'],
  ['sent', 'Sent'],
  ['failed', 'Failed'],
  ['bounced', 'Bounced'],
  ['unsubscribed', 'Unsubscribed'],
  ['opened', 'Opened preview'],
  ['clicked', 'Followed link'],
  ['enquired', 'Enquiries'],
] as const

/** One row per email to journalists: counts of people, from delivery records, links and enquiries. */
export function SentToJournalistsTable({
  rows,
  admin,
  caption,
  withRelease = false,
}: {
  rows: SentDistribution[]
  admin: string
  caption: string
  withRelease?: boolean
}) {
  return (
    <table className="what-landed-table sent-to-journalists-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Subject</th>
          {withRelease && <th scope="col">Release</th>}
          <th scope="col">When</th>
          {COUNTS.map(([key, label]) => (
            <th scope="col" key={key}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id}>
            <th scope="row">
              <a href={`${admin}/collections/distributions/${d.id}`}>{d.subject || 'No subject'}</a>
            </th>
            {withRelease && (
              <td className="text-cell">
                <a href={`${admin}/collections/releases/${d.release_id}`}>{d.releaseTitle}</a>
              </td>
            )}
            <td>{when(d)}</td>
            {COUNTS.map(([key]) => (
              <td key={key}>{d[key]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
