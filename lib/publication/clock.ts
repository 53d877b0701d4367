import type { Payload } from 'payload'
import { goPublic, somethingToLift } from './go-public'

export const TICK_MS = 1000

/**
 * Every server, and every jobs worker, catches up once when it starts (embargoes that lifted while nothing ran),
 * then looks once a second for an embargo that has just lifted, so cached pages change within a second of it.
 */
export function startPublicationClock(payload: Payload): () => void {
  let running = false
  // While the database is away this fails every second: said once when it starts failing, and once when it recovers.
  let failing = false
  const tick = async (force = false) => {
    if (running) return
    running = true
    try {
      if (force || (await somethingToLift(payload))) await goPublic(payload)
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
  return () => clearInterval(timer)
}
