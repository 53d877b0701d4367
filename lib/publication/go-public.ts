import type { Payload } from 'payload'
import { notifyReleasePublic } from '../alerts/notify-release-public'
import { auditRow } from '../audit/row'
import { revalidateTags } from '../cache/revalidate'
import { TAGS } from '../data/tags'
import { insertAuditRow } from '../db/audit'
import { LOCKS, tryTransactionLock } from '../db/coordination'
import { inTransaction } from '../db/pool'
import { moveWatermark, nextLift, releasesLifted, type WentPublic } from '../db/publication'

/**
 * Going public by the clock: an embargo that lifts is an event no save announces. A persisted watermark
 * (`publication_watermark.lifted_through`) says up to when lifted embargoes have been handled; this handles every
 * published release whose embargo lifted after it and by `now` (expiring the cached pages, feeds and sitemaps that
 * show them, on every instance, and queueing their alerts) and then moves the watermark to `now`.
 *
 * So nothing is lost while no server runs: whoever starts next (a server, a jobs worker, a queued job at the
 * embargo's moment) catches up. One instance does it at a time (a transaction-scoped advisory lock; the others
 * skip), alerts are claimed once per release (release_alerts), and the watermark moves only after the work is done,
 * so a crash part-way means it is done again, never lost, and never sent twice.
 */
export async function goPublic(payload: Payload, now = new Date()): Promise<WentPublic[]> {
  return inTransaction(payload, async (client) => {
    if (!(await tryTransactionLock(client, LOCKS.goingPublic))) return []
    const rows = await releasesLifted(client, now)
    if (rows.length) {
      await revalidateTags([TAGS.releases, ...rows.map((r) => TAGS.release(r.slug ?? ''))], payload)
      for (const release of rows) await notifyReleasePublic(payload, release.id)
      // The embargo lifted by the clock: on the trail once, in the transaction that moves the watermark past it.
      for (const release of rows) await insertAuditRow(client, liftedEntry(release))
      payload.logger.info(`Embargo lifted on ${rows.length} release(s): ${rows.map((r) => r.slug).join(', ')}`)
    }
    await moveWatermark(client, now)
    return rows
  })
}

const liftedEntry = (release: WentPublic) =>
  auditRow(
    {
      action: 'embargo.lifted',
      subject: { collection: 'releases', id: release.id, title: release.title },
      field: 'embargoUntil',
      before: release.embargoUntil,
    },
    { label: 'publication clock' },
  )

export { nextLift, type WentPublic }
