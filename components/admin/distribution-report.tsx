import type { UIFieldServerProps } from 'payload'
import { distributionSummary, recipientReport, type RecipientReport } from '@/lib/db/distribution-report'
import { formatEmbargo } from '@/lib/time/dates'

const STATUS: Record<string, string> = {
  pending: 'Waiting',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  bounced: 'Bounced',
  skipped: 'Not sent',
}
// The page lists at most this many recipients; the counts above it cover them all.
const REPORT_ROWS = 500
const when = (d: Date | null) => (d ? formatEmbargo(d) : '')

function Row({ r }: { r: RecipientReport }) {
  return (
    <tr>
      <td>
        {r.name ?? 'Erased contact'}
        {r.outlet ? `, ${r.outlet}` : ''}
      </td>
      <td>
        {STATUS[r.status] ?? r.status}
        {r.error && r.status !== 'sent' ? ` (${r.error})` : ''}
        {r.sent_at ? ` ${when(r.sent_at)}` : ''}
      </td>
      <td>{r.first_opened_at ? `${when(r.first_opened_at)} (${r.opens})` : ''}</td>
      <td>{r.first_clicked_at ? when(r.first_clicked_at) : ''}</td>
      <td>{r.enquiries || ''}</td>
      <td>{r.unsubscribed_at ? when(r.unsubscribed_at) : ''}</td>
    </tr>
  )
}

/**
 * What happened, per recipient: sent, failed or bounced; when they opened their preview link (people only, from its
 * access log); when they followed their link to the public page; enquiries they sent; whether they unsubscribed.
 * Counted from links and replies, never a tracking pixel.
 */
export async function DistributionReport({ payload, id }: UIFieldServerProps) {
  if (!id) return null
  const summary = await distributionSummary(payload, Number(id))
  if (!summary?.recipients) return null
  const rows = await recipientReport(payload, Number(id), REPORT_ROWS)
  const line = [
    `${summary.sent} sent`,
    summary.waiting ? `${summary.waiting} waiting` : null,
    summary.failed ? `${summary.failed} failed` : null,
    summary.bounced ? `${summary.bounced} bounced` : null,
    summary.skipped ? `${summary.skipped} not sent (unsubscribed or bouncing)` : null,
    `${summary.opened} opened their preview`,
    `${summary.clicked} followed their link`,
    `${summary.enquired} sent an enquiry`,
    `${summary.unsubscribed} unsubscribed`,
  ].filter(Boolean)
  return (
    <section className="distribution-report" aria-labelledby="distribution-report-heading">
      <h3 id="distribution-report-heading">What happened</h3>
      <p>{line.join(' · ')}</p>
      {rows.length < summary.recipients ? (
        <p className="field-description">{`The first ${rows.length} of ${summary.recipients} recipients:`}</p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Recipient</th>
            <th scope="col">Email</th>
            <th scope="col">Opened preview</th>
            <th scope="col">Followed link</th>
            <th scope="col">Enquiries</th>
            <th scope="col">Unsubscribed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Row key={r.id} r={r} />
          ))}
        </tbody>
      </table>
    </section>
  )
}
