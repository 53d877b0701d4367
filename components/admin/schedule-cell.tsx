import type { DefaultServerCellComponentProps } from 'payload'
import { cache } from 'react'
import { scheduledPublishes } from '@/lib/publication/scheduled-publish'
import { formatEmbargo } from '@/lib/time/dates'

// Once per page of the list, not once per row: the pending schedules are few.
const pending = cache(scheduledPublishes)

/** The releases list's "Scheduled" column: the next scheduled publish or unpublish, in London time. */
export async function ScheduleCell({ payload, rowData }: DefaultServerCellComponentProps) {
  const next = (await pending(payload)).find((s) => s.release === rowData?.id)
  if (!next) return null
  return (
    <span className="schedule-cell">
      {next.action === 'publish' ? 'Publishes' : 'Unpublishes'} <time dateTime={next.at}>{formatEmbargo(next.at)}</time>
    </span>
  )
}
