import type { Payload } from 'payload'
import { addCounts, releaseIdsBySlug, type CountRow } from '../db/release-counts'
import { isReadingKind } from './kinds'

type Tally = Map<string, number>
const shared = () => ((globalThis as { pressOfficeTally?: Tally }).pressOfficeTally ??= new Map())

/**
 * Writes the readings counted by the HTTP server (server/count-requests.mjs) since the last time, and starts again
 * from zero. A failed write puts them back for the next try, so a database blip loses nothing.
 */
export async function flushReadings(payload: Payload, tally: Tally = shared()): Promise<number> {
  if (!tally.size) return 0
  const taken = new Map(tally)
  tally.clear()
  try {
    const entries = [...taken].map(([key, count]) => {
      const [day, kind, slug] = key.split('\t')
      return { day, kind, slug, count }
    })
    const ids = await releaseIdsBySlug(payload, [...new Set(entries.map((e) => e.slug))])
    // An address that is not a release (a download link naming a made-up one) counts for nothing.
    const rows = entries.flatMap((e): CountRow[] =>
      ids.has(e.slug) && isReadingKind(e.kind)
        ? [{ releaseId: ids.get(e.slug)!, day: e.day, kind: e.kind, count: e.count }]
        : [],
    )
    await addCounts(payload, rows)
    return rows.reduce((sum, r) => sum + r.count, 0)
  } catch (error) {
    for (const [key, count] of taken) tally.set(key, (tally.get(key) ?? 0) + count)
    throw error
  }
}

const EVERY_MS = 10_000

/** Flushes every ten seconds, and once more when the server stops. */
export function startFlushingReadings(payload: Payload): () => Promise<void> {
  const flush = () =>
    flushReadings(payload).catch((error) =>
      payload.logger.warn({ err: error, msg: 'Reading counts not written yet; will retry' }),
    )
  const timer = setInterval(flush, EVERY_MS)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await flush()
  }
}
