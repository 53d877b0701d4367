import { formatEmbargo } from '@/lib/time/dates'

// Outside the component: whether the embargo is still ahead depends on when the badge is drawn, which is the point.
const isAhead = (iso: string) => new Date(iso).getTime() > Date.now()

/**
 * The unmistakable embargo line for a release, in London time: red while the embargo holds, quiet once it has
 * lifted, nothing when there is none. Used by the list's cell and the edit view's sidebar alike.
 */
export function EmbargoBadge({ until }: { until?: string | null }) {
  if (!until || Number.isNaN(new Date(until).getTime())) return null
  const when = <time dateTime={until}>{formatEmbargo(until)}</time>
  if (isAhead(until)) {
    return (
      <span className="embargo-badge embargo-badge--active">
        <strong>EMBARGOED</strong> until {when}
      </span>
    )
  }
  return <span className="embargo-badge embargo-badge--lifted">Embargo lifted {when}</span>
}
