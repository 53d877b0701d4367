import type { Payload } from 'payload'
import { markAlertQueued, unclaimUnqueuedAlert } from '../db/alerts'
import { findPublicRelease } from '../release/public-release'

// Subscribers per queued job: small enough that a retry after a failure is cheap, large enough for big lists.
export const ALERT_BATCH = 50

async function matchingSubscribers(payload: Payload, topicIds: number[]): Promise<number[]> {
  const { docs } = await payload.find({
    collection: 'subscribers',
    overrideAccess: true,
    where: {
      and: [
        { status: { equals: 'confirmed' } },
        { or: [{ allNews: { equals: true } }, ...(topicIds.length ? [{ topics: { in: topicIds } }] : [])] },
      ],
    },
    pagination: false,
    sort: 'id',
    depth: 0,
    select: { status: true },
  })
  return docs.map((d) => d.id)
}

/**
 * Queues one job per batch of confirmed subscribers who asked for all news or one of the release's topics. Run
 * again (a retry), it queues the batches again, which is harmless: each address is sent each release once.
 */
export async function fanOutAlerts(payload: Payload, id: number): Promise<string> {
  const release = await findPublicRelease(payload, { id })
  if (!release) {
    // Unpublished again before the alerts went out: it may be alerted when it next becomes public.
    await unclaimUnqueuedAlert(payload, id)
    return 'not queued: the release is not public'
  }
  const topicIds = (release.topics ?? []).map((t) => (typeof t === 'object' ? t.id : t))
  const subscribers = await matchingSubscribers(payload, topicIds)
  for (let i = 0; i < subscribers.length; i += ALERT_BATCH) {
    await payload.jobs.queue({
      task: 'sendReleaseAlerts',
      input: { release: id, subscribers: subscribers.slice(i, i + ALERT_BATCH) },
    })
  }
  await markAlertQueued(payload, id, subscribers.length)
  return `queued ${subscribers.length} alert(s)`
}
