import {
  schedulePublishHandler,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import { Forbidden, type ServerFunction } from 'payload'
import { isEditorUser } from '../../access/roles'
import { ClientError } from '../api/client-error'
import { recordAudit } from '../audit/record'

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
  const type = args.type === 'unpublish' && args.doc && !(await isLive(req, args.doc.value)) ? 'publish' : args.type
  const cancelled = args.deleteID ? await scheduledJob(req, args.deleteID) : null
  const answer = await schedulePublishHandler({ ...args, type })
  if ((answer as { error?: string } | undefined)?.error) return answer
  if (cancelled)
    await recordAudit(req, {
      action: 'schedule.cancelled',
      subject: { collection: 'releases', id: cancelled.release },
      field: 'schedule',
      before: `${cancelled.type} at ${cancelled.at}`,
    })
  else if (args.doc && args.date)
    await recordAudit(req, {
      action: 'schedule.set',
      subject: { collection: 'releases', id: Number(args.doc.value) },
      field: 'schedule',
      after: `${type} at ${new Date(args.date).toISOString()}`,
    })
  return answer
}

type Job = { id: number; input?: { type?: string; doc?: { relationTo?: string; value?: unknown } }; waitUntil?: string }

async function scheduledJob(req: Parameters<ServerFunction>[0]['req'], id: unknown) {
  const job = await req.payload.db.findOne<Job>({
    collection: 'payload-jobs',
    where: { and: [{ id: { equals: id } }, { taskSlug: { equals: 'schedulePublish' } }] },
    req,
  })
  if (!job || job.input?.doc?.relationTo !== 'releases') return null
  return { release: Number(job.input.doc.value), type: job.input.type ?? 'publish', at: job.waitUntil ?? '' }
}

async function isLive(req: Parameters<ServerFunction>[0]['req'], id: unknown): Promise<boolean> {
  const row = await req.payload.db.findOne<{ id: number; _status?: string }>({
    collection: 'releases',
    where: { id: { equals: Number(id) } },
    req,
  })
  return row?._status === 'published'
}
