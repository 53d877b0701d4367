import type { Payload } from 'payload'
import { goPublic, nextLift } from './go-public'

export const TICK_MS = 1000

/**
 * Every server, and every jobs worker, catches up once when it starts (embargoes that lifted while nothing ran),
 * then looks once a second for an embargo that has lifted or lifts before the next look, and handles it at its
 * moment, so cached pages (here and in a shared cache in front) change at the embargo's time, not up to a second
 * after it.
 */
export function startPublicationClock(payload: Payload): () => void {
  let running = false
  let stopped = false
  // While the database is away this fails every second: said once when it starts failing, and once when it recovers.
  let failing = false
  const tick = async (force = false) => {
    if (running) return
    running = true
    try {
      if (force) await goPublic(payload)
      else {
        const next = await nextLift(payload, new Date(Date.now() + TICK_MS))
        // A millisecond late, as the database keeps microseconds.
        const wait = next ? next.getTime() + 1 - Date.now() : undefined
        if (wait !== undefined && wait <= 0) await goPublic(payload)
        else if (wait !== undefined) setTimeout(() => stopped || void tick(), wait).unref()
      }
      if (failing) payload.logger.info('Going public works again')
      failing = false
    } catch (error) {
      if (!failing) payload.logger.error({ err: error }, 'Going public failed; will try again every second')
      failing = true
    } finally {
      running = false
    }
  }
  void tick(true)
  const timer = setInterval(() => void tick(), TICK_MS)
  timer.unref()
  return () => {
    stopped = true
    clearInterval(timer)
  }
}
