import type { Payload } from 'payload'
import { publicReleaseWhere } from '../../access/public-releases'
import { notifyReleasePublic } from '../alerts/notify-release-public'
import { TAGS } from '../data/tags'
import { revalidateTags } from '../cache/revalidate'

export const EMBARGO_TICK_MS = 1000

/**
 * An embargo lifts by the clock, not by an edit, so no hook fires. Once a second this asks which releases became
 * public since the last look (through the same public rule as every page) and refreshes everything that shows
 * them, then sends alerts. Each instance watches for itself, because each has its own page cache; alerts are sent
 * once whichever instance gets there first.
 */
export function startEmbargoWatcher(payload: Payload): () => void {
  let since = new Date()
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    const now = new Date()
    try {
      const { docs } = await payload.find({
        collection: 'releases',
        overrideAccess: false,
        where: { and: [publicReleaseWhere(now), { embargoUntil: { greater_than: since.toISOString() } }] },
        pagination: false,
        depth: 0,
        select: { slug: true },
      })
      if (docs.length) {
        await revalidateTags([TAGS.releases, ...docs.map((d) => TAGS.release(d.slug ?? ''))], payload)
        payload.logger.info(`Embargo lifted on ${docs.length} release(s): ${docs.map((d) => d.slug).join(', ')}`)
        for (const doc of docs) await notifyReleasePublic(payload, doc.id)
      }
      // Only after everything succeeded: a failure means the same releases are picked up again next second.
      since = now
    } catch (error) {
      payload.logger.error({ err: error }, 'Embargo watcher failed; will try again')
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), EMBARGO_TICK_MS)
  timer.unref()
  return () => clearInterval(timer)
}
