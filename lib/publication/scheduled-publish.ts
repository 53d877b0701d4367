import type { Payload } from 'payload'

export type ScheduledPublish = { job: number | string; release: number; action: 'publish' | 'unpublish'; at: string }
type JobInput = { type?: string | null; doc?: { value?: unknown } | null }

/**
 * Payload keeps a release's scheduled publishing as a job in the queue, not on the release itself: these are the
 * ones still to run, soonest first. Jobs are not readable through the API, so this reads them with
 * overrideAccess and returns only release ids; callers look the releases up as their user.
 */
export async function scheduledPublishes(payload: Payload, limit = 100): Promise<ScheduledPublish[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    depth: 0,
    limit,
    sort: 'waitUntil',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { 'input.doc.relationTo': { equals: 'releases' } },
        { completedAt: { exists: false } },
        { waitUntil: { greater_than: new Date().toISOString() } },
      ],
    },
  })
  return docs.map((job) => {
    const input = (job.input ?? {}) as JobInput
    return {
      job: job.id,
      release: Number(input.doc?.value),
      action: input.type === 'unpublish' ? 'unpublish' : 'publish',
      at: job.waitUntil as string,
    }
  })
}
