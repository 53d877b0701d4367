import type { Payload, TypedUser } from 'payload'
import { ReleasesInReview } from './releases-in-review'
import { ScheduledReleases } from './scheduled-releases'
import { UpcomingEmbargoes } from './upcoming-embargoes'

/** The comms team's dashboard panel: embargoes about to lift, releases about to go out, work waiting for an editor. */
export function CommsDashboard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  return (
    <div className="comms-dashboard">
      <UpcomingEmbargoes payload={payload} user={user} />
      <ScheduledReleases payload={payload} user={user} />
      <ReleasesInReview payload={payload} user={user} />
    </div>
  )
}
