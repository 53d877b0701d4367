import type { Payload } from 'payload'
import { pool } from '../db/pool'
import { addCounts } from '../db/release-counts'
import { londonDay } from '../on-call/london'
import { siteUrl } from '../routes/site-url'
import { alertEmail, type AlertRelease } from './alert-email'

// Longer than any send can take: a claim older than this was left by a crashed worker and may be taken again.
const STALE_CLAIM_MINUTES = 5

/** One subscriber, one release, at most once: only the worker whose claim lands may send. */
async function claim(payload: Payload, release: number, subscriber: number): Promise<boolean> {
  const { rowCount } = await pool(payload).query(
    `INSERT INTO release_alert_deliveries AS d (release_id, subscriber_id) VALUES ($1, $2)
     ON CONFLICT (release_id, subscriber_id) DO UPDATE SET claimed_at = now()
       WHERE d.sent_at IS NULL AND d.claimed_at < now() - make_interval(mins => $3)`,
    [release, subscriber, STALE_CLAIM_MINUTES],
  )
  return rowCount === 1
}

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
    select: { title: true, summary: true, slug: true, topics: true },
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
      await pool(payload).query(`DELETE FROM release_alert_deliveries WHERE release_id = $1 AND subscriber_id = $2`, [
        releaseId,
        subscriber.id,
      ])
      failures.push(error instanceof Error ? error.message : String(error))
      continue
    }
    await pool(payload).query(
      `UPDATE release_alert_deliveries SET sent_at = now() WHERE release_id = $1 AND subscriber_id = $2`,
      [releaseId, subscriber.id],
    )
    sent++
  }
  // Delivered alerts are one of a release's honest numbers (lib/numbers): counted once per batch, before any retry.
  if (sent) await addCounts(payload, [{ releaseId, day: londonDay(new Date()), kind: 'alert', count: sent }])
  if (failures.length) throw new Error(`${failures.length} alert(s) not sent, will retry: ${failures[0].slice(0, 300)}`)
  return `sent ${sent} of ${subscriberIds.length}`
}
