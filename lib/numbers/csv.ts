import { csvCell } from '../../collections/subscribers/export-csv'
import type { CountRow } from '../db/release-counts'
import { londonDay } from '../on-call/london'
import type { CoverageRow } from './coverage'
import { KIND_LABELS } from './kinds'
import type { SentDistribution } from './outreach'

const COLUMNS = ['day', 'release_id', 'slug', 'title', 'kind', 'count']
const COVERAGE = ['date', 'release_id', 'title', 'outlet', 'headline', 'address', 'reach']
// "not_sent": held back because the contact had unsubscribed or was bouncing; "waiting": not yet sent.
const DISTRIBUTIONS = [
  'sends_at',
  'distribution_id',
  'release_id',
  'title',
  'subject',
  'status',
  'recipients',
  'sent',
  'failed',
  'bounced',
  'not_sent',
  'waiting',
  'unsubscribed',
  'opened_preview',
  'followed_link',
  'enquiries',
]

const lines = (rows: unknown[][]) => rows.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n'

/** One line per release, day and kind: what a spreadsheet or a dashboard tool takes in. */
export function figuresCsv(rows: CountRow[], releases: Map<number, { title: string; slug: string }>): string {
  const counts = rows.map((r) => {
    const release = releases.get(r.releaseId)
    return [r.day, r.releaseId, release?.slug ?? '', release?.title ?? '', KIND_LABELS[r.kind] ?? r.kind, r.count]
  })
  return lines([COLUMNS, ...counts])
}

// After the daily counts, each under a blank line and its name, so a tool reading the first table stops before them.
const section = (name: string, rows: unknown[][]) => `\r\n${lines([[name], ...rows])}`

/** One line per story; a reach nobody reported stays blank rather than 0. */
export const coverageCsv = (rows: CoverageRow[]) =>
  section('Coverage', [
    COVERAGE,
    ...rows.map((c) => [
      londonDay(new Date(c.date)),
      c.releaseId,
      c.releaseTitle,
      c.outlet,
      c.headline,
      c.url,
      c.reach,
    ]),
  ])

/** One line per email to journalists, with what came of it: counts only. */
export const distributionsCsv = (rows: SentDistribution[]) =>
  section('Sent to journalists', [
    DISTRIBUTIONS,
    ...rows.map((d) => [
      (d.sends_at ?? d.sent_at)?.toISOString() ?? '',
      d.id,
      d.release_id,
      d.releaseTitle,
      d.subject,
      d.status,
      d.recipients,
      d.sent,
      d.failed,
      d.bounced,
      d.skipped,
      d.waiting,
      d.unsubscribed,
      d.opened,
      d.clicked,
      d.enquired,
    ]),
  ])
