import {
  schedulePublishHandler,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import { Forbidden, type ServerFunction } from 'payload'
import { isEditorUser } from '../../access/roles'
import { ClientError } from '../api/client-error'

/**
 * The admin's Schedule drawer calls the `schedule-publish` server function, which in Payload only asks whether the
 * caller may use the admin at all: any contributor could queue a publish, or delete anyone's scheduled publish by
 * job id (`deleteID`; the ids are sequential). Scheduling is publishing, so it is the same editors-only decision, for
 * releases only.
 */
export const guardedSchedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req } = args
  if (!isEditorUser(req.user)) throw new Forbidden(req.t)
  if (args.global || (args.doc && args.doc.relationTo !== 'releases')) throw new Forbidden(req.t)
  if (args.type !== undefined && args.type !== 'publish' && args.type !== 'unpublish') {
    throw new ClientError('A schedule either publishes or unpublishes.')
  }
  // Payload's drawer offers Unpublish first on a release that was never published, where it can mean nothing: an
  // editor who picks only a time wants it to go out.
  if (args.type === 'unpublish' && args.doc && !(await isLive(req, args.doc.value)))
    return schedulePublishHandler({ ...args, type: 'publish' })
  return schedulePublishHandler(args)
}

async function isLive(req: Parameters<ServerFunction>[0]['req'], id: unknown): Promise<boolean> {
  const row = await req.payload.db.findOne<{ id: number; _status?: string }>({
    collection: 'releases',
    where: { id: { equals: Number(id) } },
    req,
  })
  return row?._status === 'published'
}
