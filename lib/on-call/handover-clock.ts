import type { Payload } from 'payload'
import { expireLocally } from '../cache/expire-locally'
import { TAGS } from '../data/tags'
import { onCallAt } from './current'

export const HANDOVER_TICK_MS = 15_000

/**
 * Every server looks every 15 seconds at who is on call; when that changes (a handover, or a shift starting or
 * ending with nobody after it) it expires its own cached pages that show the out-of-hours number, so they show
 * the new one without anyone editing anything. Each server watches its own cache; no announcement is needed.
 */
export function startHandoverClock(
  payload: Payload,
  // `onLook` is told after each look at the rota (tests wait for looks instead of sleeping).
  { now = () => new Date(), everyMs = HANDOVER_TICK_MS, onLook = () => {} } = {},
): () => void {
  let current: number | null | undefined
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const shift = (await onCallAt(payload, now()))?.id ?? null
      if (current !== undefined && shift !== current) await expireLocally([TAGS.onCall], payload)
      current = shift
      onLook()
    } catch {
      // The database is away: the publication clock says so; the number changes once it is back.
    } finally {
      running = false
    }
  }
  void tick()
  const timer = setInterval(() => void tick(), everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
