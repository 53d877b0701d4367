import { Forbidden, type ServerFunction } from 'payload'
import { scheduledPublishes, type ScheduledPublish } from '../publication/scheduled-publish'

/**
 * The `release-schedule` server function: what is scheduled for one release, for anyone signed in to the admin
 * (Payload's own lookup answers only people who may publish, but a contributor should see that their release is
 * going out at 00:01 too).
 */
export const releaseSchedule: ServerFunction<{ id?: number | string }, Promise<ScheduledPublish[]>> = async ({
  id,
  req,
}) => {
  if (!req.user) throw new Forbidden(req.t)
  return (await scheduledPublishes(req.payload)).filter((s) => String(s.release) === String(id))
}
