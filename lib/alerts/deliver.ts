import type { Payload } from 'payload'
import { claimDelivery as claim, markDelivered, unclaimDelivery } from '../db/alerts'
import { addCounts } from '../db/release-counts'
import { londonDay } from '../on-call/london'
import { siteUrl } from '../routes/site-url'
import { alertEmail, type AlertRelease } from './alert-email'

const names = (topics: unknown[] | null | undefined) =>
  (topics ?? []).flatMap((t) =>
    t && typeof t === 'object' && 'name' in t ? [String((t as { name: string }).name)] : [],
  )

/**
 * Sends one batch of alerts for a release. Each address is claimed before sending and marked sent after; a failed
 * send gives its claim back and the job fails, so the queue retries it, and the retry skips whoever already has it.
 */
export async function deliverReleaseAlerts(
  payload: Payload,
  releaseId: number,
  subscriberIds: number[],
): Promise<string> {
  const { docs } = await payload.find({
    collection: 'releases',
    overrideAccess: false,
    where: { id: { equals: releaseId } },
    limit: 1,
    depth: 1,
    select: { title: true, summary: true, slug: true, releaseDate: true, topics: true },
    populate: { topics: { name: true } },
  })
  // Unpublished (or re-embargoed) since it was queued: say nothing about it.
  if (!docs[0]) return 'not sent: the release is not public'
  const release: AlertRelease = { ...docs[0], topicNames: names(docs[0].topics) }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const context = {
    organisationName: settings.organisationName,
    base: siteUrl(settings.siteUrl),
    pressEmail: settings.pressEmail,
  }
  const { docs: subscribers } = await payload.find({
    collection: 'subscribers',
    overrideAccess: true,
    where: { and: [{ id: { in: subscriberIds.length ? subscriberIds : [0] } }, { status: { equals: 'confirmed' } }] },
    pagination: false,
    depth: 1,
    populate: { topics: { name: true } },
  })
  let sent = 0
  const failures: string[] = []
  for (const subscriber of subscribers) {
    if (!(await claim(payload, releaseId, subscriber.id))) continue
    try {
      await payload.sendEmail(alertEmail(release, { ...subscriber, topicNames: names(subscriber.topics) }, context))
    } catch (error) {
      await unclaimDelivery(payload, releaseId, subscriber.id)
      failures.push(error instanceof Error ? error.message : String(error))
      continue
    }
    await markDelivered(payload, releaseId, subscriber.id)
    sent++
  }
  // Delivered alerts are one of a release's honest numbers (lib/numbers): counted once per batch, before any retry.
  if (sent) await addCounts(payload, [{ releaseId, day: londonDay(new Date()), kind: 'alert', count: sent }])
  if (failures.length) throw new Error(`${failures.length} alert(s) not sent, will retry: ${failures[0].slice(0, 300)}`)
  return `sent ${sent} of ${subscriberIds.length}`
}
