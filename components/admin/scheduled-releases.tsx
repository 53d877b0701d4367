import type { Payload, TypedUser } from 'payload'
import { scheduledPublishes } from '@/lib/publication/scheduled-publish'
import { formatEmbargo } from '@/lib/time/dates'
import { timeUntil } from '@/lib/time/time-until'
import { DASHBOARD_LIMIT, ReleaseTable } from './release-table'

/** Payload's scheduled publishing, soonest first; the releases are read as the user, so they see only their own. */
export async function ScheduledReleases({ payload, user }: { payload: Payload; user: TypedUser }) {
  const scheduled = await scheduledPublishes(payload, DASHBOARD_LIMIT)
  const ids = [...new Set(scheduled.map((s) => s.release))]
  const { docs } = ids.length
    ? await payload.find({
        collection: 'releases',
        draft: true,
        overrideAccess: false,
        user,
        depth: 0,
        limit: ids.length,
        select: { title: true },
        where: { id: { in: ids } },
      })
    : { docs: [] }
  const titles = new Map(docs.map((doc) => [doc.id, doc.title]))
  const rows = scheduled
    .filter((s) => titles.has(s.release))
    .map((s) => ({
      key: s.job,
      id: s.release,
      title: titles.get(s.release)!,
      at: formatEmbargo(s.at),
      detail: `${s.action === 'publish' ? 'Publishes' : 'Unpublishes'} ${timeUntil(s.at)}`,
    }))
  return (
    <ReleaseTable
      id="scheduled-releases-heading"
      heading="Scheduled releases"
      empty="Nothing is scheduled."
      atLabel="When"
      detailLabel="What"
      rows={rows}
    />
  )
}
