import type { Payload, TypedUser } from 'payload'
import { formatEmbargo } from '@/lib/time/dates'
import { timeUntil } from '@/lib/time/time-until'
import { DASHBOARD_LIMIT, ReleaseTable } from './release-table'

/** Published releases still under embargo: what will appear on the site by itself, and when. */
export async function UpcomingEmbargoes({ payload, user }: { payload: Payload; user: TypedUser }) {
  const { docs, totalDocs } = await payload.find({
    collection: 'releases',
    overrideAccess: false,
    user,
    depth: 0,
    limit: DASHBOARD_LIMIT,
    sort: 'embargoUntil',
    select: { title: true, embargoUntil: true },
    where: {
      and: [{ _status: { equals: 'published' } }, { embargoUntil: { greater_than: new Date().toISOString() } }],
    },
  })
  const rows = docs.map((doc) => ({
    key: doc.id,
    id: doc.id,
    title: doc.title,
    at: formatEmbargo(doc.embargoUntil!),
    detail: timeUntil(doc.embargoUntil!),
  }))
  return (
    <ReleaseTable
      id="upcoming-embargoes-heading"
      heading="Upcoming embargoes"
      empty="No published release is under embargo."
      atLabel="Embargo lifts"
      detailLabel="Time left"
      rows={rows}
      total={totalDocs}
    />
  )
}
